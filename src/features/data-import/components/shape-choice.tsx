import type { ColumnsShape } from '../../../lib/datasets/shapes/shape-types';

type ShapeKind = NonNullable<ColumnsShape['declined']>;

/** What a shape is called on the card. */
const SHAPE_NAMES: Readonly<Record<ShapeKind, string>> = {
  'activity-log': 'an activity log',
  'retention-export': 'a retention export',
  'wide-series': 'adoption figures (a series)',
};

/** The way out of a recognised shape: read the file column for column, mapped by the user. */
export function MapColumnsButton({ shape, onMapColumns }: { shape: ShapeKind; onMapColumns: () => void }) {
  return (
    <p>
      <button type="button" onClick={onMapColumns}>
        Map columns myself
      </button>{' '}
      <span className="chart-note">
        Not {SHAPE_NAMES[shape]}? Read the file column for column instead: choose the kind of data and where each column
        goes.
      </span>
    </p>
  );
}

/** Said while the user maps a file's columns themselves, with the way back to the shape it was recognised as. */
export function DeclinedShape({ shape, onReshape }: { shape: ShapeKind; onReshape: () => void }) {
  return (
    <p role="status">
      Mapping the columns yourself: the file was recognised as {SHAPE_NAMES[shape]}, and is now read column for column.{' '}
      <button type="button" onClick={onReshape}>
        Read it as {SHAPE_NAMES[shape]} again
      </button>
    </p>
  );
}
