import { html, render, nothing, type TemplateResult } from 'lit-html';
import Graph from 'graphology';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { circular } from 'graphology-layout';
import { query } from '../api/client';
import { NeighbourhoodQuery } from '../api/queries';
import type { NeighbourhoodQuery as NQ } from '../gql/graphql';
import { expandArgs, importance, propertyColour, propertyRange, ranked, type LabelRank } from '../graph/style';
import { only, replaceGraph, type Neighbourhood } from '../graph/replace';
import { groupLeaves, isGroup } from '../graph/groups';
import { listParam, type Route } from '../lib/route';
import { integer } from '../lib/format';
import { nodeColour, nodeSize, sizeBy, visible, type ColourBy, type Filters, type NodeAttrs } from '../graph/model';
import { errorBox, Slot, spinner } from '../ui';
import { RequestScope } from '../api/scope';
import type { Navigate, ViewController } from './view';
import type { ExplorerContext } from './explorer/context';
import { CanvasKeyboard } from './explorer/keyboard';
import { LabelPlacer } from './explorer/labels';
import { legend } from './explorer/legend';
import { DetailsPanel } from './explorer/panel';
import { ServerPath } from './explorer/paths';
import { ExplorerSearch } from './explorer/search';
import { filterRow, toolbar } from './explorer/toolbar';

/** Explorer metrics read by the end-to-end benchmark (printed there, never asserted). */
export interface ExplorerMetrics {
  nodes: number;
  edges: number;
  fetchMs: number;
  renderMs: number;
}
declare global {
  interface Window {
    __explorer?: { sigma: Sigma; graph: Graph; metrics: ExplorerMetrics | null; layoutRunning?: boolean; labelsPending?: boolean };
  }
}

/**
 * The Explorer: the canvas (Sigma over a graphology graph), its layout and styling, and the URL it follows.
 * Its parts live in explorer/: the search box, the side panel, the server's shortest path, label placement,
 * the keyboard route over the canvas, the toolbar and filters, the legend and the exports.
 */
export class ExplorerView implements ViewController, ExplorerContext {
  host!: HTMLElement;
  navigate!: Navigate;
  private route!: Route;
  graph = new Graph({ multi: false, type: 'directed' });
  sigma: Sigma | null = null;
  private layout: FA2Layout | null = null;
  private layoutTimer = 0;
  private loadedKey = '';
  private hover: string | null = null;

  /** Every request of the view: aborted when it is left, so no late answer draws over the next view. */
  readonly scope = new RequestScope();
  private hood = new Slot<NQ['neighbourhood']>(() => this.draw(), this.scope);
  private metrics: ExplorerMetrics | null = null;
  private readonly search = new ExplorerSearch(this);
  private readonly paths = new ServerPath(this);
  private readonly panel = new DetailsPanel(this, this.paths);
  private readonly labels = new LabelPlacer(this);
  private readonly keyboard = new CanvasKeyboard(this);
  /** The numeric property the nodes are sized by (size= in the URL), '' for the default. */
  private sizedBy = '';
  private styleKey = '';
  /** The range of the colouring property over the canvas, for the colours and the legend. */
  private colourRange: { min: number; max: number } | null = null;

  mount(host: HTMLElement, route: Route, navigate: Navigate): void {
    this.host = host;
    this.navigate = navigate;
    this.route = route;
    this.draw();
    const container = host.querySelector<HTMLElement>('.canvas')!;
    this.sigma = new Sigma(this.graph, container, {
      renderEdgeLabels: true,
      // Thousands of edges and labels redrawn on every camera move make panning sluggish; they come back when it stops.
      hideEdgesOnMove: false,
      hideLabelsOnMove: false,
      defaultEdgeType: 'arrow',
      // Labels by importance without overlap: only the most important nodes carry a label (LabelPlacer),
      // and Sigma's label grid draws one per 120 px cell among them (labelDensity 0.6 rounds up to one
      // label per cell at zoom 1), larger nodes first; small nodes get none.
      labelDensity: 0.6,
      labelGridCellSize: 120,
      labelRenderedSizeThreshold: 3,
      edgeLabelSize: 10,
      zIndex: true,
      nodeReducer: (node, data) => this.reduceNode(node, data as unknown as NodeAttrs) as Partial<NodeDisplayData>,
      edgeReducer: (edge, data) => this.reduceEdge(edge, data) as Partial<EdgeDisplayData>,
    });
    this.listen(this.sigma);
    window.__explorer = { sigma: this.sigma, graph: this.graph, metrics: null };
    this.apply();
  }

