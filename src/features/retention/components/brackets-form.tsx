import { useId, useState, type FormEvent } from 'react';
import { parseBrackets } from '../model/brackets';

export interface BracketsFormProps {
  /** The brackets in use, as text (`1,2-7,8-30`). */
  readonly value: string;
  /** Called with text that parses; text that does not stays in the field with its message. */
  readonly onApply: (text: string) => void;
}

/**
 * The brackets field: edited freely, applied on Enter or "Apply". Text that does not parse
 * is kept as typed, marked invalid and explained beside the field, and the table keeps the
 * brackets it showed, so a typo loses nothing.
 */
export function BracketsForm({ value, onApply }: BracketsFormProps) {
  const [draft, setDraft] = useState(value);
  const [message, setMessage] = useState<string | null>(null);
  const messageId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseBrackets(draft);
    if (!parsed.ok) {
      setMessage(parsed.message);
      return;
    }
    setMessage(null);
    onApply(draft.trim());
  };
  return (
    <form className="brackets-form" onSubmit={submit} aria-label="Day brackets">
      <label>
        Brackets (days since signup){' '}
        <input
          type="text"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-invalid={message !== null}
          aria-describedby={message ? messageId : undefined}
          spellCheck={false}
          size={24}
        />
      </label>{' '}
      <button type="submit">Apply</button>
      {message ? (
        <p id={messageId} className="panel-error" role="alert">
          {message}
        </p>
      ) : null}
    </form>
  );
}
