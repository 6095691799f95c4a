import { html, render, nothing, type TemplateResult } from 'lit-html';
import { query } from '../api/client';
import { CombinationsQuery, DealEvidenceQuery, IntegrationCombinationsQuery } from '../api/queries';
import type { CombinationsQuery as CQ, IntegrationCombinationsQuery as IQ, CombinationOutcome } from '../gql/graphql';
import { Charts } from '../charts';
import { heatmapCells } from '../lib/heatmap';
import { count, decimal, integer, money, notes as noteText, percent, ratio } from '../lib/format';
import type { Route } from '../lib/route';
import { loaded, Slot, empty } from '../ui';
import { RequestScope } from '../api/scope';
import { filterFromParams, filterKey } from '../lib/filter';
import { filterBar } from './filterbar';
import { EvidencePanel, followUrl, keepInUrl } from './evidence';
import type { Navigate, ViewController } from './view';

type Combos = CQ['valueCombinations'];
type Combo = Combos['combinations'][number];
type IntegrationCombos = IQ['integrationCombinations'];
type IntegrationCombo = IntegrationCombos['combinations'][number];
/** Lift pieces of the heatmap, with below 1 in blue: "worse together" must not look like "no data". */
const LIFT_PIECES = [
  { lt: 0.8, label: 'under 0.8× (worse together)', color: '#1c7ed6' },
  { gte: 0.8, lt: 1, label: '0.8-1×', color: '#a5d8ff' },
  { gte: 1, lt: 1.25, label: '1-1.25×', color: '#ffd8a8' },
  { gte: 1.25, lt: 1.5, label: '1.25-1.5×', color: '#ffa94d' },
  { gte: 1.5, lt: 2, label: '1.5-2×', color: '#f76707' },
  { gte: 2, label: '2× and more', color: '#c92a2a' },
];

const OUTCOMES: Array<[CombinationOutcome, string]> = [
  ['INCREMENTAL_REVENUE', 'Incremental revenue'],
  ['WIN_RATE_LIFT', 'Win-rate lift'],
  ['DEAL_SIZE', 'Deal size'],
  ['SPEED', 'Speed'],
  ['RETENTION', 'Retention'],
];

export class CombinationsView implements ViewController {
  private host!: HTMLElement;
  private navigate!: Navigate;
  private route!: Route;
  private charts = new Charts();
  /** Every request of the view: aborted when it is left, so no late answer draws over the next view. */
  private readonly scope = new RequestScope();
  private combos = new Slot<Combos>(() => this.draw(), this.scope);
  private integrations = new Slot<IntegrationCombos>(() => this.draw(), this.scope);
  private key = '';
  private integrationKey = '';

  /** The joint deals of a pair or triple (views/evidence.ts). */
  private evidence: EvidencePanel | null = null;

  mount(host: HTMLElement, route: Route, navigate: Navigate): void {
    this.host = host;
    this.navigate = navigate;
    this.evidence = new EvidencePanel(
      document.body,
      navigate,
      keepInUrl('combinations', () => this.route, navigate),
    );
    this.update(route);
  }

  update(route: Route): void {
    this.route = route;
    const outcome = (OUTCOMES.find(([o]) => o === route.params.by)?.[0] ?? 'INCREMENTAL_REVENUE') as CombinationOutcome;
    const minSupport = Number(route.params.support ?? 10) || 10;
    const size = this.size();
    const filter = filterFromParams(route.params);
    const key = `${size}|${outcome}|${minSupport}|${filterKey(filter)}`;
    if (key !== this.key) {
      this.key = key;
      this.combos.run(
        async (signal) => (await query(CombinationsQuery, { size, outcome, minSupport, first: 30, filter }, signal)).valueCombinations,
      );
    }
    const integrationKey = `${minSupport}|${filterKey(filter)}`;
    if (integrationKey !== this.integrationKey) {
      this.integrationKey = integrationKey;
      this.integrations.run(
        async (signal) => (await query(IntegrationCombinationsQuery, { minSupport, first: 20, filter }, signal)).integrationCombinations,
      );
    }
    followUrl(this.evidence, route.params.ev, filter);
    this.draw();
  }

  unmount(): void {
    this.evidence?.dispose();
    this.scope.dispose();
    this.charts.dispose();
    render(nothing, this.host);
  }

  /** Pairs (2) or triples (3) of partners, from the URL. */
  private size(): number {
    return this.route.params.size === '3' ? 3 : 2;
  }

