import { describe, expect, it } from 'vitest';
import { LABEL_CHAR_PX } from '../../../../../src/lib/ui/label-metrics';
import {
  LABEL_INSET_PX,
  LABEL_LINE_PX,
  layoutLineLabels,
  wrapLabel,
  type LineLabelInput,
  type PlacedLineLabel,
} from '../../../../../src/features/projection/model/line-label-layout';

// The two published expectations of Threads in the EU, as the projection chart labels them.
const FORTY = '~40M expected (Debra Aho Williamson; additional monthly users in 2024)';
const TWENTY_SIX = '~25.9M expected (Andrew Hutchinson; new EU users)';

const bottomOf = (p: PlacedLineLabel) => p.top + p.lines.length * LABEL_LINE_PX;

/** Every property the chart relies on: inside the plot, no two boxes overlapping, no other line through a box. */
function expectReadable(
  input: readonly LineLabelInput[],
  placed: readonly PlacedLineLabel[],
  width: number,
  height: number,
) {
  expect(placed).toHaveLength(input.length);
  const maxChars = Math.floor((width - 2 * LABEL_INSET_PX) / LABEL_CHAR_PX);
  placed.forEach((p, i) => {
    expect(p.top).toBeGreaterThanOrEqual(0);
    expect(bottomOf(p)).toBeLessThanOrEqual(height);
    for (const line of p.lines) expect(line.length).toBeLessThanOrEqual(maxChars);
    // Nothing is dropped: the wrapped lines read as the label.
    expect(p.lines.join(' ')).toBe(input[i]!.text);
    placed.forEach((q, j) => {
      if (j === i) return;
      expect(bottomOf(p) <= q.top || bottomOf(q) <= p.top, `labels ${i} and ${j} overlap`).toBe(true);
      const other = input[j]!.y;
      expect(other <= p.top || other >= bottomOf(p), `line ${j} runs through label ${i}`).toBe(true);
    });
  });
}

describe('layoutLineLabels', () => {
  it('at 1280 px (a ~1100 px plot, 200M axis) puts each expectation on one line, just above its own line', () => {
    // 40M and 25.9M on a 346 px plot up to 200M: 24 px apart, where the two labels used to face each other and overlap.
    const input = [
      { y: 346 * (1 - 40 / 200), text: FORTY },
      { y: 346 * (1 - 25.9 / 200), text: TWENTY_SIX },
    ];
    const placed = layoutLineLabels(input, 1100, 346);
    expectReadable(input, placed, 1100, 346);
    expect(placed.map((p) => p.lines.length)).toEqual([1, 1]);
    expect(placed.map((p) => p.side)).toEqual(['above', 'above']);
    placed.forEach((p, i) => expect(bottomOf(p)).toBeCloseTo(input[i]!.y - 3));
  });

  it('puts the lower label below its line when the lines are closer than a label is tall', () => {
    const input = [
      { y: 100, text: '~26M expected' },
      { y: 108, text: '~27M expected' },
    ];
    const placed = layoutLineLabels(input, 600, 300);
    expectReadable(input, placed, 600, 300);
    expect(placed.map((p) => p.side)).toEqual(['above', 'below']);
  });

  it('on a 390 px phone (a ~250 px plot) wraps both labels and still keeps them apart and inside the plot', () => {
    const input = [
      { y: 370 * (1 - 40 / 200), text: FORTY },
      { y: 370 * (1 - 25.9 / 200), text: TWENTY_SIX },
    ];
    const placed = layoutLineLabels(input, 250, 370);
    expectReadable(input, placed, 250, 370);
    expect(placed.every((p) => p.lines.length >= 2)).toBe(true);
    // Neither fits between the lines, so the upper one sits above its line and the lower one below its own.
    expect(placed.map((p) => p.side)).toEqual(['above', 'below']);
  });

  it('keeps the input order whatever the lines’ order on screen', () => {
    const placed = layoutLineLabels(
      [
        { y: 200, text: 'low' },
        { y: 50, text: 'high' },
      ],
      400,
      300,
    );
    expect(placed.map((p) => p.lines[0])).toEqual(['low', 'high']);
    expect(placed[1]!.top).toBeLessThan(placed[0]!.top);
  });

  it('near the floor, with no room beside their lines, moves labels up rather than off the plot or onto each other', () => {
    const input = [
      { y: 280, text: '~1M expected (first)' },
      { y: 286, text: '~0.9M expected (second)' },
      { y: 292, text: '~0.8M expected (third)' },
    ];
    const placed = layoutLineLabels(input, 500, 300);
    for (const [i, p] of placed.entries()) {
      expect(p.top).toBeGreaterThanOrEqual(0);
      expect(bottomOf(p)).toBeLessThanOrEqual(300);
      for (const q of placed.slice(i + 1)) expect(bottomOf(p) <= q.top || bottomOf(q) <= p.top).toBe(true);
    }
    expect(placed.some((p) => p.side === 'moved')).toBe(true);
  });

  it('puts a line at the very top of the plot’s label below it, not above the plot', () => {
    const placed = layoutLineLabels([{ y: 0, text: '~200M expected' }], 400, 300);
    expect(placed[0]).toMatchObject({ side: 'below', top: 3 });
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces to the width, and cuts a word longer than a line', () => {
    expect(wrapLabel('aaa bbb ccc', 8 * LABEL_CHAR_PX)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapLabel('abcdefghij', 4 * LABEL_CHAR_PX)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapLabel(FORTY, 2000)).toEqual([FORTY]);
  });
});
