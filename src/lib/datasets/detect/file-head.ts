import type { Encoding } from './dialect';

/** How much of a file is read for detection and preview: enough for any header and 20 rows. */
export const HEAD_BYTES = 64 * 1024;

/** The decoded start of a file, and what it says about the rest. */
export interface FileHead {
  readonly text: string;
  readonly encoding: Encoding;
  readonly size: number;
  /** Why the file is not CSV text at all, or cannot be read as it is written (mixed line endings), or null. */
  readonly notText: string | null;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** Why bytes cannot be CSV text (a spreadsheet, an archive, UTF-16, binary), or null. */
export function notTextReason(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return 'This is a ZIP archive or an Excel .xlsx workbook, not CSV text. Open it in your spreadsheet and save it as "CSV UTF-8", then import that file.';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return 'This is an old Excel .xls workbook, not CSV text. Save it as "CSV UTF-8" and import that file.';
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return 'This file is UTF-16 text. Save it as UTF-8 CSV (in Excel: "CSV UTF-8") and import it again.';
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) {
    return 'This file contains binary data (NUL bytes), so it is not CSV text even if it is named .csv. Export the data as CSV and import that file.';
  }
  return null;
}

const ENDING_NAMES: Readonly<Record<string, string>> = {
  '\r\n': 'CR LF (as Windows writes lines)',
  '\n': 'LF alone (as macOS and Linux write lines)',
  '\r': 'CR alone (as old Macs wrote lines)',
};

/**
 * Why a file's start cannot be read because it mixes line endings (some lines end CR LF,
 * others LF alone), naming the first line of each kind; null when it uses one kind. DuckDB
 * refuses such a file with a sniffing error that names no line. Line breaks inside a quoted
 * cell (Excel writes LF there in a CR LF file) are part of the cell, not line endings.
 */
export function mixedLineEndings(text: string): string | null {
  let quoted = false;
  let line = 1;
  let first: { ending: string; line: number } | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (quoted || (c !== '\n' && c !== '\r')) continue;
    const ending = c === '\r' && text[i + 1] === '\n' ? '\r\n' : c;
    // A CR at the very end of the head may be the first half of a CR LF cut off by the slice.
    if (ending === '\r' && i === text.length - 1) break;
    if (first === null) first = { ending, line };
    else if (ending !== first.ending)
      return (
        `Line ${first.line} ends with ${ENDING_NAMES[first.ending] ?? ''} but line ${line} with ` +
        `${ENDING_NAMES[ending] ?? ''}: the file mixes line endings, which cannot be read reliably. Open it in a ` +
        'text editor, save it with one kind of line ending (LF or CR LF), and import it again. Nothing was imported.'
      );
    if (ending === '\r\n') i++;
    line++;
  }
  return null;
}

/**
 * Read and decode only the first `HEAD_BYTES` of a file: a 500 MB file is never turned
 * into a JS string. Text that is not valid UTF-8 is read as Windows-1252, the usual
 * encoding of CSV files saved by Excel on Windows, and DuckDB reads it as Latin-1.
 */
export async function readFileHead(file: Blob): Promise<FileHead> {
  const bytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const notText = notTextReason(bytes);
  let text: string;
  let encoding: Encoding = 'utf-8';
  try {
    // stream: true tolerates a multi-byte character cut off at the end of the slice.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'latin-1';
  }
  const clean = text.replace(/^\uFEFF/, '');
  return { text: clean, encoding, size: file.size, notText: notText ?? mixedLineEndings(clean) };
}