  /** Opens the set in the explorer with its joint deals only (the deals every member is on, in the period). */
  private async openPair(c: Combo) {
    const partners = c.members.map((m) => `Partner:${m.id}`);
    let deals: string[] = [];
    try {
      const e = await query(
        DealEvidenceQuery,
        {
          filter: filterFromParams(this.route.params),
          selector: { basis: 'CREATED', allPartners: c.members.map((m) => m.id) },
          first: 100,
        },
        this.scope.signal,
      );
      deals = e.dealEvidence.edges.map((x) => `Deal:${x.node.id}`);
    } catch {
      // without the joint deals the pair still opens, with both neighbourhoods
    }
    if (!this.scope.alive) return;
    this.navigate({
      view: 'explorer',
      params: deals.length
        ? { ids: [...partners, ...deals].join(','), sel: partners[0], only: '1' }
        : { ids: partners.join(','), sel: partners[0], to: partners[1], kinds: 'PARTNER,DEAL,CUSTOMER' },
    });
  }

  /** Opens both integrations with the customers that use them (and their builders). */
  private openIntegrations(c: IntegrationCombo) {
    const ids = c.members.map((m) => `Integration:${m.id}`);
    this.navigate({ view: 'explorer', params: { ids: ids.join(','), sel: ids[0], kinds: 'INTEGRATION,CUSTOMER,PARTNER' } });
  }

  private draw() {
    if (!this.host || !this.scope.alive) return;
    render(this.template(), this.host);
    const d = this.combos.data;
    if (d && d.combinations.length && this.size() === 2) {
      const { axis, cells } = heatmapCells(d.combinations);
      const names = axis.map((a) => a.name);
      this.charts.set(
        'ch-heatmap',
        {
          tooltip: {
            formatter: (p: { data: [number, number, number | null, number] }) => {
              const c = d.combinations[p.data[3]];
              return `${c.members.map((m) => m.name).join(' + ')}<br>lift over the better partner alone: ${ratio(c.liftOverBestMember)}<br>${count(c.support, 'joint deal')}, win rate ${percent(c.winRate)}<br>click to open in the explorer`;
            },
          },
          grid: { left: 150, right: 110, top: 10, bottom: 120 },
          xAxis: { type: 'category', data: names, axisLabel: { rotate: 60, fontSize: 10 } },
          yAxis: { type: 'category', data: names, axisLabel: { fontSize: 10 } },
          // dimension 2 is the lift; the last one (the default) is the pair's index.
          // Pieces around 1 (no lift): below it blue, above it orange, so a lift of 0.37× is a clearly blue cell, not an empty one.
          visualMap: {
            type: 'piecewise',
            dimension: 2,
            orient: 'vertical',
            right: 0,
            top: 'middle',
            itemWidth: 14,
            textStyle: { fontSize: 11 },
            pieces: LIFT_PIECES,
          },
          series: [
            {
              type: 'heatmap',
              data: cells,
              label: {
                show: cells.length <= 120,
                fontSize: 9,
                formatter: (p: { data: [number, number, number | null] }) => (p.data[2] === null ? '' : p.data[2].toFixed(1)),
              },
              itemStyle: { borderColor: '#fff', borderWidth: 1 },
              emphasis: { itemStyle: { borderColor: '#212529', borderWidth: 1 } },
            },
          ],
        },
        (p) => {
          const c = d.combinations[(p.data as number[])[3]];
          if (c) void this.openPair(c);
        },
      );
    }
  }

  private template(): TemplateResult {
    const p = this.route.params;
    return html`<section class="page combinations">
      <header class="page-head"><h1>Value combinations</h1><p class="muted">Partner pairs and triples on the same deals that win more together than the better of them alone, and integrations whose joint users stay. Click a set to open it in the explorer with its shared deals and customers.</p></header>
      ${filterBar(p, this.combos.data?.asOf, (changes) => this.navigate({ view: 'combinations', params: { ...p, ...changes } }))}
      <div class="filters">
        <label>Partner sets <select data-testid="set-size" @change=${(e: Event) => this.navigate({ view: 'combinations', params: { ...p, size: (e.target as HTMLSelectElement).value } })}>
          <option value="2" ?selected=${this.size() === 2}>Pairs</option><option value="3" ?selected=${this.size() === 3}>Triples</option></select></label>
        <label>Rank by <select @change=${(e: Event) => this.navigate({ view: 'combinations', params: { ...p, by: (e.target as HTMLSelectElement).value } })}>
          ${OUTCOMES.map(([o, t]) => html`<option value=${o} ?selected=${(p.by ?? 'INCREMENTAL_REVENUE') === o}>${t}</option>`)}</select></label>
        <label>Min. joint deals <input type="number" min="2" max="10000" .value=${p.support ?? '10'} @change=${(e: Event) => this.navigate({ view: 'combinations', params: { ...p, support: (e.target as HTMLInputElement).value } })} /></label>
      </div>
      ${loaded(
        this.combos.value,
        (d) =>
          d.combinations.length === 0
            ? empty(`No ${this.size() === 3 ? 'triple' : 'pair'} has ${d.minSupport} or more joint deals. ${noteText(d.notes)}`)
            : html`
        <p class="small">${integer(d.tested)} ${this.size() === 3 ? 'triples' : 'pairs'} tested · baseline win rate ${percent(d.baselineWinRate)} · q-values are Benjamini-Hochberg adjusted. ${noteText(d.notes)}</p>
        <div class="cards">
          ${this.size() === 2 ? html`<article class="card"><h2>Lift heatmap</h2><div class="chart tall" id="ch-heatmap" data-testid="chart-heatmap"></div></article>` : nothing}
          <article class="card"><h2>Ranked ${this.size() === 3 ? 'triples' : 'pairs'}</h2>${this.table(d.combinations)}</article>
        </div>`,
        () => {
          this.key = '';
          this.update(this.route);
        },
        'Finding value combinations…',
      )}
      ${loaded(
        this.integrations.value,
        (d) =>
          d.combinations.length === 0
            ? empty(`No two integrations share ${d.minSupport} or more customers. ${noteText(d.notes)}`)
            : html`
        <article class="card"><h2>Integrations used together</h2>
          <p class="small">Retention of customers using both, against the better integration alone and all ${integer(d.customers)} customers (${percent(d.baselineRetention)} retained); ranked by the ARR the combination keeps. ${noteText(d.notes)}</p>
          ${this.integrationTable(d.combinations)}</article>`,
        () => {
          this.integrationKey = '';
          this.update(this.route);
        },
        'Finding integration combinations…',
      )}
    </section>`;
  }

