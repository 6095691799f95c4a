// The Portfolio's partner returns charts (partnerReturns): the Pareto curve of partner-driven revenue, whose points
// open the revenue of the partners up to them, and return on partner investment by tier and type, whose bars open theirs.
import type { Charts } from '../../charts';
import type { ReturnsQuery } from '../../gql/graphql';
import { topPartners } from '../../lib/evidence';
import { count, displayName, money, percent, ratio, tierRank } from '../../lib/format';

type Returns = ReturnsQuery['partnerReturns'];
/** A tier or partner type of the returns, as the ROPI chart and its evidence links show it. */
export interface RopiGroup {
  key: string;
  revenue: number;
  investment: number;
  ropi?: number | null;
  partners: number;
}

/** Pareto curve; openTop opens the credited won deals of the top partners (ids) holding a share of the revenue. */
export function drawPareto(charts: Charts, r: Returns, openTop: (r: Returns, ids: string[], top: string, held: number) => void): void {
  const pts = [{ partnerShare: 0, revenueShare: 0 }, ...r.concentration.pareto];
  charts.set('ch-pareto', paretoOption(pts), (p) => {
    // a point of the curve opens the credited deals of the partners up to it (when a selector can name them)
    if (p.seriesIndex !== 0) return;
    const pt = pts[p.dataIndex];
    const ids =
      pt && pt.partnerShare > 0
        ? topPartners(
            r.partners.map((x) => x.id),
            r.concentration.partners,
            pt.partnerShare,
          )
        : null;
    if (ids) openTop(r, ids, percent(pt.partnerShare, 0), pt.revenueShare);
  });
}

/** The Pareto curve (a point every 5% of partners) over the line of equal shares. */
function paretoOption(pts: Array<{ partnerShare: number; revenueShare: number }>) {
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (p: Array<{ data: number[] }>) => `${percent(p[0].data[0], 0)} of partners hold ${percent(p[0].data[1])} of revenue`,
    },
    grid: { left: 60, right: 20, top: 20, bottom: 40 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: 'share of partners, largest revenue first',
      nameLocation: 'middle',
      nameGap: 25,
      axisLabel: { formatter: (v: number) => percent(v, 0) },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: 'share of partner-driven revenue',
      nameLocation: 'middle',
      nameGap: 42,
      axisLabel: { formatter: (v: number) => percent(v, 0) },
    },
    series: [
      // a point every 5% of partners, each opening the revenue of the partners up to it
      {
        name: 'Revenue share',
        type: 'line',
        showSymbol: true,
        symbolSize: 7,
        areaStyle: { opacity: 0.15 },
        data: pts.map((p) => [p.partnerShare, p.revenueShare]),
        itemStyle: { color: '#f08c00' },
      },
      {
        name: 'Equal',
        type: 'line',
        showSymbol: false,
        data: [
          [0, 0],
          [1, 1],
        ],
        lineStyle: { type: 'dashed', color: '#adb5bd' },
        tooltip: { show: false },
      },
    ],
  };
}

/** ROPI by tier (by rank) then by partner type; openRopi opens the revenue behind a bar. */
export function drawRopi(charts: Charts, r: Returns, openRopi: (group: 'tier' | 'type', g: RopiGroup) => void): void {
  // Tiers by rank (platinum first), then types: never alphabetical.
  const tiers = [...r.byTier].sort((x, y) => tierRank(x.key) - tierRank(y.key));
  const groups = [...tiers.map((g) => ({ ...g, group: 'tier' })), ...r.byType.map((g) => ({ ...g, group: 'type' }))];
  charts.set(
    'ch-ropi',
    {
      tooltip: {
        trigger: 'axis',
        formatter: (p: Array<{ dataIndex: number }>) => {
          const g = groups[p[0].dataIndex];
          return `${displayName(g.key)} (${g.group}): ROPI ${ratio(g.ropi, 1)}<br>${money(g.revenue)} revenue on ${money(g.investment)} · ${count(g.partners, 'partner')}`;
        },
      },
      legend: { top: 0, data: ['by tier', 'by partner type'] },
      grid: { left: 60, right: 10, top: 30, bottom: 60 },
      xAxis: { type: 'category', data: groups.map((g) => displayName(g.key)), axisLabel: { rotate: 30, interval: 0 } },
      yAxis: {
        type: 'value',
        name: 'ROPI = (revenue − investment) / investment',
        nameLocation: 'middle',
        nameGap: 38,
        axisLabel: { formatter: (v: number) => `${v}×` },
      },
      series: [
        {
          name: 'by tier',
          type: 'bar',
          stack: 'g',
          itemStyle: { color: '#5c7cfa' },
          data: groups.map((g) => (g.group === 'tier' ? g.ropi : null)),
        },
        {
          name: 'by partner type',
          type: 'bar',
          stack: 'g',
          itemStyle: { color: '#0c8599' },
          data: groups.map((g) => (g.group === 'type' ? g.ropi : null)),
        },
      ],
    },
    (p) => {
      // a bar opens the revenue behind it
      const g = groups[p.dataIndex];
      if (g) openRopi(g.group === 'tier' ? 'tier' : 'type', g);
    },
  );
}
