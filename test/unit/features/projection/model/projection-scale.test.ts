import { describe, expect, it } from 'vitest';
import type { ProjectionRow } from '../../../../../src/features/projection/model/project';
import {
  backtestScale,
  niceCeil,
  projectionScale,
} from '../../../../../src/features/projection/model/projection-scale';

const row = (day: number, signups: number, high = signups): ProjectionRow => ({
  day,
  signupsLow: signups,
  signups,
  signupsHigh: high,
  activesLow: signups / 2,
  actives: signups / 2,
  activesHigh: high / 2,
});

describe('niceCeil', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeil(23_520_000)).toBe(25_000_000);
    expect(niceCeil(1_600)).toBe(2_000);
    expect(niceCeil(2_000)).toBe(2_000);
    expect(niceCeil(0.3)).toBe(0.5);
    expect(niceCeil(51)).toBe(100);
    expect(niceCeil(0)).toBe(1);
  });
});

describe('projectionScale', () => {
  const rows = [row(0, 0), row(180, 12e6), row(365, 22.4e6, 26.6e6)];

  it('scales to the band, reported figures and expectations, not to a runaway analogue curve', () => {
    // Top = max(26.6M band, 40M expectation, 5M reported) = 40M; × 1.05 = 42M → 50M.
    const scale = projectionScale(rows, [0, 3.6e9, 7.3e9], [1e6, 5e6], [40e6, 25.9e6]);
    expect(scale.yMax).toBe(50e6);
    expect(scale.clippedFrom).toBe(180);
  });

  it('says nothing is clipped when the analogue stays inside', () => {
    // Top = 26.6M × 1.05 = 27.93M → 50M; the analogue's 30M fits under it.
    expect(projectionScale(rows, [0, 20e6, 30e6], [], [])).toEqual({ yMax: 50e6, clippedFrom: null });
  });
});

describe('backtestScale', () => {
  const line = (signups: number, actives: number) => ({ signups, actives });

  it('covers lines and figures alike while the model stays within 3× of what was reported', () => {
    // Top = max(90M reported, 80M modelled) × 1.05 = 94.5M → 100M; nothing clipped.
    expect(backtestScale([40e6, 90e6], [line(0, 0), line(80e6, 30e6)])).toEqual({ yMax: 100e6, clippedFrom: null });
  });

  it('clips a model that overshoots at 3× the largest reported figure, and says from which point', () => {
    // 400M reported, lines to 16B: top = 3 × 400M × 1.05 = 1.26B → 2B; the line passes 2B at its third point.
    expect(backtestScale([130e6, 400e6], [line(0, 0), line(1e9, 2e8), line(4e9, 1e9), line(16e9, 4e9)])).toEqual({
      yMax: 2e9,
      clippedFrom: 2,
    });
  });

  it("uses the lines' own top when nothing was reported", () => {
    expect(backtestScale([], [line(0, 0), line(9e6, 3e6)])).toEqual({ yMax: 10e6, clippedFrom: null });
  });
});
