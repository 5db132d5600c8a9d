import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Fragment, StrictMode, createElement, forwardRef, memo, useSyncExternalStore } from 'react';
import { describe, expect, it } from 'vitest';
import EventEmitter from '../../../scripts/vite/shims/event-emitter';
import { isFragment } from '../../../scripts/vite/shims/react-is';

const require = createRequire(import.meta.url);
// The packages the shims replace, as references for their answers.
const reactIs = require('react-is') as { isFragment(value: unknown): boolean };
const EventEmitter3 = require('eventemitter3') as new () => {
  on(event: string, fn: (...args: unknown[]) => void): unknown;
  off(event: string, fn?: (...args: unknown[]) => void): unknown;
  emit(event: string, ...args: unknown[]): boolean;
};

describe('react-is shim (isFragment)', () => {
  const Forward = forwardRef<HTMLSpanElement>(function Forward() {
    return null;
  });
  const cases: [string, unknown][] = [
    ['<></>', createElement(Fragment, null, 'a', 'b')],
    ['<Fragment key>', createElement(Fragment, { key: 'k' })],
    ['<div>', createElement('div')],
    ['<StrictMode>', createElement(StrictMode)],
    ['forwardRef element', createElement(Forward)],
    ['memo element', createElement(memo(() => null))],
    ['the Fragment type itself', Fragment],
    ['an array of fragments', [createElement(Fragment)]],
    ['an object typed Fragment without the element mark', { type: Fragment }],
    ['a legacy (React 18) element mark', { $$typeof: Symbol.for('react.element'), type: Fragment }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'text'],
    ['a number', 0],
  ];

  it('answers as react-is 19 does for every kind of node', () => {
    for (const [name, value] of cases) expect([name, isFragment(value)]).toEqual([name, reactIs.isFragment(value)]);
    // The reference says yes for the two fragments only (so the comparison above can fail both ways).
    expect(cases.filter(([, v]) => reactIs.isFragment(v)).map(([n]) => n)).toEqual(['<></>', '<Fragment key>']);
  });
});

describe('eventemitter3 shim (on / off / emit)', () => {
  /** The calls each emitter makes on a script of operations, to compare the two. */
  function run(make: () => InstanceType<typeof EventEmitter3>): unknown[] {
    const log: unknown[] = [];
    const bus = make();
    const a = (...args: unknown[]) => log.push(['a', ...args]);
    const b = function (this: unknown, ...args: unknown[]) {
      log.push(['b', this === bus, ...args]);
    };
    const c = () => {
      log.push(['c']);
      bus.off('x', a); // removed while x is being emitted: still called this time
      bus.on('x', d); // added while x is being emitted: first called next time
    };
    const d = () => log.push(['d']);
    log.push(bus.emit('x', 1));
    bus.on('x', a);
    bus.on('x', a);
    bus.on('x', c);
    bus.on('x', a);
    bus.on('y', b);
    log.push(bus.emit('x', 1, 'two', { three: 3 }, 4, 5, 6));
    log.push(bus.emit('x', 7));
    log.push(bus.emit('y', 8, 9));
    bus.off('y', b);
    log.push(bus.emit('y', 10));
    bus.off('x');
    log.push(bus.emit('x', 11));
    return log;
  }

  it('calls the same listeners, in the same order, with the same arguments and this, as eventemitter3', () => {
    const ours = run(() => new EventEmitter() as unknown as InstanceType<typeof EventEmitter3>);
    expect(ours).toEqual(run(() => new EventEmitter3()));
    // Worked by hand: a, a, c (removing every a, adding d), a; then c (d again) and d; b; nothing.
    expect(ours).toEqual([
      false,
      ['a', 1, 'two', { three: 3 }, 4, 5, 6],
      ['a', 1, 'two', { three: 3 }, 4, 5, 6],
      ['c'],
      ['a', 1, 'two', { three: 3 }, 4, 5, 6],
      true,
      ['c'],
      ['d'],
      true,
      ['b', true, 8, 9],
      true,
      false,
      false,
    ]);
  });

  it('returns itself from on and off, for chaining', () => {
    const bus = new EventEmitter();
    const fn = () => undefined;
    expect(bus.on('x', fn)).toBe(bus);
    expect(bus.off('x', fn)).toBe(bus);
    expect(bus.emit('x')).toBe(false);
  });
});

describe('use-sync-external-store/shim/with-selector aliased to the plain with-selector', () => {
  it('is the same code, with React 19 the shim handing out React’s own hook', () => {
    const pkg = require.resolve('use-sync-external-store/package.json').replace(/package\.json$/, '');
    const shimmed = readFileSync(`${pkg}cjs/use-sync-external-store-shim/with-selector.production.js`, 'utf8');
    const plain = readFileSync(`${pkg}cjs/use-sync-external-store-with-selector.production.js`, 'utf8');
    // The two differ in their header's file name and where useSyncExternalStore comes from.
    const normalised = shimmed
      .replace(
        'use-sync-external-store-shim/with-selector.production.js',
        'use-sync-external-store-with-selector.production.js',
      )
      .replace(
        'var React = require("react"),\n  shim = require("use-sync-external-store/shim");',
        'var React = require("react");',
      )
      .replace(
        'useSyncExternalStore = shim.useSyncExternalStore,',
        'useSyncExternalStore = React.useSyncExternalStore,',
      );
    expect(normalised).not.toBe(shimmed);
    expect(normalised).toBe(plain);
    const shim = require('use-sync-external-store/shim') as { useSyncExternalStore: unknown };
    expect(shim.useSyncExternalStore).toBe(useSyncExternalStore);
  });
});
