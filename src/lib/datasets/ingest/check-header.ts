import type { CsvProblem } from './csv-load-error';
import type { DatasetSchema } from '../store/schemas';

/** The header fields of a CSV file, read from its first line (a BOM is ignored). */
export function readHeader(bytes: Uint8Array, delimiter = ','): string[] {
  // Only the first few KB are decoded: enough for any header, cheap for a 500 MB file.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024)).replace(/^\uFEFF/, '');
  return firstRecord(head, delimiter).map((h) => h.trim());
}

/**
 * The first CSV record of `text` (RFC 4180: quoted fields may hold delimiters, doubled
 * quotes and line breaks). Hand-written because it runs at start-up, where pulling in a
 * full CSV parser would cost the first chart ~7 KB of JavaScript.
 */
export function firstRecord(text: string, delimiter = ','): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') break;
    else field += ch;
  }
  fields.push(field);
  return text.length === 0 ? [] : fields;
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
