import type { ThemeName } from './ui/chart-theme';

/**
 * One colour per platform, used by every chart, legend and table in the app. The four
 * bundled platforms have fixed colours; an imported platform gets one from the extra
 * palette chosen by a hash of its name, so it keeps its colour across reloads (and its
 * hue across themes: the light and dark palettes go in the same order).
 *
 * None of these is a meaning colour (modelled, expectation, active users, reported,
 * analogue: ui/chart-theme.ts): a unit test keeps every platform colour at least ΔE 20
 * away from each of them, and at 3:1 contrast against its theme's background.
 */
export const BUNDLED_PLATFORMS = ['Threads', 'X', 'Bluesky', 'Mastodon'] as const;

interface Palette {
  readonly fixed: Readonly<Record<(typeof BUNDLED_PLATFORMS)[number], string>>;
  readonly extra: readonly string[];
}

/** Both themes' platform colours. */
export const PLATFORM_PALETTES: Readonly<Record<ThemeName, Palette>> = {
  light: {
    fixed: { Threads: '#c2255c', X: '#212529', Bluesky: '#1c7ed6', Mastodon: '#7048e8' },
    extra: ['#c92a2a', '#862e9c', '#364fc7', '#5c940d', '#7d5a50', '#0ca678'],
  },
  dark: {
    fixed: { Threads: '#f06595', X: '#f1f3f5', Bluesky: '#4dabf7', Mastodon: '#9775fa' },
    extra: ['#ff6b6b', '#da77f2', '#748ffc', '#94d82d', '#b08968', '#63e6be'],
  },
};

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function isBundled(platform: string): platform is (typeof BUNDLED_PLATFORMS)[number] {
  return (BUNDLED_PLATFORMS as readonly string[]).includes(platform);
}

/** The colour of a platform in a theme (light unless told). */
export function platformColor(platform: string, theme: ThemeName = 'light'): string {
  const palette = PLATFORM_PALETTES[theme];
  if (isBundled(platform)) return palette.fixed[platform];
  return palette.extra[hash(platform) % palette.extra.length] ?? palette.fixed.X;
}

/** Bundled platforms first in their fixed order, then the others alphabetically. */
export function sortPlatforms(platforms: Iterable<string>): string[] {
  const order = (p: string) => {
    const i = (BUNDLED_PLATFORMS as readonly string[]).indexOf(p);
    return i === -1 ? BUNDLED_PLATFORMS.length : i;
  };
  return [...new Set(platforms)].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}
