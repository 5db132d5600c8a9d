import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatCompact } from '../../../lib/format-number';
import { platformColor } from '../../../lib/platforms';
import { formatDay, formatMonth } from '../../../lib/time/day';
import { ChartFrame } from '../../../lib/ui/chart-frame';
import { axisProps, gridProps, NO_ANIMATION, useChartTheme, type ChartTheme } from '../../../lib/ui/chart-theme';
import { Swatch } from '../../../lib/ui/swatch';
import type { LifecycleRow } from '../api/lifecycle';
import type { LifecycleGrain } from '../model/lifecycle';

export interface LifecycleChartProps {
  readonly platform: string;
  /** The platform's periods, oldest first. */
  readonly rows: readonly LifecycleRow[];
  /** What a period is: the axis names days and weeks by their first day, months by name. */
  readonly grain: LifecycleGrain;
  /** Fixed size for tests and exports; fills its container's width when absent. */
  readonly width?: number;
  readonly height?: number;
}

/** The four states in stacking order, each a shade of the platform's colour (dormant in the axis grey). */
function stateColors(platform: string, theme: ChartTheme) {
  const color = platformColor(platform, theme.name);
  return [
    { key: 'new_users', label: 'New', color },
    // 8-digit hex: the platform's colour at 60% and 30%, so the key stays one colour family.
    { key: 'returning_users', label: 'Returning', color: `${color}99` },
    { key: 'resurrecting_users', label: 'Resurrecting', color: `${color}4d` },
    { key: 'dormant', label: 'Dormant (below zero)', color: theme.axis },
  ] as const;
}

const periodTick = (grain: LifecycleGrain) => (ms: number) => (grain === 'month' ? formatMonth(ms) : formatDay(ms));
const countTick = (v: number) => (v < 0 ? `−${formatCompact(-v)}` : formatCompact(v));

/**
 * Lifecycle of one platform by day, week or month as stacked bars: new, returning and
 * resurrecting users above zero, dormant users below it, so a bar's height above zero is
 * the period's active users. Pure: it draws the rows it is given.
 */
export function LifecycleChart({ platform, rows, grain, width, height = 300 }: LifecycleChartProps) {
  const theme = useChartTheme();
  const states = stateColors(platform, theme);
  // Said in every entry, so the legend of an exported image carries it too.
  const suffix = rows.some((r) => r.modelled) ? ' (modelled)' : '';
  const data = rows.map((r) => ({
    period: r.period.getTime(),
    new_users: r.new_users,
    returning_users: r.returning_users,
    resurrecting_users: r.resurrecting_users,
    dormant: -r.dormant_users,
  }));
  return (
    <figure
      className="chart lifecycle-chart"
      aria-label={`Lifecycle chart of ${platform}`}
      data-periods={rows.length}
      data-grain={grain}
      style={{ margin: 0 }}
    >
      <ul className="legend" aria-label="Lifecycle states">
        {states.map((s) => (
          <li key={s.key}>
            <Swatch color={s.color} />
            {s.label}
            {suffix}
          </li>
        ))}
      </ul>
      <ChartFrame width={width} height={height}>
        <BarChart data={data} stackOffset="sign" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} barCategoryGap={1}>
          <CartesianGrid {...gridProps(theme)} vertical={false} />
          <XAxis dataKey="period" tickFormatter={periodTick(grain)} minTickGap={48} {...axisProps(theme)} />
          <YAxis tickFormatter={countTick} width={56} {...axisProps(theme)} />
          <ReferenceLine y={0} stroke={theme.axis} />
          {states.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={`${s.label}${suffix}`}
              stackId="users"
              fill={s.color}
              {...NO_ANIMATION}
            />
          ))}
        </BarChart>
      </ChartFrame>
    </figure>
  );
}
