import { LABEL_CHAR_PX } from '../../../lib/ui/label-metrics';
import { wrapWords } from '../../../lib/wrap-words';

/** Height of one line of an 11 px label. */
export const LABEL_LINE_PX = 13;
/** Space between a reference line and its label's text, and between two stacked labels. */
export const LABEL_GAP_PX = 3;
/** Space kept between a label and the plot's right edge (and so the y-axis on the left). */
export const LABEL_INSET_PX = 4;

/** A horizontal reference line: where it is drawn, in pixels from the plot's top, and its label. */
export interface LineLabelInput {
  readonly y: number;
  readonly text: string;
}

/** Where a label goes: its wrapped lines and the top of its box, in pixels from the plot's top. */
export interface PlacedLineLabel {
  readonly lines: readonly string[];
  readonly top: number;
  /**
   * 'above' or 'below' its line, touching it; 'moved': neither side had room, so the label
   * sits as near as it can and the chart draws a leader from it to its line.
   */
  readonly side: 'above' | 'below' | 'moved';
}

/** Split a label by words into lines of at most `width` pixels; a word longer than that is cut. */
export function wrapLabel(text: string, width: number): string[] {
  return wrapWords(text, Math.max(4, Math.floor(width / LABEL_CHAR_PX)), 'cut');
}

/**
 * Lay out the labels of horizontal reference lines on a plot `width` × `height` pixels so
 * that none overlaps another, none is crossed by another line and none leaves the plot (so
 * none reaches the axes' labels or the legend outside it). Each label is wrapped to the
 * plot's width; then, from the top line down, it sits just above its line if that is free,
 * else just below, else as near as the labels before it allow (`moved`). A last pass from
 * the bottom lifts any label pushed past the plot's floor. Only a plot too short for all
 * the labels stacked leaves any overlapping.
 */
export function layoutLineLabels(labels: readonly LineLabelInput[], width: number, height: number): PlacedLineLabel[] {
  const wrapped = labels.map((l) => wrapLabel(l.text, width - 2 * LABEL_INSET_PX));
  const heightOf = (i: number) => (wrapped[i]?.length ?? 1) * LABEL_LINE_PX;
  const order = labels.map((l, i) => ({ y: l.y, i })).sort((a, b) => a.y - b.y);
  const placed = new Array<PlacedLineLabel>(labels.length);
  let floor = -Infinity;
  for (const { y, i } of order) {
    const h = heightOf(i);
    // Another line through the text would strike it out; its own line only touches it.
    const crossed = (top: number) => labels.some((l, j) => j !== i && l.y > top - 1 && l.y < top + h + 1);
    const free = (top: number) => top >= 0 && top + h <= height && top >= floor && !crossed(top);
    const above = y - LABEL_GAP_PX - h;
    const below = y + LABEL_GAP_PX;
    const side = free(above) ? 'above' : free(below) ? 'below' : 'moved';
    const top = side === 'above' ? above : side === 'below' ? below : Math.min(Math.max(above, floor, 0), height - h);
    placed[i] = { lines: wrapped[i] ?? [], top, side };
    floor = top + h + LABEL_GAP_PX;
  }
  // A label clamped to the floor may now overlap the one before it: lift labels from the bottom up.
  for (let k = order.length - 2; k >= 0; k--) {
    const i = order[k]!.i;
    const next = placed[order[k + 1]!.i]!;
    const label = placed[i]!;
    const limit = next.top - LABEL_GAP_PX - heightOf(i);
    if (label.top > limit) placed[i] = { ...label, top: limit, side: 'moved' };
  }
  return placed;
}
