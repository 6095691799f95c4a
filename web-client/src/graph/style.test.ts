import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parseColor } from 'sigma/utils';
import {
  expandArgs,
  importance,
  pageRank,
  placeLabels,
  ranked,
  presetOf,
  presetParams,
  EXPAND_PRESETS,
  propertyColour,
  propertyRange,
  PROPERTY_SCALE,
} from './style';

describe('expand presets', () => {
  it('maps the URL to the API arguments and back, ignoring unknown types', () => {
    expect(expandArgs('REFERRED', 'in')).toEqual({ types: ['REFERRED'], direction: 'IN' });
    expect(expandArgs('', '')).toEqual({ types: null, direction: 'BOTH' });
    expect(expandArgs('LIKES,serves', 'out')).toEqual({ types: ['SERVES'], direction: 'OUT' });
    for (const p of EXPAND_PRESETS) {
      const { xt, xd } = presetParams(p);
      expect(presetOf(xt, xd)?.key).toBe(p.key);
    }
    expect(presetOf('REFERRED', 'out')?.label).toMatch(/^referred \(whom/);
    expect(presetOf('REFERRED', 'in')?.label).toMatch(/^referred by/);
    expect(presetOf('REFERRED,SERVES', 'in')).toBeNull();
  });
});

describe('colour by a numeric property', () => {
  const nodes: Array<{ props: Record<string, string> }> = [
    { props: { arr: '100' } },
    { props: { arr: '300' } },
    { props: { arr: '' } },
    { props: {} },
  ];
  it('spans the smallest to the largest value, light to dark, in a colour Sigma parses', () => {
    const range = propertyRange(nodes, 'arr');
    expect(range).toEqual({ min: 100, max: 300 });
    expect(propertyColour('100', range)).toBe(PROPERTY_SCALE.low);
    expect(propertyColour('300', range)).toBe(PROPERTY_SCALE.high);
    // what Sigma's renderer reads from the colour string: an hsl() string would parse as black (0,0,0)
    expect(parseColor(propertyColour('200', range))).toEqual({ r: 110, g: 148, b: 200, a: 1 });
    expect(parseColor(propertyColour(undefined, range))).toEqual({ r: 222, g: 226, b: 230, a: 1 });
    expect(propertyRange(nodes, 'missing')).toBeNull();
  });
});

describe('labels by importance', () => {
  // a star around H plus a chain A -> B -> C: H has the most relationships; C collects the chain's rank
  const g = new Graph({ type: 'directed' });
  for (const k of ['H', 'L1', 'L2', 'L3', 'A', 'B', 'C']) g.addNode(k, { degree: k === 'H' ? 3 : 1 });
  for (const l of ['L1', 'L2', 'L3']) g.addEdge('H', l);
  g.addEdge('A', 'B');
  g.addEdge('B', 'C');
  it('ranks by degree or by PageRank and keeps only the most important', () => {
    expect(ranked(importance(g, 'degree'))[0]).toBe('H');
    const pr = pageRank(g);
    const sum = [...pr.values()].reduce((s, v) => s + v, 0);
    expect(sum).toBeCloseTo(1, 6);
    expect(pr.get('C')!).toBeGreaterThan(pr.get('B')!);
    expect(pr.get('B')!).toBeGreaterThan(pr.get('A')!);
    expect(ranked(importance(g, 'pagerank'))[0]).toBe('C');
    expect(ranked(importance(g, 'degree'))).toHaveLength(7);
  });
});

describe('label placement', () => {
  it('keeps the most important label and drops a later one that would overlap it', () => {
    const boxes = [
      { id: 'hub', x: 0, y: 0, w: 100, h: 14 },
      { id: 'under-hub', x: 50, y: 5, w: 100, h: 14 },
      { id: 'apart', x: 0, y: 40, w: 100, h: 14 },
      { id: 'far', x: 300, y: 300, w: 10, h: 14 },
    ];
    expect([...placeLabels(boxes, 10)]).toEqual(['hub', 'apart', 'far']);
    expect([...placeLabels(boxes, 1)]).toEqual(['hub']);
    // in the other order the less important one loses instead
    expect([...placeLabels([boxes[1], boxes[0]], 10)]).toEqual(['under-hub']);
    // A rectangle drawn over the canvas (the legend) takes its place: the label under it is not placed.
    const legend = { id: 'legend', x: boxes[0].x, y: boxes[0].y, w: 10, h: 10 };
    expect([...placeLabels(boxes, 10, [legend])]).toEqual(['under-hub', 'apart', 'far']);
    expect(
      ranked(
        new Map([
          ['a', 1],
          ['b', 3],
          ['c', 2],
        ]),
      ),
    ).toEqual(['b', 'c', 'a']);
  });
});
