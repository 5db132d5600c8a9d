import { sortPlatforms } from '../../../lib/platforms';
import { setUrlParams } from '../../../lib/url/url-store';
import { useUrlParam } from '../../../lib/url/use-url-param';
import { useFigureFacets, type FigureFacetRow } from '../api/figure-facets';
import { sourcesMetricParam, sourcesPlatformParam } from '../url-params';

/** The Sources panel's filters (from the URL) and the choices the data offers. */
export interface SourcesView {
  /** The platform listed, or '' for all. */
  readonly platform: string;
  /** The metric code listed, or '' for all. */
  readonly metric: string;
  readonly platforms: readonly string[];
  /** The metric codes of the chosen platform (of all platforms when none is chosen). */
  readonly metrics: readonly string[];
  /** Reported figures in all. */
  readonly total: number;
  readonly setPlatform: (platform: string) => void;
  readonly setMetric: (metric: string) => void;
  readonly facets: ReturnType<typeof useFigureFacets>;
}

const distinct = (values: Iterable<string>) => [...new Set(values)];

/**
 * The filters as the panel uses them. A metric the chosen platform never reported (a link,
 * or a platform changed after the metric) reads as "all metrics", so the list never comes up
 * empty for a choice the select cannot show.
 */
export function useSourcesView(): SourcesView {
  const facets = useFigureFacets();
  const [platformRaw] = useUrlParam(sourcesPlatformParam);
  const [metricRaw, setMetric] = useUrlParam(sourcesMetricParam);
  const rows: readonly FigureFacetRow[] = facets.data ?? [];
  const platforms = sortPlatforms(distinct(rows.map((r) => r.platform)));
  const platform = facets.data && !platforms.includes(platformRaw) ? '' : platformRaw;
  const metrics = distinct(rows.filter((r) => platform === '' || r.platform === platform).map((r) => r.metric)).sort();
  const metric = facets.data && !metrics.includes(metricRaw) ? '' : metricRaw;
  const total = rows.reduce((sum, r) => sum + r.figures, 0);
  // A metric the new platform never reported is dropped from the link, not kept for later.
  const setPlatform = (next: string) => {
    const keeps = metric === '' || rows.some((r) => r.metric === metric && (next === '' || r.platform === next));
    setUrlParams([
      sourcesPlatformParam.update(next),
      keeps ? sourcesMetricParam.update(metric) : sourcesMetricParam.reset(),
    ]);
  };
  return { platform, metric, platforms, metrics, total, setPlatform, setMetric, facets };
}
