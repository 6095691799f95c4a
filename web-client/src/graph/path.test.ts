import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { mergePath, type ApiPath } from './path';

const node = (id: string) => ({
  id,
  kind: id.split(':')[0].toUpperCase(),
  entityId: id.split(':')[1],
  label: id,
  degree: 2,
  hiddenNeighbours: 0,
  properties: [{ key: 'region', value: 'emea' }],
});

function canvas(): Graph {
  const g = new Graph({ multi: false, type: 'directed' });
  g.addNode('Partner:P1', { x: 0, y: 0, label: 'P1' });
  g.addNode('Partner:P9', { x: 100, y: 50, label: 'P9' });
  return g;
}

const path: ApiPath = {
  hops: 3,
  nodes: [node('Partner:P1'), node('Customer:C1'), node('Deal:D1'), node('Partner:P9')],
  edges: [
    { id: 'SERVES:Partner:P1->Customer:C1', source: 'Partner:P1', target: 'Customer:C1', type: 'SERVES' },
    { id: 'FOR:Deal:D1->Customer:C1', source: 'Deal:D1', target: 'Customer:C1', type: 'FOR' },
    { id: 'SOURCED:Partner:P9->Deal:D1', source: 'Partner:P9', target: 'Deal:D1', type: 'SOURCED' },
  ],
};

describe('server path merged into the explorer graph', () => {
  it('adds the nodes and edges the canvas lacks, with their properties', () => {
    const g = canvas();
    expect(mergePath(g, path)).toEqual(['Customer:C1', 'Deal:D1']);
    expect(g.order).toBe(4);
    expect(g.size).toBe(3);
    expect(g.hasDirectedEdge('Deal:D1', 'Customer:C1')).toBe(true);
    expect(g.getEdgeAttribute('FOR:Deal:D1->Customer:C1', 'label')).toBe('FOR');
    expect(g.getNodeAttribute('Customer:C1', 'props')).toEqual({ region: 'emea' });
  });

  it('places new nodes evenly between their placed neighbours on the path', () => {
    const g = canvas();
    mergePath(g, path);
    expect(g.getNodeAttribute('Customer:C1', 'x')).toBeCloseTo(100 / 3);
    expect(g.getNodeAttribute('Customer:C1', 'y')).toBeCloseTo(50 / 3);
    expect(g.getNodeAttributes('Deal:D1').x).toBeCloseTo(200 / 3);
    expect(g.getNodeAttributes('Partner:P1')).toMatchObject({ x: 0, y: 0 });
  });

  it('is idempotent: merging the same path twice adds nothing', () => {
    const g = canvas();
    mergePath(g, path);
    expect(mergePath(g, path)).toEqual([]);
    expect(g.size).toBe(3);
  });

  it('keeps an edge already there in the other key', () => {
    const g = canvas();
    g.addNode('Customer:C1', { x: 5, y: 5 });
    g.addDirectedEdgeWithKey('x', 'Partner:P1', 'Customer:C1', {});
    mergePath(g, path);
    expect(g.hasEdge('SERVES:Partner:P1->Customer:C1')).toBe(false);
    expect(g.getNodeAttributes('Customer:C1')).toMatchObject({ x: 5, y: 5 });
  });
});
