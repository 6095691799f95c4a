import { describe, expect, it } from 'vitest';
import { filterFromParams, filterToParams, presets, previousPeriod, relativeChange } from './filter';

describe('analytics filter in the URL', () => {
  it('reads the period and segment, leaving out what the API would refuse', () => {
    expect(filterFromParams({ from: '2025-01-01', to: '2025-12-31', types: 'RESELLER,BOGUS', regions: 'emea', tiers: 'GOLD' })).toEqual({
      from: '2025-01-01',
      asOf: '2025-12-31',
      partnerTypes: ['RESELLER'],
      regions: ['emea'],
      tiers: ['GOLD'],
    });
    expect(filterFromParams({ from: '1.1.2025' })).toEqual({});
  });

  it('writes it back to the same parameters', () => {
    const f = { from: '2025-01-01', partnerTypes: ['RESELLER' as const], regions: ['emea', 'apac'] };
    expect(filterFromParams(filterToParams(f))).toEqual(f);
  });

  it('compares with the period of the same length just before, same segment', () => {
    expect(previousPeriod({ from: '2025-07-01', asOf: '2025-12-31', regions: ['emea'] }, null)).toEqual({
      from: '2024-12-29',
      asOf: '2025-06-30',
      regions: ['emea'],
    }); // 184 days, like 1 Jul-31 Dec
    expect(previousPeriod({ from: '2026-01-01' }, '2026-01-31')).toEqual({ from: '2025-12-01', asOf: '2025-12-31' });
    expect(previousPeriod({}, '2026-01-31')).toBeNull();
  });

  it('offers periods ending at the data date', () => {
    const p = presets('2026-12-04');
    expect(p.find((x) => x.id === '12m')).toMatchObject({ from: '2025-12-05', to: '2026-12-04' });
    expect(p[0]).toMatchObject({ id: 'all', from: null });
  });

  it('gives relative changes only where they mean something', () => {
    expect(relativeChange(120, 100)).toBeCloseTo(0.2);
    expect(relativeChange(5, 0)).toBeNull();
    expect(relativeChange(null, 3)).toBeNull();
  });
});
