import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, mixColors, readableText } from '../../../../src/lib/ui/color';

describe('colour arithmetic', () => {
  it('mixes in sRGB like color-mix(in srgb …)', () => {
    // 50% red into white: (255, 127.5, 127.5) → #ff8080.
    expect(mixColors('#ff0000', '#ffffff', 0.5)).toBe('#ff8080');
    expect(mixColors('#123456', '#ffffff', 1)).toBe('#123456');
    expect(mixColors('#123456', '#ffffff', 0)).toBe('#ffffff');
    // 25% of #000000 into #c8c8c8 (200): 150 → #969696.
    expect(mixColors('#000000', '#c8c8c8', 0.25)).toBe('#969696');
    // Weights outside 0–1 are clamped.
    expect(mixColors('#000000', '#ffffff', 2)).toBe('#000000');
  });

  it('computes WCAG luminance and contrast', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    // #767676 is the lightest grey with 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('picks the text colour that reads better', () => {
    expect(readableText('#ffffff')).toBe('#1f2328');
    expect(readableText('#000000')).toBe('#ffffff');
    expect(readableText('#c2255c')).toBe('#ffffff');
    expect(readableText('#f3c9d8')).toBe('#1f2328');
  });

  it('names a malformed colour', () => {
    expect(() => mixColors('red', '#ffffff', 0.5)).toThrow('Expected a colour as #rrggbb, got "red".');
  });
});
