import { describe, expect, it } from 'vitest';
import { blend, DEFAULT_WEIGHTS } from '../../lib/blend';
import { blendBreakdown, ippBreakdown } from './breakdowns';

const row = { id: 'Q1', name: 'Nimbus', ippProbability: 0.72, customerOverlap: 0.4, segmentCoverage: 0.25, referralProximity: 0.5 };

describe('a prospect figure opened as its parts', () => {
  it('adds the weighted components up to the blend the ranking computes, with any weights', () => {
    for (const weights of [DEFAULT_WEIGHTS, { ipp: 1, customerOverlap: 3, segmentCoverage: 0, referralProximity: 2 }]) {
      const b = blendBreakdown({ ...row, blend: blend(row, weights) }, weights);
      const parts = b.rows.map((r) => Number(r.csv[3]));
      expect(parts).toHaveLength(4);
      expect(parts.reduce((s, v) => s + v, 0)).toBeCloseTo(blend(row, weights), 5);
      expect(b.rows.map((r) => Number(r.csv[2])).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5);
      expect(Number(b.total!.csv[3])).toBeCloseTo(blend(row, weights), 5);
    }
  });

  it("adds the factors' log-odds and the rest up to the probability, and says when the factors are LIME's estimate", () => {
    const factors = [
      { feature: 'certifiedStaff', value: '4', contribution: 0.8, description: 'top 15%' },
      { feature: 'servedCustomers', value: '12', contribution: -0.3, description: 'median' },
    ];
    for (const method of ['exact-linear', 'lime']) {
      const b = ippBreakdown(row, { probability: 0.72, explanationMethod: method, modelVersion: 'v1', factors });
      const sum = b.rows.reduce((s, r) => s + Number(r.csv[2]), 0);
      expect(1 / (1 + Math.exp(-sum))).toBeCloseTo(0.72, 5);
      expect(b.rows.at(-1)!.key).toBe('rest');
      expect(b.note).toContain(method === 'lime' ? 'LIME' : 'linear');
    }
  });
});
