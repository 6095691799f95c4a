import { describe, expect, it } from 'vitest';
import {
  conflictRows,
  conflictTiles,
  outcomeText,
  parseWindowDays,
  protectionSentence,
  protectionText,
  sideRate,
  type Conflict,
  type Conflicts,
} from './conflicts';
import { useVocabularies } from './format';
import { RECORDED_VOCABULARIES } from './vocabulary.fixture';

// display names of stored codes are the service's (vocabularies), as after sign-in
useVocabularies(RECORDED_VOCABULARIES);

const side = (won: number, lost: number, open: number, winRate: number | null) => ({
  deals: won + lost + open,
  won,
  lost,
  open,
  amount: 100_000,
  wonAmount: 50_000,
  winRate,
});

const conflict: Conflict = {
  customerId: 'C0007',
  customerName: 'Acme Health',
  industry: 'healthcare',
  region: 'emea',
  kind: 'PARTNER_PARTNER',
  kinds: ['PARTNER_PARTNER', 'PARTNER_DIRECT'],
  amount: 180_000,
  protection: {
    side: 'PARTNER',
    partnerId: 'P0001',
    partnerName: 'Nimbus',
    dealId: 'D1',
    since: '2025-03-02',
    stage: 'BEFORE_CONTACT',
    reason: 'earliest qualified registration',
  },
  deals: [
    {
      id: 'D1',
      source: 'PARTNER_SOURCED',
      amount: 100_000,
      outcome: 'WON',
      createdOn: '2025-03-01',
      closedOn: '2025-05-01',
      holdsProtection: true,
      registrations: [
        {
          partnerId: 'P0001',
          partnerName: 'Nimbus',
          role: 'SOURCED',
          registeredOn: '2025-03-02',
          stage: 'BEFORE_CONTACT',
          qualified: true,
        },
      ],
    },
    {
      id: 'D2',
      source: 'CO_SOLD',
      amount: 50_000,
      outcome: 'LOST',
      createdOn: '2025-03-10',
      closedOn: '2025-04-01',
      holdsProtection: false,
      registrations: [
        { partnerId: 'P0002', partnerName: null, role: 'CO_SOLD', registeredOn: '2025-03-12', stage: 'LATE_STAGE', qualified: false },
      ],
    },
    {
      id: 'D3',
      source: 'DIRECT',
      amount: 30_000,
      outcome: 'LOST',
      createdOn: '2025-03-15',
      closedOn: null,
      holdsProtection: false,
      registrations: [],
    },
  ],
};

const totals = (over: Partial<Conflicts> = {}): Conflicts => ({
  asOf: '2025-12-31',
  from: null,
  windowDays: 30,
  customersWithDeals: 200,
  conflictedCustomers: 18,
  conflictedShare: 0.09,
  partnerPartner: 11,
  partnerDirect: 9,
  amountAtStake: 2_400_000,
  protectedSide: side(12, 4, 2, 0.75),
  unprotectedSide: side(6, 14, 3, 0.3),
  conflicts: [conflict],
  notes: [],
  ...over,
});

describe('parseWindowDays', () => {
  it('accepts whole days 1 to 365', () => {
    expect(parseWindowDays(' 30 ')).toEqual({ ok: true, value: 30 });
    expect(parseWindowDays('1')).toEqual({ ok: true, value: 1 });
    expect(parseWindowDays('365')).toEqual({ ok: true, value: 365 });
  });
  it('says why it refuses a window the API would refuse', () => {
    expect(parseWindowDays('')).toMatchObject({ ok: false, error: expect.stringContaining('1 to 365') });
    expect(parseWindowDays('0')).toMatchObject({ ok: false, error: 'The window must be 1 to 365 days, not 0.' });
    expect(parseWindowDays('400')).toMatchObject({ ok: false });
    expect(parseWindowDays('2.5')).toMatchObject({ ok: false, error: expect.stringContaining('"2.5" is not a whole number') });
  });
});

