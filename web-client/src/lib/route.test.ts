import { describe, expect, it } from 'vitest';
import { formatRoute, listParam, parseRoute } from './route';

describe('route', () => {
  it('reads the view and its parameters from the hash', () => {
    expect(parseRoute('#/recruiting?region=emea&w=1,0,0,0')).toEqual({ view: 'recruiting', params: { region: 'emea', w: '1,0,0,0' } });
  });

  it('falls back to the explorer for an empty or unknown hash', () => {
    expect(parseRoute('').view).toBe('explorer');
    expect(parseRoute('#/nowhere').view).toBe('explorer');
  });

  it('round-trips a state, dropping empty parameters and sorting the rest', () => {
    const hash = formatRoute({ view: 'explorer', params: { sel: 'Partner:P1', ids: 'Partner:P1,Customer:C2', color: '' } });
    expect(hash).toBe('#/explorer?ids=Partner%3AP1%2CCustomer%3AC2&sel=Partner%3AP1');
    expect(parseRoute(hash)).toEqual({ view: 'explorer', params: { ids: 'Partner:P1,Customer:C2', sel: 'Partner:P1' } });
  });

  it('splits list parameters', () => {
    expect(listParam('a, b,,c')).toEqual(['a', 'b', 'c']);
    expect(listParam(undefined)).toEqual([]);
  });
});