  private table(list: Combo[]) {
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label="Partner combinations"><table class="data compact" data-testid="combinations">
      <thead><tr><th scope="col">${this.size() === 3 ? 'Triple' : 'Pair'}</th><th scope="col">Joint deals</th><th scope="col">Win rate</th><th scope="col">Lift</th>${this.size() === 3 ? html`<th scope="col">Lift over best pair</th>` : nothing}<th scope="col">Avg won</th><th scope="col">Incremental</th><th scope="col">q</th></tr></thead>
      <tbody>${list.map(
        (c) => html`<tr>
        <td><button type="button" class="link" @click=${() => void this.openPair(c)}>${c.members.map((m) => m.name ?? m.id).join(' + ')}</button></td>
        <td class="num"><button type="button" class="link" data-evidence="joint" title="Open the joint deals"
          @click=${() =>
            this.evidence?.open(
              {
                title: `Joint deals of ${c.members.map((m) => m.name ?? m.id).join(' + ')}`,
                figure: count(c.support, 'joint deal'),
                selector: { basis: 'CREATED', allPartners: c.members.map((m) => m.id) },
              },
              filterFromParams(this.route.params),
            )}>${integer(c.support)}</button></td><td class="num">${percent(c.winRate)}</td><td class="num">${ratio(c.liftOverBestMember)}</td>
        ${this.size() === 3 ? html`<td class="num">${ratio(c.liftOverBestPair)}</td>` : nothing}
        <td class="num">${money(c.averageWonAmount)}</td><td class="num">${money(c.expectedIncrementalRevenue)}</td>
        <td class="num ${c.significant ? 'sig' : ''}">${decimal(c.qValue, 3)}</td></tr>`,
      )}</tbody></table></div>`;
  }

  private integrationTable(list: IntegrationCombo[]) {
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label="Integration combinations"><table class="data compact" data-testid="integration-combinations">
      <thead><tr><th scope="col">Integrations (builder)</th><th scope="col">Joint users</th><th scope="col">Retention together</th><th scope="col">Better one alone</th><th scope="col">Lift</th><th scope="col">NPS</th><th scope="col">Retained ARR</th><th scope="col">q</th></tr></thead>
      <tbody>${list.map(
        (c) => html`<tr>
        <td><button type="button" class="link" @click=${() => this.openIntegrations(c)}>${c.members.map((m) => `${m.name ?? m.id}${m.partnerName ? ` (${m.partnerName})` : ''}`).join(' + ')}</button></td>
        <td class="num">${integer(c.support)}</td>
        <td class="num">${percent(c.retention)}${c.retentionInterval ? html` <span class="muted">[${percent(c.retentionInterval.lower)}, ${percent(c.retentionInterval.upper)}]</span>` : nothing}</td>
        <td class="num">${bestAlone(c)}</td>
        <td class="num">${ratio(c.liftOverBestMember)}</td><td class="num">${decimal(c.averageNps, 0)}</td>
        <td class="num">${money(c.expectedRetainedArr)}</td>
        <td class="num ${c.significant ? 'sig' : ''}">${decimal(c.qValue, 3)}</td></tr>`,
      )}</tbody></table></div>`;
  }
}

/** The better member's retention alone (what the lift compares with), and which member that is. */
function bestAlone(c: IntegrationCombo): string {
  const best = [...c.members]
    .filter((m) => m.retention !== null && m.retention !== undefined)
    .sort((a, b) => (b.retention ?? 0) - (a.retention ?? 0))[0];
  return best ? `${percent(best.retention)} (${best.name ?? best.id})` : '–';
}
