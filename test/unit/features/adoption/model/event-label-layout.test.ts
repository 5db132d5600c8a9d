import { describe, expect, it } from 'vitest';
import {
  calloutLeft,
  calloutWidth,
  labelBandHeight,
  labelBaseline,
  layoutEventLabels,
  markerCentre,
  rowsTaken,
} from '../../../../../src/features/adoption/model/event-label-layout';

// Widths by hand: 6.3 px a character + 4 px from the line. "Threads launch" (14) 92.2, "EU" (2) 16.6,
// "Bluesky" (7) 48.1, "Mastodon" (8) 54.4, "X" (1) 10.3; labels in one row stay 6 px apart.
const EVENTS = [
  { x: 10, text: 'Threads launch' }, // right of its line: 10–102.2
  { x: 50, text: 'EU' }, // 50–66.6 meets Threads launch: row 1
  { x: 120, text: 'Bluesky' }, // 120–168.1, 120 ≥ 102.2 + 6: row 0 again
  { x: 280, text: 'Mastodon' }, // 280 + 54.4 > 300, so left of its line: 225.6–280, row 0 (≥ 168.1 + 6)
  { x: 60, text: 'X' }, // 60–70.3 meets row 0 (to 102.2) and row 1 (to 66.6 + 6): row 2
];

describe('layoutEventLabels', () => {
  it('stacks labels that would touch into rows, left to right, and turns one at the right edge around', () => {
    expect(layoutEventLabels(EVENTS, 300, 3)).toEqual([
      { anchor: 'start', row: 0, text: 'Threads launch', shown: true },
      { anchor: 'start', row: 1, text: 'EU', shown: true },
      { anchor: 'start', row: 0, text: 'Bluesky', shown: true },
      { anchor: 'end', row: 0, text: 'Mastodon', shown: true },
      { anchor: 'start', row: 2, text: 'X', shown: true },
    ]);
  });

  it('thins: a label that needs a row past the limit is not drawn, and takes no room from the others', () => {
    const placed = layoutEventLabels(EVENTS, 300, 2);
    expect(placed.map((p) => p.shown)).toEqual([true, true, true, true, false]);
    expect(placed.map((p) => p.row)).toEqual([0, 1, 0, 0, 2]);
  });

  it('cuts a label that fits on neither side to the roomier side, with an ellipsis', () => {
    // "A very long label" is 111.1 px; at x = 50 of 100 both sides have 50 px: right, (50 − 4) / 6.3 → 7 characters.
    expect(layoutEventLabels([{ x: 50, text: 'A very long label' }], 100, 3)).toEqual([
      { anchor: 'start', row: 0, text: 'A very…', shown: true },
    ]);
    // At x = 70 the left has 70 px: (70 − 4) / 6.3 → 10 characters, ending at the line.
    expect(layoutEventLabels([{ x: 70, text: 'A very long label' }], 100, 3)).toEqual([
      { anchor: 'end', row: 0, text: 'A very lo…', shown: true },
    ]);
  });

  it('never lets two shown labels in one row come closer than 6 px, nor leave the plot', () => {
    // An independent check over many crowded events: every pair in a row is apart, every label inside 0–320.
    const many = Array.from({ length: 24 }, (_, i) => ({
      x: (i * 37) % 320,
      text: 'Event '.repeat(1 + (i % 3)).trim(),
    }));
    const placed = layoutEventLabels(many, 320, 4);
    const boxes = placed.map((p, i) => {
      const width = p.text.length * 6.3 + 4;
      const x = many[i]!.x;
      return {
        row: p.row,
        shown: p.shown,
        from: p.anchor === 'start' ? x : x - width,
        to: p.anchor === 'start' ? x + width : x,
      };
    });
    for (const a of boxes) {
      expect(a.from).toBeGreaterThanOrEqual(0);
      expect(a.to).toBeLessThanOrEqual(320);
      for (const b of boxes)
        if (a !== b && a.shown && b.shown && a.row === b.row)
          expect(a.to + 6 <= b.from || b.to + 6 <= a.from).toBe(true);
    }
    expect(placed.some((p) => !p.shown)).toBe(true);
    expect(Math.max(...placed.filter((p) => p.shown).map((p) => p.row))).toBe(3);
  });
});

describe('calloutWidth and calloutLeft', () => {
  // "X suspended in Brazil" is 21 characters, its date "30 Aug 2024" 11: 21 × 6.3 + 2 × 4 = 140.3 px wide.
  it('sizes the box to the longest line', () => {
    expect(calloutWidth(['X suspended in Brazil', '30 Aug 2024'])).toBeCloseTo(140.3, 6);
    expect(calloutWidth(['EU', '14 Dec 2023'])).toBeCloseTo(11 * 6.3 + 8, 6);
  });

  it('centres a marker’s label on it', () => {
    expect(calloutLeft(200, 140.3, 400)).toBeCloseTo(200 - 70.15, 6);
  });

  it('moves it in at either edge of the chart, and to the left edge when wider than the chart', () => {
    expect(calloutLeft(20, 140.3, 400)).toBe(0);
    expect(calloutLeft(390, 140.3, 400)).toBeCloseTo(400 - 140.3, 6);
    expect(calloutLeft(50, 140.3, 100)).toBe(0);
  });
});

describe('the band of labels above the plot', () => {
  it('is as many rows tall as the shown labels take; a thinned label takes none', () => {
    // EVENTS take rows 0–2; with 2 rows allowed the third is thinned, so the band is 2 rows.
    expect(rowsTaken(layoutEventLabels(EVENTS, 300, 3))).toBe(3);
    expect(rowsTaken(layoutEventLabels(EVENTS, 300, 2))).toBe(2);
    expect(rowsTaken([])).toBe(0);
  });

  it('sets the top margin: the markers’ 12 px strip, 14 px a row past the first, 14 px over the farthest baseline', () => {
    expect(labelBandHeight(1)).toBe(12 + 14);
    expect(labelBandHeight(4)).toBe(12 + 3 * 14 + 14);
    // No labels: 16 px, half the top tick's label and the markers' strip.
    expect(labelBandHeight(0)).toBe(16);
  });

  it('keeps every row and the markers between the chart’s top edge and the plot', () => {
    for (const rows of [1, 2, 3, 4]) {
      const plotTop = labelBandHeight(rows);
      const baselines = Array.from({ length: rows }, (_, row) => labelBaseline(plotTop, row));
      // Row 0 nearest the plot, 14 px between rows, the farthest row's 11 px text inside the chart.
      expect(baselines[0]).toBe(plotTop - 12);
      baselines.slice(1).forEach((y, i) => expect(baselines[i]! - y).toBe(14));
      expect(Math.min(...baselines) - 11).toBeGreaterThanOrEqual(0);
      // The marker (3 px radius) sits below row 0's text and above the plot.
      expect(markerCentre(plotTop) - 3).toBeGreaterThan(baselines[0]!);
      expect(markerCentre(plotTop) + 3).toBeLessThan(plotTop);
    }
  });
});
