import { html, render, nothing, type TemplateResult } from 'lit-html';
import Graph from 'graphology';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { query } from '../api/client';
import { ReferralGraphQuery, ReferralNetworkQuery, ReferralReachQuery } from '../api/queries';
import type { ReferralGraphQuery as GQ, ReferralNetworkRankingQuery as RQ, ReferralReachOfQuery as ReachQ } from '../gql/graphql';
import { count, decimal, integer, money } from '../lib/format';
import { communityColour, communityLegend, downstream, influenceSize, topBridges, type Legend } from '../lib/referrals';
import type { Route } from '../lib/route';
import { empty, errorBox, loaded, Slot, spinner } from '../ui';
import { RequestScope } from '../api/scope';
import { GrowthSection } from './referrals/growth';
import { legendBar } from './referrals/legend';
import type { Navigate, ViewController } from './view';
import { EvidencePanel, followUrl, keepInUrl } from './evidence';
import { selectors } from '../lib/evidence';

type Structure = GQ['referralStructure'];
type GraphNode = Structure['graph']['nodes'][number];

/** Hops of a downstream chain, as referralNetwork ranks them. */
const HOPS = 3;
/** Nodes drawn at most: the most influential first (the API says when it left some out). */
const GRAPH_LIMIT = 2000;

declare global {
  interface Window {
    __referrals?: { sigma: Sigma; graph: Graph; chain: string[]; layoutRunning: boolean };
  }
}

export class ReferralsView implements ViewController {
  private host!: HTMLElement;
  private navigate!: Navigate;
  private route!: Route;
  /** Every request of the view: aborted when it is left, so no late answer draws over the next view. */
  private readonly scope = new RequestScope();
  private network = new Slot<RQ['referralNetwork']>(() => this.draw(), this.scope);
  private structure = new Slot<Structure>(() => this.draw(), this.scope);
  private reach = new Slot<ReachQ['referralReach'] | null>(() => this.draw(), this.scope);
  private reachFor = '';
  private graph = new Graph({ multi: false, type: 'directed' });
  private sigma: Sigma | null = null;
  private layout: FA2Layout | null = null;
  private layoutTimer = 0;
  private legend: Legend = communityLegend([]);
  private bridges = new Set<string>();
  private chain = new Map<string, number>();
  private hover: string | null = null;
  private growth!: GrowthSection;

  mount(host: HTMLElement, route: Route, navigate: Navigate): void {
    this.host = host;
    this.navigate = navigate;
    this.route = route;
    this.growth = new GrowthSection(this.scope, () => this.draw(), navigate);
    // a referral chain's revenue opens its won deals (the ranking is over all history: no filter)
    this.evidence = new EvidencePanel(
      document.body,
      navigate,
      keepInUrl('referrals', () => this.route, navigate),
    );
    this.draw();
    const container = host.querySelector<HTMLElement>('.referral-canvas')!;
    this.sigma = new Sigma(this.graph, container, {
      defaultEdgeType: 'arrow',
      labelDensity: 0.5,
      labelRenderedSizeThreshold: 9,
      zIndex: true,
      hideEdgesOnMove: true,
      nodeReducer: (node, data) => this.reduceNode(node, data) as Partial<NodeDisplayData>,
      edgeReducer: (edge, data) => this.reduceEdge(edge, data) as Partial<EdgeDisplayData>,
    });
    this.sigma.on('clickNode', ({ node }) => this.select(node));
    this.sigma.on('clickStage', () => this.select(''));
    this.sigma.on('enterNode', ({ node }) => {
      this.hover = node;
      this.sigma?.refresh({ skipIndexation: true });
    });
    this.sigma.on('leaveNode', () => {
      this.hover = null;
      this.sigma?.refresh({ skipIndexation: true });
    });
    window.__referrals = { sigma: this.sigma, graph: this.graph, chain: [], layoutRunning: false };
    this.load();
    this.growth.load(route);
    followUrl(this.evidence, route.params.ev, {});
  }

  /** The deals behind a referral chain's figures: every won deal of the entities it reached, with the credit of each. */
  private evidence: EvidencePanel | null = null;

  update(route: Route): void {
    this.route = route;
    this.applySelection();
    this.growth.update(route);
    followUrl(this.evidence, route.params.ev, {});
    this.draw();
  }

