import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectSvgSnapshot, normalise } from './svg-snapshot';

describe('snapshot normalisation', () => {
  it('rounds numbers to 2 decimals and renumbers generated ids with their references', () => {
    const markup =
      '<svg><defs><clipPath id="recharts7-clip"><rect x="65.123456" y="-0.006"></rect></clipPath></defs>' +
      '<path id="line-_r_3_" d="M65,111.66666666666669L180,5" clip-path="url(#recharts7-clip)"></path>' +
      '<use href="#line-_r_3_"></use></svg>';
    expect(normalise(markup)).toBe(
      [
        '<svg>',
        '<defs>',
        '<clipPath id="id-1">',
        '<rect x="65.12" y="-0.01">',
        '</rect>',
        '</clipPath>',
        '</defs>',
        '<path id="id-2" d="M65,111.67L180,5" clip-path="url(#id-1)">',
        '</path>',
        '<use href="#id-2">',
        '</use>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });
});

describe('snapshot comparison', () => {
  const name = 'snapshot-self-test';
  const stored = join(import.meta.dirname, `${name}.svg`);
  const changed = join(import.meta.dirname, `${name}-changed.svg`);
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(stored, { force: true });
    rmSync(changed, { force: true });
  });

  it('passes on a match, and on a mismatch writes -changed.svg beside the stored one and fails', () => {
    // As in a normal run, even while the snapshots are being updated.
    vi.stubEnv('UPDATE_SNAPSHOTS', '');
    writeFileSync(stored, normalise('<svg><rect x="1"></rect></svg>'));
    expectSvgSnapshot('<svg><rect x="1.001"></rect></svg>', name);
    expect(existsSync(changed)).toBe(false);

    expect(() => expectSvgSnapshot('<svg><rect x="2"></rect></svg>', name)).toThrow(/differs from what is drawn now/);
    expect(readFileSync(changed, 'utf8')).toBe('<svg>\n<rect x="2">\n</rect>\n</svg>\n');
    // The stored snapshot is untouched: only UPDATE_SNAPSHOTS=1 rewrites it.
    expect(readFileSync(stored, 'utf8')).toBe('<svg>\n<rect x="1">\n</rect>\n</svg>\n');
  });
});
