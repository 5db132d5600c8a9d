/**
 * The app modules the workbench calls, found with `import.meta.glob` and looked up by
 * export name rather than imported statically: when a feature's api is renamed or changes
 * shape the bench still builds, and the missing module or export becomes a clear
 * "not available: …" row in the report, never a fake number.
 *
 * When a feature's api changes, this is the one file to update.
 */
import type { Db, Row } from '../../../src/lib/db/types';

type Module = Record<string, unknown>;
/** An app function found by name: its arguments are the bench's to get right, its result is checked where used. */
type AppFn = (...args: unknown[]) => unknown;

const datasetModules = import.meta.glob<Module>(
  [
    '../../../src/lib/datasets/store/schemas.ts',
    '../../../src/lib/datasets/ingest/load-csv.ts',
    '../../../src/lib/datasets/store/live-view.ts',
  ],
  {
    eager: true,
  },
);
const retentionModules = import.meta.glob<Module>([
  '../../../src/features/retention/api/*.ts',
  '../../../src/features/retention/model/*.ts',
]);
const projectionModules = import.meta.glob<Module>([
  '../../../src/features/projection/api/*.ts',
  '../../../src/features/projection/model/*.ts',
]);

/** `…/features/<name>/api/x.ts` → `api/x.ts`. */
function shortName(path: string): string {
  return path.split('/').slice(-2).join('/');
}

function fnIn(mod: Module | undefined, name: string): AppFn | undefined {
  const value = mod?.[name];
  return typeof value === 'function' ? (value as AppFn) : undefined;
}

function datasetModule(file: string): Module | undefined {
  return Object.entries(datasetModules).find(([path]) => path.endsWith(`/${file}`))?.[1];
}

async function loadAll(globbed: Record<string, () => Promise<Module>>): Promise<Map<string, Module>> {
  const loaded = new Map<string, Module>();
  for (const [path, load] of Object.entries(globbed)) loaded.set(shortName(path), await load());
  return loaded;
}

function exportList(mods: Map<string, Module>): string {
  return [...mods].map(([file, mod]) => `${file}: ${Object.keys(mod).join(', ') || '(none)'}`).join('; ');
}

// ------------------------------------------------------------------------------- datasets

export interface ColumnDecl {
  readonly name: string;
  readonly type: string;
}
export interface EventsSchema {
  readonly table: string;
  readonly columns: readonly ColumnDecl[];
}

/** The EVENTS schema as src/lib/datasets/store/schemas.ts declares it (what the generator writes). */
export function eventsSchema(): EventsSchema {
  const declared = datasetModule('schemas.ts')?.EVENTS as EventsSchema | undefined;
  if (declared && typeof declared.table === 'string' && Array.isArray(declared.columns)) return declared;
  throw new Error('src/lib/datasets/store/schemas.ts no longer exports EVENTS { table, columns }');
}

/**
 * How the app stores a dataset (src/lib/datasets/store/live-view.ts): rows in a table of their
 * own, listed in the registry and stacked into the live view. Lets the bench put a file's
 * rows where the app would, and take them out again between runs.
 */
export interface DatasetTables {
  /** Set up the empty store (registry and live views), as the app does once at start. */
  create(db: Db): Promise<void>;
  attach(
    db: Db,
    entry: {
      dataset_id: string;
      kind: string;
      storage_table: string;
      file_name: string;
      origin: 'imported';
      rows: number;
    },
  ): Promise<void>;
  remove(db: Db, datasetId: string): Promise<number>;
}

export function appDatasetTables(): DatasetTables | undefined {
  const mod = datasetModule('live-view.ts');
  const attach = fnIn(mod, 'attachDataset');
  const remove = fnIn(mod, 'removeDataset');
  const create = fnIn(mod, 'createDatasetStore');
  if (!attach || !remove || !create) return undefined;
  return {
    create: (db) => create(db) as Promise<void>,
    attach: (db, entry) => db.transaction((tx) => attach(tx, entry) as Promise<void>),
    remove: (db, datasetId) => remove(db, datasetId) as Promise<number>,
  };
}

export type LoadCsv = (
  db: Db,
  request: { schema: EventsSchema; fileName: string; bytes: Uint8Array; datasetId: string },
) => Promise<number>;

