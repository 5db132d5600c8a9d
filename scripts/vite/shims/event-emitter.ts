type Listener = (...args: unknown[]) => void;

/**
 * The part of eventemitter3 Recharts uses (`on`, `off`, `emit` on one shared bus that syncs
 * tooltips and brushes across charts), with its semantics: a listener added twice runs
 * twice and `off` removes every copy; `emit` calls the listeners registered when it began,
 * in order, with the emitter as `this`, so one added or removed meanwhile is not affected
 * until the next emit; it returns whether there were any. Aliased for `eventemitter3` in
 * vite.config.ts (its default export); any other method Recharts starts to call fails loudly.
 */
export default class EventEmitter {
  #listeners = new Map<string | symbol, readonly Listener[]>();

  /** Adds `fn` for `event`. */
  on(event: string | symbol, fn: Listener): this {
    this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), fn]);
    return this;
  }

  /** Removes every registration of `fn` for `event` (every listener when `fn` is omitted). */
  off(event: string | symbol, fn?: Listener): this {
    const kept = fn === undefined ? [] : (this.#listeners.get(event) ?? []).filter((l) => l !== fn);
    if (kept.length === 0) this.#listeners.delete(event);
    else this.#listeners.set(event, kept);
    return this;
  }

  /** Calls the listeners of `event` with `args`; false when it had none. */
  emit(event: string | symbol, ...args: unknown[]): boolean {
    const listeners = this.#listeners.get(event);
    if (listeners === undefined) return false;
    for (const fn of listeners) fn.apply(this, args);
    return true;
  }
}
