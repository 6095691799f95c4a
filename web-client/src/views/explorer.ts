import { html, render, nothing, type TemplateResult } from 'lit-html';
import Graph from 'graphology';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { circular } from 'graphology-layout';
import { downloadAsPNG } from '@sigma/export-image';
import { query, queryPartial, ApiError } from '../api/client';
import { NeighbourhoodQuery, PartnerDetailsQuery, PartnerPotentialQuery, SearchQuery, ShortestPathQuery } from '../api/queries';
import type {
  NeighbourhoodQuery as NQ,
  PartnerDetailsQuery as PDQ,
  PartnerPotentialQuery as PPQ,
  SearchQuery as SQ,
  ShortestPathBetweenQuery as SPQ,
} from '../gql/graphql';
import { mergePath } from '../graph/path';
import {
  EXPAND_PRESETS,
  expandArgs,
  importance,
  placeLabels,
  presetOf,
  presetParams,
  propertyColour,
  propertyRange,
  PROPERTY_SCALE,
  ranked,
  type LabelRank,
} from '../graph/style';
import { only, replaceGraph, type Neighbourhood } from '../graph/replace';
import { groupLeaves, isGroup } from '../graph/groups';
import { listParam, type Route } from '../lib/route';
import { download } from '../lib/csv';
import { count, displayName, inSentence, integer, label, money, ordinal, percent, propertyName, propertyValue } from '../lib/format';
import {
  displayKind,
  edgesCsv,
  KINDS,
  KIND_COLOURS,
  nodeColour,
  nodeSize,
  nodesCsv,
  numericKeys,
  qualifiedId,
  SCORE_SCALE,
  sizeBy,
  visible,
  type ColourBy,
  type Filters,
  type NodeAttrs,
} from '../graph/model';
import { errorBox, loaded, Slot, spinner, empty } from '../ui';
import { RequestScope } from '../api/scope';
import type { Navigate, ViewController } from './view';

type Hit = SQ['search'][number];
type Potential = NonNullable<NonNullable<PPQ['partner']>['potential']>;
/** A partner's details; the score comes separately because it may fail alone (no model serves). */
type Details = { partner: NonNullable<PDQ['partner']>; potential: Potential | null; potentialError?: ApiError };

const TYPES = ['referral', 'technology', 'reseller', 'strategic', 'services'];
const TIERS = ['platinum', 'gold', 'silver', 'registered'];
const REGIONS = ['north_america', 'emea', 'apac', 'latam'];

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

export class ExplorerView implements ViewController {
  private host!: HTMLElement;
  private navigate!: Navigate;
  private route!: Route;
  private graph = new Graph({ multi: false, type: 'directed' });
  private sigma: Sigma | null = null;
  private layout: FA2Layout | null = null;
  private layoutTimer = 0;
  private loadedKey = '';
  private hover: string | null = null;