/** The app's all-or-nothing CSV loader (src/lib/datasets/ingest/load-csv.ts), used for the bundled files. */
export function appLoadCsv(): LoadCsv | undefined {
  return fnIn(datasetModule('load-csv.ts'), 'loadCsv') as LoadCsv | undefined;
}

// ------------------------------------------------------------------------------- retention

/**
 * How the bench drives the retention feature: one preparation after the events
 * table is loaded, then a recompute per control change. `step` alternates the control
 * (N-day / unbounded) so a result cache can never answer.
 */
export interface RetentionWiring {
  readonly description: string;
  prepare(db: Db): Promise<void>;
  recompute(db: Db, step: number): Promise<number>;
}

export type Wired<T> = { readonly wiring: T } | { readonly unavailable: string };

/** What a control change re-renders: the curves (all platforms, days 0–90) and Threads' weekly heatmap. */
function retentionParams(step: number) {
  // Alternate N-day and unbounded, the toggle the Retention section shows.
  const mode = step % 2 === 0 ? 'nday' : 'unbounded';
  return {
    curves: { source: 'events', platforms: [], region: 'all', mode, maxDay: 90 },
    heatmap: { source: 'events', platform: 'Threads', region: 'all', mode, grain: 'week', minCohort: 100 },
  };
}

/**
 * The retention feature on the raw events path: `prepareEvents(db)` once, then per
 * control change `queryRetentionCurves` and `queryCohortHeatmap` (the "query as is"
 * functions, without the fingerprint check the hooks add).
 */
export async function retentionWiring(): Promise<Wired<RetentionWiring>> {
  if (Object.keys(retentionModules).length === 0) return { unavailable: 'src/features/retention/ does not exist yet' };
  const mods = await loadAll(retentionModules);
  const prepare = fnIn(mods.get('api/prepare-events.ts'), 'prepareEvents');
  const curves = fnIn(mods.get('api/retention-curves.ts'), 'queryRetentionCurves');
  const heatmap = fnIn(mods.get('api/cohort-heatmap.ts'), 'queryCohortHeatmap');
  if (!prepare || !curves) {
    return {
      unavailable: `retention api exports the bench needs (prepareEvents, queryRetentionCurves) are missing (found ${exportList(mods)}); update scripts/bench/page/app-modules.ts`,
    };
  }
  return {
    wiring: {
      description: `prepareEvents() once; per change queryRetentionCurves()${heatmap ? ' + queryCohortHeatmap()' : ''}, N-day ↔ unbounded`,
      prepare: async (db) => {
        await prepare(db);
      },
      recompute: async (db, step) => {
        const params = retentionParams(step);
        const rows = ((await curves(db, params.curves)) as unknown[]).length;
        return rows + (heatmap ? ((await heatmap(db, params.heatmap)) as unknown[]).length : 0);
      },
    },
  };
}

// ------------------------------------------------------------------------------- projection

/** Inputs for the projection model, read once from the bundled data through the feature's api. */
export interface ProjectionWiring {
  readonly description: string;
  /**
   * The full recompute: fit the analogue (with its bootstrap), project the target, and fit
   * every growth model and baseline to the compared series with its rolling-origin evaluation.
   */
  fitAndProject(): { rows: unknown[]; comparison: unknown };
  /** Project again from an existing fit: what a market or churn control change costs. */
  projectOnly(step: number): unknown;
  /** The rolling evaluation alone: every model and baseline fitted and evaluated on the compared series. */
  evaluate(): unknown;
  /** Each model's MASE at 3, 6 and 12 months and 80% band coverage on the compared series, from one comparison. */
  maseTable(): MaseRow[];
}

/** One row of the bench's MASE table (null where the evaluation has no forecast at that horizon). */
export interface MaseRow {
  readonly id: string;
  readonly label: string;
  readonly mase3: number | null;
  readonly mase6: number | null;
  readonly mase12: number | null;
  readonly coverage: number | null;
  readonly banded: number;
}

interface ComparedRow {
  forecaster: { id: string; label: string };
  evaluation: {
    byHorizon: Record<3 | 6 | 12, { mase: number | null }>;
    overall: { coverage: number | null; banded: number };
  };
}

