import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SnapshotStatus } from '../../../../../src/features/adoption/components/snapshot-status';
import type { SnapshotCheck } from '../../../../../src/features/adoption/hooks/use-adoption-queries';

const DIFFERS: SnapshotCheck = {
  kind: 'differs',
  differences: [
    { what: 'figures', onlySnapshot: [], onlyLive: ['Pixelfed 1 Jan 2024: 1,000 (Pixelfed, global)'], changed: [] },
  ],
};

describe('SnapshotStatus', () => {
  it('alerts when the live rows differ and the user has imported nothing', () => {
    const html = renderToStaticMarkup(<SnapshotStatus check={DIFFERS} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('The live engine&#x27;s rows differ from the snapshot drawn at build time');
    expect(html).toContain('Pixelfed 1 Jan 2024');
  });

  it("says the user's own files explain the difference, as a status, and still lists what changed", () => {
    const html = renderToStaticMarkup(<SnapshotStatus check={DIFFERS} importedFiles={['pixelfed.csv', 'mau.csv']} />);
    expect(html).toContain('role="status"');
    expect(html).not.toContain('role="alert"');
    expect(html).toContain('with your imported files (pixelfed.csv, mau.csv)');
    expect(html).toContain('held the bundled data only');
    expect(html).toContain('Pixelfed 1 Jan 2024');
  });

  it('names one file in the singular', () => {
    const html = renderToStaticMarkup(<SnapshotStatus check={DIFFERS} importedFiles={['pixelfed.csv']} />);
    expect(html).toContain('with your imported file (pixelfed.csv)');
  });
});
