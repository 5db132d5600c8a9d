import { describe, expect, it } from 'vitest';
import { flag, isoDay, list, nullable, numberIn, oneOf, text, type ParamCodec } from '../../../../src/lib/url/codecs';

/** What a codec reads from a link's query string, as the browser's URLSearchParams decodes it. */
const fromLink = <T>(codec: ParamCodec<T>, query: string) => {
  const raw = new URLSearchParams(query).get('k');
  return raw === null ? 'absent' : codec.parse(raw);
};

/** Write a value into an address and read it back, as a copied link does. */
function throughAddress<T>(codec: ParamCodec<T>, value: T): T | undefined {
  const url = new URL('https://uptake.example/');
  url.searchParams.set('k', codec.format(value));
  const raw = new URL(url.toString()).searchParams.get('k');
  return raw === null ? undefined : codec.parse(raw);
}

/** A seeded generator (mulberry32), so a failing case can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Characters that have broken links: separators, escapes, plus, spaces, non-ASCII. */
const ALPHABET = [
  ',',
  '%',
  '%2C',
  '%25',
  '%E0%A4%A',
  '+',
  ' ',
  '&',
  '=',
  '#',
  '?',
  '/',
  'a',
  'Z',
  '1',
  'é',
  'क',
  '😀',
  '\\',
];

describe('list', () => {
  it('reads a hand-typed percent sign as text instead of throwing (the "URI malformed" bug)', () => {
    expect(fromLink(list, 'k=100%25')).toEqual(['100%']);
    expect(fromLink(list, 'k=100%25%20Social,X')).toEqual(['100% Social', 'X']);
  });

  it('keeps broken escapes as written, decoding what can be decoded', () => {
    expect(list.parse('%E0%A4%A')).toEqual(['%E0%A4%A']);
    expect(list.parse('a%E0%A4')).toEqual(['a%E0%A4']);
    expect(list.parse('%41%E0')).toEqual(['A%E0']);
    expect(list.parse('%')).toEqual(['%']);
    expect(list.parse('%zz')).toEqual(['%zz']);
  });

  it('reads names each encoded with encodeURIComponent (the format of older links)', () => {
    expect(list.parse(['Truth Social, Inc', 'X'].map(encodeURIComponent).join(','))).toEqual([
      'Truth Social, Inc',
      'X',
    ]);
    expect(fromLink(list, 'k=%E0%A4%95%2CX')).toEqual(['क', 'X']);
  });

  it('reads empty text and empty items as no names', () => {
    expect(list.parse('')).toEqual([]);
    expect(list.parse(',a,,b,')).toEqual(['a', 'b']);
    expect(list.format([])).toBe('');
  });

  it('writes commas and percent signs inside a name so they cannot split or decode it', () => {
    expect(list.format(['100% Social', 'a,b'])).toBe('100%25 Social,a%2Cb');
    expect(list.parse('100%25 Social,a%2Cb')).toEqual(['100% Social', 'a,b']);
  });

  it('round-trips random lists of names through an address', () => {
    const next = random(20261201);
    for (let run = 0; run < 500; run += 1) {
      const names = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 6) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join(
          '',
        ),
      );
      expect(throughAddress(list, names), JSON.stringify(names)).toEqual(names);
    }
  });
});

describe('text', () => {
  it('takes any text verbatim, % and commas included', () => {
    expect(fromLink(text, 'k=100%25')).toBe('100%');
    expect(fromLink(text, `k=${encodeURIComponent('a,b%E0%A4%A')}`)).toBe('a,b%E0%A4%A');
    expect(fromLink(text, 'k=')).toBe('');
    // URLSearchParams itself turns a broken UTF-8 sequence into U+FFFD; nothing throws.
    expect(fromLink(text, 'k=%E0%A4%A')).toBe('\uFFFD%A');
  });

  it('round-trips random text through an address', () => {
    const next = random(7);
    for (let run = 0; run < 300; run += 1) {
      const value = Array.from(
        { length: Math.floor(next() * 10) },
        () => ALPHABET[Math.floor(next() * ALPHABET.length)],
      ).join('');
      expect(throughAddress(text, value)).toBe(value);
    }
  });
});

describe('oneOf', () => {
  const scale = oneOf(['linear', 'log'] as const);
  it('accepts only its values, exactly', () => {
    expect(scale.parse('log')).toBe('log');
    expect(scale.parse('LOG')).toBeUndefined();
    expect(scale.parse('')).toBeUndefined();
    expect(scale.parse('%25')).toBeUndefined();
    expect(scale.parse('toString')).toBeUndefined();
    expect(throughAddress(scale, 'linear')).toBe('linear');
  });
});

describe('flag', () => {
  it('reads 1 and 0 and nothing else', () => {
    expect([flag.parse('1'), flag.parse('0'), flag.parse('true'), flag.parse(''), flag.parse('01')]).toEqual([
      true,
      false,
      undefined,
      undefined,
      undefined,
    ]);
    expect([flag.format(true), flag.format(false)]).toEqual(['1', '0']);
  });
});

describe('numberIn', () => {
  it('clamps by default and rejects what is not a finite number', () => {
    const days = numberIn(1, 365);
    expect([days.parse('90'), days.parse('400'), days.parse('-3'), days.parse('1e2'), days.parse(' 7 ')]).toEqual([
      90, 365, 1, 100, 7,
    ]);
    expect([
      days.parse(''),
      days.parse(' '),
      days.parse('abc'),
      days.parse('Infinity'),
      days.parse('NaN'),
      days.parse('%25'),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('with clamp: false, rejects values out of range', () => {
    const share = numberIn(0.01, 100, { clamp: false });
    expect([share.parse('0.01'), share.parse('100'), share.parse('100.5'), share.parse('0')]).toEqual([
      0.01,
      100,
      undefined,
      undefined,
    ]);
  });

  it('round-trips numbers through an address', () => {
    for (const n of [1, 0.1 + 0.2, 1e-7, 5.78, 364.999]) expect(throughAddress(numberIn(0, 365), n)).toBe(n);
  });
});

describe('isoDay', () => {
  it('accepts days that exist, written YYYY-MM-DD', () => {
    expect(isoDay.parse('2023-12-14')).toBe('2023-12-14');
    expect(isoDay.parse('2024-02-29')).toBe('2024-02-29');
    expect([
      isoDay.parse('2023-02-29'),
      isoDay.parse('2023-13-01'),
      isoDay.parse('2023-1-1'),
      isoDay.parse('14/12/2023'),
      isoDay.parse(''),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('nullable', () => {
  it('reads nothing as null and writes null as nothing', () => {
    const day = nullable(isoDay);
    expect([day.parse(''), day.parse('2023-12-14'), day.parse('soon')]).toEqual([null, '2023-12-14', undefined]);
    expect([day.format(null), day.format('2023-12-14')]).toEqual(['', '2023-12-14']);
  });
});
