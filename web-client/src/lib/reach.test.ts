import { describe, expect, it } from 'vitest';
import { capped, coverageLines, listText, reachSentence, type Reach } from './reach';

const reach: Reach = {
  id: 'Q0012',
  name: 'Orbit',
  asOf: '2025-12-31',
  servedCustomers: 12,
  newCustomerCount: 5,
  newCustomerArr: 340_000,
  newCustomers: [{ id: 'C1', name: 'A', industry: 'retail', region: 'emea', segment: 'smb', arr: 100_000 }],
  newSegments: [
    { industry: 'healthcare', region: 'emea', customers: 3 },
    { industry: 'retail', region: 'apac', customers: 2 },
    { industry: 'energy', region: 'latam', customers: 1 },
  ],
  newIndustries: ['healthcare', 'energy'],
  newRegions: [],
  notes: [],
};

describe('lists', () => {
  it('caps and counts the rest', () => {
    expect(capped([1, 2, 3, 4], 2, String)).toEqual({ shown: ['1', '2'], more: 2 });
    expect(listText(['a', 'b', 'c', 'd'], 2, (x) => x)).toBe('a, b and 2 more');
    expect(listText(['a', 'b', 'c'], 5, (x) => x)).toBe('a, b and c');
    expect(listText(['a'], 5, (x) => x)).toBe('a');
    expect(listText([], 5, (x) => x)).toBeNull();
  });
});

describe('reach', () => {
  it('says how many served customers are new, with their ARR', () => {
    expect(reachSentence(reach)).toBe('Serves 12 of our customers; 5 of them ($340K ARR) no active partner serves.');
    expect(reachSentence({ ...reach, newCustomerCount: 0, newCustomerArr: 0 })).toBe(
      'Serves 12 of our customers; active partners already serve all of them.',
    );
    expect(reachSentence({ ...reach, servedCustomers: 0, newCustomerCount: 0 })).toBe('Serves none of our customers.');
  });
  it('lists new segments, industries and regions, capped, leaving out empty ones', () => {
    expect(coverageLines(reach, 2)).toEqual([
      { title: 'New segments (3)', text: 'Healthcare × EMEA (3), Retail × APAC (2) and 1 more' },
      { title: 'New industries (2)', text: 'Healthcare and Energy' },
    ]);
    expect(coverageLines({ ...reach, newSegments: [], newIndustries: [], newRegions: [] })).toEqual([]);
  });
});
