import { useState, type RefObject } from 'react';
import { downloadCsv, toSafeCsv, type CsvRow } from '../export/csv';
import { downloadBlob, fileSlug, findChartSvg, serializeSvg, svgToPng } from '../export/image';

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
  const svg = () => {
    const element = chart?.current ? findChartSvg(chart.current) : null;
    if (!element) throw new Error('The chart is not drawn yet; wait for it to appear and try again.');
    return serializeSvg(element);
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
      <button type="button" onClick={attempt(() => downloadCsv(`${base}.csv`, toSafeCsv(rows(), columns)))}>
        Export CSV
      </button>
      {chart ? (
        <>
          <button type="button" onClick={attempt(async () => downloadBlob(`${base}.png`, await svgToPng(svg())))}>
            Export PNG
          </button>
          <button type="button" onClick={attempt(() => downloadBlob(`${base}.svg`, new Blob([svg().text], { type: 'image/svg+xml' })))}>
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
