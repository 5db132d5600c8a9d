import { flag, list, numberIn, oneOf, text, useUrlParam } from '../../../lib/url/url-state';
import {
  ALL_REGIONS,
  COHORT_GRAINS,
  RETENTION_MODES,
  RETENTION_SOURCES,
  type CohortGrain,
  type RetentionMode,
  type RetentionSource,
} from '../api/retention-filters';

/** The day ranges the curves can show; 90 by default, up to a year. */
export const MAX_DAY_CHOICES = [30, 60, 90, 180, 365] as const;
/** Heatmap cohorts below this many users are flagged as small. */
export const MIN_COHORT_USERS = 50;

const sourceParam = oneOf(RETENTION_SOURCES);
const modeParam = oneOf(RETENTION_MODES);
const grainParam = oneOf(COHORT_GRAINS);
const maxDayParam = numberIn(1, 365);

/**
 * Every control of the retention section, kept in the URL under `r…` keys so they never
 * clash with other sections and a copied link reopens the same view.
 */
export function useRetentionView() {
  const [source, setSource] = useUrlParam<RetentionSource>('rsrc', 'aggregate', sourceParam);
  const [platforms, setPlatforms] = useUrlParam<string[]>('rplat', [], list);
  const [region, setRegion] = useUrlParam<string>('rregion', ALL_REGIONS, text);
  const [mode, setMode] = useUrlParam<RetentionMode>('rmode', 'nday', modeParam);
  const [rawMax, setMaxDay] = useUrlParam<number>('rmax', 90, maxDayParam);
  const [grain, setGrain] = useUrlParam<CohortGrain>('rgrain', 'week', grainParam);
  const [heatmapPlatform, setHeatmapPlatform] = useUrlParam<string>('rhplat', '', text);
  const [fit, setFit] = useUrlParam<boolean>('rfit', true, flag);
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
