// A neighbourhood answer replaces the explorer's graph in one batch. Dropping the nodes that went one
// by one from the graph the renderer shows made Sigma re-index the whole graph on every drop
// (quadratic: 60-80 s to shrink a 2,000-node view); a new graph built off-screen is handed to the
// renderer once. Nodes that stay keep their place, so the picture does not jump.
import Graph from 'graphology';
import { circular } from 'graphology-layout';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { propsOf, type ApiEdge, type ApiNode } from './model';

export interface Neighbourhood {
  nodes: ApiNode[];
  edges: ApiEdge[];
}

/** Adds the answer's nodes and edges (an edge whose ends are missing, or a second one between the same pair, is left out). */
export function fill(g: Graph, data: Neighbourhood): void {
  for (const n of data.nodes) {
    if (g.hasNode(n.id)) continue;
    g.addNode(n.id, {
      kind: n.kind,
      entityId: n.entityId,
      label: n.label,
      degree: n.degree,
      hiddenNeighbours: n.hiddenNeighbours,
      props: propsOf(n),
      x: 0,
      y: 0,
      size: 3,
      color: '#999',
    });
  }
  for (const e of data.edges) {
    if (!g.hasEdge(e.id) && g.hasNode(e.source) && g.hasNode(e.target) && !g.hasDirectedEdge(e.source, e.target))
      g.addDirectedEdgeWithKey(e.id, e.source, e.target, { label: e.type, size: 1, color: '#ced4da' });
  }
}

/**
 * The answer narrowed to the listed nodes and the relationships among them: a referral chain, or a
 * pair's joint deals, without the hundreds of unrelated neighbours their neighbourhoods hold.
 */
export function only(data: Neighbourhood, ids: readonly string[]): Neighbourhood {
  const keep = new Set(ids);
  return { nodes: data.nodes.filter((n) => keep.has(n.id)), edges: data.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}

/**
 * A new graph with the answer's content. Nodes the previous graph had keep their position; new ones
 * start beside a neighbour that has one (or, when nothing is kept, on a circle with the seeds in the
 * middle, settled a little by ForceAtlas2 when small). `random` is injectable for tests.
 */
export function replaceGraph(previous: Graph | null, data: Neighbourhood, seeds: string[], random: () => number = Math.random): Graph {
  const g = new Graph({ multi: false, type: 'directed' });
  fill(g, data);
  const kept = previous ? g.filterNodes((n) => previous.hasNode(n)) : [];
  if (!kept.length) {
    circular.assign(g, { scale: 100 });
    seeds.forEach((s, i) => {
      if (g.hasNode(s)) g.mergeNodeAttributes(s, { x: i * 5, y: 0 });
    });
    if (g.order <= 300) forceAtlas2.assign(g, { iterations: 60, settings: forceAtlas2.inferSettings(g) });
    return g;
  }
  const placed = new Set<string>();
  for (const n of kept) {
    const { x, y } = previous!.getNodeAttributes(n);
    g.mergeNodeAttributes(n, { x, y });
    placed.add(n);
  }
  // Breadth first from the kept nodes, so a chain of new nodes grows outwards from what was there.
  let frontier = kept;
  while (frontier.length) {
    const next: string[] = [];
    for (const n of frontier) {
      const at = g.getNodeAttributes(n);
      g.forEachNeighbor(n, (m) => {
        if (placed.has(m)) return;
        const angle = random() * Math.PI * 2;
        g.mergeNodeAttributes(m, { x: at.x + Math.cos(angle) * 10, y: at.y + Math.sin(angle) * 10 });
        placed.add(m);
        next.push(m);
      });
    }
    frontier = next;
  }
  // Unconnected newcomers (none in a neighbourhood, but a path answer may bring some): at the origin.
  return g;
}
