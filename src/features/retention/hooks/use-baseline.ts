import { useUrlParam } from '../../../lib/url/use-url-param';
import { baselineParam } from '../url-params';

/**
 * The baseline a link names, if it is among `platforms`; else none. A name not loaded,
 * filtered out or mistyped must not draw every curve against nothing.
 */
export function baselineOf(named: string, platforms: readonly string[]): string {
  return platforms.includes(named) ? named : '';
}

/**
 * The platform every other one is compared with, kept in the URL and shared by every
 * panel that compares (the curves and the churn table), so it is chosen once. A name not
 * among `platforms` (not loaded, or filtered out) reads as no baseline.
 */
export function useBaseline(platforms: readonly string[]): readonly [string, (platform: string) => void] {
  const [baseline, setBaseline] = useUrlParam(baselineParam);
  return [baselineOf(baseline, platforms), setBaseline] as const;
}
