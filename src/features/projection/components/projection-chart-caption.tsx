import { formatCompact } from '../../../lib/format-number';

/** The model the chart draws: the one chosen under Growth models, or Bass with the reason it stands in. */
export interface ChartModel {
  readonly id: string;
  readonly label: string;
  /** What the shaded band is, in words. */
  readonly band: string;
  /** Why the chosen model is not the one drawn; null when it is. */
  readonly fallback: string | null;
}

/** "Gompertz, carried to EU-27: the model chosen under Growth models." or, standing in, why. */
export function modelCaption(model: ChartModel, targetRegion: string): string {
  const which =
    model.fallback === null ? 'the model chosen under Growth models' : `${model.fallback}, so Bass is drawn`;
  return `${model.label}, carried to ${targetRegion}: ${which}.`;
}

/**
 * What the launch projection chart draws, in words: the model and its band, the analogue
 * and, when its fitted curve runs above the axis (`clippedFrom`, a day), from when.
 */
export function ProjectionChartCaption(props: {
  readonly model: ChartModel;
  readonly targetRegion: string;
  readonly clippedFrom: number | null;
  readonly yMax: number;
}) {
  const { model, clippedFrom, yMax } = props;
  const clipped =
    clippedFrom === null
      ? ''
      : ` (the fitted curve runs above the chart from day ${clippedFrom}, past ${formatCompact(yMax)}; the axis keeps to the projection)`;
  return (
    <figcaption className="chart-note">
      {modelCaption(model, props.targetRegion)} Days since each launch. Shaded: {model.band}. Dashed grey: the analogue
      launch as {model.label} fitted it, with its reported signups as dots{clipped}. Orange: published expectations.
    </figcaption>
  );
}
