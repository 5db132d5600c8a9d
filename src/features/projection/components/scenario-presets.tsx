import { useMemo } from 'react';
import {
  SCENARIO_IDS,
  SCENARIO_LABELS,
  scenarioSetting,
  type ScenarioId,
  type ScenarioSetting,
} from '../model/scenarios';
import type { ProjectionParams } from './projection-params';
import type { LaunchProjectionView } from './use-launch-projection';

const sig = (n: number) => Number(n.toPrecision(3));

type Settings = Record<ScenarioId, { ok: true; value: ScenarioSetting } | { ok: false; reason: string }>;

/** Presets that set p and q at once, each saying what it sets; the one in force is pressed and in the URL. */
export function ScenarioPresets({ params, view }: { params: ProjectionParams; view: LaunchProjectionView }) {
  const settings = useMemo(() => {
    const entries = SCENARIO_IDS.map((id) => {
      try {
        return [id, { ok: true, value: scenarioSetting(id, view.registered, view.allLaunches) }] as const;
      } catch (error) {
        return [id, { ok: false, reason: error instanceof Error ? error.message : String(error) }] as const;
      }
    });
    return Object.fromEntries(entries) as Settings;
  }, [view.registered, view.allLaunches]);
  const active = params.scenario === '' ? null : settings[params.scenario];
  return (
    <div role="group" aria-label="Scenario presets" className="controls">
      {SCENARIO_IDS.map((id) => {
        const s = settings[id];
        return (
          <button
            key={id}
            type="button"
            aria-pressed={params.scenario === id}
            disabled={!s.ok}
            title={s.ok ? undefined : s.reason}
            onClick={() => (s.ok ? params.applyScenario(id, s.value) : undefined)}
          >
            {SCENARIO_LABELS[id]}
          </button>
        );
      })}
      {params.scenario !== '' && active ? (
        <p className="chart-note" role="note" aria-label="Scenario">
          {active.ok
            ? `${SCENARIO_LABELS[params.scenario]} sets p = ${sig(active.value.p)}/day and q = ${sig(active.value.q)}/day, ${active.value.basis}; every other control is kept.`
            : `${SCENARIO_LABELS[params.scenario]} cannot be set: ${active.reason}.`}
        </p>
      ) : null}
    </div>
  );
}