  unmount(): void {
    this.evidence?.dispose();
    this.scope.dispose();
    this.stopLayout();
    this.growth.dispose();
    this.sigma?.kill();
    this.sigma = null;
    delete window.__referrals;
    render(nothing, this.host);
  }

  private get selected(): string {
    const sel = this.route.params.sel ?? '';
    return this.graph.hasNode(sel) ? sel : '';
  }

  private select(id: string) {
    this.navigate({ view: 'referrals', params: { ...this.route.params, sel: id } }, true);
  }

  private load() {
    this.network.run(async (signal) => (await query(ReferralNetworkQuery, { maxHops: HOPS, first: 25 }, signal)).referralNetwork);
    this.loadStructure();
  }

  private async loadStructure() {
    await this.structure.run(
      async (signal) => (await query(ReferralGraphQuery, { first: 12, graphLimit: GRAPH_LIMIT }, signal)).referralStructure,
    );
    const st = this.structure.data;
    if (st && this.scope.alive) this.build(st.graph.nodes, st.graph.edges);
  }

  /** Builds the drawn graph: members of a community start together on a circle of communities, then ForceAtlas2 settles them. */
  private build(nodes: GraphNode[], edges: Structure['graph']['edges']) {
    this.stopLayout();
    const g = new Graph({ multi: false, type: 'directed' });
    this.legend = communityLegend(nodes);
    this.bridges = topBridges(nodes, 10);
    const maxInfluence = nodes.reduce((m, n) => Math.max(m, n.influence), 0);
    const order = new Map(this.legend.entries.map((e, i) => [e.community, i]));
    const slots = this.legend.entries.length + 1;
    const random = seeded(42);
    for (const n of nodes) {
      const slot = order.get(n.community) ?? slots - 1;
      const angle = (2 * Math.PI * slot) / slots;
      const spread = 30 + 10 * Math.sqrt(nodes.length / slots);
      g.addNode(n.id, {
        label: n.label,
        kind: n.kind,
        entityId: n.entityId,
        prospect: n.prospect,
        community: n.community,
        influence: n.influence,
        betweenness: n.betweenness,
        x: Math.cos(angle) * 200 + (random() - 0.5) * spread,
        y: Math.sin(angle) * 200 + (random() - 0.5) * spread,
        size: influenceSize(n.influence, maxInfluence),
        color: communityColour(this.legend, n.community),
      });
    }
    for (const e of edges) {
      if (g.hasNode(e.source) && g.hasNode(e.target) && !g.hasDirectedEdge(e.source, e.target))
        g.addDirectedEdge(e.source, e.target, { size: 1, color: '#ced4da', on: e.on });
    }
    this.graph = g;
    this.sigma?.setGraph(g);
    if (window.__referrals) window.__referrals.graph = g;
    this.applySelection();
    this.startLayout();
    this.draw();
  }

  private startLayout() {
    if (this.graph.order < 2) return;
    this.layout = new FA2Layout(this.graph, { settings: { ...forceAtlas2.inferSettings(this.graph), slowDown: 5 } });
    this.layout.start();
    if (window.__referrals) window.__referrals.layoutRunning = true;
    // A few seconds settle the layout; running longer only costs battery.
    this.layoutTimer = window.setTimeout(() => this.stopLayout(), Math.min(4000, 1000 + this.graph.order * 2));
  }

  private stopLayout() {
    clearTimeout(this.layoutTimer);
    if (this.layout) {
      this.layout.kill();
      this.layout = null;
    }
    if (window.__referrals) window.__referrals.layoutRunning = false;
  }

  /** The selection's downstream chain, and its reach from the API (partners only: referralReach is about referring partners). */
  private applySelection() {
    const sel = this.selected;
    const edges: Array<{ source: string; target: string }> = [];
    if (sel)
      this.graph.forEachEdge((_, __, source, target) => {
        edges.push({ source, target });
      });
    this.chain = sel ? downstream(edges, sel, HOPS) : new Map();
    if (window.__referrals) window.__referrals.chain = [...this.chain.keys()];
    if (sel !== this.reachFor) {
      this.reachFor = sel;
      const node = sel ? this.graph.getNodeAttributes(sel) : null;
      if (node && node.kind === 'PARTNER') {
        this.reach.run(
          async (signal) => (await query(ReferralReachQuery, { partnerId: node.entityId as string, maxHops: HOPS }, signal)).referralReach,
        );
      } else this.reach.value = { state: 'idle' };
    }
    this.sigma?.refresh({ skipIndexation: true });
  }

