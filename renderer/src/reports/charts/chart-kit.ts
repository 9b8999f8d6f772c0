// AG Charts as this screen uses it: the modules it needs, registered once (AG Charts 14 draws nothing without),
// and what every chart shares.
import {
  BarSeriesModule,
  CategoryAxisModule,
  CrossLinesModule,
  LegendModule,
  LineSeriesModule,
  ModuleRegistry,
  NumberAxisModule,
  type AgCartesianChartOptions,
  type AgChartTheme,
  type FormatterParams,
} from 'ag-charts-community';

// Only the series and axes drawn here, not AllCommunityModule: less to load when Reports first opens.
ModuleRegistry.registerModules([BarSeriesModule, LineSeriesModule, CategoryAxisModule, NumberAxisModule, LegendModule, CrossLinesModule]);

/** The console's palette (styles.css): this week in the accent, the past in grey, plans in amber. */
export const CHART_COLORS = {
  current: '#2563eb',
  previous: '#a7b0ba',
  priorYear: '#8c959f',
  target: '#b26a00',
  second: '#0e9384',
  third: '#7c3aed',
  bad: '#c62828',
} as const;

/** A plan is drawn dashed, so it reads as a line to meet rather than as data. */
export const TARGET_DASH = [5, 4];

const THEME: AgChartTheme = {
  baseTheme: 'ag-default',
  params: {
    fontFamily: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Noto Sans', 'Arial', 'sans-serif'],
    fontSize: 11,
    textColor: '#1f2328',
    subtleTextColor: '#656d76',
    backgroundColor: 'transparent',
  },
};

/**
 * Options every chart here shares. No animation: the first paint is the one people wait for. No keyboard
 * stop: each chart has the same numbers in a table next to it, which keyboard and screen-reader users read
 * instead of stepping through dozens of canvases.
 */
export function chartOptions(options: AgCartesianChartOptions): AgCartesianChartOptions {
  return {
    theme: THEME,
    animation: { enabled: false },
    keyboard: { enabled: false },
    padding: { top: 6, right: 8, bottom: 4, left: 4 },
    legend: { position: 'bottom', spacing: 8, item: { marker: { size: 9 }, label: { fontSize: 11 } } },
    ...options,
  };
}

/** The key a formatted value belongs to: the series' key for data, the axis' first series for axis labels. */
export function keyOf(params: FormatterParams): string | undefined {
  return typeof params.key === 'string' ? params.key : params.boundSeries[0]?.key;
}

/** A number as a formatter receives it, or null for anything else (dates, categories). */
export function numberOf(params: FormatterParams): number | null {
  return typeof params.value === 'number' ? params.value : null;
}
