import { describe, expect, it } from 'vitest';
import { displayKind, ippScore, nodeColour, nodesCsv, qualifiedId, scoreColour, visible } from './model';

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

  it('colours by score from red to green, grey when unscored', () => {
    expect(scoreColour(0)).toBe('hsl(0, 70%, 42%)');
    expect(scoreColour(100)).toBe('hsl(120, 70%, 42%)');
    expect(scoreColour(null)).toBe('#ced4da');
    expect(nodeColour({ kind: 'CUSTOMER', props: {} }, 'score')).toBe('#dee2e6');
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
    const csv = nodesCsv([{ id: 'Partner:P1', kind: 'PARTNER', entityId: 'P1', label: 'Acme, Inc.', degree: 3, props: { type: 'reseller' } }]);
    expect(csv.split('\r\n')[1]).toBe('Partner:P1,PARTNER,P1,"Acme, Inc.",3,reseller,,,,');
  });

  it('qualifies search hit ids', () => {
    expect(qualifiedId('CUSTOMER', 'C1')).toBe('Customer:C1');
  });
});
