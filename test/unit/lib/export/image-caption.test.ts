import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../../src/lib/export/image-caption';

describe('wrapText', () => {
  it('breaks at words so no line passes the width (6.6 px a character: 66 px holds 10)', () => {
    expect(wrapText('Users over time by platform', 66)).toEqual(['Users over', 'time by', 'platform']);
  });

  it('keeps a word longer than the width whole on its own line, and drops extra spaces', () => {
    expect(wrapText('a  verylongwordindeed b', 66)).toEqual(['a', 'verylongwordindeed', 'b']);
    expect(wrapText('', 66)).toEqual([]);
  });
});