function maseRows(comparison: unknown): MaseRow[] {
  return ((comparison as { rows: ComparedRow[] }).rows ?? []).map((r) => ({
    id: r.forecaster.id,
    label: r.forecaster.label,
    mase3: r.evaluation.byHorizon[3].mase,
    mase6: r.evaluation.byHorizon[6].mase,
    mase12: r.evaluation.byHorizon[12].mase,
    coverage: r.evaluation.overall.coverage,
    banded: r.evaluation.overall.banded,
  }));
}

const THREADS_LAUNCH = { platform: 'Threads', region: 'global', launchDate: '2023-07-05' } as const;
const EU_TARGET = { platform: 'Threads', region: 'EU-27' } as const;
const DAY_MS = 86_400_000;

/**
 * The Threads EU projection the Projection section shows by default: Threads' global
 * launch as the analogue, EU-27 as the target, the platform's retention curve when loaded.
 */
export async function projectionWiring(db: Db): Promise<Wired<ProjectionWiring>> {
  if (Object.keys(projectionModules).length === 0)
    return { unavailable: 'src/features/projection/ does not exist yet' };
  const mods = await loadAll(projectionModules);
  const fetchRegistered = fnIn(mods.get('api/registered-figures.ts'), 'fetchRegisteredFigures');
  const fetchLaunches = fnIn(mods.get('api/launch-options.ts'), 'fetchLaunchOptions');
  const analogueSeries = fnIn(mods.get('model/analogue-offers.ts'), 'analogueSeries');
  const fetchRetention = fnIn(mods.get('api/retention-curve.ts'), 'fetchRetentionCurve');
  const model = mods.get('model/launch-projection.ts');
  const fitAndProject = fnIn(model, 'fitAndProject');
  const fitAnalogue = fnIn(model, 'fitAnalogue');
  const projectLaunch = fnIn(model, 'projectLaunch');
  const fetchSeries = fnIn(mods.get('api/reported-series.ts'), 'fetchReportedSeries');
  const toFitPoints = fnIn(mods.get('model/launch-series.ts'), 'toFitPoints');
  const compareModels = fnIn(mods.get('model/compare-models.ts'), 'compareModels');
  const sharePercent = mods.get('model/reachable-share.ts')?.['DEFAULT_SHARE_PERCENT'];
  if (
    !fetchRegistered ||
    !fetchLaunches ||
    !analogueSeries ||
    !fitAndProject ||
    !fitAnalogue ||
    !projectLaunch ||
    !fetchSeries ||
    !toFitPoints ||
    !compareModels ||
    typeof sharePercent !== 'number'
  ) {
    return {
      unavailable: `projection api/model exports the bench needs are missing (found ${exportList(mods)}); update scripts/bench/page/app-modules.ts`,
    };
  }
  const launches = (await fetchLaunches(db)) as Row[];
  const isLaunch = (l: Row, platform: string, region: string) => l['platform'] === platform && l['region'] === region;
  const launch = launches.find((l) => isLaunch(l, THREADS_LAUNCH.platform, THREADS_LAUNCH.region));
  const target = launches.find((l) => isLaunch(l, EU_TARGET.platform, EU_TARGET.region));
  const registered = ((await fetchRegistered(db)) as Row[]).filter((r) => r['platform'] === THREADS_LAUNCH.platform);
  const offer = (
    launch ? analogueSeries(registered, launch) : { ok: false, reason: 'no Threads global launch in the data' }
  ) as
    | { ok: true; value: { figures: { days: number; value: number }[]; baseline: number } }
    | { ok: false; reason: string };
  if (!offer.ok) return { unavailable: `the Threads launch cannot be fitted: ${offer.reason}` };
  const figures = offer.value.figures.map((f) => ({ days: f.days, value: f.value }));
  const baseline = offer.value.baseline;
  const population = Number(target?.addressable_population ?? 448e6);
  const curve = fetchRetention ? ((await fetchRetention(db, { platform: 'Threads', region: 'EU-27' })) as Row[]) : [];
  const retention =
    curve.length > 0 ? curve.map((p) => ({ day: Number(p.day_offset), share: Number(p.retained_share) })) : null;
  const analogueInput = { figures, baseline };
  const market = population * (sharePercent / 100);
  const fitted: unknown = fitAnalogue(analogueInput);
  // The series the model comparison shows by default: Threads' global MAU, by days since the launch.
  const mau = (await fetchSeries(db, { platform: 'Threads', region: 'global', measure: 'MAU' })) as Row[];
  const launchMs = (launch?.['event_date'] as Date).getTime();
  const series = toFitPoints(
    mau.map((r) => ({ days: Math.round(((r['date'] as Date).getTime() - launchMs) / DAY_MS), value: r['value'] })),
  );
  const compare = () => compareModels(series, 'MAU');
  return {
    wiring: {
      description: `Threads global launch (${figures.length} figures) → EU-27 (${Math.round(market / 1e6)}M market, ${retention ? `${retention.length}-point retention curve` : 'fallback churn'}); models compared on ${mau.length} Threads MAU figures`,
      fitAndProject: () => {
        const projected = fitAndProject(analogueInput, { market, retention }) as { rows: unknown[] };
        return { rows: projected.rows, comparison: compare() };
      },
      evaluate: compare,
      maseTable: () => maseRows(compare()),
      // Alternate the market, as moving the reachable-share slider does.
      projectOnly: (step) => projectLaunch(fitted, { market: market * (step % 2 === 0 ? 1 : 1.1), retention }),
    },
  };
}

