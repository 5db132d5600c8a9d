import { describe, expect, it } from 'vitest';
import { alignedAxisTitle, daysSinceAnchorText } from '../../../../../src/features/adoption/model/anchor-label';

describe('anchor wording', () => {
  it('says launch only for a dated launch event', () => {
    expect(daysSinceAnchorText({ days_since_launch: 5, anchor_event: 'launch', anchor_label: 'Threads launch' })).toBe(
      'day 5 after launch (Threads launch)',
    );
    expect(
      daysSinceAnchorText({
        days_since_launch: 0,
        anchor_event: 'public_opening',
        anchor_label: 'Bluesky opens to public',
      }),
    ).toBe('day 0 after public opening (Bluesky opens to public)');
    expect(daysSinceAnchorText({ days_since_launch: 12, anchor_event: 'surge', anchor_label: null })).toBe(
      'day 12 after the start of the surge',
    );
  });

  it('has nothing to say for a platform without an anchor (X)', () => {
    expect(daysSinceAnchorText({ days_since_launch: null, anchor_event: null, anchor_label: null })).toBeNull();
  });

  it('titles the aligned axis by what the anchors are', () => {
    expect(alignedAxisTitle(['launch', 'regional_launch'])).toBe('Days since launch');
    expect(alignedAxisTitle(['launch', 'public_opening', null])).toBe(
      'Days since each platform’s launch, opening or surge',
    );
  });
});
