import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..', '..');
const reference = resolve(root, '..', 'shared', 'reference', 'platform-milestones.csv');

describe('scripts/data/build-signups.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uptake-signups-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // The reference compilation lives outside the repository; without it there is nothing to rebuild from.
  it.skipIf(!existsSync(reference))('rebuilds data/signups.csv byte for byte from the reference compilation', () => {
    const out = join(dir, 'signups.csv');
    execFileSync(process.execPath, [join(root, 'scripts/data/build-signups.mjs'), '--out', out], { stdio: 'pipe' });
    expect(readFileSync(out).equals(readFileSync(join(root, 'data', 'signups.csv')))).toBe(true);
  });
});
