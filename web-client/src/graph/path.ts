// A shortest path from the server merged into the explorer's graph: nodes the canvas does not have yet
// are added between the path's neighbours that it has, so the path reads as a line on screen.
import type Graph from 'graphology';
import { propsOf, type ApiEdge, type ApiNode } from './model';

export interface ApiPath {
  hops: number;
  nodes: ApiNode[];
  edges: ApiEdge[];
}

/** Adds the path's missing nodes and edges to the graph; returns the ids of the nodes it added. */
export function mergePath(graph: Graph, path: ApiPath): string[] {
  const added: string[] = [];
  for (const n of path.nodes) {
    if (graph.hasNode(n.id)) continue;
    graph.addNode(n.id, {
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
    added.push(n.id);
  }
  for (const e of path.edges) {
    if (!graph.hasEdge(e.id) && !graph.hasDirectedEdge(e.source, e.target))
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { label: e.type, size: 1, color: '#ced4da' });
  }
  placeAlong(
    graph,
    path.nodes.map((n) => n.id),
    new Set(added),
  );
  return added;
}

/**
 * Places the new nodes of a path evenly on the straight line between the placed nodes before and after
 * them on it (or, at an end, stepping on from the last placed node), so the path is visible at once.
 */
export function placeAlong(graph: Graph, ids: string[], fresh: Set<string>): void {
  let i = 0;
  while (i < ids.length) {
    if (!fresh.has(ids[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < ids.length && fresh.has(ids[j])) j++;
    const before = i > 0 ? graph.getNodeAttributes(ids[i - 1]) : null;
    const after = j < ids.length ? graph.getNodeAttributes(ids[j]) : null;
    const run = j - i;
    for (let k = 0; k < run; k++) {
      const t = (k + 1) / (run + 1);
      let x: number, y: number;
      if (before && after) {
        x = before.x + (after.x - before.x) * t;
        y = before.y + (after.y - before.y) * t;
      } else if (before) {
        x = before.x + 10 * (k + 1);
        y = before.y + 10 * (k + 1);
      } else if (after) {
        x = after.x - 10 * (run - k);
        y = after.y - 10 * (run - k);
      } else {
        x = 20 * k;
        y = 0;
      }
      graph.mergeNodeAttributes(ids[i + k], { x, y });
    }
    i = j;
  }
}
