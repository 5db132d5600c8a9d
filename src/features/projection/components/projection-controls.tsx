import { formatCompact } from '../../../lib/format-number';
import { formatDay } from '../../../lib/time/day';
import type { LaunchOption } from '../api/launch-options';
import { NumberField } from './number-field';
import { DEFAULT_SHARE_PERCENT } from '../model/reachable-share';
import type { ProjectionParams } from './projection-params';
import { launchKey } from './use-launch-offers';
import type { LaunchProjectionView } from './use-launch-projection';

const optionLabel = (l: LaunchOption) => `${l.label} (${l.region}, ${formatDay(l.event_date)})`;
const sig = (n: number) => Number(n.toPrecision(4));

/** The projection's controls; every one is labelled and lives in the URL. */
export function ProjectionControls({ params, view }: { params: ProjectionParams; view: LaunchProjectionView }) {
  const fitted = view.fit?.ok ? view.fit.value.fit.params : null;
  const retentionSource = view.projection?.ok ? view.projection.value.retention : null;
  return (
    <div className="controls" role="group" aria-label="Projection controls">
      <label>
        Analogue platform
        <select value={view.platform} onChange={(e) => params.setPlatform(e.target.value)}>
          {view.platforms.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label>
        Analogue launch
        <select
          value={view.analogue ? launchKey(view.analogue) : ''}
          onChange={(e) => params.setLaunch(e.target.value)}
        >
          {view.analogue ? null : <option value="">none can be fitted</option>}
          {view.analogues.map(({ launch, reason }) => (
            <option key={launchKey(launch)} value={launchKey(launch)} disabled={reason !== null}>
              {reason === null ? optionLabel(launch) : `${optionLabel(launch)}: cannot be fitted, ${reason}`}
            </option>
          ))}
        </select>
      </label>
      <label>
        Target region
        <select value={view.region ?? ''} onChange={(e) => params.setRegion(e.target.value)}>
          {view.region === undefined ? <option value="">none can be projected</option> : null}
          {view.targets.map(({ region, reason }) => (
            <option key={region} value={region} disabled={reason !== null}>
              {reason === null ? region : `${region}: cannot be projected, ${reason}`}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        label="Addressable population (millions)"
        value={params.population}
        placeholder={
          view.target?.addressable_population != null ? formatCompact(view.target.addressable_population) : 'required'
        }
        min={0.001}
        max={10_000}
        onCommit={params.setPopulation}
        hint={view.target?.population_source ? `Default from the data: ${view.target.population_source}` : undefined}
      />
      <NumberField
        label="Reachable share (%)"
        value={params.share}
        placeholder={String(DEFAULT_SHARE_PERCENT)}
        min={0.01}
        max={100}
        onCommit={params.setShare}
      />
      <NumberField
        label="p override (per day)"
        value={params.p}
        placeholder={fitted ? `fitted ${sig(fitted.p)}` : 'fitted'}
        min={1e-7}
        max={100}
        onCommit={params.setP}
      />
      <NumberField
        label="q override (per day)"
        value={params.q}
        placeholder={fitted ? `fitted ${sig(fitted.q)}` : 'fitted'}
        min={1e-7}
        max={100}
        onCommit={params.setQ}
      />
      <button type="button" onClick={params.resetCoefficients} disabled={params.p === null && params.q === null}>
        Use fitted p and q
      </button>
      <NumberField
        label="Month-one churn override (%)"
        value={params.churn}
        placeholder={
          retentionSource
            ? `${Math.round(retentionSource.monthOneChurn * 100)} (${retentionSource.source === 'data' ? 'from data' : 'fallback'})`
            : ''
        }
        min={0}
        max={99.9}
        onCommit={params.setChurn}
      />
      <label>
        Backtest cutoff
        <input
          type="date"
          value={view.cutoffDay ?? ''}
          onChange={(e) => params.setCutoff(e.target.value === '' ? null : e.target.value)}
        />
      </label>
    </div>
  );
}
