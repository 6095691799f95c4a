import { describe, expect, it } from 'vitest';
import { asStored, CANVAS_PARAMS, canvasFromParams, inputFor, paramsFromCanvas, routeOf, targetOf } from './savedview';
import { formatRoute, parseRoute } from './route';

describe('saved views are routes', () => {
  it('an explorer URL with every canvas parameter comes back as the same URL', () => {
    const hash =
      '#/explorer?color=arr&depth=2&group=1&hubs=1&ids=Partner%3AP0001%2CCustomer%3AC00042&kinds=PARTNER%2CCUSTOMER' +
      '&labels=pagerank&layout=circle&only=1&open=Partner%3AP0001%7CCUSTOMER%7CSERVES%7Cout&paths=all&per=250&region=emea' +
      '&sel=Partner%3AP0001&size=amount&tier=gold&to=Customer%3AC00042&type=reseller&xd=out&xt=SERVES%2CREFERRED';
    const route = parseRoute(hash);
    // every parameter the explorer keeps is in this URL, so none is lost on the way
    expect(Object.keys(route.params).sort()).toEqual([...CANVAS_PARAMS].sort());
    const input = inputFor(route, 'Everything')!;
    expect(input.target).toBe('EXPLORER');
    expect(input.canvas).toMatchObject({
      depth: 2,
      perNodeLimit: 250,
      colour: 'PROPERTY',
      colourProperty: 'arr',
      partnerType: 'RESELLER',
      tier: 'GOLD',
      labelRank: 'PAGERANK',
      expandTypes: ['SERVES', 'REFERRED'],
      expandDirection: 'OUT',
      allPaths: true,
      throughHubs: true,
      layout: 'CIRCLE',
    });
    const back = routeOf({ target: 'EXPLORER', canvas: asStored(input.canvas!), filter: null });
    expect(formatRoute(back)).toBe(hash);
  });

  it('defaults are left out both ways', () => {
    const c = canvasFromParams({ ids: 'Partner:P0002' });
    expect(c).toMatchObject({
      depth: 1,
      perNodeLimit: 50,
      colour: 'KIND',
      colourProperty: null,
      expandDirection: 'BOTH',
      labelRank: 'DEGREE',
    });
    expect(paramsFromCanvas(asStored(c))).toEqual({ ids: 'Partner:P0002' });
    expect(canvasFromParams({ color: 'score' }).colour).toBe('SCORE');
  });

  it('an analytics view keeps its period and segment', () => {
    const route = parseRoute('#/portfolio?from=2025-10-01&regions=emea%2Capac&tiers=GOLD&to=2026-09-30&types=RESELLER');
    const input = inputFor(route, 'EMEA')!;
    expect(input).toMatchObject({
      target: 'PORTFOLIO',
      filter: { from: '2025-10-01', asOf: '2026-09-30', regions: ['emea', 'apac'], tiers: ['GOLD'], partnerTypes: ['RESELLER'] },
    });
    const f = input.filter!;
    const back = routeOf({
      target: 'PORTFOLIO',
      canvas: null,
      filter: {
        asOf: f.asOf ?? null,
        from: f.from ?? null,
        partnerTypes: f.partnerTypes ?? [],
        regions: f.regions ?? [],
        tiers: f.tiers ?? [],
      },
    });
    expect(formatRoute(back)).toBe(formatRoute(route));
  });

  it('recruiting, model and the audit trail are not saved', () => {
    expect(targetOf('recruiting')).toBeNull();
    expect(inputFor(parseRoute('#/model'), 'x')).toBeNull();
    expect(targetOf('referrals')).toBe('REFERRALS');
  });
});
