import { describe, expect, it } from 'vitest';
import { firstRecord, readHeader } from '../../../../../src/lib/datasets/ingest/check-header';

describe('firstRecord', () => {
  it('splits the first line on the delimiter', () => {
    expect(firstRecord('a,b,c\n1,2,3\n')).toEqual(['a', 'b', 'c']);
    expect(firstRecord('a;b\r\n1;2', ';')).toEqual(['a', 'b']);
    expect(firstRecord('a\tb', '\t')).toEqual(['a', 'b']);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
    expect(firstRecord('"a,1","say ""hi""","two\nlines",d\nx')).toEqual(['a,1', 'say "hi"', 'two\nlines', 'd']);
  });

  it('keeps empty fields and returns nothing for empty text', () => {
    expect(firstRecord('a,,c')).toEqual(['a', '', 'c']);
    expect(firstRecord('')).toEqual([]);
  });

  it('reads a header from bytes, ignoring a BOM and trimming names', () => {
    expect(readHeader(new TextEncoder().encode('\uFEFFplatform , date\nThreads,2023-07-05'))).toEqual([
      'platform',
      'date',
    ]);
  });
});