  /** Every request of the view: aborted when it is left, so no late answer draws over the next view. */
  private readonly scope = new RequestScope();
  private searchText = '';
  private searchActive = -1;
  private search = new Slot<Hit[]>(() => this.draw(), this.scope);
  private hood = new Slot<NQ['neighbourhood']>(() => this.draw(), this.scope);
  private details = new Slot<Details | null>(() => this.draw(), this.scope);
  /** The shortest path between sel and to, found by the server (so through nodes not on the canvas yet). */
  private serverPath = new Slot<SPQ['shortestPath']>(() => this.draw(), this.scope);
  private serverPathFor = '';
  private pathAdded = 0;
  private searchTimer = 0;
  private metrics: ExplorerMetrics | null = null;

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
      // Labels by importance without overlap: only the most important nodes carry a label (labelSet),
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
    this.sigma.on('clickNode', ({ node, event }) => {
      const shift = (event.original as MouseEvent).shiftKey;
      if (shift && this.params.sel && this.params.sel !== node) this.set({ to: node });
      else this.set({ sel: node, to: '' });
    });
    this.sigma.on('doubleClickNode', (e) => {
      e.preventSigmaDefault();
      this.expand(e.node);
    });
    this.sigma.on('enterNode', ({ node }) => {
      this.hover = node;
      this.sigma?.refresh({ skipIndexation: true });
    });
    this.sigma.on('leaveNode', () => {
      this.hover = null;
      this.sigma?.refresh({ skipIndexation: true });
    });
    // Labels are placed again once the camera rests (not on every frame of a pan: that would re-reduce every node).
    this.sigma.getCamera().on('updated', () => this.scheduleLabels());
    window.__explorer = { sigma: this.sigma, graph: this.graph, metrics: null };
    this.apply();
  }

  update(route: Route): void {
    this.route = route;
    this.apply();
  }

  unmount(): void {
    this.scope.dispose();
    clearTimeout(this.labelTimer);
    clearTimeout(this.searchTimer);
    this.stopLayout();
    this.sigma?.kill();
    this.sigma = null;
    delete window.__explorer;
    render(nothing, this.host);
  }

  private get params() {
    return this.route.params;
  }

  private set(changes: Record<string, string>, replace = false) {
    this.navigate({ view: 'explorer', params: { ...this.params, ...changes } }, replace);
  }

  private get filters(): Filters {
    return {
      kinds: listParam(this.params.kinds),
      type: this.params.type ?? '',
      tier: this.params.tier ?? '',
      region: this.params.region ?? '',
    };
  }

  private get colourBy(): ColourBy {
    return this.params.color === 'score' ? 'score' : 'kind';
  }

  /** The numeric property colouring the nodes (color=<property> in the URL), '' when by kind or score. */
  private get colourProperty(): string {
    const c = this.params.color ?? '';
    return c === 'score' ? '' : c;
  }

  private get labelRank(): LabelRank {
    return this.params.labels === 'pagerank' ? 'pagerank' : 'degree';
  }

  /** Brings the graph and the panel in line with the URL. */
  private apply() {
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
    const sel = this.params.sel;
    const pathKey = sel && this.params.to ? `${sel}|${this.params.to}|${this.params.paths ?? ''}|${this.params.hubs ?? ''}` : '';
    if (pathKey !== this.serverPathFor) {
      this.serverPathFor = pathKey;
      if (pathKey) this.loadServerPath(sel, this.params.to);
      else this.serverPath.value = { state: 'idle' };
    }
    if (sel && this.detailsFor !== sel) this.loadDetails(sel);
    if (!sel) {
      this.detailsFor = '';
      this.details.value = { state: 'idle' };
    }
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
    if (this.mergeServerPath()) this.sigma?.refresh();
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
    // Only the most important nodes carry a label (labelSet, a few dozen): they get one even when drawn small.
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
    this.scheduleLabels();
  }

  private relayout(kind: string) {
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

  /** The numeric property the nodes are sized by (size= in the URL), '' for the default. */
  private sizedBy = '';

  private styleKey = '';
  /** The nodes by importance (labels=degree or pagerank in the URL), most important first. */
  private labelOrder: string[] = [];
  /** The nodes whose label is drawn: placed most important first where it overlaps no other (placeLabels). */
  private labelSet = new Set<string>();
  private labelTimer = 0;

  private scheduleLabels() {
    clearTimeout(this.labelTimer);
    if (window.__explorer) window.__explorer.labelsPending = true;
    this.labelTimer = window.setTimeout(() => this.placeVisibleLabels(), 120);
  }

  /**
   * Collision avoidance, most important first: measures each candidate's label where Sigma draws it
   * (right of the node, in the label font) and keeps those that overlap none kept before, about one
   * per 120 x 120 px of canvas. Only the first 600 by importance are measured.
   */
  private placeVisibleLabels() {
    const sigma = this.sigma;
    if (!sigma) return;
    const size = sigma.getSetting('labelSize');
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) return;
    ctx.font = `${sigma.getSetting('labelWeight')} ${size}px ${sigma.getSetting('labelFont')}`;
    const { width, height } = sigma.getDimensions();
    const f = this.filters;
    const boxes = [];
    for (const id of this.labelOrder.slice(0, 600)) {
      const a = this.graph.hasNode(id) ? (this.graph.getNodeAttributes(id) as NodeAttrs) : null;
      const d = sigma.getNodeDisplayData(id);
      if (!a || !d || !a.label || !visible(a, f)) continue;
      const p = sigma.framedGraphToViewport(d);
      if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) continue;
      const r = sigma.scaleSize(d.size);
      boxes.push({ id, x: p.x + r + 3, y: p.y - size / 2, w: ctx.measureText(a.label).width, h: size });
    }
    // What is drawn over the canvas (the legend) hides any label under it: those places are taken.
    const frame = sigma.getContainer().getBoundingClientRect();
    const covered = [...this.host.querySelectorAll<HTMLElement>('.graph-legend')].map((e) => {
      const r = e.getBoundingClientRect();
      return { id: 'legend', x: r.left - frame.left, y: r.top - frame.top, w: r.width, h: r.height };
    });
    const placed = placeLabels(boxes, Math.max(20, Math.round((width * height) / (120 * 120))), covered);
    const changed = placed.size !== this.labelSet.size || [...placed].some((id) => !this.labelSet.has(id));
    this.labelSet = placed;
    if (changed) sigma.refresh({ skipIndexation: true });
    if (window.__explorer) window.__explorer.labelsPending = false;
  }
  /** The range of the colouring property over the canvas, for the colours and the legend. */
  private colourRange: { min: number; max: number } | null = null;

  private styleNodes() {
    const by = this.colourBy;
    this.styleKey = `${by}|${this.colourProperty}|${this.labelRank}`;
    const prop = this.colourProperty;
    this.colourRange = prop
      ? propertyRange(
          this.graph.mapNodes((_, a) => a as NodeAttrs),
          prop,
        )
      : null;
    this.labelOrder = ranked(importance(this.graph, this.labelRank));
    this.scheduleLabels();
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

  private async loadServerPath(from: string, to: string) {
    const key = this.serverPathFor;
    // paths=all: every shortest path (up to 10); hubs=1: through hubs too (else nodes with over 500 relationships are avoided)
    const variables = {
      from,
      to,
      maxHops: 6,
      all: this.params.paths === 'all',
      maxPaths: 10,
      maxDegree: this.params.hubs === '1' ? 1_000_000 : 500,
    };
    await this.serverPath.run(async (signal) => (await query(ShortestPathQuery, variables, signal)).shortestPath);
    if (key !== this.serverPathFor || !this.scope.alive) return;
    this.pathAdded = 0;
    if (this.mergeServerPath()) {
      this.sigma?.refresh();
      this.draw();
    }
  }

  /** Adds the server's path to the canvas (nodes it lacks go between their path neighbours); true when it changed the graph. */
  private mergeServerPath(): boolean {
    const paths = this.serverPath.data?.paths ?? [];
    if (!paths.length || !this.serverPathFor) return false;
    const before = this.graph.size;
    const added = paths.flatMap((p) => mergePath(this.graph, p));
    this.pathAdded += added.length;
    if (!added.length && this.graph.size === before) return false;
    this.styleNodes();
    return true;
  }

  /** The path between sel and to: the server's when it answered, else (while it works, or when it fails) the loaded graph's. */
  private path(): string[] | null {
    const { sel, to } = this.params;
    if (!sel || !to) return null;
    const server = this.serverPath.value;
    if (server.state === 'ok') {
      const ids = server.data.path?.nodes.map((n) => n.id) ?? null;
      return ids && ids.every((id) => this.graph.hasNode(id)) ? ids : null;
    }
    if (!this.graph.hasNode(sel) || !this.graph.hasNode(to)) return null;
    return undirectedPath(this.graph, sel, to);
  }

  private reduceNode(node: string, data: NodeAttrs) {
    const out: Record<string, unknown> = { ...data };
    if (!visible(data, this.filters)) return { ...out, hidden: true };
    const sel = this.params.sel;
    const focus = this.hover ?? sel;
    const path = this.pathSet;
    if (node === this.kbdNode) return { ...out, highlighted: true, zIndex: 3, forceLabel: true, size: (data.size ?? 3) * 1.6 };
    if (path && path.has(node)) return { ...out, highlighted: true, zIndex: 2, forceLabel: true };
    if (node === sel) return { ...out, highlighted: true, zIndex: 2, forceLabel: true };
    if (focus && this.graph.hasNode(focus) && node !== focus && !this.graph.areNeighbors(node, focus) && (this.hover || path))
      return { ...out, color: '#e9ecef', label: '', zIndex: 0 };
    if (this.labelSet.has(node)) return { ...out, forceLabel: true };
    if (node !== this.hover) return { ...out, label: '' };
    return out;
  }

  private reduceEdge(edge: string, data: Record<string, unknown>): Record<string, unknown> {
    const [s, t] = this.graph.extremities(edge);
    const f = this.filters;
    const hide = !visible(this.graph.getNodeAttributes(s) as NodeAttrs, f) || !visible(this.graph.getNodeAttributes(t) as NodeAttrs, f);
    if (hide) return { ...data, hidden: true };
    const path = this.pathSet;
    if (path && path.has(s) && path.has(t)) return { ...data, color: '#d9480f', size: 3, forceLabel: true };
    const focus = this.hover ?? this.params.sel;
    if (focus && (s === focus || t === focus)) return { ...data, color: '#495057', size: 1.5, forceLabel: this.graph.degree(focus) <= 30 };
    return { ...data, label: this.graph.order > 400 ? '' : data.label };
  }

  private pathCache: { key: string; nodes: Set<string> | null } = { key: '', nodes: null };
  private get pathSet(): Set<string> | null {
    const key = `${this.params.sel}|${this.params.to}|${this.graph.order}|${this.graph.size}|${this.serverPath.value.state}`;
    if (this.pathCache.key !== key) {
      const p = this.path();
      // every shortest path the server gave (paths=all), else the one
      const all = this.serverPath.value.state === 'ok' ? this.serverPath.value.data.paths.flatMap((q) => q.nodes.map((n) => n.id)) : [];
      const nodes = p ? new Set([...p, ...all.filter((id) => this.graph.hasNode(id))]) : null;
      this.pathCache = { key, nodes };
    }
    return this.pathCache.nodes;
  }

  // ----- actions -----

  private expand(node: string) {
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

  private showMore() {
    const per = Number(this.params.per ?? 50) || 50;
    this.set({ per: String(Math.min(1000, per < 250 ? 250 : 1000)) });
  }

  private onSearchInput(text: string) {
    this.searchText = text;
    this.searchActive = -1;
    clearTimeout(this.searchTimer);
    if (text.trim().length < 2) {
      this.search.value = { state: 'idle' };
      this.draw();
      return;
    }
    this.searchTimer = window.setTimeout(
      () => this.search.run(async (signal) => (await query(SearchQuery, { text: text.trim(), first: 12 }, signal)).search),
      200,
    );
  }

  private onSearchKey(e: KeyboardEvent) {
    const hits = this.search.data ?? [];
    if (e.key === 'ArrowDown') {
      this.searchActive = Math.min(hits.length - 1, this.searchActive + 1);
      e.preventDefault();
      this.draw();
    } else if (e.key === 'ArrowUp') {
      this.searchActive = Math.max(0, this.searchActive - 1);
      e.preventDefault();
      this.draw();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[Math.max(0, this.searchActive)];
      if (hit) this.pick(hit);
    } else if (e.key === 'Escape') {
      this.search.value = { state: 'idle' };
      this.draw();
    }
  }

  private pick(hit: Hit) {
    const id = qualifiedId(hit.kind, hit.id);
    this.search.value = { state: 'idle' };
    this.searchText = '';
    const ids = listParam(this.params.ids);
    if (!ids.includes(id)) ids.push(id);
    this.set({ ids: ids.join(','), sel: id, to: '' });
  }

  private detailsFor = '';
  private loadDetails(id: string) {
    this.detailsFor = id;
    const [kind, entityId] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
    if (kind !== 'Partner') {
      this.details.value = { state: 'ok', data: null };
      return;
    }
    this.details.run(async (signal) => {
      const [d, p] = await Promise.all([
        query(PartnerDetailsQuery, { id: entityId }, signal),
        queryPartial(PartnerPotentialQuery, { id: entityId }, signal),
      ]);
      if (!d.partner) throw new ApiError('not-found', `No partner with id ${entityId}.`);
      return { partner: d.partner, potential: p.data?.partner?.potential ?? null, potentialError: p.errors[0] };
    });
  }

  private exportPng() {
    if (this.sigma) downloadAsPNG(this.sigma, { fileName: 'ecosystem-graph', backgroundColor: '#ffffff' });
  }

  private exportCsv(which: 'nodes' | 'edges') {
    const f = this.filters;
    const shown = new Set<string>();
    const nodes: Parameters<typeof nodesCsv>[0] = [];
    this.graph.forEachNode((id, a) => {
      if (visible(a as NodeAttrs, f)) {
        shown.add(id);
        nodes.push({ id, ...(a as NodeAttrs) });
      }
    });
    if (which === 'nodes') download('ecosystem-nodes.csv', nodesCsv(nodes));
    else {
      const edges: Parameters<typeof edgesCsv>[0] = [];
      this.graph.forEachEdge((_, a, s, t, sa, ta) => {
        if (shown.has(s) && shown.has(t)) edges.push({ source: s, target: t, type: a.label, sourceLabel: sa.label, targetLabel: ta.label });
      });
      download('ecosystem-edges.csv', edgesCsv(edges));
    }
  }

  private focusNode(id: string) {
    this.set({ sel: id, to: '' });
    const d = this.sigma?.getNodeDisplayData(id);
    if (d) this.sigma?.getCamera().animate({ x: d.x, y: d.y }, { duration: 300 });
  }

  // ----- keyboard route on the canvas -----

  /** The node the keyboard is on (arrow keys), shown enlarged and announced; Enter selects it. */
  private kbdNode: string | null = null;

  /** The visible nodes in keyboard order: the selected one first, then by degree (the hubs a person looks for first). */
  private keyboardOrder(): string[] {
    const f = this.filters;
    const nodes = this.graph.filterNodes((_, a) => visible(a as NodeAttrs, f));
    const sel = this.params.sel;
    return nodes.sort(
      (a, b) =>
        (b === sel ? 1 : 0) - (a === sel ? 1 : 0) ||
        this.graph.getNodeAttribute(b, 'degree') - this.graph.getNodeAttribute(a, 'degree') ||
        a.localeCompare(b),
    );
  }

  private describeNode(id: string): string {
    const a = this.graph.getNodeAttributes(id) as NodeAttrs;
    const selected = id === this.params.sel ? ', selected' : '';
    return `${a.label}: ${displayName(displayKind(a.kind, a.props), 'nodeKind').toLowerCase()}, ${count(this.graph.degree(id), 'relationship')} on the canvas${selected}. Enter selects it.`;
  }

  private onCanvasKey(e: KeyboardEvent) {
    const order = this.keyboardOrder();
    if (!order.length) return;
    const at = this.kbdNode ? order.indexOf(this.kbdNode) : -1;
    let next: string | null;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = order[(at + 1) % order.length];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = order[(at - 1 + order.length) % order.length];
        break;
      case 'Home':
        next = order[0];
        break;
      case 'End':
        next = order[order.length - 1];
        break;
      case 'Enter':
        if (!this.kbdNode) return;
        e.preventDefault();
        if (e.shiftKey && this.params.sel && this.params.sel !== this.kbdNode) this.set({ to: this.kbdNode });
        else this.set({ sel: this.kbdNode, to: '' });
        return;
      case 'e':
      case 'E':
      case '+':
        if (this.kbdNode) {
          e.preventDefault();
          this.expand(this.kbdNode);
        }
        return;
      case 'f':
      case 'F':
        e.preventDefault();
        this.fitView();
        return;
      case 'Escape':
        this.kbdNode = null;
        this.sigma?.refresh({ skipIndexation: true });
        this.draw();
        return;
      default:
        return;
    }
    e.preventDefault();
    this.kbdNode = next;
    const d = next ? this.sigma?.getNodeDisplayData(next) : null;
    if (d) this.sigma?.getCamera().animate({ x: d.x, y: d.y }, { duration: 200 });
    this.sigma?.refresh({ skipIndexation: true });
    this.draw();
  }

  /** The whole graph in view. */
  private fitView() {
    this.sigma?.getCamera().animatedReset({ duration: 300 });
  }

  // ----- rendering -----

  private draw() {
    if (!this.host || !this.scope.alive) return;
    render(this.template(), this.host);
  }

  private template(): TemplateResult {
    return html`
      <section class="explorer">
        ${this.toolbar()}
        ${this.filterRow()}
        <div class="explorer-body">
          <div class="canvas-wrap">
            <div class="canvas" data-testid="graph" tabindex="0" role="application" aria-roledescription="graph"
              aria-label="Graph. Arrow keys move between nodes, largest first; Enter selects, Shift+Enter finds the shortest path to the selected node, E expands, F fits the graph to the view. With a mouse: click selects, double-click expands, shift-click finds a path."
              aria-describedby="canvas-focus" @keydown=${(e: KeyboardEvent) => this.onCanvasKey(e)}></div>
            <p id="canvas-focus" class="sr-only" aria-live="polite" data-testid="canvas-focus">${this.kbdNode && this.graph.hasNode(this.kbdNode) ? this.describeNode(this.kbdNode) : ''}</p>
            <div class="overlay">${this.overlay()}</div>
            <div class="status" data-testid="graph-status">${this.statusLine()}</div>
            ${this.graph.order ? this.legend() : nothing}
          </div>
          <aside class="panel" aria-label="Details">${this.panel()}</aside>
        </div>
      </section>`;
  }

  /** The search box and its hits (a combobox: arrows move through the hits, Enter picks). */
  private searchBox(): TemplateResult {
    const hits = this.search.value;
    return html`<div class="search">
            <input type="search" placeholder="Search partners, prospects, customers…" aria-label="Search partners, prospects and customers"
              role="combobox" aria-autocomplete="list" aria-expanded=${hits.state === 'ok' ? 'true' : 'false'}
              aria-controls=${hits.state === 'idle' ? nothing : 'search-hits'}
              aria-activedescendant=${hits.state === 'ok' && this.searchActive >= 0 ? `hit-${this.searchActive}` : nothing}
              .value=${this.searchText} @input=${(e: Event) => this.onSearchInput((e.target as HTMLInputElement).value)} @keydown=${(e: KeyboardEvent) => this.onSearchKey(e)} />
            ${
              hits.state === 'idle'
                ? nothing
                : html`<div class="hits" id="search-hits" role="listbox" aria-label="Search results">
              ${loaded(
                hits,
                (list) =>
                  list.length === 0
                    ? empty(`Nothing found for “${this.searchText}”.`)
                    : html`${list.map(
                        (h, i) => html`
                <button type="button" role="option" id=${`hit-${i}`} class=${i === this.searchActive ? 'hit active' : 'hit'} aria-selected=${i === this.searchActive ? 'true' : 'false'} @click=${() => this.pick(h)}>
                  <span class="dot" style="background:${KIND_COLOURS[h.kind] ?? '#999'}"></span><strong>${h.name}</strong> <span class="muted">${h.id} · ${h.description}</span>
                </button>`,
                      )}`,
                undefined,
                'Searching…',
              )}
            </div>`
            }
          </div>`;
  }

  /** Depth, expansion, colour, labels, grouping, size and layout; fit, exports and clear. */
  private toolbar(): TemplateResult {
    const p = this.params;
    return html`<div class="toolbar" role="toolbar" aria-label="Explorer tools">
          ${this.searchBox()}
          <label>Depth <select @change=${(e: Event) => this.set({ depth: (e.target as HTMLSelectElement).value === '2' ? '2' : '' })}>
            <option value="1" ?selected=${p.depth !== '2'}>1 hop</option><option value="2" ?selected=${p.depth === '2'}>2 hops</option></select></label>
          <label>Expand <select data-testid="expand-by" @change=${(e: Event) => this.set(presetParams(EXPAND_PRESETS[Number((e.target as HTMLSelectElement).value)] ?? EXPAND_PRESETS[0]))}>
            ${EXPAND_PRESETS.map((x, i) => html`<option value=${i} ?selected=${presetOf(p.xt, p.xd)?.key === x.key}>${x.label}</option>`)}
            ${presetOf(p.xt, p.xd) ? nothing : html`<option value="-1" selected>custom: ${p.xt || 'every type'} ${p.xd || 'both ways'}</option>`}</select></label>
          <label>Colour <select data-testid="colour-by" @change=${(e: Event) => this.set({ color: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!p.color}>by kind</option><option value="score" ?selected=${p.color === 'score'}>by IPP score</option>
            ${this.numericProperties().map((k) => html`<option value=${k} ?selected=${p.color === k}>by ${inSentence(propertyName(k))}</option>`)}</select></label>
          <label>Labels <select data-testid="label-rank" @change=${(e: Event) => this.set({ labels: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${this.labelRank === 'degree'}>most relationships first</option><option value="pagerank" ?selected=${this.labelRank === 'pagerank'}>highest PageRank first</option></select></label>
          <label class="chip"><input type="checkbox" data-testid="group-leaves" .checked=${p.group === '1'} @change=${(e: Event) => this.set({ group: (e.target as HTMLInputElement).checked ? '1' : '', open: '' })} />Group hubs' leaves</label>
          <label>Size <select data-testid="size-by" @change=${(e: Event) => this.set({ size: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!p.size}>${this.colourBy === 'score' ? 'by IPP score' : 'by relationships'}</option>
            ${this.numericProperties().map((k) => html`<option value=${k} ?selected=${p.size === k}>by ${inSentence(propertyName(k))}</option>`)}</select></label>
          <label>Layout <select @change=${(e: Event) => this.relayout((e.target as HTMLSelectElement).value)}>
            <option value="force" ?selected=${p.layout !== 'circle'}>force</option><option value="circle" ?selected=${p.layout === 'circle'}>circle</option></select></label>
          <span class="spacer"></span>
          <button type="button" @click=${() => this.fitView()} ?disabled=${!this.graph.order} title="Show the whole graph (F on the canvas)">Fit to view</button>
          <button type="button" @click=${() => this.exportPng()} ?disabled=${!this.graph.order}>PNG</button>
          <button type="button" @click=${() => this.exportCsv('nodes')} ?disabled=${!this.graph.order}>Nodes CSV</button>
          <button type="button" @click=${() => this.exportCsv('edges')} ?disabled=${!this.graph.order}>Edges CSV</button>
          <button type="button" @click=${() => this.navigate({ view: 'explorer', params: {} })} ?disabled=${!p.ids}>Clear</button>
        </div>`;
  }

  /** Which kinds, types, tiers and regions are shown. */
  private filterRow(): TemplateResult {
    const f = this.filters;
    return html`<div class="filters" role="group" aria-label="Filters">
          <span class="muted">Show</span>
          ${KINDS.map(
            (k) => html`<label class="chip"><input type="checkbox" .checked=${!f.kinds.length || f.kinds.includes(k)}
            @change=${(e: Event) => this.toggleKind(k, (e.target as HTMLInputElement).checked)} /><span class="dot" style="background:${KIND_COLOURS[k]}"></span>${label(k)}</label>`,
          )}
          <label>Type <select @change=${(e: Event) => this.set({ type: (e.target as HTMLSelectElement).value })}><option value="">any</option>${TYPES.map((t) => html`<option value=${t} ?selected=${f.type === t}>${label(t)}</option>`)}</select></label>
          <label>Tier <select @change=${(e: Event) => this.set({ tier: (e.target as HTMLSelectElement).value })}><option value="">any</option>${TIERS.map((t) => html`<option value=${t} ?selected=${f.tier === t}>${label(t)}</option>`)}</select></label>
          <label>Region <select @change=${(e: Event) => this.set({ region: (e.target as HTMLSelectElement).value })}><option value="">any</option>${REGIONS.map((t) => html`<option value=${t} ?selected=${f.region === t}>${label(t)}</option>`)}</select></label>
          <span class="legend"><span class="dot" style="background:${KIND_COLOURS.PROSPECT}"></span>Prospect</span>
        </div>`;
  }

  /** Numeric properties on the canvas (plus the URL's, so a saved choice shows before its nodes arrive). */
  private numericProperties(): string[] {
    const keys = new Set(numericKeys(this.graph.mapNodes((_, a) => a as NodeAttrs)));
    for (const k of [this.colourProperty, this.params.size ?? '']) if (k) keys.add(k);
    return [...keys].sort();
  }

  /** What colour and size mean on the canvas now. */
  private legend(): TemplateResult {
    const prop = this.colourProperty;
    if (prop) {
      const r = this.colourRange;
      return html`<div class="graph-legend" data-testid="property-legend" aria-label="Legend">
        <strong>${propertyName(prop)}</strong>
        ${
          r
            ? html`<span class="scale"><span data-testid="legend-min">${propertyValue(prop, String(r.min))}</span><span class="ramp" style="background:linear-gradient(90deg, ${PROPERTY_SCALE.low}, ${PROPERTY_SCALE.high})"></span><span data-testid="legend-max">${propertyValue(prop, String(r.max))}</span></span>
              <span class="muted">linear, lightest = smallest</span>`
            : html`<span class="muted">no node on the canvas has it</span>`
        }
        <span class="legend"><span class="dot" style="background:${PROPERTY_SCALE.none}"></span>without ${inSentence(propertyName(prop))}</span>
        <span class="muted">size = ${this.params.size ? inSentence(propertyName(this.params.size)) + ' (area)' : 'relationships'} · labels: ${this.labelRank === 'pagerank' ? 'highest PageRank' : 'most relationships'} first</span></div>`;
    }
    if (this.colourBy === 'score') {
      return html`<div class="graph-legend" data-testid="score-legend" aria-label="Legend">
        <strong>IPP score</strong>
        <span class="scale"><span>0</span><span class="ramp" style="background:linear-gradient(90deg, ${SCORE_SCALE.low}, ${SCORE_SCALE.mid}, ${SCORE_SCALE.high})"></span><span>100</span></span>
        <span class="legend"><span class="dot" style="background:${SCORE_SCALE.none}"></span>partner not scored</span>
        <span class="legend"><span class="dot" style="background:#dee2e6"></span>other kinds</span>
        <span class="muted">size = score</span></div>`;
    }
    const kinds = new Set<string>();
    this.graph.forEachNode((_, a) => {
      kinds.add(displayKind(a.kind, a.props));
    });
    return html`<div class="graph-legend" data-testid="kind-legend" aria-label="Legend">
      ${[...kinds].sort().map((k) => html`<span class="legend"><span class="dot" style="background:${KIND_COLOURS[k] ?? '#495057'}"></span>${displayName(k, 'nodeKind')}</span>`)}
      <span class="muted">size = ${this.params.size ? inSentence(propertyName(this.params.size)) + ' (area)' : 'relationships'} · labels: ${this.labelRank === 'pagerank' ? 'highest PageRank' : 'most relationships'} first</span>
      ${this.params.group === '1' ? html`<span class="muted">large labelled node = a hub's leaves grouped (double-click opens)</span>` : nothing}</div>`;
  }

  private toggleKind(kind: string, on: boolean) {
    const current = this.filters.kinds.length ? this.filters.kinds : [...KINDS];
    const next = on ? [...new Set([...current, kind])] : current.filter((k) => k !== kind);
    this.set({ kinds: next.length === KINDS.length ? '' : next.join(',') || 'NONE' });
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

  private panel(): TemplateResult {
    const sel = this.params.sel;
    if (!sel) return html`<p class="muted">Select a node to see its details.</p>`;
    const a = this.graph.hasNode(sel) ? (this.graph.getNodeAttributes(sel) as NodeAttrs) : null;
    if (!a) return this.hood.value.state === 'loading' ? spinner() : html`<p class="muted">${sel} is not in the graph.</p>`;
    const to = this.params.to;
    const path = to ? this.path() : null;
    const neighbours = this.graph.neighbors(sel).slice(0, 60);
    return html`
      <h2 data-testid="details-title">${a.label}</h2>
      <p class="muted">${label(a.props.status === 'prospect' ? 'prospect' : a.kind)} · ${a.entityId} · ${integer(a.degree)} relationships</p>
      <div class="actions">
        <button type="button" @click=${() => this.expand(sel)}>Expand</button>
        ${a.hiddenNeighbours > 0 ? html`<button type="button" @click=${() => this.showMore()} ?disabled=${Number(this.params.per ?? 50) >= 1000}>Show more (${integer(a.hiddenNeighbours)} hidden)</button>` : nothing}
      </div>
      ${
        to
          ? html`<section class="path" data-testid="path"><h3>Shortest path to ${this.graph.hasNode(to) ? this.graph.getNodeAttribute(to, 'label') : to}</h3>
        ${path ? html`<ol>${path.map((n) => html`<li><button type="button" class="link" @click=${() => this.focusNode(n)}>${this.graph.getNodeAttribute(n, 'label')}</button></li>`)}</ol>` : nothing}
        ${this.pathNote(path)}
        <div class="path-options" role="group" aria-label="Path options">
          <label class="chip"><input type="checkbox" data-testid="all-paths" .checked=${this.params.paths === 'all'} @change=${(e: Event) => this.set({ paths: (e.target as HTMLInputElement).checked ? 'all' : '' })} />All shortest paths</label>
          <label class="chip"><input type="checkbox" data-testid="through-hubs" .checked=${this.params.hubs === '1'} @change=${(e: Event) => this.set({ hubs: (e.target as HTMLInputElement).checked ? '1' : '' })} />Through hubs</label>
        </div>
        <button type="button" class="link" @click=${() => this.set({ to: '' })}>Clear path</button></section>`
          : html`<p class="muted small">Shift-click another node for the shortest path.</p>`
      }
      ${
        isGroup(a.props)
          ? html`<p data-testid="group-panel">${a.label} with one relationship each (${a.props.relationship}), grouped.</p>
        <button type="button" @click=${() => this.expand(sel)}>Show them</button>`
          : a.kind === 'PARTNER'
            ? loaded(
                this.details.value,
                (d) => (d ? this.partnerDetails(d) : html``),
                () => {
                  this.detailsFor = '';
                  this.apply();
                },
              )
            : this.propertyTable(a.props)
      }
      <h3>Neighbours (${integer(this.graph.degree(sel))} loaded)</h3>
      <ul class="neighbours">${neighbours.map((n) => html`<li><button type="button" class="link" @click=${() => this.focusNode(n)}>${this.graph.getNodeAttribute(n, 'label')}</button> <span class="muted">${this.edgeLabel(sel, n)}</span></li>`)}</ul>`;
  }

  private pathNote(path: string[] | null) {
    const server = this.serverPath.value;
    if (server.state === 'loading')
      return html`${spinner('Finding the shortest path in the whole graph…')}${path ? html`<p class="muted small">${path.length - 1} hops in the loaded graph meanwhile.</p>` : nothing}`;
    if (server.state === 'error')
      return html`${errorBox(server.error, () => {
        this.serverPathFor = '';
        this.apply();
      })}${path ? html`<p class="muted small">${path.length - 1} hops in the loaded graph.</p>` : nothing}`;
    if (server.state === 'ok') {
      if (!server.data.path) return html`<p data-testid="path-none">${server.data.explanation}</p>`;
      const hubs = this.params.hubs === '1' ? 'Hubs may be passed through.' : 'Hubs (more than 500 relationships) are not passed through.';
      return html`<p class="muted small" data-testid="path-server">${server.data.explanation}${this.pathAdded ? ` ${integer(this.pathAdded)} nodes were added to the canvas for it.` : ''} ${hubs}</p>`;
    }
    return nothing;
  }

  private edgeLabel(a: string, b: string): string {
    const out = this.graph.edge(a, b);
    if (out) return '→ ' + this.graph.getEdgeAttribute(out, 'label');
    const inn = this.graph.edge(b, a);
    return inn ? '← ' + this.graph.getEdgeAttribute(inn, 'label') : '';
  }

  private propertyTable(props: Record<string, string>) {
    const keys = Object.keys(props).filter((k) => k !== 'name' && k !== 'id');
    return html`<table class="props"><tbody>${keys.map((k) => html`<tr><th scope="row">${propertyName(k)}</th><td>${propertyValue(k, props[k])}</td></tr>`)}</tbody></table>`;
  }

  private partnerDetails(d: Details) {
    const p = d.partner;
    const invested = p.investments.reduce((s, i) => s + (i.amount ?? 0), 0);
    const pot = d.potential;
    return html`
      <dl class="kpis">
        <div><dt>Type</dt><dd>${label(p.type)}</dd></div>
        <div><dt>Status</dt><dd>${label(p.status)}</dd></div>
        <div><dt>Tier</dt><dd>${label(p.tier)}</dd></div>
        <div><dt>Region</dt><dd>${label(p.region)}</dd></div>
        <div><dt>Deals</dt><dd>${integer(p.deals.totalCount)} (${integer(p.won.totalCount)} won)</dd></div>
        <div><dt>Customers served</dt><dd>${integer(p.customers.totalCount)}</dd></div>
        <div><dt>Certified staff</dt><dd>${integer(p.certifiedStaff)} of ${integer(p.employees)}</dd></div>
        <div><dt>Invested</dt><dd>${money(invested)}</dd></div>
        <div><dt>Portal logins (90 d)</dt><dd>${integer(p.portalLogins90d)}</dd></div>
        <div><dt>Integrations</dt><dd>${p.integrations.length ? p.integrations.map((i) => `${i.name} (L${i.depth})`).join(', ') : '–'}</dd></div>
      </dl>
      <h3>IPP score</h3>
      ${
        pot
          ? html`<p class="score" data-testid="score"><strong>${pot.score}</strong>/100 · ${percent(pot.probability)} probability · ${ordinal(pot.percentile)} percentile</p>
        <ul class="factors">${pot.factors.slice(0, 6).map((f) => html`<li class=${f.contribution >= 0 ? 'up' : 'down'}><span>${f.contribution >= 0 ? '▲' : '▼'}</span> ${f.description}</li>`)}</ul>
        ${pot.graphReasons.length ? html`<p class="small">${pot.graphReasons.join('; ')}</p>` : nothing}
        <p class="muted small">Model ${pot.modelVersion}; factors explained by ${displayName(pot.explanationMethod, 'explanation')}</p>`
          : html`<p class="muted" data-testid="score-unavailable">${d.potentialError ? 'No score: ' + d.potentialError.message : 'No score.'}</p>`
      }`;
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
