/** Every exported file starts with this, so a download says which app it came from. */
const PREFIX = 'uptake';
/** Longest stem kept (before the extension): far under every file system's 255-byte limit. */
export const MAX_STEM_LENGTH = 120;

/**
 * One part of a file name, safe on every system: accents dropped ("Ĉapelo" → "capelo"),
 * lower case, every run of anything but letters and digits (spaces, slashes, dots, quotes,
 * control characters) one hyphen, none at either end. "EU-27" → "eu-27", "../x" → "x".
 */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The stem of an export's file name: "uptake-", the title, then what the file holds
 * (platforms, region, mode…), each part sanitised by `fileNamePart`; empty parts are
 * dropped. A stem longer than `MAX_STEM_LENGTH` is cut at the last hyphen before it, so
 * a view of many imported platforms still gets a name that every system accepts.
 */
export function exportFileStem(title: string, parts: readonly (string | null | undefined)[] = []): string {
  const words = [PREFIX, title, ...parts].map((p) => (p ? fileNamePart(p) : '')).filter(Boolean);
  const stem = words.join('-');
  if (stem.length <= MAX_STEM_LENGTH) return stem;
  const cut = stem.slice(0, MAX_STEM_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-'));
}

/** The full file name of an export: `exportFileStem` and the extension ("csv", "png", "svg"). */
export function exportFileName(
  title: string,
  parts: readonly (string | null | undefined)[],
  extension: 'csv' | 'png' | 'svg',
): string {
  return `${exportFileStem(title, parts)}.${extension}`;
}
