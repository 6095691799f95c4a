import { describe, expect, it } from 'vitest';
import { decodeEvidence, encodeEvidence, figureFilter, selectors, topPartners } from './evidence';

describe('evidence requests', () => {
  it('survive the URL, with non-ASCII titles', () => {
    const r = {
      title: 'Partner-driven revenue, Gold partners — “tier”',
      figure: 'revenue $1.2M',
      selector: selectors.partnerRevenue(),
      narrow: { tiers: ['GOLD' as const] },
    };
    const param = encodeEvidence(r);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeEvidence(param)).toEqual(r);
  });

  it('a hand-edited or foreign parameter opens nothing', () => {
    expect(decodeEvidence(undefined)).toBeNull();
    expect(decodeEvidence('not-base64!')).toBeNull();
    expect(decodeEvidence(btoa(JSON.stringify({ t: 'x', f: 'y', s: { basis: 'DROP' } })))).toBeNull();
  });

  it('a figure narrows the view filter to its row', () => {
    expect(figureFilter({ from: '2025-10-01', tiers: ['GOLD', 'SILVER'], regions: ['emea'] }, { tiers: ['SILVER'] })).toEqual({
      from: '2025-10-01',
      tiers: ['SILVER'],
      regions: ['emea'],
    });
    expect(figureFilter({ asOf: '2026-01-01' })).toEqual({ asOf: '2026-01-01' });
  });

  it('each figure counts what its analysis counts', () => {
    expect(selectors.trailingRevenue('P1')).toEqual({ basis: 'TRAILING_YEAR', measure: 'PARTNER_REVENUE', creditedPartners: ['P1'] });
    expect(selectors.earnings('P1')).toEqual({ basis: 'CREATED', measure: 'PARTNER_EARNINGS', creditedPartners: ['P1'] });
    expect(selectors.conflicts(30, ['C1'])).toEqual({ basis: 'CREATED', conflictWindowDays: 30, customerIds: ['C1'] });
    expect(selectors.partnerDriven()).toEqual({ basis: 'WON', sources: ['PARTNER_SOURCED', 'CO_SOLD'] });
    expect(selectors.registration()).toEqual({ basis: 'CREATED', measure: 'PARTNER_REGISTRATION' });
    expect(selectors.firstDeal()).toEqual({ basis: 'CREATED', measure: 'FIRST_DEAL' });
    expect(selectors.activePartners()).toEqual({ basis: 'CREATED', measure: 'ACTIVE_PARTNER' });
    // a driver group's figures: the server rejects PARTNER_OUTCOME without basis CLOSED, PARTNER_CO_SOLD without CREATED
    expect(selectors.driverGroup('CERTIFICATION', '1+', 'partners')).toEqual({
      basis: 'CREATED',
      measure: 'SIGNED_PARTNER',
      driverLever: 'CERTIFICATION',
      driverGroup: '1+',
    });
    expect(selectors.driverGroup('TENURE', '1-2 years', 'revenue')).toMatchObject({ basis: 'WON', measure: 'PARTNER_REVENUE' });
    expect(selectors.driverGroup('ENGAGEMENT', 'Q4', 'winRate')).toMatchObject({ basis: 'CLOSED', measure: 'PARTNER_OUTCOME' });
    expect(selectors.driverGroup('ENGAGEMENT', 'Q4', 'coSold')).toMatchObject({ basis: 'CREATED', measure: 'PARTNER_CO_SOLD' });
    expect(selectors.referralCredit('P7', 3, 0.5)).toEqual({
      basis: 'WON',
      measure: 'REFERRAL_CREDIT',
      referrer: 'P7',
      maxHops: 3,
      decay: 0.5,
    });
  });

  it('the top share of partners is as many as the server counts, largest first', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `P${i + 1}`);
    // 288 partners: the top 10% are 29 (ceil 28.8), the top 20% 58
    expect(topPartners(ids, 288, 0.1)).toEqual(ids.slice(0, 29));
    expect(topPartners(ids, 288, 0.2)).toBeNull(); // the list does not reach that far
    expect(topPartners(ids, 20, 0.1)).toEqual(['P1', 'P2']); // exactly 2, not 3 (no rounding error)
    expect(
      topPartners(
        Array.from({ length: 150 }, (_, i) => `P${i}`),
        1500,
        0.1,
      ),
    ).toBeNull(); // more than a selector names
  });
});
