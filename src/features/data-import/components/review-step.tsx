import type { Validation } from '../../../lib/datasets/ingest/validate';
import type { DatasetEntry } from '../../../lib/datasets/store/registry';
import { ProblemsTable } from './problems-table';

export interface ReviewStepProps {
  readonly validation: Validation;
  /** The dataset the valid rows will replace, when the user chose Replace. */
  readonly replaces?: DatasetEntry | undefined;
  readonly onConfirm: () => void;
  readonly onBack: () => void;
  readonly onCancel: () => void;
}

/** A checked file with problems: each problem with its line, and the choice to import the valid rows, change the settings or cancel. */
export function ReviewStep({ validation, replaces, onConfirm, onBack, onCancel }: ReviewStepProps) {
  const instead = replaces ? ` in place of ${replaces.file_name}` : '';
  const first = validation.problems[0];
  const where = first ? `line ${first.line}${first.column ? `, column "${first.column}"` : ''}: ${first.reason}` : '';
  return (
    <div>
      {validation.blocking ? (
        <p className="panel-error" role="alert">
          Nothing can be imported from this file. {validation.blocking}
          {first ? ` First problem: ${where}` : ''}
        </p>
      ) : (
        <p className="panel-error" role="alert">
          {validation.badRows} row{validation.badRows > 1 ? 's have' : ' has'} problems
          {first ? ` (first at ${where})` : ''}. Import the {validation.validRows} valid rows without them{instead}, or
          cancel, fix the file and import it again.
        </p>
      )}
      {validation.problems.length > 0 ? <ProblemsTable problems={validation.problems} /> : null}
      {validation.blocking ? null : (
        <button type="button" onClick={onConfirm}>
          Import {validation.validRows} valid row{validation.validRows === 1 ? '' : 's'}
          {instead}
        </button>
      )}{' '}
      <button type="button" onClick={onBack}>
        Change settings
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
