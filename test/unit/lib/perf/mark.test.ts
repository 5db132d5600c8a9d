import { afterEach, describe, expect, it } from 'vitest';
import { measureIfSlow, SLOW_MS } from '../../../../src/lib/perf/mark';

const measures = (name: string) => performance.getEntriesByName(`uptake:${name}`, 'measure');

describe('measureIfSlow', () => {
  afterEach(() => performance.clearMeasures());

  it('leaves a measure spanning the step when it took at least SLOW_MS', () => {
    const start = performance.now() - (SLOW_MS + 30);
    const duration = measureIfSlow(() => 'sql -- slow/query', start);
    expect(duration).toBeGreaterThanOrEqual(SLOW_MS + 30);
    const [entry] = measures('sql -- slow/query');
    expect(entry?.startTime).toBe(start);
    expect(entry?.duration).toBe(duration);
  });

  it('leaves nothing for a quick step and builds no name for it, and still returns its duration', () => {
    const start = performance.now() - 5;
    let named = false;
    const name = () => {
      named = true;
      return 'sql -- quick/query';
    };
    expect(measureIfSlow(name, start)).toBeLessThan(SLOW_MS);
    expect(named).toBe(false);
    expect(measures('sql -- quick/query')).toEqual([]);
  });
});
