import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COHORT_MODEL_DOCS,
  COHORT_RETENTION_TARGETS,
  COHORT_SIZE_TARGETS,
} from '../../../../src/lib/cohorts/bundled-cohort-model';

const README = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'data', 'README.md'), 'utf8');
/** The README's text from a heading to the next heading of the same or a higher level. */
function section(heading: string): string {
  const start = README.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const level = heading.split(' ')[0]!;
  const rest = README.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return end === -1 ? rest : rest.slice(0, end);
}

describe('the calibration text the app shows, against data/README.md', () => {
  // Each pair: the README's own notation for a target, and how the app says it (worked out by hand).
  const retention: [readme: string, app: string][] = [
    ['N-day D30 | 0.21', "Threads' launch-week cohort keeps 21% on day 30"],
    ['unbounded D22 < 0.5', 'under half by day 22'],
    ['N-day D1 0.25, D14 0.09, D30 0.06', 'X keeps 25% on day 1 and 6% on day 30'],
    ['N-day D1 0.23, D30 0.06', 'Bluesky and Mastodon 23% and 6%'],
    ['unbounded D60 0.65', "Mastodon's late-2022 surge cohorts keep 65% active on day 60 or later"],
  ];

  it('states the retention targets the README lists', () => {
    // Whitespace normalised: the table's column padding is Prettier's, not content.
    const targets = section('### Calibration targets').replace(/\s+/g, ' ');
    for (const [readme, app] of retention) {
      expect(targets, readme).toContain(readme);
      expect(COHORT_RETENTION_TARGETS, app).toContain(app);
    }
  });

  it("states the cohort-size rule and X's assumption as the README does", () => {
    const sizes = section('### Cohort sizes: calibrated to the reported cumulative figures');
    expect(sizes).toContain('the modelled signups are within **±15%** of the reported growth');
    expect(COHORT_SIZE_TARGETS).toContain('the modelled signups are within ±15% of the reported growth');
    expect(sizes).toContain("1.7M signups a day, **X's own unaudited claim**");
    expect(COHORT_SIZE_TARGETS).toContain("X's own unaudited claim of about 1.7M signups a day, an assumption");
  });

  it('names README sections that exist', () => {
    expect(COHORT_MODEL_DOCS).toContain(
      'data/README.md (sections "Calibration targets" and "Cohort sizes" under "retention.csv")',
    );
    expect(README).toContain('\n## retention.csv\n');
    expect(section('## retention.csv')).toMatch(/\n### Calibration targets\n[\s\S]*\n### Cohort sizes/);
  });
});
