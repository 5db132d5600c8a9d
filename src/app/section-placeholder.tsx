import type { Section } from './sections';

const PLANNED: Readonly<Record<Section, string>> = {
  adoption: '',
  retention: 'Cohort retention curves, a cohort heatmap and month-one churn per platform will appear here.',
  projection: 'Launch projections (a Bass diffusion model fitted to one launch and projected onto another region) will appear here.',
  data: 'Importing your own CSV files, the list of loaded datasets and CSV export will appear here.',
};

/** A section that is not built yet says plainly what it will hold; it draws no chart. */
export function SectionPlaceholder({ section }: { section: Section }) {
  return (
    <section className="panel" aria-label={`${section} (coming)`} data-state="empty">
      <p className="panel-status">{PLANNED[section]}</p>
    </section>
  );
}
