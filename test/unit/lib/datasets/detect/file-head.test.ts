import { describe, expect, it } from 'vitest';
import { detectDialect, preambleLength } from '../../../../../src/lib/datasets/detect/detect-dialect';
import { HEAD_BYTES, mixedLineEndings, readFileHead } from '../../../../../src/lib/datasets/detect/file-head';
import { checkReadable, ImportError, planImport } from '../../../../../src/lib/datasets/ingest/import-csv';

/** A Blob-like 500 MB file that records what was read from it, without allocating 500 MB. */
function hugeFile(size: number, start: string) {
  const reads: [number, number][] = [];
  const file = {
    size,
    slice(from = 0, to = size) {
      reads.push([from, to]);
      const bytes = new Uint8Array(Math.min(to, size) - from).fill(0x41);
      bytes.set(new TextEncoder().encode(start).subarray(0, bytes.length));
      return new Blob([bytes]);
    },
  } as unknown as Blob;
  return { file, reads };
}

describe('reading the start of a file', () => {
  it('reads only the first 64 KB of a 500 MB file', async () => {
    const { file, reads } = hugeFile(500 * 1024 * 1024, 'platform,date\nX,2024-01-01\n');
    const head = await readFileHead(file);
    expect(reads).toEqual([[0, HEAD_BYTES]]);
    expect(head.text.length).toBe(HEAD_BYTES);
    expect(head.size).toBe(500 * 1024 * 1024);
  });

  it('strips a UTF-8 BOM and keeps UTF-8', async () => {
    const head = await readFileHead(new Blob(['\uFEFFplatform,date\n']));
    expect(head).toMatchObject({ text: 'platform,date\n', encoding: 'utf-8', notText: null });
  });

  it('falls back to Windows-1252 for text that is not UTF-8', async () => {
    const head = await readFileHead(new Blob([new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x78, 0x0a])]));
    expect(head).toMatchObject({ text: 'Café,x\n', encoding: 'latin-1' });
  });

  it('refuses blank, UTF-16 and binary files with what to do', async () => {
    const blank = await readFileHead(new Blob(['\n\n  \n']));
    expect(() => checkReadable(blank)).toThrow(ImportError);
    expect(() => checkReadable(blank)).toThrow(/only blank lines/);
    const utf16 = await readFileHead(new Blob([new Uint8Array([0xff, 0xfe, 0x61, 0])]));
    expect(() => checkReadable(utf16)).toThrow(/UTF-16.*Save it as UTF-8/);
  });
});

describe('detecting the dialect and the kind', () => {
  it('detects semicolons, decimal commas and DD-MM-YYYY', () => {
    expect(detectDialect('a;b;c\nX;1,5;15-03-2024\n', 'utf-8')).toMatchObject({
      delimiter: ';',
      decimal: ',',
      dateFormat: 'dmy',
      header: true,
    });
  });

  it('takes the decimal mark from the values, else from a semicolon delimiter, and says which', () => {
    const of = (text: string) => {
      const d = detectDialect(text, 'utf-8');
      return { decimal: d.decimal, thousands: d.thousands, from: d.decimalFrom ?? null };
    };
    // A mark followed by one, two or four digits can only be a decimal mark.
    expect(of('month;Threads\n2024-01;1,5\n')).toEqual({
      decimal: ',',
      thousands: '',
      from: { by: 'values', example: '1,5' },
    });
    expect(of('month;Threads\n2024-01;12\n2024-02;2.75\n')).toEqual({
      decimal: '.',
      thousands: '',
      from: { by: 'values', example: '2.75' },
    });
    // Digit groups show both marks.
    expect(of('month;Threads\n2024-01;1.234,5\n')).toEqual({
      decimal: ',',
      thousands: '.',
      from: { by: 'values', example: '1.234,5' },
    });
    // A quoted "1,5" in a comma-separated file is a decimal comma too.
    expect(of('month,Threads\n2024-01,"1,5"\n')).toMatchObject({ decimal: ',', from: { by: 'values' } });
    // "1,250" could be either: a semicolon file takes it as European exports write it, and says so.
    expect(of('month;Threads\n2024-01;1,250\n')).toEqual({
      decimal: ',',
      thousands: '',
      from: { by: 'delimiter', example: '1,250' },
    });
    // Nothing to go by: a point, the default, with no reason given.
    expect(of('month,Threads\n2024-01,1250\n')).toEqual({ decimal: '.', thousands: '', from: null });
  });

  it('detects tabs, MM/DD/YYYY and a missing header', () => {
    expect(detectDialect('X\t03/15/2024\t5\nY\t04/15/2024\t6\n', 'utf-8')).toMatchObject({
      delimiter: '\t',
      dateFormat: 'mdy',
      header: false,
    });
  });

  it('recognises retention cohorts from the header, in any column order', () => {
    const text =
      'retained,cohort_size,platform,region,cohort_start,day_offset,kind\n5,10,X,global,2024-01-01,1,reported\n';
    const plan = planImport(text, detectDialect(text, 'utf-8'));
    expect(plan).toMatchObject({ kind: 'retention', recognised: true });
    expect(plan.columns.find((c) => c.column === 'retained')?.source).toBe(0);
    expect(plan.columns.find((c) => c.column === 'source')?.source).toBeNull();
  });

  it('starts the mapping from the closest kind when the header does not match', () => {
    const text = 'platform,Datum,gebruikers\nPixelfed,2024-01-01,5\n';
    const plan = planImport(text, detectDialect(text, 'utf-8'));
    expect(plan).toMatchObject({ kind: 'signups', recognised: false });
    expect(plan.notes.join(' ')).toMatch(/Not imported .*"Datum", "gebruikers"/);
  });
});

describe('line endings and title lines above the header', () => {
  it('names the first line of each kind when a file mixes line endings; one kind, or LF inside a quoted cell, is fine', () => {
    expect(mixedLineEndings('a,b\r\n1,2\r\n3,4\n')).toMatch(
      /^Line 1 ends with CR LF \(as Windows writes lines\) but line 3 with LF alone/,
    );
    expect(mixedLineEndings('a,b\n1,2\r3,4\n')).toMatch(/^Line 1 ends with LF alone .* but line 2 with CR alone/);
    expect(mixedLineEndings('a,b\r\n1,2\r\n')).toBeNull();
    expect(mixedLineEndings('a,b\n1,2\n')).toBeNull();
    // Excel writes a line break inside a cell as LF, in a CR LF file.
    expect(mixedLineEndings('a,note\r\n1,"two\nlines"\r\n2,x\r\n')).toBeNull();
    // A head cut between CR and LF is not a CR-alone line.
    expect(mixedLineEndings('a,b\r\n1,2\r')).toBeNull();
  });

  it('finds title lines without a blank line after them, and none in a plain file', () => {
    expect(
      preambleLength('Weekly active users\nExported 2024-05-01, all regions\nmonth,Threads,Bluesky\n2024-01,1,2\n'),
    ).toBe(2);
    expect(preambleLength('# Acme export\nuser_id,event,timestamp\nu1,open,2024-03-01T10:00:00Z\n')).toBe(1);
    expect(preambleLength('date,mau\n2024-01-31,100\n2024-02-29,200\n')).toBe(0);
    // A text table whose second line looks like names is still a plain file: its first line is as wide.
    expect(preambleLength('user_id,event\nu1,open\nu2,post\n')).toBe(0);
    // A header shorter than its rows is a broken file, not a preamble: the rows hold numbers.
    expect(preambleLength('a,b\n1,2,3\n4,5,6\n')).toBe(0);
  });
});
