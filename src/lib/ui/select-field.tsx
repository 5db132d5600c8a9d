import type { ReactNode } from 'react';

/** One choice of a select field; `value` keeps its type (a number stays a number). */
export interface SelectOption<T extends string | number> {
  readonly value: T;
  readonly label: string;
}

/** Options whose label is the value itself, or what `label` makes of it. */
export function toOptions<T extends string | number>(
  values: readonly T[],
  label: (value: T) => string = String,
): SelectOption<T>[] {
  return values.map((value) => ({ value, label: label(value) }));
}

export interface SelectFieldProps<T extends string | number> {
  /** The visible label. */
  readonly label: ReactNode;
  /** The accessible name when it must say more than the visible label ("Heatmap platform" for "Platform"). */
  readonly accessibleName?: string;
  readonly value: T;
  readonly options: readonly SelectOption<T>[];
  readonly onChange: (value: T) => void;
  readonly disabled?: boolean;
  /** Shown on hover: what the choice changes. */
  readonly title?: string;
}

/**
 * A labelled `<select>` whose `onChange` hands back the typed value of the chosen option,
 * so callers never cast `e.target.value`.
 */
export function SelectField<T extends string | number>(props: SelectFieldProps<T>) {
  const { label, accessibleName, value, options, onChange, disabled, title } = props;
  return (
    <label className="select-field" title={title}>
      {label}
      <select
        aria-label={accessibleName}
        value={String(value)}
        disabled={disabled}
        onChange={(e) => {
          const chosen = options.find((o) => String(o.value) === e.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