describe('totals', () => {
  it('shows the counts, share, amount and both win rates', () => {
    const tiles = conflictTiles(totals());
    expect(tiles.map((t) => [t.title, t.value])).toEqual([
      ['Conflicted customers', '18'],
      ['Share of customers with deals', '9.0%'],
      ['Amount at stake', '$2.4M'],
      ['Protected win rate', '75.0%'],
      ['Unprotected win rate', '30.0%'],
    ]);
    expect(tiles[0].detail).toBe('11 partner vs partner · 9 partner vs direct (2 customers with both)');
    expect(conflictTiles(totals({ conflictedCustomers: 20 }))[0].detail).toBe('11 partner vs partner · 9 partner vs direct');
    expect(conflictTiles(totals({ conflictedCustomers: 19 }))[0].detail).toContain('(1 customer with both)');
    expect(tiles[1].detail).toBe('of 200 customers with deals');
    expect(tiles[2].detail).toBe('in 41 colliding deals');
    expect(tiles[3].detail).toBe('12 won of 16 closed deals');
  });
  it('explains a missing share or rate instead of showing 0 %', () => {
    const tiles = conflictTiles(totals({ customersWithDeals: 3, conflictedShare: null, protectedSide: side(1, 1, 0, null) }));
    expect(tiles[1].value).toBe('–');
    expect(tiles[1].detail).toBe('under 5 customers with deals (3)');
    expect(tiles[3].detail).toBe('too few closed deals for a rate (2 closed, 0 open)');
    expect(sideRate(side(0, 0, 0, null))).toBe('no deals');
  });
  it('compares the sides only when both rates exist', () => {
    expect(protectionSentence(totals())).toBe(
      'Deals holding protection win 45.0 points more often than the others in the same conflicts (75.0% against 30.0%).',
    );
    expect(protectionSentence(totals({ protectedSide: side(2, 8, 0, 0.2) }))).toContain('10.0 points less often');
    expect(protectionSentence(totals({ unprotectedSide: side(1, 0, 0, null) }))).toBeNull();
  });
});

describe('conflict rows', () => {
  it('names customer, kinds, deals with registrations, protection and outcome', () => {
    const [row] = conflictRows([conflict]);
    expect(row.customerId).toBe('C0007');
    expect(row.customer).toBe('Acme Health');
    expect(row.where).toBe('Healthcare · EMEA');
    expect(row.kind).toBe('Partner vs partner, also partner vs direct');
    expect(row.deals.map((d) => d.text)).toEqual([
      'D1 · Partner-sourced · $100K · won',
      'D2 · Co-sold · $50K · lost',
      'D3 · Direct · $30K · lost',
    ]);
    expect(row.deals[0].partners).toBe('Nimbus (sourced, before contact on 2 Mar 2025)');
    expect(row.deals[1].partners).toBe('P0002 (co-sold, late stage on 12 Mar 2025)');
    expect(row.deals[2].partners).toBe('direct, no partner');
    expect(row.deals.map((d) => d.protectedDeal)).toEqual([true, false, false]);
    expect(row.protection).toBe('Nimbus (before contact, since 2 Mar 2025)');
    expect(row.outcome).toBe('1 won, 2 lost');
    expect(row.amount).toBe('$180K');
  });
  it('says who holds protection on each side', () => {
    const base = conflict.protection;
    expect(protectionText({ ...base, side: 'DIRECT', partnerId: null, partnerName: null, stage: null, since: '2025-01-05' })).toBe(
      'Direct team (since 5 Jan 2025)',
    );
    expect(protectionText({ ...base, side: 'NONE', partnerId: null, partnerName: null, stage: null, since: null })).toBe('Nobody');
    expect(conflictRows([{ ...conflict, customerName: null, kinds: ['PARTNER_DIRECT'], kind: 'PARTNER_DIRECT' }])[0]).toMatchObject({
      customer: 'C0007',
      kind: 'Partner vs direct',
    });
    expect(outcomeText([{ outcome: 'OPEN' }, { outcome: 'OPEN' }])).toBe('2 open');
  });
});
