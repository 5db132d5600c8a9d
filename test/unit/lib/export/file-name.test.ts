import { describe, expect, it } from 'vitest';
import { exportFileName, exportFileStem, fileNamePart, MAX_STEM_LENGTH } from '../../../../src/lib/export/file-name';

describe('fileNamePart', () => {
  it('keeps letters and digits, lower-cased, and makes every other run one hyphen', () => {
    expect(fileNamePart('EU-27')).toBe('eu-27');
    expect(fileNamePart('Retention curves')).toBe('retention-curves');
    expect(fileNamePart('  X / Twitter (mDAU)  ')).toBe('x-twitter-mdau');
  });

  it('drops accents but keeps letters of other scripts', () => {
    expect(fileNamePart('Ĉapelo Façade')).toBe('capelo-facade');
    expect(fileNamePart('Мастодон')).toBe('мастодон');
  });

  it('leaves nothing a file system or shell treats specially: path parts, dots, quotes, control characters', () => {
    expect(fileNamePart('../../etc/passwd')).toBe('etc-passwd');
    expect(fileNamePart('a\u0000b\nc"d\'e:f*g?h<i>j|k\\l')).toBe('a-b-c-d-e-f-g-h-i-j-k-l');
    expect(fileNamePart('...')).toBe('');
  });
});

describe('exportFileStem and exportFileName', () => {
  it('start with uptake, then the title, then the parts in order, dropping empty ones', () => {
    expect(exportFileName('Retention curves', ['Threads', 'global', 'nday'], 'png')).toBe(
      'uptake-retention-curves-threads-global-nday.png',
    );
    expect(exportFileName('Users over time', ['MAU', null, undefined, '', '!!', 'global'], 'csv')).toBe(
      'uptake-users-over-time-mau-global.csv',
    );
    expect(exportFileStem('Sources')).toBe('uptake-sources');
  });

  it(`cuts a stem longer than ${MAX_STEM_LENGTH} characters at the last hyphen before the limit`, () => {
    // "uptake-chart-" is 13 characters; each platform adds 11 ("platform-01" … plus its hyphen).
    const platforms = Array.from({ length: 20 }, (_, i) => `Platform ${String(i + 1).padStart(2, '0')}`);
    const stem = exportFileStem('Chart', platforms);
    // 13 + 9 × 12 = 121 would end with the hyphen after platform-09, so the last whole part kept is platform-09:
    // "uptake-chart-" (13) + 9 parts of 11 characters with 8 hyphens between them = 13 + 99 + 8 = 120.
    expect(stem).toBe(
      `uptake-chart-${platforms
        .slice(0, 9)
        .map((p) => p.toLowerCase().replace(' ', '-'))
        .join('-')}`,
    );
    expect(stem.length).toBe(120);
    expect(stem.endsWith('-')).toBe(false);
  });
});
