import { setUrlParams, text, useUrlParam, type ParamCodec } from '../../../lib/url/url-state';

/** A number that may be absent (null = not set: use the fitted value, the data, …). */
function optionalNumber(min: number, max: number): ParamCodec<number | null> {
  return {
    parse: (raw) => {
      const n = Number(raw);
      return raw.trim() !== '' && Number.isFinite(n) && n >= min && n <= max ? n : undefined;
    },
    format: (v) => (v === null ? '' : String(v)),
  };
}

/** An ISO day, or null. */
const optionalDay: ParamCodec<string | null> = {
  parse: (raw) => (/^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : undefined),
  format: (v) => v ?? '',
};

/**
 * Default reachable share, in percent of the addressable population: Instagram's ~259M EU
 * monthly users (57.8% of 448M; a Threads profile is an Instagram profile) × about 1 in 10
 * Instagram users joining Threads, the only published uptake ratio (Social Media Today).
 */
export const DEFAULT_SHARE_PERCENT = 5.78;

const POP = optionalNumber(0.001, 10_000);
const SHARE = optionalNumber(0.01, 100);
const COEF = optionalNumber(1e-7, 100);
const CHURN = optionalNumber(0, 99.9);

/** Every control of the projection, in the URL under keys starting with `p`. */
export function useProjectionParams() {
  const [platform] = useUrlParam('pplat', 'Threads', text);
  const [launch, setLaunch] = useUrlParam('plaunch', '', text);
  const [region] = useUrlParam('pregion', '', text);
  const [population, setPopulation] = useUrlParam<number | null>('ppop', null, POP);
  const [share, setShare] = useUrlParam<number | null>('pshare', null, SHARE);
  const [p, setP] = useUrlParam<number | null>('pp', null, COEF);
  const [q, setQ] = useUrlParam<number | null>('pq', null, COEF);
  const [churn, setChurn] = useUrlParam<number | null>('pchurn', null, CHURN);
  const [cutoff, setCutoff] = useUrlParam<string | null>('pcut', null, optionalDay);
  return {
    /** Analogue platform. */
    platform,
    setPlatform: (value: string) => setUrlParams({ pplat: value, plaunch: null, pregion: null, ppop: null, pcut: null, pp: null, pq: null }),
    /** Analogue launch as `region|YYYY-MM-DD`; '' = the platform's default. */
    launch,
    setLaunch: (value: string) => {
      setLaunch(value);
      setUrlParams({ pp: null, pq: null });
    },
    /** Target region; '' = the platform's default. */
    region,
    setRegion: (value: string) => setUrlParams({ pregion: value, ppop: null, pcut: null }),
    /** Addressable population in millions; null = the dataset's. */
    population,
    setPopulation,
    /** Reachable share in percent; null = DEFAULT_SHARE_PERCENT. */
    share,
    setShare,
    p,
    setP,
    q,
    setQ,
    resetCoefficients: () => setUrlParams({ pp: null, pq: null }),
    /** Month-one churn in percent; null = the retention data (or the fallback). */
    churn,
    setChurn,
    /** Backtest cutoff day; null = the target launch. */
    cutoff,
    setCutoff,
  };
}

export type ProjectionParams = ReturnType<typeof useProjectionParams>;
