import { useUrlParam } from '../../../lib/url/use-url-param';
import { setUrlParams } from '../../../lib/url/url-store';
import {
  churnParam,
  cutoffParam,
  launchParam,
  pParam,
  platformParam,
  populationParam,
  qParam,
  regionParam,
  shareParam,
} from '../url-params';

/**
 * Default reachable share, in percent of the addressable population: Instagram's ~259M EU
 * monthly users (57.8% of 448M; a Threads profile is an Instagram profile) × about 1 in 10
 * Instagram users joining Threads, the only published uptake ratio (Social Media Today).
 */
export const DEFAULT_SHARE_PERCENT = 5.78;

/** Every control of the projection, in the URL under keys starting with `p`. */
export function useProjectionParams() {
  const [platform] = useUrlParam(platformParam);
  const [launch, setLaunch] = useUrlParam(launchParam);
  const [region] = useUrlParam(regionParam);
  const [population, setPopulation] = useUrlParam(populationParam);
  const [share, setShare] = useUrlParam(shareParam);
  const [p, setP] = useUrlParam(pParam);
  const [q, setQ] = useUrlParam(qParam);
  const [churn, setChurn] = useUrlParam(churnParam);
  const [cutoff, setCutoff] = useUrlParam(cutoffParam);
  return {
    /** Analogue platform. */
    platform,
    setPlatform: (value: string) =>
      setUrlParams([platformParam.update(value), launchParam.reset(), regionParam.reset(), populationParam.reset(), cutoffParam.reset(), pParam.reset(), qParam.reset()]),
    /** Analogue launch as `region|YYYY-MM-DD`; '' = the platform's default. */
    launch,
    setLaunch: (value: string) => {
      setLaunch(value);
      setUrlParams([pParam.reset(), qParam.reset()]);
    },
    /** Target region; '' = the platform's default. */
    region,
    setRegion: (value: string) => setUrlParams([regionParam.update(value), populationParam.reset(), cutoffParam.reset()]),
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
    resetCoefficients: () => setUrlParams([pParam.reset(), qParam.reset()]),
    /** Month-one churn in percent; null = the retention data (or the fallback). */
    churn,
    setChurn,
    /** Backtest cutoff day; null = the target launch. */
    cutoff,
    setCutoff,
  };
}

export type ProjectionParams = ReturnType<typeof useProjectionParams>;
