// One AG chart, drawn once it comes near the view.
import type { AgCartesianChartOptions } from 'ag-charts-community';
import { AgCharts } from 'ag-charts-react';
import { WhenVisible } from './WhenVisible';

/** `options` come from chartOptions() and are memoised by the caller: a new object redraws the chart. */
export function Chart({ options, height = 220 }: { options: AgCartesianChartOptions; height?: number }) {
  return (
    <WhenVisible height={height}>
      <AgCharts options={options} style={{ height: '100%' }} />
    </WhenVisible>
  );
}
