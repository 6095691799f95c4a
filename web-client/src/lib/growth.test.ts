import { describe, expect, it } from 'vitest';
import { growthSeries, growthSummary, intervalFromParam, periodLabel, type Growth, type Period } from './growth';

const s = (total: number, referred: number, through: number, referredShare: number | null, throughShare: number | null) => ({
  total,
  added: 0,
  referred,
  throughReferrals: through,
  referredShare,
  throughReferralsShare: throughShare,
});

const period = (start: string, end: string, p: Period['partners'], c: Period['customers'], r: Period['revenue']): Period => ({
  start,
  end,
  partners: p,
  customers: c,
  revenue: r,
});

const growth: Growth = {
  asOf: '2025-08-15',
  interval: 'QUARTER',
  notes: ['Shares need 5 partners or customers.'],
  periods: [
    period('2025-01-01', '2025-03-31', s(3, 1, 1, null, null), s(4, 1, 2, null, null), s(90_000, 10_000, 20_000, 0.11, 0.22)),
    period('2025-04-01', '2025-06-30', s(10, 3, 3, 0.3, 0.3), s(20, 4, 7, 0.2, 0.35), s(1_500_000, 300_000, 600_000, 0.2, 0.4)),
    period('2025-07-01', '2025-08-15', s(12, 4, 4, 1 / 3, 1 / 3), s(25, 5, 10, 0.2, 0.4), s(2_000_000, 400_000, 900_000, 0.2, 0.45)),
  ],
};

describe('periods', () => {
  it('labels quarters and months from their first day', () => {
    expect(periodLabel('2025-01-01', 'QUARTER')).toBe('2025 Q1');
    expect(periodLabel('2025-07-01', 'QUARTER')).toBe('2025 Q3');
    expect(periodLabel('2025-12-01', 'QUARTER')).toBe('2025 Q4');
    expect(periodLabel('2025-12-01', 'MONTH')).toBe('Dec 2025');
    expect(periodLabel('garbage', 'MONTH')).toBe('garbage');
  });
  it('reads the interval from the URL, QUARTER by default', () => {
    expect(intervalFromParam('MONTH')).toBe('MONTH');
    expect(intervalFromParam(undefined)).toBe('QUARTER');
    expect(intervalFromParam('WEEK')).toBe('QUARTER');
  });
});

describe('growthSeries', () => {
  it('puts cumulative totals on count and money axes and the referral shares on the share axis', () => {
    const { categories, series } = growthSeries(growth);
    expect(categories).toEqual(['2025 Q1', '2025 Q2', '2025 Q3']);
    const by = Object.fromEntries(series.map((x) => [x.name, x]));
    expect(by['Partners']).toEqual({ name: 'Partners', axis: 'count', values: [3, 10, 12] });
    expect(by['Customers'].values).toEqual([4, 20, 25]);
    expect(by['Won revenue']).toMatchObject({ axis: 'money', values: [90_000, 1_500_000, 2_000_000] });
    expect(by['Partners referred']).toMatchObject({ axis: 'share', values: [null, 0.3, 1 / 3] });
    // customers and revenue: the transitive share, not the direct one
    expect(by['Customers through referrals'].values).toEqual([null, 0.35, 0.4]);
    expect(by['Revenue through referrals'].values).toEqual([0.22, 0.4, 0.45]);
  });
  it('has no categories without periods', () => {
    expect(growthSeries({ ...growth, periods: [] }).categories).toEqual([]);
  });
});

describe('growthSummary', () => {
  it('states the last period with its shares', () => {
    expect(growthSummary(growth)).toBe(
      'By the end of 2025 Q3: 12 partners (33.3% referred), 25 customers (40.0% through referrals), $2M won revenue (45.0% through referrals).',
    );
  });
  it('says a share is missing rather than 0 %, and nothing without periods', () => {
    expect(growthSummary({ ...growth, interval: 'MONTH', periods: [growth.periods[0]] })).toBe(
      'By the end of Jan 2025: 3 partners (too few yet for a share), 4 customers (too few yet for a share), $90K won revenue (22.0% through referrals).',
    );
    expect(growthSummary({ ...growth, periods: [] })).toBeNull();
  });
});
