import { describe, expect, it } from 'vitest';
import { isBusyError, retryWhileHeld } from '../../../../../src/lib/datasets/persist/stored-database';

/** An operation that fails with `errors` in turn, then returns 'done'; counts its calls. */
function failing(errors: Error[]) {
  let calls = 0;
  const attempt = () => {
    calls += 1;
    const error = errors[calls - 1];
    return error ? Promise.reject(error) : Promise.resolve('done');
  };
  return { attempt, calls: () => calls };
}

const busy = () => new DOMException('An attempt was made to modify an object', 'NoModificationAllowedError');

describe('retryWhileHeld', () => {
  it('retries a file still held by an engine going away, and returns once it is let go', async () => {
    const op = failing([busy(), busy()]);
    await expect(retryWhileHeld(op.attempt, isBusyError, 1_000, 1)).resolves.toBe('done');
    expect(op.calls()).toBe(3);
  });

  it('throws any other failure at once', async () => {
    const op = failing([new Error('not a database file')]);
    await expect(retryWhileHeld(op.attempt, isBusyError, 1_000, 1)).rejects.toThrow('not a database file');
    expect(op.calls()).toBe(1);
  });

  it('gives up with the busy error once the wait is over', async () => {
    const op = failing(Array.from({ length: 1_000 }, busy));
    await expect(retryWhileHeld(op.attempt, isBusyError, 30, 10)).rejects.toThrow(/modify an object/);
    expect(op.calls()).toBeGreaterThan(1);
    expect(op.calls()).toBeLessThan(10);
  });
});
