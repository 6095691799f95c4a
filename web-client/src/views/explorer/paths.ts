import type Graph from 'graphology';
import { html, nothing } from 'lit-html';
import { query } from '../../api/client';
import { ShortestPathQuery } from '../../api/queries';
import type { ShortestPathBetweenQuery as SPQ } from '../../gql/graphql';
import { mergePath } from '../../graph/path';
import { integer } from '../../lib/format';
import { errorBox, Slot, spinner } from '../../ui';
import type { ExplorerContext } from './context';

/** The shortest path between sel and to (to= in the URL): found by the server, so through nodes not on the canvas yet. */
export class ServerPath {
  readonly answer: Slot<SPQ['shortestPath']>;
  /** The sel|to|paths|hubs the answer is for ('' when no path is asked). */
  private key = '';
  /** Nodes the server's paths added to the canvas. */
  private added = 0;
  private cache: { key: string; nodes: Set<string> | null } = { key: '', nodes: null };

  constructor(private readonly x: ExplorerContext) {
    this.answer = new Slot<SPQ['shortestPath']>(() => x.draw(), x.scope);
  }

  /** Asks the server when the URL asks for another path. */
  sync() {
    const { sel, to } = this.x.params;
    const key = sel && to ? `${sel}|${to}|${this.x.params.paths ?? ''}|${this.x.params.hubs ?? ''}` : '';
    if (key === this.key) return;
    this.key = key;
    if (key) this.load(sel, to);
    else this.answer.value = { state: 'idle' };
  }

  /** Asks again (the retry of an error). */
  retry() {
    this.key = '';
    this.x.apply();
  }

  private async load(from: string, to: string) {
    const key = this.key;
    // paths=all: every shortest path (up to 10); hubs=1: through hubs too (else nodes with over 500 relationships are avoided)
    const variables = {
      from,
      to,
      maxHops: 6,
      all: this.x.params.paths === 'all',
      maxPaths: 10,
      maxDegree: this.x.params.hubs === '1' ? 1_000_000 : 500,
    };
    await this.answer.run(async (signal) => (await query(ShortestPathQuery, variables, signal)).shortestPath);
    if (key !== this.key || !this.x.scope.alive) return;
    this.added = 0;
    if (this.merge()) {
      this.x.styleNodes();
      this.x.sigma?.refresh();
      this.x.draw();
    }
  }

  /** Adds the server's path to the canvas (nodes it lacks go between their path neighbours); true when it changed the graph. */
  merge(): boolean {
    const paths = this.answer.data?.paths ?? [];
    if (!paths.length || !this.key) return false;
    const graph = this.x.graph;
    const before = graph.size;
    const added = paths.flatMap((p) => mergePath(graph, p));
    this.added += added.length;
    return added.length > 0 || graph.size !== before;
  }

  /** The path between sel and to: the server's when it answered, else (while it works, or when it fails) the loaded graph's. */
  path(): string[] | null {
    const { sel, to } = this.x.params;
    if (!sel || !to) return null;
    const graph = this.x.graph;
    const server = this.answer.value;
    if (server.state === 'ok') {
      const ids = server.data.path?.nodes.map((n) => n.id) ?? null;
      return ids && ids.every((id) => graph.hasNode(id)) ? ids : null;
    }
    if (!graph.hasNode(sel) || !graph.hasNode(to)) return null;
    return undirectedPath(graph, sel, to);
  }

  /** The nodes on the path (every shortest path the server gave with paths=all), null when there is none. */
  get nodes(): Set<string> | null {
    const graph = this.x.graph;
    const key = `${this.x.params.sel}|${this.x.params.to}|${graph.order}|${graph.size}|${this.answer.value.state}`;
    if (this.cache.key !== key) {
      const p = this.path();
      const all = this.answer.value.state === 'ok' ? this.answer.value.data.paths.flatMap((q) => q.nodes.map((n) => n.id)) : [];
      const nodes = p ? new Set([...p, ...all.filter((id) => graph.hasNode(id))]) : null;
      this.cache = { key, nodes };
    }
    return this.cache.nodes;
  }

  /** What the panel says under the path: the search in progress, its failure, or how the server found it. */
  note(path: string[] | null) {
    const server = this.answer.value;
    if (server.state === 'loading')
      return html`${spinner('Finding the shortest path in the whole graph…')}${path ? html`<p class="muted small">${path.length - 1} hops in the loaded graph meanwhile.</p>` : nothing}`;
    if (server.state === 'error')
      return html`${errorBox(server.error, () => this.retry())}${path ? html`<p class="muted small">${path.length - 1} hops in the loaded graph.</p>` : nothing}`;
    if (server.state === 'ok') {
      if (!server.data.path) return html`<p data-testid="path-none">${server.data.explanation}</p>`;
      const hubs =
        this.x.params.hubs === '1' ? 'Hubs may be passed through.' : 'Hubs (more than 500 relationships) are not passed through.';
      return html`<p class="muted small" data-testid="path-server">${server.data.explanation}${this.added ? ` ${integer(this.added)} nodes were added to the canvas for it.` : ''} ${hubs}</p>`;
    }
    return nothing;
  }
}

/**
 * Shortest path in the loaded graph, ignoring direction, shown while the server's answer is on its way: 'how are these two connected' follows a deal
 * to its customer as readily as back. graphology-shortest-path follows edge direction only, hence this BFS.
 */
function undirectedPath(graph: Graph, from: string, to: string): string[] | null {
  const prev = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const n = queue.shift()!;
    if (n === to) break;
    for (const m of graph.neighbors(n))
      if (!prev.has(m)) {
        prev.set(m, n);
        queue.push(m);
      }
  }
  if (!prev.has(to)) return null;
  const path: string[] = [];
  for (let n: string | null = to; n !== null; n = prev.get(n) ?? null) path.unshift(n);
  return path;
}
