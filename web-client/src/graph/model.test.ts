import { describe, expect, it } from 'vitest';
import { parseColor } from 'sigma/utils';
import { displayKind, ippScore, nodeColour, nodesCsv, numericKeys, qualifiedId, scoreColour, sizeBy, visible } from './model';

const partner = (props: Record<string, string>) => ({ kind: 'PARTNER', props });

describe('explorer graph model', () => {
  it('tells prospects from partners', () => {
    expect(displayKind('PARTNER', { status: 'prospect' })).toBe('PROSPECT');
    expect(displayKind('PARTNER', { status: 'active' })).toBe('PARTNER');
  });

  it('reads the stored IPP score or probability', () => {
    expect(ippScore({ ippScore: '73' })).toBe(73);
    expect(ippScore({ ippProbability: '0.5' })).toBe(50);
    expect(ippScore({})).toBeNull();
  });

  it('colours by score from red to green in a format Sigma parses, grey when unscored', () => {
    // What Sigma makes of the colour is what the canvas shows (it parsed the old hsl() as black).
    const drawn = (score: number | null) => parseColor(scoreColour(score));
    expect(drawn(0)).toEqual({ r: 0xc9, g: 0x2a, b: 0x2a, a: 1 });
    expect(drawn(50)).toEqual({ r: 0xf5, g: 0x9f, b: 0x00, a: 1 });
    expect(drawn(100)).toEqual({ r: 0x2b, g: 0x8a, b: 0x3e, a: 1 });
    for (let s = 0; s <= 100; s += 5) {
      const c = drawn(s);
      expect(c.r + c.g + c.b, `score ${s} is not black`).toBeGreaterThan(100);
    }
    // greener as the score rises
    expect(drawn(80).g - drawn(80).r).toBeGreaterThan(drawn(20).g - drawn(20).r);
    expect(drawn(null)).toEqual({ r: 0xce, g: 0xd4, b: 0xda, a: 1 });
    expect(parseColor(nodeColour({ kind: 'CUSTOMER', props: {} }, 'score'))).toEqual({ r: 0xde, g: 0xe2, b: 0xe6, a: 1 });
  });

  it('filters by kind, and by type and tier for partners only', () => {
    const f = { kinds: ['PARTNER'], type: 'reseller', tier: '', region: '' };
    expect(visible(partner({ type: 'reseller' }), f)).toBe(true);
    expect(visible(partner({ type: 'referral' }), f)).toBe(false);
    expect(visible({ kind: 'CUSTOMER', props: {} }, f)).toBe(false);
    expect(visible({ kind: 'CUSTOMER', props: { region: 'emea' } }, { kinds: [], type: 'reseller', tier: '', region: 'emea' })).toBe(true);
    expect(visible({ kind: 'CUSTOMER', props: { region: 'apac' } }, { kinds: [], type: '', tier: '', region: 'emea' })).toBe(false);
  });

  it('writes the visible nodes as CSV', () => {
    const csv = nodesCsv([
      { id: 'Partner:P1', kind: 'PARTNER', entityId: 'P1', label: 'Acme, Inc.', degree: 3, props: { type: 'reseller' } },
    ]);
    expect(csv.split('\r\n')[1]).toBe('Partner:P1,PARTNER,P1,"Acme, Inc.",3,reseller,,,,');
  });

  it('qualifies search hit ids', () => {
    expect(qualifiedId('CUSTOMER', 'C1')).toBe('Customer:C1');
  });

  it('offers the numeric properties for sizing and sizes by area', () => {
    expect(
      numericKeys([{ props: { arr: '91800', region: 'emea', churned: 'false' } }, { props: { amount: '5.5', createdOn: '2025-01-01' } }]),
    ).toEqual(['amount', 'arr']);
    expect(sizeBy('100', 100)).toBe(20);
    expect(sizeBy('25', 100)).toBeCloseTo(11.5);
    expect(sizeBy(undefined, 100)).toBe(2);
  });
});
