/**
 * The landing view drawn at build time: the Adoption panel's queries run with the app's own
 * SQL modules on DuckDB-WASM in Node over data/*.csv, loaded as the app loads them, and its
 * chart drawn by the app's own component. Loaded through Vite's module runner by
 * scripts/vite/prerender.ts, so the app's TypeScript runs as it is.
 */
import { openNodeDb, readDataFile } from '../support/node-db.ts';
import { loadCsv } from '../../src/lib/datasets/ingest/load-csv.ts';
import { BUNDLED_DATASETS } from '../../src/lib/datasets/store/bundled.ts';
import type { Db } from '../../src/lib/db/types.ts';
import {
  fetchAdoptionSnapshot,
  serialiseAdoptionSnapshot,
  SNAPSHOT_PARAMS,
  type AdoptionSnapshot,
} from '../../src/features/adoption/api/adoption-snapshot.ts';
import { SNAPSHOT_SCRIPT_ID } from '../../src/features/adoption/snapshot-ids.ts';
import { adoptionCaption } from '../../src/features/adoption/model/adoption-caption.ts';
import { chartEvents } from '../../src/features/adoption/model/chart-events.ts';
import { leftOutNote, leftOutPlatforms } from '../../src/features/adoption/model/left-out-platforms.ts';
import { toSeries, type AdoptionSeries } from '../../src/features/adoption/model/series.ts';
import { SNAPSHOT_CHECKING } from '../../src/features/adoption/components/snapshot-status.tsx';
import { MEASURE_LABELS } from '../../src/features/adoption/api/measures.ts';
import { drawChart } from './prerender-chart.ts';
import { staticSvg } from './prerender-svg.ts';

/** What goes into index.html. */
export interface LandingPrerender {
  /** The static panel, for `#root` (React replaces it when it mounts). */
  readonly markup: string;
  /** The snapshot's rows, for a `<script type="application/json">`. */
  readonly data: string;
  /** The id of that script, where the page looks for it. */
  readonly scriptId: string;
  /** How many figures the chart draws (for the build's log). */
  readonly figures: number;
}

/** Drawn at this size and scaled by its viewBox to the page's width (styles.css `.snapshot-chart`). */
const SIZE = { width: 1000, height: 420 };

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Take the snapshot and draw the landing panel from it. */
export async function prerenderLanding(takenAt: Date): Promise<LandingPrerender> {
  const db = await openFirstView();
  const snapshot = await fetchAdoptionSnapshot(db, takenAt);
  const { measure, region } = SNAPSHOT_PARAMS;
  const series = toSeries(snapshot.series, false, region);
  const figures = series.reduce((n, s) => n + s.points.length, 0);
  const platformCount = new Set(series.map((s) => s.platform)).size;
  const leftOut = leftOutNote(leftOutPlatforms(snapshot.coverage, measure, region), measure, region);
  const caption = adoptionCaption({
    platformCount,
    points: figures,
    measure,
    region,
    scale: 'linear',
    aligned: false,
    unaligned: [],
    leftOut,
  });
  const label = `Users over time: ${MEASURE_LABELS[measure]}, ${region}, ${figures} reported figures of ${platformCount} platforms, from the build-time snapshot`;
  const svg = await drawChart(
    async () => {
      const [{ createElement }, { AdoptionChart }] = await Promise.all([
        import('react'),
        import('../../src/features/adoption/components/adoption-chart.tsx'),
      ]);
      const events = chartEvents(snapshot.events, series, false);
      return createElement(AdoptionChart, { series, events, scale: 'linear', aligned: false, ...SIZE });
    },
    '.recharts-scatter-line path',
    (drawn) => staticSvg(drawn, { label, idPrefix: 'snapshot-' }),
  );
  const markup = panelMarkup({ snapshot, series, svg, caption, figures, platformCount });
  return { markup, data: serialiseAdoptionSnapshot(snapshot), scriptId: SNAPSHOT_SCRIPT_ID, figures };
}

/**
 * DuckDB-WASM in Node (the SQL tests' engine) with the bundled datasets the first view
 * reads, loaded by the app's own `loadCsv` in the app's order; the cohort tables it never
 * reads are left out.
 */
export async function openFirstView(): Promise<Db> {
  const db = await openNodeDb();
  for (const dataset of BUNDLED_DATASETS.filter((d) => d.firstView)) {
    const { schema, file, id } = dataset;
    await loadCsv(db, { schema, fileName: `data/${file}`, bytes: readDataFile(file), datasetId: id });
  }
  return db;
}

interface PanelParts {
  readonly snapshot: AdoptionSnapshot;
  readonly series: readonly AdoptionSeries[];
  readonly svg: string;
  readonly caption: string;
  readonly figures: number;
  readonly platformCount: number;
}

/** The panel as the app lays it out (its classes from styles.css), with the snapshot's status and sources. */
function panelMarkup({ series, svg, caption, figures, platformCount }: PanelParts): string {
  const sources = [...new Set(series.flatMap((s) => s.points.map((p) => p.source)))];
  return [
    '<div class="landing-snapshot" data-snapshot="landing">',
    '<header class="app-header"><div class="brand"><h1>Uptake</h1></div></header>',
    '<main class="app-main" aria-label="Adoption">',
    '<section class="panel" aria-label="Users over time" data-state="snapshot">',
    '<header class="panel-header"><div class="panel-title"><h2>Users over time</h2></div></header>',
    `<p class="snapshot-status" role="status">${escapeHtml(SNAPSHOT_CHECKING)}</p>`,
    `<figure class="chart-figure" aria-label="Users over time chart" data-platforms="${platformCount}" data-points="${figures}" data-rows="snapshot">`,
    svg,
    // Element timing on the caption, which paints with or after the chart above it: the
    // bench's startup_paint figure reads when the landing chart was first on screen.
    `<figcaption class="chart-note" elementtiming="landing-chart">${escapeHtml(caption)}</figcaption>`,
    '</figure>',
    `<p class="chart-note snapshot-sources">Sources: ${escapeHtml(sources.join('; '))}.</p>`,
    '</section>',
    '</main>',
    '</div>',
  ].join('');
}
