import { useUrlParam } from '../../../lib/url/use-url-param';
import { baselineParam } from '../url-params';

/**
 * The platform every other one is compared with, kept in the URL. A name not among
 * `platforms` (not loaded, or filtered out) reads as no baseline.
 */
export function useBaseline(platforms: readonly string[]): readonly [string, (platform: string) => void] {
  const [baseline, setBaseline] = useUrlParam(baselineParam);
  return [platforms.includes(baseline) ? baseline : '', setBaseline] as const;
}
