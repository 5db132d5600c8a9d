/** Colour arithmetic on `#rrggbb` strings, for fills computed in code (heatmap cells). */

type Rgb = readonly [number, number, number];

function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Expected a colour as #rrggbb, got "${hex}".`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** `weight` of `color` mixed into `base` in sRGB (0 = base, 1 = color), as CSS `color-mix(in srgb …)` does. */
export function mixColors(color: string, base: string, weight: number): string {
  const [r1, g1, b1] = parseHex(color);
  const [r2, g2, b2] = parseHex(base);
  const w = Math.min(1, Math.max(0, weight));
  const mix = (x: number, y: number) => x * w + y * (1 - w);
  return toHex([mix(r1, r2), mix(g1, g2), mix(b1, b2)]);
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parseHex(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Of the candidates (dark and light text), the one that reads best on `background`. */
export function readableText(
  background: string,
  candidates: readonly [string, string] = ['#1f2328', '#ffffff'],
): string {
  return contrastRatio(candidates[0], background) >= contrastRatio(candidates[1], background)
    ? candidates[0]
    : candidates[1];
}
