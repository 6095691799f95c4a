// The Portfolio's attribution by source (ecosystemKpis.bySource or, on a service without analytics, dealStats) and
// its two charts: pipeline and won amount by source, and win rate by source with 95% intervals. A bar opens its deals.
import { errorBars, type Charts } from '../../charts';
import type { DealSource, KpisQuery } from '../../gql/graphql';
import { displayName, label, money, percent } from '../../lib/format';
import type { OpenEvidence } from './figures';

/** Attribution by source, from ecosystemKpis or, on a service without analytics, from dealStats. */
export interface SourceRow {
  source: string;
  pipeline: number;
  won: number;
  wonAmount: number;
  winRate: number | null;
  interval: [number, number] | null;
}
export interface Attribution {
  rows: SourceRow[];
  kpis: KpisQuery['ecosystemKpis'] | null;
}

export const SOURCE_ORDER = ['DIRECT', 'PARTNER_SOURCED', 'PARTNER_INFLUENCED', 'CO_SOLD'];
const SOURCE_COLOURS: Record<string, string> = {
  DIRECT: '#adb5bd',
  PARTNER_SOURCED: '#f08c00',
  PARTNER_INFLUENCED: '#1971c2',
  CO_SOLD: '#2f9e44',
};

/** Pipeline and won amount by source; a bar opens the deals created (pipeline) or won (won) in the period. */
export function drawAttribution(charts: Charts, a: Attribution, open: OpenEvidence): void {
  const money0 = (v: number) => money(v);
  const cats = a.rows.map((r) => label(r.source));
  charts.set(
    'ch-attribution',
    {
      tooltip: { trigger: 'axis', valueFormatter: money0 },
      legend: { top: 0 },
      grid: { left: 70, right: 10, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: cats, axisLabel: { interval: 0 } },
      yAxis: { type: 'value', name: 'amount', nameLocation: 'middle', nameGap: 55, axisLabel: { formatter: money0 } },
      series: [
        // one colour per series, so the legend's swatch is the colour of its bars
        { name: 'Pipeline', type: 'bar', data: a.rows.map((r) => r.pipeline), itemStyle: { color: '#a5d8ff' } },
        { name: 'Won', type: 'bar', data: a.rows.map((r) => r.wonAmount), itemStyle: { color: '#1c5d99' } },
      ],
    },
    (p) => {
      // a bar opens its deals: the pipeline bar the deals created in the period, the won bar the deals won
      const row = a.rows[p.dataIndex];
      if (!row) return;
      const won = p.seriesIndex === 1;
      open(
        `${won ? 'Won deals' : 'Pipeline'}, ${displayName(row.source, 'source').toLowerCase()}`,
        won ? `won ${money(row.wonAmount)}` : `pipeline ${money(row.pipeline)}`,
        { basis: won ? 'WON' : 'CREATED', sources: [row.source as DealSource] },
      );
    },
  );
}

/** Win rate by source with its 95% interval; a bar opens the closed deals of its source. */
export function drawWinRate(charts: Charts, a: Attribution, open: OpenEvidence): void {
  const cats = a.rows.map((r) => label(r.source));
  charts.set(
    'ch-winrate',
    {
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => percent(v) },
      grid: { left: 60, right: 10, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: cats, axisLabel: { interval: 0 } },
      yAxis: {
        type: 'value',
        min: 0,
        max: 1,
        name: 'win rate',
        nameLocation: 'middle',
        nameGap: 42,
        axisLabel: { formatter: (v: number) => percent(v, 0) },
      },
      series: [
        {
          name: 'Win rate',
          type: 'bar',
          data: a.rows.map((r) => ({ value: r.winRate, itemStyle: { color: SOURCE_COLOURS[r.source] } })),
        },
        errorBars(
          '95% interval',
          a.rows.map((r) => r.interval),
        ),
      ],
    },
    (p) => {
      const row = a.rows[p.dataIndex];
      if (row)
        open(`Closed deals, ${displayName(row.source, 'source').toLowerCase()}`, `win rate ${percent(row.winRate)}`, {
          basis: 'CLOSED',
          sources: [row.source as DealSource],
        });
    },
  );
}
