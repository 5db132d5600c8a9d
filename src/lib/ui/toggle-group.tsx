import { useRef, type KeyboardEvent } from 'react';
import type { SelectOption } from './select-field';

export interface ToggleGroupProps<T extends string | number> {
  /** The group's legend and accessible name ("Scale"). */
  readonly label: string;
  readonly value: T;
  readonly options: readonly SelectOption<T>[];
  readonly onChange: (value: T) => void;
}

const STEP: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Mutually exclusive choices as pressed / not-pressed buttons in a labelled group: one is
 * always pressed (pressing it again changes nothing), Tab reaches the pressed one, and
 * the arrow keys move to and choose its neighbours, as in a radio group. Buttons rather
 * than radios so each choice keeps the role and name ("button", "Log") users and tests know.
 */
export function ToggleGroup<T extends string | number>({ label, value, options, onChange }: ToggleGroupProps<T>) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = options.findIndex((o) => o.value === value);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = STEP[e.key];
    if (step === undefined || options.length === 0) return;
    e.preventDefault();
    const next = (index + step + options.length) % options.length;
    const option = options[next];
    if (!option) return;
    onChange(option.value);
    buttons.current[next]?.focus();
  };
  return (
    <fieldset className="toggle-group">
      <legend>{label}</legend>
      {options.map((o, i) => (
        <button
          key={String(o.value)}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          aria-pressed={o.value === value}
          tabIndex={i === (current === -1 ? 0 : current) ? 0 : -1}
          onClick={() => {
            if (o.value !== value) onChange(o.value);
          }}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {o.label}
        </button>
      ))}
    </fieldset>
  );
}
