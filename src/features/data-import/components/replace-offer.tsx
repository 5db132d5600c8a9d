import type { ReplaceTarget } from '../../../lib/datasets/ingest/replace';
import { formatLoadedAt } from '../model/format-time';

export interface ReplaceOfferProps {
  readonly target: ReplaceTarget;
  readonly onReplace: () => void;
  readonly onAlongside: () => void;
  readonly onCancel: () => void;
}

/**
 * A file that looks like a newer version of a loaded dataset: one sentence naming that
 * dataset, and the choice. Its rows' duplicates of that dataset are not listed as
 * problems here: replacing it takes them away, and importing alongside shows them.
 */
export function ReplaceOffer({ target, onReplace, onAlongside, onCancel }: ReplaceOfferProps) {
  const { file_name: file, rows, loaded_at: loaded } = target.entry;
  return (
    <div>
      <p role="status">
        A dataset from {file} ({rows.toLocaleString('en')} row{rows === 1 ? '' : 's'}, loaded {formatLoadedAt(loaded)}{' '}
        UTC) is already loaded{target.reason === 'same-platforms' ? ', with the same platforms' : ''}. Replace it with
        this file, import this file alongside it, or cancel; nothing has changed yet.
      </p>
      <button type="button" onClick={onReplace}>
        Replace
      </button>{' '}
      <button type="button" onClick={onAlongside}>
        Import alongside
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