  private reduceNode(node: string, data: Record<string, unknown>): Record<string, unknown> {
    const sel = this.selected;
    const out: Record<string, unknown> = { ...data };
    if (this.bridges.has(node)) {
      out.forceLabel = true;
      out.highlighted = true;
      out.zIndex = 1;
    }
    if (sel) {
      if (node === sel) return { ...out, highlighted: true, forceLabel: true, zIndex: 3 };
      if (this.chain.has(node)) return { ...out, forceLabel: this.chain.size <= 40, zIndex: 2 };
      return { ...out, color: '#e9ecef', label: '', highlighted: false, forceLabel: false, zIndex: 0 };
    }
    if (this.hover && node !== this.hover && !this.graph.areNeighbors(node, this.hover))
      return { ...out, color: '#e9ecef', label: '', zIndex: 0 };
    if (node === this.hover) out.forceLabel = true;
    return out;
  }

  private reduceEdge(edge: string, data: Record<string, unknown>): Record<string, unknown> {
    const sel = this.selected;
    if (!sel) return data;
    const [s, t] = this.graph.extremities(edge);
    const inChain = (s === sel || this.chain.has(s)) && this.chain.has(t);
    return inChain ? { ...data, color: '#d9480f', size: 2, zIndex: 1 } : { ...data, color: '#f1f3f5', zIndex: 0 };
  }

  /** Opens entities in the explorer; a chain (only) shows just its members and the referrals among them. */
  private openInExplorer(ids: string[], depth = '1', chainOnly = false) {
    const q = ids.slice(0, 250);
    this.navigate({
      view: 'explorer',
      params: chainOnly ? { ids: q.join(','), sel: q[0], only: '1' } : { ids: q.join(','), sel: q[0], depth, kinds: 'PARTNER,CUSTOMER' },
    });
  }

  private openPartners(ids: string[], depth = '1') {
    this.openInExplorer(
      ids.map((id) => `Partner:${id}`),
      depth,
    );
  }

  private openChain(r: { id: string; name?: string | null; revenue: number; creditedRevenue: number }, maxHops: number, decay: number) {
    this.evidence?.open(
      {
        title: `Revenue through the referrals of ${r.name ?? r.id}`,
        figure: `${money(r.revenue)} won by everyone reached within ${count(maxHops, 'hop')}, ${money(r.creditedRevenue)} credited`,
        selector: selectors.referralCredit(r.id, maxHops, decay),
      },
      {},
    );
  }

  /** A ranking row selects the partner in the graph when it is drawn, else opens it in the explorer. */
  private pickPartner(id: string) {
    const node = `Partner:${id}`;
    if (this.graph.hasNode(node)) {
      this.select(node);
      const d = this.sigma?.getNodeDisplayData(node);
      if (d) this.sigma?.getCamera().animate({ x: d.x, y: d.y }, { duration: 300 });
      this.host.querySelector('.referral-graph')?.scrollIntoView({ block: 'nearest' });
    } else this.openInExplorer([node], '2');
  }

  private draw() {
    if (!this.host || !this.scope.alive) return;
    render(this.template(), this.host);
    this.growth.draw();
  }

