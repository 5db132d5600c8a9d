import { describe, expect, it } from 'vitest';
import {
  backtestFileParts,
  projectionFileParts,
  projectionModelledNote,
  projectionSettings,
  projectionSources,
  type ProjectionCaptionInput,
} from '../../../../../src/features/projection/components/projection-export';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const VIEW: ProjectionCaptionInput = {
  platform: 'Threads',
  analogue: { label: 'Threads launch', region: 'global', event_date: day('2023-07-05') },
  target: {
    label: 'Threads EU launch',
    region: 'EU-27',
    event_date: day('2023-12-14'),
    population_source: 'Fox Business',
  },
  series: { vendor: 'Threads', figures: [{ source: 'Zuckerberg' }, { source: 'Mosseri' }, { source: 'Zuckerberg' }] },
  cutoffDay: '2023-12-14',
  populationMillions: 448,
  sharePercent: 5.78,
  expectations: [{ source: 'WSJ' }, { source: 'Social Media Today' }],
  reported: [{ source: 'Meta Q4 call' }, { source: 'Zuckerberg' }],
  retentionPoints: [{ modelled: true }, { modelled: true }],
};
const FITTED = { p: null, q: null, churn: null, scenario: '' };
const BASS = { id: 'bass', label: 'Bass', fallback: null };
const GOMPERTZ = { id: 'gompertz', label: 'Gompertz', fallback: null };

describe('projection export captions', () => {
  it('says every projected figure is modelled, what it is fitted to, and that the cohorts are modelled', () => {
    const note = projectionModelledNote(VIEW, BASS);
    expect(note).toMatch(/^Every projected figure is modelled, not reported: a Bass diffusion fitted to the reported/);
    expect(note).toContain("after Threads launch (Threads's count)");
    expect(note).toContain("active users apply Threads's modelled retention cohorts");
    const reported = projectionModelledNote({ ...VIEW, retentionPoints: [{ modelled: false }] }, BASS);
    expect(reported).toContain("active users apply Threads's reported retention cohorts");
    expect(reported).not.toContain('modelled retention');
  });

  it('names the model drawn when it is not Bass', () => {
    expect(projectionModelledNote(VIEW, GOMPERTZ)).toMatch(
      /^Every projected figure is modelled, not reported: the Gompertz model fitted to the reported signups after Threads launch \(Threads's count\)/,
    );
  });

  it('names the files by platform, target region and the p and q in force', () => {
    expect(projectionFileParts(VIEW, FITTED)).toEqual(['Threads', 'EU-27']);
    expect(projectionFileParts(VIEW, { ...FITTED, scenario: 'slow-start', p: 1e-4, q: 1e-3 })).toEqual([
      'Threads',
      'EU-27',
      'Slow start',
    ]);
    expect(projectionFileParts(VIEW, { ...FITTED, q: 0.002 })).toEqual(['Threads', 'EU-27', 'set by hand']);
    expect(backtestFileParts(VIEW)).toEqual(['Threads', 'EU-27', 'cutoff 2023-12-14']);
    expect(backtestFileParts({ ...VIEW, cutoffDay: null })).toEqual(['Threads', 'EU-27', 'in sample']);
  });

  it('writes the settings in view: launches, market (448M × 5.78% = 25.9M), p and q (for Bass only), churn, cutoff, model', () => {
    expect(projectionSettings(VIEW, FITTED, BASS)).toBe(
      'Analogue: Threads launch (global, 5 Jul 2023) · Target: Threads in EU-27 from 14 Dec 2023 · ' +
        'Market: 448M people × 5.78% reachable = 25.9M · p and q: fitted · Month-one churn: from the retention data · ' +
        'Fit cutoff: 2023-12-14 · Model: Bass',
    );
    expect(
      projectionSettings({ ...VIEW, populationMillions: null, cutoffDay: null }, { ...FITTED, churn: 60 }, GOMPERTZ),
    ).toBe(
      'Analogue: Threads launch (global, 5 Jul 2023) · Target: Threads in EU-27 from 14 Dec 2023 · ' +
        'Market: no addressable population · Month-one churn: 60% · Fit cutoff: none (every figure) · ' +
        'Model: Gompertz',
    );
    // Bass standing in for the chosen model says why.
    expect(projectionSettings(VIEW, FITTED, { ...BASS, fallback: 'p and q are set by hand' })).toMatch(
      / · Model: Bass \(p and q are set by hand\)$/,
    );
  });

  it('lists each source once: analogue figures, population, expectations, later figures, cohorts', () => {
    expect(projectionSources(VIEW)).toBe(
      'Zuckerberg; Mosseri; Fox Business; WSJ; Social Media Today; Meta Q4 call; Threads retention cohorts (modelled)',
    );
    expect(projectionSources({ ...VIEW, series: null, expectations: [], reported: [], retentionPoints: [] })).toBe(
      'Fox Business',
    );
  });
});
