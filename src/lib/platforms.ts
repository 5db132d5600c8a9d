/**
 * One colour per platform, used by every chart, legend and table in the app. The four
 * bundled platforms have fixed colours; an imported platform gets one from the extra
 * palette chosen by a hash of its name, so it keeps its colour across reloads.
 */
export const BUNDLED_PLATFORMS = ['Threads', 'X', 'Bluesky', 'Mastodon'] as const;

const FIXED: Readonly<Record<string, string>> = {
  Threads: '#c2255c',
  X: '#212529',
  Bluesky: '#1c7ed6',
  Mastodon: '#7048e8',
};

// Distinct from the fixed four and from each other, and readable on white (WCAG 3:1 for graphics).
const EXTRA = ['#e8590c', '#0c8599', '#2f9e44', '#9c36b5', '#a61e4d', '#5c940d', '#1864ab', '#862e9c'] as const;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** The colour of a platform. */
export function platformColor(platform: string): string {
  return FIXED[platform] ?? EXTRA[hash(platform) % EXTRA.length] ?? '#495057';
}

/** Bundled platforms first in their fixed order, then the others alphabetically. */
export function sortPlatforms(platforms: Iterable<string>): string[] {
  const order = (p: string) => {
    const i = (BUNDLED_PLATFORMS as readonly string[]).indexOf(p);
    return i === -1 ? BUNDLED_PLATFORMS.length : i;
  };
  return [...new Set(platforms)].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}
