import Papa from 'papaparse';
import type { CsvProblem } from './csv-load-error';
import type { DatasetSchema } from './schemas';

/** The header fields of a CSV file, read from its first line (a BOM is ignored). */
export function readHeader(bytes: Uint8Array, delimiter = ','): string[] {
  // Only the first few KB are decoded: enough for any header, cheap for a 500 MB file.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024)).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(head, { preview: 1, delimiter });
  return (parsed.data[0] ?? []).map((h) => h.trim());
}

/**
 * Compare a file's header with the schema. DuckDB skips the header when columns are
 * declared, so a renamed or misplaced column would otherwise load silently.
 */
export function checkHeader(header: readonly string[], schema: DatasetSchema): CsvProblem[] {
  const problems: CsvProblem[] = [];
  const expected = schema.columns.map((c) => c.name);
  expected.forEach((name, i) => {
    const found = header[i];
    if (found === undefined) {
      problems.push({ line: 1, column: name, reason: `missing column "${name}" (expected as column ${i + 1})` });
    } else if (found !== name) {
      problems.push({ line: 1, column: name, reason: `column ${i + 1} is "${found}", expected "${name}"` });
    }
  });
  header.slice(expected.length).forEach((extra, j) => {
    problems.push({ line: 1, column: extra, reason: `unexpected column ${expected.length + j + 1} "${extra}"` });
  });
  return problems;
}
