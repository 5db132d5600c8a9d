import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCompact } from '../../../lib/format-number';
import { platformColor } from '../../../lib/platforms';
import { ChartFrame } from '../../../lib/ui/chart-frame';
import { ChartLegend } from '../../../lib/ui/chart-legend';
import { axisProps, DASHED, gridProps, useChartTheme } from '../../../lib/ui/chart-theme';
import { Swatch } from '../../../lib/ui/swatch';
import type { ProjectionRow } from '../model/project';
import { projectionScale } from '../model/projection-scale';
import { dayHeading, ValuesTooltip } from './chart-tooltip';
import { ExpectationLabels } from './expectation-labels';
import { ProjectionChartCaption, type ChartModel } from './projection-chart-caption';

export interface ChartExpectation {
  readonly value: number;
  readonly label: string;
}

export interface ProjectionChartProps {
  readonly platform: string;
  /** The target region, for the caption's "carried to …". */
  readonly targetRegion: string;
  readonly model: ChartModel;
  readonly targetLabel: string;
  readonly analogueLabel: string;
  readonly rows: readonly ProjectionRow[];
  /** The analogue's cumulative curve as the model fitted it, by day since its own launch (same length as rows). */
  readonly analogueCurve: readonly number[];
  /** The analogue's reported figures used in the fit (t = days since its launch, y = adopters). */
  readonly analoguePoints: ReadonlyArray<{ readonly t: number; readonly y: number }>;
  readonly expectations: readonly ChartExpectation[];
  /** Calendar day of the target launch, for the tooltip's dates. */
  readonly start?: Date | null;
  readonly width?: number;
  readonly height?: number;
}

/**
 * The target launch's projected signups and active users under the chosen model on a
 * days-since-launch axis, each a base line over its band, with the analogue launch as the
 * same model fitted it laid over it on the same axis and published expectations as
 * labelled reference lines. The legend and caption name the model.
 */
export function ProjectionChart(props: ProjectionChartProps) {
  const { rows, analogueCurve, analoguePoints, expectations, platform, model, width, height = 420 } = props;
  const theme = useChartTheme();
  const { active, analogue, expectation } = theme.meaning;
  const color = platformColor(platform, theme.name);
  const names = {
    signupsBand: `Signups band (${model.label})`,
    activesBand: `Active users band (${model.label})`,
    signups: `${props.targetLabel}: cumulative signups (${model.label})`,
    actives: `${props.targetLabel}: active users (${model.label})`,
    analogue: `${props.analogueLabel} (fitted analogue, ${model.label})`,
    analoguePoint: `${props.analogueLabel}: reported signups`,
  };
  // The analogue's reported points join the same data array (not a Scatter with data of
  // its own), so the tooltip's position follows the cursor over every row.
  const data = [
    ...rows.map((r, i) => ({
      day: r.day,
      signups: r.signups,
      signupsBand: [r.signupsLow, r.signupsHigh],
      actives: r.actives,
      activesBand: [r.activesLow, r.activesHigh],
      analogue: analogueCurve[i],
      analoguePoint: undefined as number | undefined,
    })),
    ...analoguePoints.map((p) => ({ day: p.t, analoguePoint: p.y })),
  ].sort((a, b) => a.day - b.day);
  const last = rows.at(-1)?.day ?? 365;
  const { yMax, clippedFrom } = projectionScale(
    rows,
    analogueCurve,
    analoguePoints.map((p) => p.y),
    expectations.map((e) => e.value),
  );
  const chart = (
    <ComposedChart data={data} margin={{ top: 16, right: 24, bottom: 28, left: 12 }}>
      <CartesianGrid {...gridProps(theme)} />
      <XAxis
        {...axisProps(theme)}
        // Clear of the y-axis's "0": the first x label sits right under it, and at 2 px their glyphs touched.
        tickMargin={6}
        type="number"
        dataKey="day"
        domain={[0, last]}
        ticks={[0, 30, 60, 90, 120, 180, 240, 300, 365].filter((t) => t <= last)}
        tickFormatter={(d: number) => `day ${d}`}
      />
      <YAxis
        {...axisProps(theme)}
        type="number"
        domain={[0, yMax]}
        allowDataOverflow
        tickFormatter={formatCompact}
        width={64}
      />
      <Tooltip
        isAnimationActive={false}
        content={
          <ValuesTooltip
            heading={dayHeading(props.start ?? null)}
            unitOf={(key) =>
              key.startsWith('actives')
                ? 'active users (modelled)'
                : key === 'analoguePoint'
                  ? 'signups (reported)'
                  : 'signups (modelled)'
            }
          />
        }
      />
      <Area
        className="projection-band"
        dataKey="signupsBand"
        name={names.signupsBand}
        stroke="none"
        fill={color}
        fillOpacity={theme.bandOpacity}
        isAnimationActive={false}
        connectNulls
      />
      <Area
        className="projection-band"
        dataKey="activesBand"
        name={names.activesBand}
        stroke="none"
        fill={active}
        fillOpacity={theme.bandOpacity}
        isAnimationActive={false}
        connectNulls
      />
      <Line
        dataKey="signups"
        name={names.signups}
        stroke={color}
        strokeWidth={2}
        dot={false}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        dataKey="actives"
        name={names.actives}
        stroke={active}
        strokeWidth={2}
        dot={false}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        dataKey="analogue"
        name={names.analogue}
        stroke={analogue}
        strokeDasharray={DASHED}
        dot={false}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        dataKey="analoguePoint"
        name={names.analoguePoint}
        stroke={analogue}
        strokeWidth={0}
        dot={{ r: 3, fill: analogue, stroke: analogue }}
        isAnimationActive={false}
      />
      {expectations.map((e) => (
        <ReferenceLine key={`${e.label}-${e.value}`} y={e.value} stroke={expectation} strokeDasharray="4 4" />
      ))}
      <ExpectationLabels expectations={expectations} />
    </ComposedChart>
  );
  return (
    <figure
      aria-label="Launch projection chart"
      data-model={model.id}
      data-y-max={yMax}
      data-band-days={rows.filter((r) => r.signupsHigh > r.signupsLow).length}
      style={{ margin: 0 }}
    >
      <ChartLegend
        name="Launch projection series"
        entries={[
          { label: names.signupsBand, swatch: <Swatch color={color} /> },
          { label: names.activesBand, swatch: <Swatch color={active} /> },
          { label: names.signups, swatch: <Swatch color={color} shape="solid" /> },
          { label: names.actives, swatch: <Swatch color={active} shape="solid" /> },
          { label: names.analogue, swatch: <Swatch color={analogue} shape="dashed" /> },
          { label: names.analoguePoint, swatch: <Swatch color={analogue} shape="dot" /> },
        ]}
      />
      <ChartFrame width={width} height={height}>
        {chart}
      </ChartFrame>
      <ProjectionChartCaption model={model} targetRegion={props.targetRegion} clippedFrom={clippedFrom} yMax={yMax} />
    </figure>
  );
}