  private template(): TemplateResult {
    return html`<section class="page referrals">
      <header class="page-head"><h1>Referral network</h1><p class="muted">Who referred whom: colour is the Louvain community (micro-ecosystem), size the PageRank influence (credit flowing back to whoever referred), labelled outlined nodes the bridges (highest betweenness). Click a partner to see its downstream chain (${HOPS} hops).</p></header>
      <div class="referral-graph">
        <div class="canvas-wrap referral-canvas-wrap">
          <div class="canvas referral-canvas" data-testid="referral-graph" role="img" aria-label="Referral graph: who referred whom, coloured by community. Click a node to highlight its downstream chain; from the keyboard, pick a partner in the ranking below."></div>
          <div class="overlay">${this.overlay()}</div>
          <div class="status" data-testid="referral-graph-status">${this.statusLine()}</div>
        </div>
        <aside class="panel" aria-label="Selected partner">${this.panel()}</aside>
      </div>
      ${this.graph.order ? legendBar(this.legend) : nothing}
      <h2 class="section">Referring partners ranked</h2>
      ${this.ranking()}
      ${this.growth.template(this.route)}
      <h2 class="section">Micro-ecosystems and influence</h2>
      ${loaded(
        this.structure.value,
        (st) => html`
        <p class="small">${integer(st.nodes)} entities and ${integer(st.referrals)} referrals; communities by Louvain, influence by PageRank, bridges by betweenness.</p>
        <div class="cards">
          <article class="card"><h3>Communities</h3>
            <table class="data compact" data-testid="communities"><thead><tr><th scope="col">Community</th><th scope="col">Size</th><th scope="col">Partners</th><th scope="col">Customers</th></tr></thead>
            <tbody>${st.communities.map(
              (
                c,
                i,
              ) => html`<tr><td><span class="dot" style="background:${communityColour(this.legend, c.communityId)}"></span> <button type="button" class="link" ?disabled=${!c.partnerIds.length} @click=${() => this.openPartners(c.partnerIds)}>Community ${i + 1}</button></td>
              <td class="num">${integer(c.size)}</td><td class="num">${integer(c.partnerIds.length)}</td><td class="num">${integer(c.customers)}</td></tr>`,
            )}</tbody></table></article>
          <article class="card"><h3>Most influential partners</h3>
            <table class="data compact"><thead><tr><th scope="col">Partner</th><th scope="col">Influence</th><th scope="col">Bridge score</th></tr></thead>
            <tbody>${st.influence.map(
              (
                p,
              ) => html`<tr><td><button type="button" class="link" @click=${() => this.pickPartner(p.id)}>${this.labelOf(`Partner:${p.id}`) ?? p.id}</button></td>
              <td class="num">${decimal(p.score, 3)}</td><td class="num">${decimal(st.bridges.find((b) => b.id === p.id)?.score, 1)}</td></tr>`,
            )}</tbody></table></article>
        </div>`,
        () => this.loadStructure(),
        'Finding communities…',
      )}
    </section>`;
  }

  /** The referring partners ranked by what their chains reached; the revenue figures open the won deals behind them. */
  private ranking() {
    return loaded(
      this.network.value,
      (n) =>
        n.ranking.length === 0
          ? empty('No referrals in the graph.')
          : html`
    <p class="small">${integer(n.referrers)} referring partners · up to ${n.maxHops} hops · credit halves with each further hop (decay ${n.decay})</p>
    <div class="table-wrap" tabindex="0" role="region" aria-label="Referrals"><table class="data" data-testid="referrals">
      <thead><tr><th scope="col">Partner</th><th scope="col">Direct referrals</th><th scope="col">Partners reached</th><th scope="col">Prospects</th><th scope="col">Customers</th><th scope="col">Depth</th><th scope="col">Revenue reached</th><th scope="col">Credited</th></tr></thead>
      <tbody>${n.ranking.map(
        (r) => html`<tr class=${this.selected === `Partner:${r.id}` ? 'selected' : ''}>
        <td><button type="button" class="link" @click=${() => this.pickPartner(r.id)}>${r.name ?? r.id}</button></td>
        <td class="num">${integer(r.directReferrals)}</td><td class="num">${integer(r.partners)}</td><td class="num">${integer(r.prospects)}</td><td class="num">${integer(r.customers)}</td>
        <td class="num">${r.depth}</td>
        <td class="num"><button type="button" class="link" data-evidence=${`reach-${r.id}`} data-figure=${String(r.revenue)} title="Open the won deals of everyone it reached" @click=${() => this.openChain(r, n.maxHops, n.decay)}>${money(r.revenue)}</button></td>
        <td class="num"><button type="button" class="link" data-evidence=${`credit-${r.id}`} data-figure=${String(r.creditedRevenue)} title="Open the won deals with the credit each gives" @click=${() => this.openChain(r, n.maxHops, n.decay)}>${money(r.creditedRevenue)}</button></td></tr>`,
      )}</tbody></table></div>`,
      () => this.load(),
      'Tracing referral chains…',
    );
  }

  private labelOf(id: string): string | null {
    return this.graph.hasNode(id) ? (this.graph.getNodeAttribute(id, 'label') as string) : null;
  }

