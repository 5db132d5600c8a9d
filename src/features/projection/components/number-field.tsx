import { useId, useState } from 'react';

const count = new Intl.NumberFormat('en', { maximumSignificantDigits: 6 });

export interface NumberFieldProps {
  readonly label: string;
  /** The committed value (from the URL); null = not set. */
  readonly value: number | null;
  /** Shown greyed when the value is not set (the default it falls back to). */
  readonly placeholder?: string;
  readonly min: number;
  readonly max: number;
  readonly step?: number | 'any';
  /** Called with a valid number, or null when the field is emptied. */
  readonly onCommit: (value: number | null) => void;
  readonly hint?: string;
}

/**
 * A number input that commits every valid keystroke at once (so the chart follows the
 * typing) but keeps what the user typed while it is incomplete ("4." or "-"), and shows
 * the committed value again when it changes from elsewhere (a reset, a link). Text that is
 * not a number in range never reaches the results: it is marked inline, says what is used
 * instead, and is dropped when the field loses focus, so field, URL and results agree again.
 */
export function NumberField({ label, value, placeholder, min, max, step = 'any', onCommit, hint }: NumberFieldProps) {
  const [draft, setDraft] = useState<{ text: string; basis: number | null } | null>(null);
  const hintId = useId();
  const errorId = useId();
  const shown = draft !== null && draft.basis === value ? draft.text : value === null ? '' : String(value);
  const invalid = draft !== null && draft.basis === value && draft.text.trim() !== '' && Number(draft.text) !== value;
  return (
    <label>
      {label}
      <input
        type="number"
        inputMode="decimal"
        value={shown}
        placeholder={placeholder}
        min={min}
        max={max}
        step={step}
        aria-invalid={invalid || undefined}
        aria-describedby={[hint ? hintId : '', invalid ? errorId : ''].join(' ').trim() || undefined}
        onBlur={() => {
          if (invalid) setDraft(null);
        }}
        onChange={(event) => {
          const raw = event.target.value;
          const n = Number(raw);
          if (raw.trim() === '') {
            setDraft({ text: raw, basis: null });
            onCommit(null);
          } else if (Number.isFinite(n) && n >= min && n <= max) {
            setDraft({ text: raw, basis: n });
            onCommit(n);
          } else {
            setDraft({ text: raw, basis: value });
          }
        }}
        style={{ width: '9rem' }}
      />
      {invalid ? (
        <span id={errorId} className="panel-error" role="alert">
          Enter a number from {count.format(min)} to {count.format(max)}; still using{' '}
          {value === null ? (placeholder ?? 'the default') : count.format(value)}.
        </span>
      ) : null}
      {hint ? (
        <span id={hintId} className="visually-hidden">
          {hint}
        </span>
      ) : null}
    </label>
  );
}
