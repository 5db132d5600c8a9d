/**
 * Greedy word wrap to lines of at most `maxChars` characters, extra spaces dropped. A word
 * longer than a line is kept whole on its own line (`'keep'`: an exported caption, where a
 * source's URL stays one piece) or cut into lines (`'cut'`: a label that must stay inside
 * its chart).
 */
export function wrapWords(text: string, maxChars: number, longWords: 'keep' | 'cut'): string[] {
  const lines: string[] = [];
  let current = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (longWords === 'cut' && word.length > maxChars) {
      if (current) lines.push(current);
      current = '';
      lines.push(word.slice(0, maxChars));
      word = word.slice(maxChars);
    }
    if (current && current.length + 1 + word.length > maxChars) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}
