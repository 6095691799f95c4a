import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { replaceGraph } from './replace';

const node = (id: string) => ({ id, kind: 'PARTNER', entityId: id, label: id, degree: 1, hiddenNeighbours: 0, properties: [] });
const edge = (source: string, target: string) => ({ id: `${source}>${target}`, source, target, type: 'SERVES' });

function star(centre: string, leaves: number, prefix = 'n') {
  const nodes = [node(centre), ...Array.from({ length: leaves }, (_, i) => node(`${prefix}${i}`))];
  return { nodes, edges: nodes.slice(1).map((n) => edge(centre, n.id)) };
}

describe('replacing the explorer graph', () => {
  it('keeps the positions of the nodes that stay and drops the others, without touching the old graph', () => {
    const before = replaceGraph(null, star('a', 2000), ['a']);
    before.forEachNode((n) => before.mergeNodeAttributes(n, { x: n.length, y: 7 }));
    const small = star('a', 10);
    const after = replaceGraph(before, small, ['a']);
    expect(after.order).toBe(11);
    expect(after.size).toBe(10);
    expect(after.getNodeAttributes('n3')).toMatchObject({ x: 2, y: 7 });
    expect(before.order).toBe(2001); // the renderer's graph is not edited node by node
  });

  it('places new nodes beside a kept neighbour', () => {
    const before = new Graph({ type: 'directed' });
    before.addNode('a', { x: 50, y: -20 });
    const after = replaceGraph(
      before,
      { nodes: [node('a'), node('b'), node('c')], edges: [edge('a', 'b'), edge('b', 'c')] },
      ['a'],
      () => 0,
    );
    expect(after.getNodeAttributes('b')).toMatchObject({ x: 60, y: -20 });
    expect(after.getNodeAttributes('c')).toMatchObject({ x: 70, y: -20 });
  });

  it('lays out a graph with nothing kept on a circle with the seed in the middle', () => {
    const after = replaceGraph(new Graph(), star('s', 400), ['s']);
    expect(after.getNodeAttributes('s')).toMatchObject({ x: 0, y: 0 });
    const r = Math.hypot(after.getNodeAttribute('n0', 'x'), after.getNodeAttribute('n0', 'y'));
    expect(r).toBeGreaterThan(50);
  });
});

describe('only the listed nodes', () => {
  it('keeps the listed nodes and the relationships among them, nothing else', async () => {
    const { only } = await import('./replace');
    const data = { nodes: [node('a'), node('b'), node('c'), node('x')], edges: [edge('a', 'b'), edge('b', 'c'), edge('a', 'x')] };
    const kept = only(data, ['a', 'b', 'c']);
    expect(kept.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(kept.edges.map((e) => e.id)).toEqual(['a>b', 'b>c']);
  });
});
