import { createContext, useContext } from 'react';

/** The colour scheme a chart is drawn in. */
export type ThemeName = 'light' | 'dark';

/**
 * Colours that carry a meaning on a chart. They are never handed to a platform (see
 * platforms.ts), so an imported platform can never look like "modelled" or "expected".
 */
export interface MeaningColors {
  /** Modelled figures (and the "Modelled" badge). */
  readonly modelled: string;
  /** Published expectations, as reference lines. */
  readonly expectation: string;
  /** Text of an expectation's label: darker (lighter in dark mode) than its line, to stay readable. */
  readonly expectationText: string;
  /** Active users, as opposed to signups. */
  readonly active: string;
  /** Reported figures drawn beside modelled ones. */
  readonly reported: string;
  /** An analogue launch laid over another. */
  readonly analogue: string;
}

/** Everything a chart needs to know about its colour scheme. */
export interface ChartTheme {
  readonly name: ThemeName;
  readonly background: string;
  readonly grid: string;
  /** Axis lines and tick labels. */
  readonly axis: string;
  /** Fill opacity of uncertainty bands, which take the colour of their line. */
  readonly bandOpacity: number;
  readonly meaning: MeaningColors;
}

/**
 * Both schemes. The page's own colours (styles.css) declare the same values as
 * `--chart-*` and `--meaning-*` custom properties; a unit test keeps the two in step.
 * Charts take plain colours rather than `var(…)` so an exported SVG stands alone.
 */
export const CHART_THEMES: Readonly<Record<ThemeName, ChartTheme>> = {
  light: {
    name: 'light',
    background: '#ffffff',
    grid: '#e9ecef',
    axis: '#57606a',
    bandOpacity: 0.16,
    meaning: {
      modelled: '#9a6700',
      expectation: '#e8590c',
      expectationText: '#a33c00',
      active: '#2f9e44',
      reported: '#0b7285',
      analogue: '#868e96',
    },
  },
  dark: {
    name: 'dark',
    background: '#161b22',
    grid: '#30363d',
    axis: '#9da7b3',
    bandOpacity: 0.28,
    meaning: {
      modelled: '#e3b341',
      expectation: '#ff922b',
      expectationText: '#ffc078',
      active: '#51cf66',
      reported: '#3bc9db',
      analogue: '#adb5bd',
    },
  },
};

/** The scheme charts below it draw in; light unless a provider says otherwise. */
export const ChartThemeContext = createContext<ThemeName>('light');

/** The chart theme in force. */
export function useChartTheme(): ChartTheme {
  return CHART_THEMES[useContext(ChartThemeContext)];
}

/** Props of every `<CartesianGrid>`. */
export function gridProps(theme: ChartTheme) {
  return { strokeDasharray: '3 3', stroke: theme.grid } as const;
}

/** Props of every `<XAxis>` / `<YAxis>`: axis line and tick labels in the theme's colour. */
export function axisProps(theme: ChartTheme) {
  return { stroke: theme.axis, tick: { fill: theme.axis } } as const;
}

/**
 * Spread onto every series, tooltip and band: charts redraw on every control change, and
 * an animation would show values that are not the data (and make snapshots time-dependent).
 */
export const NO_ANIMATION = { isAnimationActive: false } as const;

/** Dash pattern of estimated, fitted or projected lines (solid lines are observed or reported). */
export const DASHED = '6 4';
