import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_PALETTES, platformColor } from '../../../../src/lib/platforms';
import { CHART_THEMES, type ThemeName } from '../../../../src/lib/ui/chart-theme';

// Reference implementations, written here from the WCAG 2 and CIE 1976 definitions.
const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function relativeLuminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = channels(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [x, y] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
function lab(hex: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = channels(hex).map(linear);
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - (lab(b)[i] ?? 0)));

const THEMES: readonly ThemeName[] = ['light', 'dark'];

describe('meaning colours and the platform palette', () => {
  it('checks its reference formulas on known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(deltaE('#ffffff', '#ffffff')).toBe(0);
    expect(lab('#ffffff')[0]).toBeCloseTo(100, 1);
  });

  for (const theme of THEMES) {
    const { background, meaning } = CHART_THEMES[theme];
    const palette = PLATFORM_PALETTES[theme];
    const platformColours = [...Object.values(palette.fixed), ...palette.extra];

    it(`keeps every ${theme} platform colour at least ΔE 20 from every meaning colour`, () => {
      for (const p of platformColours) {
        for (const [name, m] of Object.entries(meaning)) {
          expect(deltaE(p, m), `${p} vs ${name} ${m}`).toBeGreaterThanOrEqual(20);
        }
      }
    });

    it(`draws every ${theme} platform and meaning colour at 3:1 or more on the background`, () => {
      for (const c of [...platformColours, ...Object.values(meaning)]) {
        expect(contrast(c, background), c).toBeGreaterThanOrEqual(3);
      }
    });

    it(`gives imported platforms only ${theme} palette colours, never a meaning colour`, () => {
      const meaningColours = new Set(Object.values(meaning));
      for (let i = 0; i < 200; i++) {
        const colour = platformColor(`Imported platform ${i}`, theme);
        expect(palette.extra).toContain(colour);
        expect(meaningColours.has(colour)).toBe(false);
      }
      // The hash spreads names over the whole extra palette.
      const used = new Set(Array.from({ length: 200 }, (_, i) => platformColor(`Imported platform ${i}`, theme)));
      expect(used.size).toBe(palette.extra.length);
    });
  }

  it('keeps an imported platform in the same place of both palettes (its hue family across themes)', () => {
    for (const name of ['Pixelfed', 'Lemmy', 'Nostr', '100% Social']) {
      const i = PLATFORM_PALETTES.light.extra.indexOf(platformColor(name, 'light'));
      expect(PLATFORM_PALETTES.dark.extra.indexOf(platformColor(name, 'dark'))).toBe(i);
    }
  });
});

describe('styles.css declares the chart theme', () => {
  const css = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'src', 'styles.css'), 'utf8');
  /** The custom properties declared in the first block whose selector is exactly `selector`. */
  function block(selector: string): Map<string, string> {
    const start = css.indexOf(`${selector} {`);
    expect(start, `no "${selector}" block in styles.css`).toBeGreaterThanOrEqual(0);
    const body = css.slice(start, css.indexOf('}', start));
    return new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
  }
  const SELECTORS: Readonly<Record<ThemeName, string>> = { light: ':root', dark: ":root[data-theme='dark']" };
  const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

  for (const theme of THEMES) {
    it(`with the ${theme} values of chart-theme.ts`, () => {
      const vars = block(SELECTORS[theme]);
      const t = CHART_THEMES[theme];
      expect(vars.get('--chart-bg')).toBe(t.background);
      expect(vars.get('--chart-grid')).toBe(t.grid);
      expect(vars.get('--chart-axis')).toBe(t.axis);
      for (const [name, value] of Object.entries(t.meaning))
        expect(vars.get(`--meaning-${kebab(name)}`), name).toBe(value);
    });
  }
});
