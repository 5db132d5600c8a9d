import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/node-db';

describe('scripts/data/generate-retention.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uptake-retention-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/data/generate-retention.mjs'), ...args], {
      encoding: 'utf8',
    });

  it('reproduces the bundled retention.csv and events-sample.csv byte for byte', () => {
    run('--out-dir', dir);
    for (const file of ['retention.csv', 'events-sample.csv']) {
      const fresh = readFileSync(join(dir, file));
      const bundled = readFileSync(join(REPO_ROOT, 'data', file));
      expect(fresh.length).toBe(bundled.length);
      expect(fresh.equals(bundled)).toBe(true);
    }
    expect(readFileSync(join(REPO_ROOT, 'data', 'events-sample.csv')).length).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('writes a larger log whose first rows are the bundled sample (one seeded stream)', () => {
    const out = join(dir, 'events-50k.csv');
    run('--events', '50000', '--out', out);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(50_001);
    const sample = readFileSync(join(REPO_ROOT, 'data', 'events-sample.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines.slice(0, sample.length)).toEqual(sample);
  });
});
