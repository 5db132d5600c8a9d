import { LABEL_CHAR_PX } from '../../../lib/ui/label-metrics';
import { labelRows } from './label-rows';

/** Space between an event's line and its label's text. */
export const LABEL_OFFSET_PX = 4;
/** Least horizontal space between two labels that share a row. */
export const LABEL_GAP_PX = 6;

/** An event line: where it is drawn, in pixels from the plot's left edge, and its label. */
export interface EventLabelInput {
  readonly x: number;
  readonly text: string;
}

/** Where a label goes: which side of its line, which row from the top, and the text drawn. */
export interface PlacedEventLabel {
  /** 'start': the text runs right of the line; 'end': it ends at the line. */
  readonly anchor: 'start' | 'end';
  readonly row: number;
  /** The label, cut with "…" when it fits on neither side of its line. */
  readonly text: string;
  /** False when every allowed row is taken where it would go: the line is drawn, the label is not. */
  readonly shown: boolean;
}

const widthOf = (text: string) => text.length * LABEL_CHAR_PX + LABEL_OFFSET_PX;

/** The side of the line with room for the label, or the roomier side with the label cut to fit it. */
function side(x: number, text: string, plotWidth: number): { anchor: 'start' | 'end'; text: string } {
  const width = widthOf(text);
  if (x + width <= plotWidth) return { anchor: 'start', text };
  if (x - width >= 0) return { anchor: 'end', text };
  const anchor = plotWidth - x >= x ? 'start' : 'end';
  const room = anchor === 'start' ? plotWidth - x : x;
  const chars = Math.max(1, Math.floor((room - LABEL_OFFSET_PX) / LABEL_CHAR_PX));
  return { anchor, text: `${text.slice(0, chars - 1)}…` };
}

/**
 * Lay out event labels so that none overlaps another and none leaves the plot: each label
 * runs right of its line when it fits, else left of it, else on the roomier side cut with
 * "…"; labels that would touch share no row (first row that is free, left to right, at
 * least `LABEL_GAP_PX` apart); a label that needs a row past `maxRows` is not drawn
 * (thinned), so a crowded or narrow chart keeps its lines readable.
 */
export function layoutEventLabels(
  labels: readonly EventLabelInput[],
  plotWidth: number,
  maxRows: number,
): PlacedEventLabel[] {
  const sides = labels.map((l) => side(l.x, l.text, plotWidth));
  const rows = labelRows(
    labels.map((l, i) => {
      const width = widthOf(sides[i]!.text);
      return sides[i]!.anchor === 'start' ? { start: l.x, end: l.x + width } : { start: l.x - width, end: l.x };
    }),
    LABEL_GAP_PX,
  );
  return sides.map((s, i) => {
    const row = rows[i] ?? 0;
    return { ...s, row, shown: row < maxRows };
  });
}

/** Height of one row of event labels. */
export const LABEL_ROW_PX = 14;
/** The most rows of labels above a plot; past them a label is thinned to a marker. */
export const MAX_LABEL_ROWS = 4;
/** Between the plot's top and the nearest row's baseline: the strip where thinned events' markers sit. */
const MARKER_STRIP_PX = 12;
/** Above the farthest row's baseline: its text and a little air. */
const ROW_TOP_PX = 14;
/** With no row of labels: room for half the top tick's label, and for the markers' strip. */
const BARE_TOP_PX = 16;

/** The rows the shown labels take: the band above the plot is that many rows tall. */
export const rowsTaken = (placed: readonly PlacedEventLabel[]) =>
  placed.reduce((rows, p) => (p.shown ? Math.max(rows, p.row + 1) : rows), 0);

/**
 * The chart's top margin: a band of `rows` rows of labels over a strip for markers,
 * above the plot, so that no label ever covers a data point or a series' line.
 */
export const labelBandHeight = (rows: number) =>
  rows > 0 ? MARKER_STRIP_PX + (rows - 1) * LABEL_ROW_PX + ROW_TOP_PX : BARE_TOP_PX;

/** The baseline of a row's labels: row 0 nearest the plot, the next ones above it. */
export const labelBaseline = (plotTop: number, row: number) => plotTop - MARKER_STRIP_PX - row * LABEL_ROW_PX;

/** Where a thinned event's marker sits: in the strip between the labels and the plot. */
export const markerCentre = (plotTop: number) => plotTop - MARKER_STRIP_PX / 2;

/** Space inside a marker's label box, each side of its text. */
export const CALLOUT_PAD_PX = 4;

/** Width of a marker's label box: its longest line and the padding on both sides. */
export const calloutWidth = (lines: readonly string[]) =>
  Math.max(0, ...lines.map((l) => l.length)) * LABEL_CHAR_PX + 2 * CALLOUT_PAD_PX;

/**
 * The left edge of a thinned event's label box (`width` wide) when its marker is focused,
 * tapped or hovered: centred on the marker at `x`, moved in so it stays within the chart
 * (`chartWidth`, axes included: a phone's plot is narrower than a label), at its left edge
 * when wider than the chart.
 */
export function calloutLeft(x: number, width: number, chartWidth: number): number {
  return Math.max(0, Math.min(x - width / 2, chartWidth - width));
}
