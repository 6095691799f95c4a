// ECharts, tree-shaken to the charts the views use. A view names a chart by its element id and
// passes an option after each render; the chart is created on first use and disposed with the view.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, HeatmapChart, CustomChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  LegendComponent,
  VisualMapComponent,
  MarkLineComponent,
  TitleComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  HeatmapChart,
  CustomChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  VisualMapComponent,
  MarkLineComponent,
  TitleComponent,
  CanvasRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

declare global {
  interface Window {
    __charts?: Map<string, echarts.ECharts>;
  }
}

export class Charts {
  private readonly charts = new Map<string, echarts.ECharts>();
  /** The latest click handler per chart: the chart outlives a render, the handler must see the latest data. */
  private readonly clicks = new Map<string, (params: never) => void>();
  private readonly resize = () => this.charts.forEach((c) => c.resize());

  constructor() {
    window.addEventListener('resize', this.resize);
  }

  /** Shows the option in the element with this id (after the template that holds it rendered). */
  set(
    id: string,
    option: ChartOption,
    onClick?: (params: { data?: unknown; dataIndex: number; seriesIndex?: number; value?: unknown }) => void,
  ): echarts.ECharts | null {
    const el = document.getElementById(id);
    if (!el) return null;
    let chart = this.charts.get(id);
    if (chart && chart.getDom() !== el) {
      chart.dispose();
      chart = undefined;
    }
    if (!chart) {
      chart = echarts.init(el, undefined, { renderer: 'canvas' });
      this.charts.set(id, chart);
      window.__charts = this.charts;
      chart.on('click', (p) => this.clicks.get(id)?.(p as never));
    }
    if (onClick) this.clicks.set(id, onClick as (params: never) => void);
    else this.clicks.delete(id);
    chart.setOption({ animation: false, ...option }, true);
    // For tests and people with devtools: how many data points the chart shows.
    const series = (option.series ?? []) as Array<{ data?: unknown[] }>;
    el.dataset.points = String(series.reduce((n, s) => n + (s.data?.filter((d) => d !== null && d !== undefined).length ?? 0), 0));
    return chart;
  }

  /** After a hidden chart's element shows (a <details> opened), it takes its size. */
  resizeAll(): void {
    this.resize();
  }

  dispose(): void {
    window.removeEventListener('resize', this.resize);
    this.charts.forEach((c) => c.dispose());
    this.charts.clear();
  }
}

/** A custom series that draws vertical error bars [low, high] at each category. */
export function errorBars(name: string, intervals: Array<[number, number] | null>): Record<string, unknown> {
  return {
    type: 'custom',
    name,
    data: intervals.map((iv, i) => (iv ? [i, iv[0], iv[1]] : [i, null, null])),
    renderItem: (_: unknown, api: { value(i: number): number; coord(p: number[]): number[]; size(p: number[]): number[] }) => {
      const lo = api.value(1),
        hi = api.value(2);
      if (lo === null || hi === null || Number.isNaN(lo)) return null;
      const a = api.coord([api.value(0), lo]);
      const b = api.coord([api.value(0), hi]);
      const w = api.size([1, 0])[0] * 0.15;
      const style = { stroke: '#212529', lineWidth: 1.5 };
      return {
        type: 'group',
        children: [
          { type: 'line', shape: { x1: a[0], y1: a[1], x2: b[0], y2: b[1] }, style },
          { type: 'line', shape: { x1: a[0] - w, y1: a[1], x2: a[0] + w, y2: a[1] }, style },
          { type: 'line', shape: { x1: b[0] - w, y1: b[1], x2: b[0] + w, y2: b[1] }, style },
        ],
      };
    },
    encode: { x: 0, y: [1, 2] },
    z: 10,
    tooltip: { show: false },
  };
}
