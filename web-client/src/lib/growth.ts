// The referral growth curve (referralGrowth, docs/analytics.md#7) shaped for the referral view's
// chart: one category per period, cumulative totals on two axes (counts, money) and the shares that
// came through referrals on a third (0-100 %). Missing shares stay null (a gap, never a 0 % point).
import type { ReferralGrowthCurveQuery } from '../gql/graphql';
import { integer, money, percent } from './format';

export type Growth = ReferralGrowthCurveQuery['referralGrowth'];
export type Period = Growth['periods'][number];
export type Interval = 'MONTH' | 'QUARTER';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The interval in the URL: anything but MONTH is the API's default, QUARTER. */
export function intervalFromParam(p: string | undefined): Interval {
  return p === 'MONTH' ? 'MONTH' : 'QUARTER';
}

/** A period's axis label from its first day: "2025 Q1" or "Jan 2025". */
export function periodLabel(start: string, interval: Interval): string {
  const [y, m] = start.split('-').map(Number);
  if (!y || !m) return start;
  return interval === 'QUARTER' ? `${y} Q${Math.floor((m - 1) / 3) + 1}` : `${MONTHS[m - 1]} ${y}`;
}

export type Axis = 'count' | 'money' | 'share';
export interface GrowthSeriesData {
  name: string;
  axis: Axis;
  values: Array<number | null>;
}

/**
 * The chart's series. Partners count their direct referrals (a partner enters only by signing, so
 * referred and through referrals are the same); customers and revenue count through referrals.
 */
export function growthSeries(g: Growth): { categories: string[]; series: GrowthSeriesData[] } {
  const interval = g.interval as Interval;
  const ps = g.periods;
  const nul = (v: number | null | undefined) => (v === null || v === undefined ? null : v);
  return {
    categories: ps.map((p) => periodLabel(p.start, interval)),
    series: [
      { name: 'Partners', axis: 'count', values: ps.map((p) => p.partners.total) },
      { name: 'Customers', axis: 'count', values: ps.map((p) => p.customers.total) },
      { name: 'Won revenue', axis: 'money', values: ps.map((p) => p.revenue.total) },
      { name: 'Partners referred', axis: 'share', values: ps.map((p) => nul(p.partners.referredShare)) },
      { name: 'Customers through referrals', axis: 'share', values: ps.map((p) => nul(p.customers.throughReferralsShare)) },
      { name: 'Revenue through referrals', axis: 'share', values: ps.map((p) => nul(p.revenue.throughReferralsShare)) },
    ],
  };
}

/** The last period in one sentence (also the chart's accessible name); null without periods. */
export function growthSummary(g: Growth): string | null {
  const last = g.periods[g.periods.length - 1];
  if (!last) return null;
  const share = (v: number | null | undefined, what: string) =>
    v === null || v === undefined ? 'too few yet for a share' : `${percent(v)} ${what}`;
  return (
    `By the end of ${periodLabel(last.start, g.interval as Interval)}: ${integer(last.partners.total)} partners (${share(last.partners.referredShare, 'referred')}), ` +
    `${integer(last.customers.total)} customers (${share(last.customers.throughReferralsShare, 'through referrals')}), ` +
    `${money(last.revenue.total)} won revenue (${share(last.revenue.throughReferralsShare, 'through referrals')}).`
  );
}
