import type { ThemeName } from '../lib/ui/chart-theme';

/** What the user chose: a scheme, or whatever the system says. */
export type ThemePreference = ThemeName | 'system';

export const THEME_PREFERENCES: readonly ThemePreference[] = ['light', 'dark', 'system'];

const STORAGE_KEY = 'uptake-theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

const isPreference = (value: unknown): value is ThemePreference => THEME_PREFERENCES.includes(value as ThemePreference);

/** The stored choice; "system" when none is stored, or storage is unavailable (private mode, blocked). */
export function readThemePreference(): ThemePreference {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isPreference(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** Whether the system asks for a dark scheme. */
export function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** The scheme a preference means, given the system's. */
export function resolveTheme(preference: ThemePreference, systemDark: boolean): ThemeName {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

let current: ThemePreference = 'system';
const listeners = new Set<() => void>();

/** Put the scheme on <html>: styles.css reads `data-theme`, and `color-scheme` themes native controls and scroll bars. */
function apply(): void {
  const theme = resolveTheme(current, systemPrefersDark());
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
  for (const listener of listeners) listener();
}

/**
 * Read the stored choice, apply it, and follow the system setting from now on. Called by
 * the entry module before anything renders, so the first paint is already in the right
 * scheme (the CSP forbids an inline script in index.html doing it earlier).
 */
export function startTheme(): void {
  current = readThemePreference();
  apply();
  if (typeof window.matchMedia === 'function') window.matchMedia(DARK_QUERY).addEventListener('change', apply);
}

/** Choose a scheme (or the system's), remember it in this browser and apply it. */
export function setThemePreference(preference: ThemePreference): void {
  current = preference;
  try {
    if (preference === 'system') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, preference);
  } catch {
    // Storage refused (private mode, quota): the choice still holds for this page.
  }
  apply();
}

/** The current choice. */
export const getThemePreference = (): ThemePreference => current;

/** The scheme in force, as applied to the page. */
export const getAppliedTheme = (): ThemeName => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

/** Be told when the choice or the applied scheme changes; returns the unsubscribe. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
