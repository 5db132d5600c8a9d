import { useState, type RefObject } from 'react';
import type { CsvRow } from '../export/csv';
import { fileSlug } from '../export/file-slug';

// The exporters (a CSV writer, SVG/PNG rendering) load on the first click, not with the chart.
const csvModule = () => import('../export/csv');
const imageModule = () => import('../export/image');

export interface ExportButtonsProps {
  /** Names the files: "Users over time" → users-over-time.csv / .png / .svg. */
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
}

/**
 * "Export CSV", "Export PNG" and "Export SVG" for one chart (CSV only when no `chart` is
 * given); formula-like cells are neutralised in the CSV.
 */
export function ExportButtons({ title, rows, columns, chart }: ExportButtonsProps) {
  const [error, setError] = useState<string | null>(null);
  const base = fileSlug(title);
  const svg = async () => {
    const { findChartSvg, serializeSvg } = await imageModule();
    const element = chart?.current ? findChartSvg(chart.current) : null;
    if (!element) throw new Error('The chart is not drawn yet; wait for it to appear and try again.');
    return serializeSvg(element);
  };
  const exportCsv = async () => {
    const { downloadCsv, toSafeCsv } = await csvModule();
    downloadCsv(`${base}.csv`, toSafeCsv(rows(), columns));
  };
  const exportPng = async () => {
    const { downloadBlob, svgToPng } = await imageModule();
    downloadBlob(`${base}.png`, await svgToPng(await svg()));
  };
  const exportSvg = async () => {
    const { downloadBlob } = await imageModule();
    downloadBlob(`${base}.svg`, new Blob([(await svg()).text], { type: 'image/svg+xml' }));
  };
  const attempt = (work: () => Promise<void> | void) => async () => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={`Export ${title}`}>
      <button type="button" onClick={attempt(exportCsv)}>
        Export CSV
      </button>
      {chart ? (
        <>
          <button type="button" onClick={attempt(exportPng)}>
            Export PNG
          </button>
          <button type="button" onClick={attempt(exportSvg)}>
            Export SVG
          </button>
        </>
      ) : null}
      {error ? (
        <span className="panel-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