  /** Click selects (shift-click: the path to it), double-click expands, hover highlights the neighbours. */
  private listen(sigma: Sigma) {
    sigma.on('clickNode', ({ node, event }) => {
      const shift = (event.original as MouseEvent).shiftKey;
      if (shift && this.params.sel && this.params.sel !== node) this.set({ to: node });
      else this.set({ sel: node, to: '' });
    });
    sigma.on('doubleClickNode', (e) => {
      e.preventSigmaDefault();
      this.expand(e.node);
    });
    sigma.on('enterNode', ({ node }) => {
      this.hover = node;
      this.sigma?.refresh({ skipIndexation: true });
    });
    sigma.on('leaveNode', () => {
      this.hover = null;
      this.sigma?.refresh({ skipIndexation: true });
    });
    // Labels are placed again once the camera rests (not on every frame of a pan: that would re-reduce every node).
    sigma.getCamera().on('updated', () => this.labels.schedule());
  }

  update(route: Route): void {
    this.route = route;
    this.apply();
  }

  unmount(): void {
    this.scope.dispose();
    this.labels.dispose();
    this.search.dispose();
    this.stopLayout();
    this.sigma?.kill();
    this.sigma = null;
    delete window.__explorer;
    render(nothing, this.host);
  }

  get params() {
    return this.route.params;
  }

  set(changes: Record<string, string>, replace = false) {
    this.navigate({ view: 'explorer', params: { ...this.params, ...changes } }, replace);
  }

  get filters(): Filters {
    return {
      kinds: listParam(this.params.kinds),
      type: this.params.type ?? '',
      tier: this.params.tier ?? '',
      region: this.params.region ?? '',
    };
  }

  get colourBy(): ColourBy {
    return this.params.color === 'score' ? 'score' : 'kind';
  }

  get colourProperty(): string {
    const c = this.params.color ?? '';
    return c === 'score' ? '' : c;
  }

  get labelRank(): LabelRank {
    return this.params.labels === 'pagerank' ? 'pagerank' : 'degree';
  }

  get loading(): boolean {
    return this.hood.value.state === 'loading';
  }