// ------------------------------------------------------------------------------- retention views

/** The retention views over raw events timed on their own (bench figures `retention_<view>_1m`). */
export type RetentionView = 'lifecycle' | 'brackets';

/** One view's recompute after a control change, on the prepared tables (prepare with `retentionWiring`). */
export interface RetentionViewWiring {
  readonly description: string;
  /** The view's own one-time step after `prepareEvents` (none when the view has none). */
  prepare(db: Db): Promise<void>;
  recompute(db: Db, step: number): Promise<number>;
}

/** The issue's default brackets and a user's edit of them, alternated as a control change. */
const BRACKET_SETS = [
  [
    { lo: 1, hi: 1 },
    { lo: 2, hi: 7 },
    { lo: 8, hi: 14 },
    { lo: 15, hi: 30 },
    { lo: 31, hi: 90 },
  ],
  [
    { lo: 0, hi: 0 },
    { lo: 1, hi: 7 },
    { lo: 8, hi: 30 },
  ],
];

/**
 * A view's "query as is" function, called as its panel calls it on a control change:
 * lifecycle alternates every platform with Mastodon ticked off (the platform checkboxes);
 * brackets alternate the default brackets with 0,1-7,8-30 (an edit of the brackets field).
 */
export async function retentionViewWiring(view: RetentionView): Promise<Wired<RetentionViewWiring>> {
  if (Object.keys(retentionModules).length === 0) return { unavailable: 'src/features/retention/ does not exist yet' };
  const mods = await loadAll(retentionModules);
  const [file, name] =
    view === 'lifecycle' ? ['lifecycle', 'queryLifecycle'] : ['bracket-retention', 'queryBracketRetention'];
  const query = fnIn(mods.get(`api/${file}.ts`), name);
  const prepareViews = fnIn(mods.get('api/prepare-activity-views.ts'), 'prepareActivityViews');
  const prepareLifecycle = fnIn(mods.get('api/lifecycle.ts'), 'prepareLifecycle');
  // Each view's own one-time step: the lifecycle prepares the period it shows (weeks by default).
  const prepare = async (db: Db) => {
    if (view === 'lifecycle' && prepareLifecycle) await prepareLifecycle(db, 'week');
    else if (view === 'brackets' && prepareViews) await prepareViews(db);
  };
  if (!query)
    return {
      unavailable: `the retention api has no ${name} (found ${exportList(mods)}); update scripts/bench/page/app-modules.ts`,
    };
  if (view === 'lifecycle')
    return {
      wiring: {
        description: "prepareLifecycle('week') once; per change queryLifecycle(), every platform ↔ Mastodon ticked off",
        prepare,
        recompute: async (db, step) => {
          const platforms = step % 2 === 0 ? [] : ['Threads', 'X', 'Bluesky'];
          return ((await query(db, { platforms, region: 'all', grain: 'week' })) as unknown[]).length;
        },
      },
    };
  return {
    wiring: {
      description:
        'prepareActivityViews() once; per change queryBracketRetention(), brackets 1,2-7,8-14,15-30,31-90 ↔ 0,1-7,8-30',
      prepare,
      recompute: async (db, step) => {
        const brackets = BRACKET_SETS[step % 2];
        return ((await query(db, { platforms: [], region: 'all', brackets })) as unknown[]).length;
      },
    },
  };
}
