import { formatCompact } from '../../../lib/format-number';
import { formatDay } from '../../../lib/time/day';
import { SCENARIO_LABELS, type ScenarioId } from '../model/scenarios';

/** A dated launch as the export names it. */
interface LaunchRef {
  readonly label: string;
  readonly region: string;
  readonly event_date: Date;
  readonly population_source?: string | null;
}

/** What the Launch projection's badge, file names and image captions read of the view and its controls. */
export interface ProjectionCaptionInput {
  readonly platform: string;
  readonly analogue: LaunchRef | undefined;
  readonly target: LaunchRef | undefined;
  /** The counter the analogue is fitted to, with each figure's source. */
  readonly series: { readonly vendor: string; readonly figures: readonly { readonly source: string }[] } | null;
  readonly cutoffDay: string | null;
  readonly populationMillions: number | null;
  readonly sharePercent: number;
  readonly expectations: readonly { readonly source: string }[];
  readonly reported: readonly { readonly source: string }[];
  /** The retention curve the active users come from; each point says whether its cohorts are modelled. */
  readonly retentionPoints: readonly { readonly modelled: boolean }[];
}

/** The model the projection is drawn with (see `FiguresProjection`). */
export interface ShownModel {
  readonly id: string;
  readonly label: string;
  /** Why the chosen model is not the one drawn; null when it is. */
  readonly fallback: string | null;
}

/** The controls that change the projection beyond the launches chosen. */
export interface ProjectionCaptionParams {
  readonly p: number | null;
  readonly q: number | null;
  readonly churn: number | null;
  /** The scenario preset in force, '' for none. */
  readonly scenario: string;
}

const when = (launch: LaunchRef) => formatDay(launch.event_date);
const isScenario = (id: string): id is ScenarioId => id in SCENARIO_LABELS;

/** Where p and q come from: the fit, a named preset, or a hand edit. */
function coefficients(params: ProjectionCaptionParams): string {
  if (isScenario(params.scenario)) return `${SCENARIO_LABELS[params.scenario]} scenario`;
  return params.p === null && params.q === null ? 'fitted' : 'set by hand';
}

/** "a Bass diffusion", "the Gompertz model": how the notes name the model drawn. */
const modelWords = (model: ShownModel) => (model.id === 'bass' ? 'a Bass diffusion' : `the ${model.label} model`);

/**
 * The panel's "Modelled" line: every projected figure is model output, and this says which
 * model, fitted to what, and whether the active users rest on modelled retention cohorts.
 */
export function projectionModelledNote(view: ProjectionCaptionInput, model: ShownModel): string {
  const fitted = view.analogue
    ? `${modelWords(model)} fitted to the reported signups after ${view.analogue.label}${view.series ? ` (${view.series.vendor}'s count)` : ''}`
    : `${modelWords(model)} fitted to an analogue launch`;
  const cohorts = view.retentionPoints.some((r) => r.modelled)
    ? `${view.platform}'s modelled retention cohorts (calibrated to reported month-one drops and industry medians)`
    : `${view.platform}'s reported retention cohorts`;
  return `Every projected figure is modelled, not reported: ${fitted}, scaled to the target's reachable market; active users apply ${cohorts}. The bands, the 30/90/365-day table and the backtest lines are model output too.`;
}

/** What the projection's files hold: platform, target region, then the scenario or hand-set p and q. */
export function projectionFileParts(view: ProjectionCaptionInput, params: ProjectionCaptionParams): string[] {
  const pq = coefficients(params);
  return [view.platform, view.target?.region ?? '', pq === 'fitted' ? '' : pq.replace(/ scenario$/, '')].filter(
    Boolean,
  );
}

/** What the backtest's files hold: platform, target region and the cutoff (or "in sample"). */
export function backtestFileParts(view: ProjectionCaptionInput): string[] {
  return [view.platform, view.target?.region ?? '', view.cutoffDay ? `cutoff ${view.cutoffDay}` : 'in sample'].filter(
    Boolean,
  );
}

/** The settings line of both images: every control that changes what is drawn, and the model drawn. */
export function projectionSettings(
  view: ProjectionCaptionInput,
  params: ProjectionCaptionParams,
  model: ShownModel,
): string {
  const { analogue, target, populationMillions, sharePercent } = view;
  const market =
    populationMillions === null
      ? 'no addressable population'
      : `${formatCompact(populationMillions * 1e6)} people × ${sharePercent}% reachable = ${formatCompact(populationMillions * 1e6 * (sharePercent / 100))}`;
  return [
    `Analogue: ${analogue ? `${analogue.label} (${analogue.region}, ${when(analogue)})` : 'none'}`,
    `Target: ${target ? `${view.platform} in ${target.region} from ${when(target)}` : 'none'}`,
    `Market: ${market}`,
    // p and q are Bass coefficients: they say nothing of another model's curve.
    ...(model.id === 'bass' ? [`p and q: ${coefficients(params)}`] : []),
    `Month-one churn: ${params.churn === null ? 'from the retention data' : `${params.churn}%`}`,
    `Fit cutoff: ${view.cutoffDay ?? 'none (every figure)'}`,
    `Model: ${model.label}${model.fallback === null ? '' : ` (${model.fallback})`}`,
  ].join(' · ');
}

/**
 * The sources line: the analogue's figures, the target's population, the published
 * expectations, the figures the backtest checks against, and the retention cohorts, each
 * source once, in that order.
 */
export function projectionSources(view: ProjectionCaptionInput): string {
  const cohorts = view.retentionPoints.some((r) => r.modelled)
    ? `${view.platform} retention cohorts (modelled)`
    : view.retentionPoints.length > 0
      ? `${view.platform} retention cohorts (reported)`
      : '';
  const all = [
    ...(view.series?.figures ?? []).map((f) => f.source),
    view.target?.population_source ?? '',
    ...view.expectations.map((e) => e.source),
    ...view.reported.map((r) => r.source),
    cohorts,
  ];
  return [...new Set(all.filter(Boolean))].join('; ');
}
