import { describe, expect, it } from 'vitest';
import { heatmapScaleMax, heatmapShade, heatmapText } from '../../../../../src/features/retention/model/heatmap-shade';
import { PLATFORM_PALETTES } from '../../../../../src/lib/platforms';
import { CHART_THEMES, type ThemeName } from '../../../../../src/lib/ui/chart-theme';

/** WCAG 2 contrast, written out here rather than taken from lib/ui/color. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const s = parseInt(hex.slice(i, i + 2), 16) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('heatmap shades', () => {
  it('scales to the highest share after period 0, ignoring unobservable cells', () => {
    const cells = [
      { period: 0, rate: 1 },
      { period: 1, rate: 0.3 },
      { period: 2, rate: 0.12 },
      { period: 3, rate: null },
    ];
    expect(heatmapScaleMax(cells)).toBe(0.3);
    expect(heatmapScaleMax([{ period: 0, rate: 1 }])).toBe(0.01);
  });

  it('draws the top share at 85% of the colour and period 0 no darker', () => {
    // 85% of #ff0000 over #ffffff: red stays 255, green and blue 255 × 0.15 = 38.25 → 0x26.
    expect(heatmapShade('#ff0000', '#ffffff', 0.3, 0.3)).toBe('#ff2626');
    expect(heatmapShade('#ff0000', '#ffffff', 1, 0.3)).toBe('#ff2626');
    expect(heatmapShade('#ff0000', '#ffffff', 0, 0.3)).toBe('#ffffff');
    // A quarter of the top share: sqrt(0.25) × 0.85 = 0.425 → 0.43 of the colour; 255 × 0.57 = 145.35 → 0x91.
    expect(heatmapShade('#ff0000', '#ffffff', 0.075, 0.3)).toBe('#ff9191');
  });

  it('gives every cell text at 4.5:1 or more, for every platform colour in both themes', () => {
    for (const name of ['light', 'dark'] as ThemeName[]) {
      const { background } = CHART_THEMES[name];
      const palette = PLATFORM_PALETTES[name];
      for (const color of [...Object.values(palette.fixed), ...palette.extra]) {
        for (let step = 0; step <= 100; step++) {
          const fill = heatmapShade(color, background, step / 100, 1);
          expect(contrast(heatmapText(fill), fill), `${name} ${color} at ${step}%: ${fill}`).toBeGreaterThanOrEqual(
            4.5,
          );
        }
      }
    }
  });
});
