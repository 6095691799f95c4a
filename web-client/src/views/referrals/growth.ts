// The referral network's growth section (referralGrowth): cumulative signed partners, customers and won revenue at
// each period's end, and the share that came through referrals, by quarter or month (the URL's growth= parameter).
import { html, nothing, type TemplateResult } from 'lit-html';
import { query } from '../../api/client';
import { ReferralGrowthQuery } from '../../api/queries';
import type { RequestScope } from '../../api/scope';
import { Charts } from '../../charts';
import { filterFromParams, filterKey } from '../../lib/filter';
import { integer, money, note, notes, percent } from '../../lib/format';
import { growthSeries, growthSummary, intervalFromParam, type Axis, type Growth, type Interval } from '../../lib/growth';
import type { Route } from '../../lib/route';
import { empty, loaded, Slot } from '../../ui';
import { filterBar } from '../filterbar';
import type { Navigate } from '../view';

export class GrowthSection {
  private readonly charts = new Charts();
  private readonly growth: Slot<Growth>;
  private interval: Interval = 'QUARTER';
  private filter = '';
  /** The growth answer and element last drawn: a redraw for another reason keeps the chart (and its legend choices). */
  private drawn: { data: Growth; el: Element } | null = null;

  constructor(
    scope: RequestScope,
    changed: () => void,
    private readonly navigate: Navigate,
  ) {
    this.growth = new Slot<Growth>(changed, scope);
  }

  /** Loads the growth of the route's interval and filter. */
  load(route: Route): void {
    this.interval = intervalFromParam(route.params.growth);
    const interval = this.interval;
    const filter = filterFromParams(route.params);
    this.filter = filterKey(filter);
    void this.growth.run(async (signal) => (await query(ReferralGrowthQuery, { interval, filter }, signal)).referralGrowth);
  }

  /** Loads again when the route's interval or filter changed. */
  update(route: Route): void {
    if (intervalFromParam(route.params.growth) !== this.interval || filterKey(filterFromParams(route.params)) !== this.filter)
      this.load(route);
  }

  dispose(): void {
    this.charts.dispose();
  }

  template(route: Route): TemplateResult {
    const interval = this.interval;
    const pick = (i: Interval) => this.navigate({ view: 'referrals', params: { ...route.params, growth: i === 'QUARTER' ? '' : i } }, true);
    return html`
      <h2 class="section" id="growth-title">Growth through referrals</h2>
      ${filterBar(route.params, this.growth.data?.asOf, (changes) => this.navigate({ view: 'referrals', params: { ...route.params, ...changes } }))}
      <div class="toolbar" style="padding-left:0;border:0" role="group" aria-label="Period length">
        ${(['QUARTER', 'MONTH'] as Interval[]).map((i) => html`<button type="button" data-interval=${i} aria-pressed=${interval === i ? 'true' : 'false'} @click=${() => pick(i)}>${i === 'QUARTER' ? 'By quarter' : 'By month'}</button>`)}
        <span class="muted small">Cumulative signed partners, customers and won revenue at each period's end (bars and line, left axes) and the share that came through referrals (dashed, right axis).</span>
      </div>
      ${loaded(
        this.growth.value,
        (g) => {
          const summary = growthSummary(g);
          if (!summary) return empty(notes(g.notes) || 'No signed partners or won deals yet: no growth curve.');
          return html`<p class="small" id="growth-summary" data-testid="growth-summary">${summary}</p>
          <div class="chart tall" id="ch-growth" data-testid="chart-growth" role="img" aria-labelledby="growth-title" aria-describedby="growth-summary"></div>
          ${g.notes.length ? html`<ul class="small" data-testid="growth-notes">${g.notes.map((n) => html`<li>${note(n)}</li>`)}</ul>` : nothing}`;
        },
        () => this.load(route),
        'Computing the growth curve…',
      )}`;
  }

  /** Draws the chart when its answer or element is new: a redraw for another reason keeps it (and its legend choices). */
  draw(): void {
    const g = this.growth.data;
    const el = document.getElementById('ch-growth');
    if (!g || !el) {
      this.drawn = null;
      return;
    }
    if (this.drawn && this.drawn.data === g && this.drawn.el === el) return;
    this.drawn = { data: g, el };
    this.charts.set('ch-growth', growthOption(g));
  }
}

/** The chart: counts as bars (left axis), won revenue as a line (second left axis), shares dashed (right axis). */
function growthOption(g: Growth) {
  const { categories, series } = growthSeries(g);
  const fmt: Record<Axis, (v: number) => string> = { count: (v) => integer(v), money: (v) => money(v), share: (v) => percent(v) };
  const colours = ['#5c7cfa', '#20c997', '#f08c00'];
  const axisOf = new Map(series.map((s) => [s.name, s.axis]));
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (ps: Array<{ seriesName: string; value: number | null; marker: string; axisValueLabel: string }>) =>
        `${ps[0]?.axisValueLabel ?? ''}<br>` +
        ps
          .map(
            (p) =>
              `${p.marker}${p.seriesName}: ${p.value === null || p.value === undefined ? 'too few yet' : fmt[axisOf.get(p.seriesName) ?? 'count'](p.value)}`,
          )
          .join('<br>'),
    },
    legend: { top: 0 },
    grid: { left: 130, right: 60, top: 60, bottom: 40 },
    xAxis: { type: 'category', data: categories },
    yAxis: [
      { type: 'value', name: 'Count', position: 'left', axisLabel: { formatter: fmt.count } },
      {
        type: 'value',
        name: 'Won revenue',
        position: 'left',
        offset: 62,
        splitLine: { show: false },
        axisLine: { show: true, lineStyle: { color: colours[2] } },
        axisLabel: { formatter: fmt.money },
      },
      {
        type: 'value',
        name: 'Share',
        position: 'right',
        min: 0,
        max: 1,
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => percent(v, 0) },
      },
    ],
    series: series.map((s, i) => growthLine(s, colours[i % 3])),
  };
}

/** A series: counts as bars, won revenue as a solid line, shares as a dashed line on the right axis. */
function growthLine(s: ReturnType<typeof growthSeries>['series'][number], colour: string) {
  if (s.axis === 'count') return { name: s.name, type: 'bar', yAxisIndex: 0, data: s.values, itemStyle: { color: colour } };
  if (s.axis === 'money')
    return {
      name: s.name,
      type: 'line',
      yAxisIndex: 1,
      data: s.values,
      showSymbol: false,
      lineStyle: { width: 2.5 },
      itemStyle: { color: colour },
    };
  return {
    name: s.name,
    type: 'line',
    yAxisIndex: 2,
    data: s.values,
    connectNulls: false,
    lineStyle: { type: 'dashed' },
    itemStyle: { color: colour },
  };
}
