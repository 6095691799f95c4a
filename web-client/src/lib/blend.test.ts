import { describe, expect, it } from 'vitest';
import { blend, DEFAULT_WEIGHTS, normalise, reRank, sortBy, weightsFromParam, weightsToParam } from './blend';

const a = { name: 'A', ippProbability: 0.9, customerOverlap: 0.1, segmentCoverage: 0.0, referralProximity: 0.0 };
const b = { name: 'B', ippProbability: 0.2, customerOverlap: 0.9, segmentCoverage: 0.5, referralProximity: 1.0 };

describe('blend', () => {
  it('normalises weights to sum 1 and ignores negative ones', () => {
    const w = normalise({ ipp: 2, customerOverlap: 1, segmentCoverage: 1, referralProximity: -5 });
    expect(w.ipp).toBeCloseTo(0.5);
    expect(w.referralProximity).toBe(0);
    expect(normalise({ ipp: 0, customerOverlap: 0, segmentCoverage: 0, referralProximity: 0 })).toEqual(DEFAULT_WEIGHTS);
  });

  it('computes the same blend as the server formula', () => {
    expect(blend(a, DEFAULT_WEIGHTS)).toBeCloseTo(0.6 * 0.9 + 0.15 * 0.1, 10);
  });

  it('re-ranks when the weights move', () => {
    expect(reRank([a, b], DEFAULT_WEIGHTS).map((r) => r.name)).toEqual(['A', 'B']);
    const byReferral = reRank([a, b], { ipp: 0, customerOverlap: 0, segmentCoverage: 0, referralProximity: 1 });
    expect(byReferral.map((r) => [r.name, r.rank])).toEqual([
      ['B', 1],
      ['A', 2],
    ]);
  });

  it('sorts by a component either way with nulls last', () => {
    const rows = [{ h: 2 }, { h: null }, { h: 1 }];
    expect(sortBy(rows, 'h', 'asc').map((r) => r.h)).toEqual([1, 2, null]);
    expect(sortBy(rows, 'h', 'desc').map((r) => r.h)).toEqual([2, 1, null]);
  });

  it('keeps weights in the URL', () => {
    expect(weightsToParam(DEFAULT_WEIGHTS)).toBe('0.6,0.15,0.1,0.15');
    expect(weightsFromParam('1,0,0,0')).toEqual({ ipp: 1, customerOverlap: 0, segmentCoverage: 0, referralProximity: 0 });
    expect(weightsFromParam('x,1')).toEqual(DEFAULT_WEIGHTS);
  });
});
