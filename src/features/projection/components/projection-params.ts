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
  scenarioParam,
  shareParam,
} from '../url-params';
import type { ScenarioId, ScenarioSetting } from '../model/scenarios';

/** Every control of the projection, in the URL under keys starting with `p`. */
export function useProjectionParams() {
  const [platform] = useUrlParam(platformParam);
  const [launch, setLaunch] = useUrlParam(launchParam);
  const [region] = useUrlParam(regionParam);
  const [population, setPopulation] = useUrlParam(populationParam);
  const [share, setShare] = useUrlParam(shareParam);
  const [p] = useUrlParam(pParam);
  const [q] = useUrlParam(qParam);
  const [churn, setChurn] = useUrlParam(churnParam);
  const [cutoff, setCutoff] = useUrlParam(cutoffParam);
  const [scenario] = useUrlParam(scenarioParam);
  return {
    /** Analogue platform. */
    platform,
    setPlatform: (value: string) =>
      setUrlParams([
        platformParam.update(value),
        launchParam.reset(),
        regionParam.reset(),
        populationParam.reset(),
        cutoffParam.reset(),
        pParam.reset(),
        qParam.reset(),
        scenarioParam.reset(),
      ]),
    /** Analogue launch as `region|YYYY-MM-DD`; '' = the platform's default. */
    launch,
    setLaunch: (value: string) => {
      setLaunch(value);
      setUrlParams([pParam.reset(), qParam.reset(), scenarioParam.reset()]);
    },
    /** Target region; '' = the platform's default. */
    region,
    setRegion: (value: string) =>
      setUrlParams([regionParam.update(value), populationParam.reset(), cutoffParam.reset()]),
    /** Addressable population in millions; null = the dataset's. */
    population,
    setPopulation,
    /** Reachable share in percent; null = DEFAULT_SHARE_PERCENT. */
    share,
    setShare,
    p,
    setP: (value: number | null) => setUrlParams([pParam.update(value), scenarioParam.reset()]),
    q,
    setQ: (value: number | null) => setUrlParams([qParam.update(value), scenarioParam.reset()]),
    resetCoefficients: () => setUrlParams([pParam.reset(), qParam.reset(), scenarioParam.reset()]),
    /** The scenario preset in force; '' = none. */
    scenario,
    /** Apply a preset: its p and q in one history step. */
    applyScenario: (id: ScenarioId, setting: ScenarioSetting) =>
      setUrlParams([scenarioParam.update(id), pParam.update(setting.p), qParam.update(setting.q)]),
    /** Month-one churn in percent; null = the retention data (or the fallback). */
    churn,
    setChurn,
    /** Backtest cutoff day; null = the target launch. */
    cutoff,
    setCutoff,
  };
}

export type ProjectionParams = ReturnType<typeof useProjectionParams>;
