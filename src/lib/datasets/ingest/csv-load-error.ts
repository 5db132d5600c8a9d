/** One thing wrong with a CSV file, located as a person would find it in an editor. */
export interface CsvProblem {
  /** 1-based line in the file (the header is line 1). */
  readonly line: number;
  /** The column's name, or null when the problem is the whole line (too many fields). */
  readonly column: string | null;
  readonly reason: string;
}

/** A CSV file that could not be loaded, with every problem found (the first ones, at least). */
export class CsvLoadError extends Error {
  readonly file: string;
  readonly problems: readonly CsvProblem[];

  constructor(file: string, problems: readonly CsvProblem[]) {
    const first = problems[0];
    const where = first ? `line ${first.line}${first.column ? `, column "${first.column}"` : ''}` : 'unknown place';
    const more =
      problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    super(`${file}: ${where}: ${first?.reason ?? 'could not be read'}${more}`);
    this.name = 'CsvLoadError';
    this.file = file;
    this.problems = problems;
  }
}
