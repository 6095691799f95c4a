import { describe, expect, it } from 'vitest';
import {
  budgetText,
  moveSentence,
  parseBudget,
  partners,
  signedMoney,
  topChanges,
  upliftSummary,
  NO_CONSTRAINTS,
  parseConstraints,
  topMoves,
} from './plan';

describe('parseBudget', () => {
  it('reads plain, grouped and suffixed amounts', () => {
    expect(parseBudget('1250000')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseBudget(' $1,250,000 ')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseBudget('2.5M')).toEqual({ ok: true, value: 2_500_000 });
    expect(parseBudget('800k')).toEqual({ ok: true, value: 800_000 });
    expect(parseBudget('1 b')).toEqual({ ok: true, value: 1e9 });
    expect(parseBudget(budgetText(4_321_987.6))).toEqual({ ok: true, value: 4_321_988 });
  });

  it('says what is wrong with a budget the API would refuse', () => {
    expect(parseBudget('')).toMatchObject({ ok: false, error: 'Enter a budget, e.g. 2.5M.' });
    expect(parseBudget('lots')).toMatchObject({ ok: false, error: expect.stringContaining('"lots" is not an amount') });
    expect(parseBudget('0')).toMatchObject({ ok: false, error: 'The budget must be above 0.' });
    expect(parseBudget('-5k')).toMatchObject({ ok: false, error: 'The budget must be above 0.' });
    expect(parseBudget('2000b')).toMatchObject({ ok: false, error: expect.stringContaining('at most 1e12') });
  });
});

describe('moves', () => {
  const move = {
    from: [
      { id: 'D', name: 'Delta', amount: 100_000 },
      { id: 'C', name: 'Charlie', amount: 69_300 },
      { id: 'E', name: null, amount: 19_100 },
    ],
    to: [{ id: 'A', name: 'Alpha', amount: 188_400 }],
    amount: 188_400,
    expectedRevenueEffect: 190_500,
  };

  it('names the partners, at most three then a count', () => {
    expect(partners(move.from)).toBe('Delta, Charlie and E');
    expect(partners(move.to)).toBe('Alpha');
    expect(partners([...move.from, { id: 'F', name: 'Fox', amount: 1 }, { id: 'G', name: 'Golf', amount: 1 }])).toBe(
      'Delta, Charlie, E and 2 more',
    );
  });

  it('reads as a sentence with the signed effect', () => {
    expect(moveSentence(move)).toBe('From Delta, Charlie and E to Alpha: $188K, expected +$191K a year');
    expect(signedMoney(-4000)).toBe('-$4K');
  });
});

describe('topChanges', () => {
  const row = (id: string, change: number) => ({ id, currentAtBudget: 100, plannedInvestment: 100 + change, change });
  const rows = [row('a', 50), row('b', -80), row('c', 10), row('d', -5), row('e', 0.5), row('f', 30), row('g', -20)];

  it('keeps the largest increases and cuts, increases first, cuts last', () => {
    expect(topChanges(rows, 4).map((r) => r.id)).toEqual(['a', 'f', 'g', 'b']);
    expect(topChanges(rows, 100).map((r) => r.id)).toEqual(['a', 'f', 'c', 'd', 'g', 'b']);
  });

  it('fills from the other side when one side is short', () => {
    expect(topChanges([row('a', 50), row('b', 40), row('c', 30), row('d', -10)], 3).map((r) => r.id)).toEqual(['a', 'b', 'd']);
    expect(topChanges([row('a', 50), row('b', 40), row('c', 30)], 2).map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('upliftSummary', () => {
  it('compares the plan with today at the same budget, or says nothing without a plan', () => {
    expect(
      upliftSummary({
        expectedRevenueCurrent: 675_000,
        expectedRevenuePlanned: 872_797,
        expectedUplift: 197_797,
        expectedUpliftShare: 0.293,
      }),
    ).toBe(
      "Expected partner-driven revenue $873K a year with the plan against $675K with today's allocation at the same budget: +$198K (+29.3%)",
    );
    expect(upliftSummary({ expectedRevenueCurrent: null, expectedRevenuePlanned: null, expectedUplift: null })).toBeNull();
  });
});

describe('the plan in words and its constraints', () => {
  const facts = [
    { id: 'A', name: 'Northwind', historicalReturn: 0.4, historyRevenue: 10_000, historyWeight: 0.8, ippProbability: 0.2 },
    { id: 'B', name: 'Nimbus Cloud', historicalReturn: 6.1, historyRevenue: 900_000, historyWeight: 0.9, ippProbability: 0.84 },
    { id: 'C', name: 'Quiet Co', historicalReturn: 0, historyRevenue: 0, historyWeight: 0.1, ippProbability: null },
  ];
  const move = (from: string, to: string, amount: number, effect: number) => ({
    from: [{ id: from, name: facts.find((f) => f.id === from)!.name, amount }],
    to: [{ id: to, name: facts.find((f) => f.id === to)!.name, amount }],
    amount,
    expectedRevenueEffect: effect,
  });

  it('opens with the largest moves as sentences, with their confidence', () => {
    const top = topMoves(
      { moves: [move('C', 'B', 50_000, 90_000), move('A', 'B', 120_000, 410_000)], partners: facts, expectedUplift: 1_000_000 },
      3,
    );
    expect(top.moves[0].text).toBe(
      'Move $120K from Northwind ($0.40 back per $1) to Nimbus Cloud (IPP 84, $6.10 back per $1): +$410K expected a year.',
    );
    expect(top.moves[0].confidence.level).toBe('high');
    expect(top.moves[1].text).toContain('Quiet Co (no partner-driven revenue in the history window)');
    expect(top.moves[1].confidence.level).toBe('low');
    expect(top.shareText).toBe("These 2 moves carry 50% of the plan's expected gain.");
  });

  it('reads the constraint boxes as the API takes them, or says what is wrong', () => {
    expect(parseConstraints({ keepCurrent: '50', maxPerPartner: '200K', minPerPartner: '0', maxPartnersChanged: '20' })).toEqual({
      ok: true,
      value: { keepCurrent: 0.5, maxPerPartner: 200_000, minPerPartner: 0, maxPartnersChanged: 20 },
    });
    expect(parseConstraints(NO_CONSTRAINTS)).toEqual({ ok: true, value: {} });
    const bad = parseConstraints({ keepCurrent: '150', maxPerPartner: '10K', minPerPartner: '20K', maxPartnersChanged: '2.5' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(['keepCurrent', 'maxPartnersChanged', 'minPerPartner']);
  });
});
