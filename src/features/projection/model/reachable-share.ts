/** A reported figure a derivation rests on, as the bundled data holds it. */
export interface SourcedFigure {
  readonly value: number;
  /** What it counts, in words. */
  readonly label: string;
  /** Where the bundled data takes it from (its `source` column). */
  readonly source: string;
  /** The figure's date in the data, `YYYY-MM-DD`. */
  readonly date: string;
}

/**
 * The reachable share of a launch from figures outside the fitted series: the incumbent's
 * users in the target region as a share of its population, times the reach the launching
 * platform had of the incumbent's audience where both were available.
 */
export interface ShareDerivation {
  readonly population: SourcedFigure;
  readonly incumbentInRegion: SourcedFigure;
  readonly platformElsewhere: SourcedFigure;
  readonly incumbentElsewhere: SourcedFigure;
}

/** The derivation's two ratios and their product, in percent. */
export function derivedShare(d: ShareDerivation): { incumbentShare: number; reach: number; percent: number } {
  const incumbentShare = d.incumbentInRegion.value / d.population.value;
  const reach = d.platformElsewhere.value / d.incumbentElsewhere.value;
  return { incumbentShare, reach, percent: 100 * incumbentShare * reach };
}

/**
 * Threads in the EU, from what was published before its EU launch (2023-12-14): X's EU
 * monthly active recipients under the DSA, as a share of the EU's population, times
 * Threads' monthly users as a share of X's in Sensor Tower's estimate of the same day for
 * both (X's count includes the EU, where Threads was not yet open, so the ratio leans low). None of these is the launch-week signup series the projection fits, nor the
 * Instagram-based ratio behind the ~40M and ~25.9M expectations it is compared with.
 */
export const THREADS_EU_SHARE: ShareDerivation = {
  population: {
    value: 448e6,
    label: 'EU residents',
    source: 'Fox Business 2023-12-14; IANS (launches.csv, Threads EU launch)',
    date: '2023-12-14',
  },
  incumbentInRegion: {
    value: 112.2e6,
    label: "X's average monthly active recipients in the EU, Feb–Jul 2023",
    source: 'X DSA Art.24(2) disclosure (Euronews via Marseille News; tportal 2024-08)',
    date: '2023-07-31',
  },
  platformElsewhere: {
    value: 73e6,
    label: "Threads' monthly users worldwide (not yet in the EU)",
    source: 'Sensor Tower via Wall Street Journal (Mobile Marketing Reads; ticker.tv; aksinu 2023-11-30)',
    date: '2023-11-30',
  },
  incumbentElsewhere: {
    value: 365e6,
    label: "X's monthly users worldwide, same report",
    source: 'Sensor Tower via Wall Street Journal (Mobile Marketing Reads)',
    date: '2023-11-30',
  },
};

/** The default reachable share, in percent (two decimals): 112.2M ÷ 448M × 73M ÷ 365M = 5.01%. */
export const DEFAULT_SHARE_PERCENT = Math.round(derivedShare(THREADS_EU_SHARE).percent * 100) / 100;
