import { useUrlParam } from '../../../lib/url/use-url-param';
import {
  fitParam,
  grainParam,
  heatmapPlatformParam,
  maxDayParam,
  modeParam,
  platformsParam,
  regionParam,
  sourceParam,
} from '../url-params';

/** The day ranges the curves can show; 90 by default, up to a year. */
export const MAX_DAY_CHOICES = [30, 60, 90, 180, 365] as const;
/** Heatmap cohorts below this many users are flagged as small. */
export const MIN_COHORT_USERS = 50;

/**
 * Every control of the retention section, kept in the URL (keys and defaults in
 * `../url-params.ts`) so a copied link reopens the same view.
 */
export function useRetentionView() {
  const [source, setSource] = useUrlParam(sourceParam);
  const [platforms, setPlatforms] = useUrlParam(platformsParam);
  const [region, setRegion] = useUrlParam(regionParam);
  const [mode, setMode] = useUrlParam(modeParam);
  const [rawMax, setMaxDay] = useUrlParam(maxDayParam);
  const [grain, setGrain] = useUrlParam(grainParam);
  const [heatmapPlatform, setHeatmapPlatform] = useUrlParam(heatmapPlatformParam);
  const [fit, setFit] = useUrlParam(fitParam);
  return {
    source,
    setSource,
    platforms,
    setPlatforms,
    region,
    setRegion,
    mode,
    setMode,
    maxDay: Math.round(rawMax),
    setMaxDay,
    grain,
    setGrain,
    heatmapPlatform,
    setHeatmapPlatform,
    fit,
    setFit,
  };
}

export type RetentionView = ReturnType<typeof useRetentionView>;