  apply() {
    const ids = listParam(this.params.ids);
    const depth = this.params.depth === '2' ? 2 : 1;
    const per = Number(this.params.per ?? 50) || 50;
    const key = `${ids.join(',')}|${depth}|${per}|${this.params.only ?? ''}|${this.params.group ?? ''}|${this.params.open ?? ''}|${this.params.xt ?? ''}|${this.params.xd ?? ''}`;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      if (ids.length) this.load(ids, depth, per);
      else {
        this.hood.reset();
        this.merge({ nodes: [], edges: [] }, []);
      }
    }
    this.paths.sync();
    this.panel.sync();
    this.restyle();
    this.draw();
  }

  private async load(ids: string[], depth: number, per: number) {
    const started = performance.now();
    if (window.__explorer) window.__explorer.metrics = null;
    await this.hood.run(async (signal) => {
      // xt/xd: only these relationship types, followed this way (Expand's "deals out", "referred by", ...)
      const follow = expandArgs(this.params.xt, this.params.xd);
      const r = await query(
        NeighbourhoodQuery,
        { ids, depth, limit: depth === 2 ? 2000 : 1000, perNodeLimit: per, types: follow.types, direction: follow.direction },
        signal,
      );
      return r.neighbourhood;
    });
    const data = this.hood.data;
    if (!data || !this.scope.alive) return;
    const fetched = performance.now();
    // only=1: the listed nodes and what connects them (a referral chain, a pair's joint deals), not their whole neighbourhoods
    const shown = this.params.only === '1' ? only(data, ids) : data;
    // group=1: the leaves of each hub in one node per kind and relationship ("50 customers"), opened on demand
    this.merge(this.params.group === '1' ? groupLeaves(shown, new Set(ids), new Set(listParam(this.params.open))) : shown, ids);
    // A neighbourhood answer replaces the canvas; the server's path stays on it.
    if (this.paths.merge()) {
      this.styleNodes();
      this.sigma?.refresh();
    }
    // Wait for the frame that shows it: that is when the user sees the graph.
    requestAnimationFrame(() => {
      if (!this.scope.alive) return;
      const drawn = performance.now();
      this.metrics = {
        nodes: this.graph.order,
        edges: this.graph.size,
        fetchMs: Math.round(fetched - started),
        renderMs: Math.round(drawn - fetched),
      };
      if (window.__explorer) window.__explorer.metrics = this.metrics;
      this.draw();
      this.startLayout();
    });
  }

  /**
   * Replaces the graph by the answer in one batch (see graph/replace.ts): known nodes stay where they
   * are, new ones start beside a placed neighbour, and the renderer gets the new graph once.
   */
  private merge(data: Neighbourhood, seeds: string[]): void {
    this.stopLayout();
    const large = data.nodes.length > 500;
    this.sigma?.setSetting('hideEdgesOnMove', large);
    this.sigma?.setSetting('hideLabelsOnMove', large);
    this.sigma?.setSetting('renderEdgeLabels', data.nodes.length <= 400);
    // Arrow heads are a second draw program per edge: a large view draws plain lines (direction is in the panel and on hover).
    this.sigma?.setSetting('defaultEdgeType', large ? 'line' : 'arrow');
    // Only the most important nodes carry a label (a few dozen): they get one even when drawn small.
    this.sigma?.setSetting('labelRenderedSizeThreshold', 3);
    this.graph = replaceGraph(this.graph, data, seeds);
    this.styleNodes();
    this.sigma?.setGraph(this.graph);
    if (window.__explorer) window.__explorer.graph = this.graph;
  }

  private startLayout() {
    if (this.params.layout === 'circle' || this.graph.order < 2) return;
    this.layout = new FA2Layout(this.graph, { settings: { ...forceAtlas2.inferSettings(this.graph), slowDown: 5 } });
    this.layout.start();
    if (window.__explorer) window.__explorer.layoutRunning = true;
    // A few seconds settle the layout; running longer only costs battery.
    this.layoutTimer = window.setTimeout(() => this.stopLayout(), Math.min(4000, 1000 + this.graph.order * 2));
    this.draw();
  }

  private stopLayout() {
    clearTimeout(this.layoutTimer);
    if (this.layout) {
      this.layout.kill();
      this.layout = null;
      this.draw();
    }
    if (window.__explorer) window.__explorer.layoutRunning = false;
    this.labels.schedule();
  }

  relayout(kind: string) {
    this.stopLayout();
    this.set({ layout: kind === 'force' ? '' : kind }, true);
    if (kind === 'circle') {
      circular.assign(this.graph, { scale: 100 });
      this.sigma?.refresh();
    } else this.startLayout();
  }

  private restyle() {
    const styleKey = `${this.colourBy}|${this.colourProperty}|${this.labelRank}`;
    if (this.styleKey === styleKey && this.sizedBy === (this.params.size ?? '')) {
      this.sigma?.refresh({ skipIndexation: true });
      return;
    }
    this.styleNodes();
    this.sigma?.refresh();
  }

  styleNodes() {
    const by = this.colourBy;
    this.styleKey = `${by}|${this.colourProperty}|${this.labelRank}`;
    const prop = this.colourProperty;
    this.colourRange = prop
      ? propertyRange(
          this.graph.mapNodes((_, a) => a as NodeAttrs),
          prop,
        )
      : null;
    this.labels.order = ranked(importance(this.graph, this.labelRank));
    this.labels.schedule();
    const key = (this.sizedBy = this.params.size ?? '');
    let max = 0;
    if (key)
      this.graph.forEachNode((_, a) => {
        const v = Number((a as NodeAttrs).props[key]);
        if (Number.isFinite(v)) max = Math.max(max, v);
      });
    this.graph.updateEachNodeAttributes((_, a) => ({
      ...a,
      size: key ? sizeBy((a as NodeAttrs).props[key], max) : nodeSize(a as NodeAttrs, by),
      color: prop ? propertyColour((a as NodeAttrs).props[prop], this.colourRange) : nodeColour(a as NodeAttrs, by),
    }));
  }

  private reduceNode(node: string, data: NodeAttrs) {
    const out: Record<string, unknown> = { ...data };
    if (!visible(data, this.filters)) return { ...out, hidden: true };
    const sel = this.params.sel;
    const focus = this.hover ?? sel;
    const path = this.paths.nodes;
    if (node === this.keyboard.node) return { ...out, highlighted: true, zIndex: 3, forceLabel: true, size: (data.size ?? 3) * 1.6 };
    if (path && path.has(node)) return { ...out, highlighted: true, zIndex: 2, forceLabel: true };
    if (node === sel) return { ...out, highlighted: true, zIndex: 2, forceLabel: true };
    if (focus && this.graph.hasNode(focus) && node !== focus && !this.graph.areNeighbors(node, focus) && (this.hover || path))
      return { ...out, color: '#e9ecef', label: '', zIndex: 0 };
    if (this.labels.shown.has(node)) return { ...out, forceLabel: true };
    if (node !== this.hover) return { ...out, label: '' };
    return out;
  }

  private reduceEdge(edge: string, data: Record<string, unknown>): Record<string, unknown> {
    const [s, t] = this.graph.extremities(edge);
    const f = this.filters;
    const hide = !visible(this.graph.getNodeAttributes(s) as NodeAttrs, f) || !visible(this.graph.getNodeAttributes(t) as NodeAttrs, f);
    if (hide) return { ...data, hidden: true };
    const path = this.paths.nodes;
    if (path && path.has(s) && path.has(t)) return { ...data, color: '#d9480f', size: 3, forceLabel: true };
    const focus = this.hover ?? this.params.sel;
    if (focus && (s === focus || t === focus)) return { ...data, color: '#495057', size: 1.5, forceLabel: this.graph.degree(focus) <= 30 };
    return { ...data, label: this.graph.order > 400 ? '' : data.label };
  }

  // ----- actions -----

  expand(node: string) {
    // a group of leaves opens in place: its members come back as nodes
    if (this.graph.hasNode(node) && isGroup((this.graph.getNodeAttributes(node) as NodeAttrs).props)) {
      const key = (this.graph.getNodeAttributes(node) as NodeAttrs).entityId;
      const open = listParam(this.params.open);
      this.set({ open: [...new Set([...open, key])].join(','), sel: key.split('|')[0] });
      return;
    }
    const ids = listParam(this.params.ids);
    if (!ids.includes(node)) ids.push(node);
    this.set({ ids: ids.slice(-250).join(','), sel: node });
  }

  showMore() {
    const per = Number(this.params.per ?? 50) || 50;
    this.set({ per: String(Math.min(1000, per < 250 ? 250 : 1000)) });
  }

  focusNode(id: string) {
    this.set({ sel: id, to: '' });
    const d = this.sigma?.getNodeDisplayData(id);
    if (d) this.sigma?.getCamera().animate({ x: d.x, y: d.y }, { duration: 300 });
  }

  /** The whole graph in view. */
  fitView() {
    this.sigma?.getCamera().animatedReset({ duration: 300 });
  }

  // ----- rendering -----

  draw() {
    if (!this.host || !this.scope.alive) return;
    render(this.template(), this.host);
  }

  private template(): TemplateResult {
    return html`
      <section class="explorer">
        ${toolbar(this, this.search)}
        ${filterRow(this)}
        <div class="explorer-body">
          <div class="canvas-wrap">
            <div class="canvas" data-testid="graph" tabindex="0" role="application" aria-roledescription="graph"
              aria-label="Graph. Arrow keys move between nodes, largest first; Enter selects, Shift+Enter finds the shortest path to the selected node, E expands, F fits the graph to the view. With a mouse: click selects, double-click expands, shift-click finds a path."
              aria-describedby="canvas-focus" @keydown=${(e: KeyboardEvent) => this.keyboard.onKey(e)}></div>
            <p id="canvas-focus" class="sr-only" aria-live="polite" data-testid="canvas-focus">${this.keyboard.announcement()}</p>
            <div class="overlay">${this.overlay()}</div>
            <div class="status" data-testid="graph-status">${this.statusLine()}</div>
            ${this.graph.order ? legend(this, this.colourRange) : nothing}
          </div>
          <aside class="panel" aria-label="Details">${this.panel.template()}</aside>
        </div>
      </section>`;
  }

  private overlay() {
    const h = this.hood.value;
    if (h.state === 'loading') return spinner('Loading the neighbourhood…');
    if (h.state === 'error')
      return errorBox(h.error, () => {
        this.loadedKey = '';
        this.apply();
      });
    if (!listParam(this.params.ids).length)
      return html`<div class="hint"><h2>Start with a search</h2><p>Find a partner, prospect or customer above. Double-click a node (or press <kbd>Expand</kbd> in the side panel) to bring in its neighbours; shift-click a second node to see the shortest path between them.</p></div>`;
    return nothing;
  }

  private statusLine() {
    if (!this.graph.order) return nothing;
    const h = this.hood.data;
    const m = this.metrics;
    return html`${integer(this.graph.order)} nodes · ${integer(this.graph.size)} relationships
      ${
        this.params.only === '1'
          ? html` · <span data-testid="only-listed">only the listed nodes and the relationships among them</span>
        <button type="button" class="link" @click=${() => this.set({ only: '' })}>show their neighbours</button>`
          : nothing
      }
      ${h?.truncated ? html` · <span class="warn">capped: some neighbours are hidden</span>` : nothing}
      ${m ? html` · fetched in ${m.fetchMs} ms, drawn in ${m.renderMs} ms` : nothing}
      ${this.layout ? html` · <span class="muted">laying out…</span>` : nothing}`;
  }
}
