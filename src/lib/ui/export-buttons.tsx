import { useId, useState, type RefObject } from 'react';
import type { CsvRow } from '../export/csv';
import { exportFileName } from '../export/file-name';

// The exporters (a CSV writer, SVG/PNG rendering) load on the first click, not with the chart.
const csvModule = () => import('../export/csv');
const imageModule = () => import('../export/image');

export interface ExportButtonsProps {
  /** Names the files: "Users over time" → uptake-users-over-time.csv / .png / .svg. */
  readonly title: string;
  /** The chart's data, read when the button is pressed. */
  readonly rows: () => readonly CsvRow[];
  /** Column order of the CSV; the first row's keys when absent. */
  readonly columns?: readonly string[];
  /**
   * The element holding the chart's <svg>. Without it (a table, not a drawing) only
   * "Export CSV" is offered: there is no image to export.
   */
  readonly chart?: RefObject<Element | null>;
  /** What the files hold beyond the title ("MAU", "global"): uptake-users-over-time-mau-global.csv. */
  readonly fileParts?: readonly (string | null | undefined)[];
  /**
   * The view's settings for the image's caption ("Metric: MAU · Region: global"); the
   * chart's own caption (its <figcaption>) is used when absent.
   */
  readonly settings?: () => string;
  /** The sources line of the image's caption. */
  readonly sources?: () => string;
  /** Why there is nothing to export (an empty view): the buttons are disabled and say so. */
  readonly unavailable?: string | null | undefined;
}

/** Title, legend, settings, sources and the panel's modelled note, for an image that stands alone. */
function captionOf(title: string, element: Element, settings?: () => string, sources?: () => string) {
  return imageModule().then(({ readLegend }) => {
    const panel = element.closest('.panel');
    const modelled = panel?.querySelector('.panel-modelled')?.textContent?.trim();
    const figcaption = element.querySelector('figcaption')?.textContent?.trim();
    const sourcesLine = sources?.();
    const lines = [
      settings?.() ?? figcaption,
      sourcesLine ? `Sources: ${sourcesLine}` : undefined,
      modelled ? `Modelled: ${modelled}` : undefined,
    ];
    return { title, legend: readLegend(element), lines: lines.filter((l): l is string => Boolean(l)) };
  });
}

/**
 * "Export CSV", "Export PNG" and "Export SVG" for one chart (CSV only when no `chart` is
 * given); formula-like cells are neutralised in the CSV. Images carry the title, legend,
 * settings, sources and the modelled note, so a shared file reads on its own.
 */
export function ExportButtons({
  title,
  rows,
  columns,
  chart,
  fileParts = [],
  settings,
  sources,
  unavailable,
}: ExportButtonsProps) {
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();
  const fileName = (extension: 'csv' | 'png' | 'svg') => exportFileName(title, fileParts, extension);
  const svg = async () => {
    const { findChartSvg, serializeSvg } = await imageModule();
    const root = chart?.current;
    const element = root ? findChartSvg(root) : null;
    if (!root || !element) throw new Error('The chart is not drawn yet; wait for it to appear and try again.');
    return serializeSvg(element, await captionOf(title, root, settings, sources));
  };
  const exportCsv = async () => {
    const { downloadCsv, toSafeCsv } = await csvModule();
    downloadCsv(fileName('csv'), toSafeCsv(rows(), columns));
  };
  const exportPng = async () => {
    const { downloadBlob, svgToPng } = await imageModule();
    downloadBlob(fileName('png'), await svgToPng(await svg()));
  };
  const exportSvg = async () => {
    const { downloadBlob } = await imageModule();
    downloadBlob(fileName('svg'), new Blob([(await svg()).text], { type: 'image/svg+xml' }));
  };
  const attempt = (work: () => Promise<void> | void) => async () => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const disabled = Boolean(unavailable);
  const described = disabled ? reasonId : undefined;
  return (
    <div className="export-buttons" role="group" aria-label={`Export ${title}`}>
      <button type="button" onClick={attempt(exportCsv)} disabled={disabled} aria-describedby={described}>
        Export CSV
      </button>
      {chart ? (
        <>
          <button type="button" onClick={attempt(exportPng)} disabled={disabled} aria-describedby={described}>
            Export PNG
          </button>
          <button type="button" onClick={attempt(exportSvg)} disabled={disabled} aria-describedby={described}>
            Export SVG
          </button>
        </>
      ) : null}
      {disabled ? (
        <span id={reasonId} className="export-unavailable">
          {unavailable}
        </span>
      ) : null}
      {error ? (
        <span className="panel-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
