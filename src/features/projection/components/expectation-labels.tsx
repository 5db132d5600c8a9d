import { DefaultZIndexes, usePlotArea, useYAxisScale, ZIndexLayer } from 'recharts';
import { useChartTheme } from '../../../lib/ui/chart-theme';
import { LABEL_INSET_PX, LABEL_LINE_PX, layoutLineLabels } from '../model/line-label-layout';

/** Baseline of an 11 px label's first line below the top of its box. */
const BASELINE_PX = 10;

/**
 * The labels of the expectations' reference lines, laid out on the plot as drawn (its real
 * size, on screen or in a fixed-size export) by layoutLineLabels: right-aligned, wrapped to
 * the plot's width, each beside its own line, never on another label, another line, an axis
 * or the legend. Recharts' own reference-line labels are placed one by one, so two close
 * lines' labels overprinted each other. A label with no room beside its line gets a leader
 * to it. Drawn above the series with a halo in the chart's background, so a band or a line
 * under a label never makes it unreadable.
 */
export function ExpectationLabels({
  expectations,
}: {
  expectations: readonly { readonly value: number; readonly label: string }[];
}) {
  const plot = usePlotArea();
  const scale = useYAxisScale();
  const theme = useChartTheme();
  if (!plot || !scale || expectations.length === 0) return null;
  const ys = expectations.map((e) => (scale(e.value) ?? plot.y) - plot.y);
  const placed = layoutLineLabels(
    expectations.map((e, i) => ({ y: ys[i] ?? 0, text: e.label })),
    plot.width,
    plot.height,
  );
  const right = plot.x + plot.width - LABEL_INSET_PX;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g className="expectation-labels">
        {placed.map((p, i) => {
          const e = expectations[i]!;
          const top = plot.y + p.top;
          const lineY = plot.y + (ys[i] ?? 0);
          const nearEnd = lineY < top ? top : top + p.lines.length * LABEL_LINE_PX;
          return (
            <g key={`${e.label}-${e.value}`} data-side={p.side}>
              {p.side === 'moved' ? (
                <line x1={right + 2} x2={right + 2} y1={nearEnd} y2={lineY} stroke={theme.meaning.expectation} />
              ) : null}
              <text
                textAnchor="end"
                fill={theme.meaning.expectationText}
                stroke={theme.background}
                strokeWidth={3}
                paintOrder="stroke"
                fontSize={11}
                className="expectation-label"
              >
                {p.lines.map((line, j) => (
                  <tspan key={j} x={right} y={top + BASELINE_PX + j * LABEL_LINE_PX}>
                    {/* A space where the label wraps, so its text (read aloud, copied, searched) keeps its words apart. */}
                    {j > 0 ? ` ${line}` : line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </g>
    </ZIndexLayer>
  );
}