  private overlay() {
    const st = this.structure.value;
    if (st.state === 'loading') return spinner('Computing communities, influence and bridges…');
    if (st.state === 'error') return errorBox(st.error, () => this.loadStructure());
    if (st.state === 'ok' && st.data.graph.nodes.length === 0) return empty('No referrals in the graph: nobody referred anybody yet.');
    return nothing;
  }

  private statusLine() {
    const st = this.structure.data;
    if (!st || !this.graph.order) return nothing;
    return html`${integer(this.graph.order)} entities · ${integer(this.graph.size)} referrals
      ${st.graph.truncated ? html` · <span class="warn">the ${integer(st.graph.nodes.length)} most influential of ${integer(st.graph.total)} drawn; chains may leave the drawing</span>` : nothing}`;
  }

  private panel(): TemplateResult {
    const sel = this.selected;
    if (!sel) {
      const bridges = [...this.bridges].filter((b) => this.graph.hasNode(b));
      return html`<p class="muted">Click a partner in the graph, or in the ranking below, to see its downstream chain.</p>
        ${
          bridges.length
            ? html`<h3>Bridges</h3><p class="small">Partners on the most referral paths between others (betweenness): lose one and the network splits.</p>
          <ol class="neighbours">${bridges.map((b) => html`<li><button type="button" class="link" @click=${() => this.select(b)}>${this.labelOf(b)}</button> <span class="muted">${decimal(this.graph.getNodeAttribute(b, 'betweenness') as number, 1)}</span></li>`)}</ol>`
            : nothing
        }`;
    }
    const a = this.graph.getNodeAttributes(sel);
    const chain = [...this.chain.entries()].sort(
      (x, y) => x[1] - y[1] || String(this.labelOf(x[0])).localeCompare(String(this.labelOf(y[0]))),
    );
    const communityIndex = this.legend.entries.findIndex((e) => e.community === a.community);
    return html`
      <h2 data-testid="referral-selected">${a.label}</h2>
      <p class="muted">${a.kind === 'CUSTOMER' ? 'customer' : a.prospect ? 'prospect' : 'partner'} · ${a.entityId}</p>
      <dl class="kpis">
        <div><dt>Community</dt><dd><span class="dot" style="background:${communityColour(this.legend, a.community as number)}"></span> ${communityIndex >= 0 ? `Community ${communityIndex + 1}` : 'a small one'}</dd></div>
        <div><dt>Influence</dt><dd>${decimal(a.influence as number, 3)}</dd></div>
        <div><dt>Bridge score</dt><dd>${decimal(a.betweenness as number, 1)}</dd></div>
        <div><dt>Downstream (drawn)</dt><dd data-testid="chain-size">${integer(chain.length)}</dd></div>
      </dl>
      ${loaded(
        this.reach.value,
        (r) =>
          r
            ? html`<p class="small" data-testid="reach">Within ${count(r.maxHops, 'hop')} it brought in ${count(r.partners, 'partner')}, ${count(r.prospects, 'prospect')} and ${count(r.customers, 'customer')} (${integer(r.directReferrals)} directly): ${money(r.revenue)} won revenue, ${money(r.creditedRevenue)} credited.</p>`
            : html``,
        () => {
          this.reachFor = '';
          this.applySelection();
        },
        'Tracing its reach…',
      )}
      <div class="actions">
        <button type="button" data-testid="open-chain" @click=${() => this.openInExplorer([sel, ...chain.map(([id]) => id)], '1', chain.length > 0)}>Open ${chain.length ? 'its chain' : 'it'} in the explorer</button>
        <button type="button" class="link" @click=${() => this.select('')}>Clear</button>
      </div>
      ${
        chain.length
          ? html`<h3>Downstream chain</h3><ol class="neighbours">${chain.slice(0, 60).map(([id, hop]) => html`<li><button type="button" class="link" @click=${() => this.select(id)}>${this.labelOf(id)}</button> <span class="muted">hop ${hop}</span></li>`)}</ol>
        ${chain.length > 60 ? html`<p class="muted small">and ${integer(chain.length - 60)} more.</p>` : nothing}`
          : html`<p class="muted small">Nobody it referred is in the drawing.</p>`
      }`;
  }
}

/** A small seeded PRNG (mulberry32), so the starting layout is the same on every load. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
