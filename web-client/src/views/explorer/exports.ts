import type Graph from 'graphology';
import type Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { download } from '../../lib/csv';
import { edgesCsv, nodesCsv, visible, type Filters, type NodeAttrs } from '../../graph/model';

/** The canvas as a PNG on a white background. */
export function exportPng(sigma: Sigma | null) {
  if (sigma) downloadAsPNG(sigma, { fileName: 'ecosystem-graph', backgroundColor: '#ffffff' });
}

/** The nodes (or the relationships between them) that the filters show, as CSV. */
export function exportCsv(graph: Graph, f: Filters, which: 'nodes' | 'edges') {
  const shown = new Set<string>();
  const nodes: Parameters<typeof nodesCsv>[0] = [];
  graph.forEachNode((id, a) => {
    if (visible(a as NodeAttrs, f)) {
      shown.add(id);
      nodes.push({ id, ...(a as NodeAttrs) });
    }
  });
  if (which === 'nodes') download('ecosystem-nodes.csv', nodesCsv(nodes));
  else {
    const edges: Parameters<typeof edgesCsv>[0] = [];
    graph.forEachEdge((_, a, s, t, sa, ta) => {
      if (shown.has(s) && shown.has(t)) edges.push({ source: s, target: t, type: a.label, sourceLabel: sa.label, targetLabel: ta.label });
    });
    download('ecosystem-edges.csv', edgesCsv(edges));
  }
}
