import { useSyncExternalStore } from 'react';
import type { ThemeName } from '../lib/ui/chart-theme';
import { ToggleGroup } from '../lib/ui/toggle-group';
import {
  getAppliedTheme,
  getThemePreference,
  setThemePreference,
  subscribeTheme,
  type ThemePreference,
} from './theme-preference';

const OPTIONS = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
] as const satisfies readonly { value: ThemePreference; label: string }[];

/** The scheme in force (the user's choice, or the system's); re-renders when either changes. */
export function useAppliedTheme(): ThemeName {
  return useSyncExternalStore(subscribeTheme, getAppliedTheme, () => 'light');
}

/** Light / dark / follow the system, remembered in this browser. */
export function ThemeToggle() {
  const preference = useSyncExternalStore(subscribeTheme, getThemePreference, () => 'system' as const);
  return (
    <div className="theme-toggle">
      <ToggleGroup label="Theme" value={preference} options={OPTIONS} onChange={setThemePreference} />
    </div>
  );
}
