import { html, nothing, type TemplateResult } from 'lit-html';
import { ApiError, query, queryPartial } from '../../api/client';
import { PartnerDetailsQuery, PartnerPotentialQuery } from '../../api/queries';
import type { PartnerDetailsQuery as PDQ, PartnerPotentialQuery as PPQ } from '../../gql/graphql';
import { isGroup } from '../../graph/groups';
import type { NodeAttrs } from '../../graph/model';
import { displayName, integer, label, money, ordinal, percent, propertyName, propertyValue } from '../../lib/format';
import { loaded, Slot, spinner } from '../../ui';
import type { ExplorerContext } from './context';
import type { ServerPath } from './paths';

type Potential = NonNullable<NonNullable<PPQ['partner']>['potential']>;
/** A partner's details; the score comes separately because it may fail alone (no model serves). */
type Details = { partner: NonNullable<PDQ['partner']>; potential: Potential | null; potentialError?: ApiError };

/** The side panel: the selected node, its path to another, its details (a partner's from the server) and neighbours. */
export class DetailsPanel {
  private readonly details: Slot<Details | null>;
  /** The node the details are for ('' when none asked). */
  private detailsFor = '';

  constructor(
    private readonly x: ExplorerContext,
    private readonly paths: ServerPath,
  ) {
    this.details = new Slot<Details | null>(() => x.draw(), x.scope);
  }

  /** Asks for the selected node's details when the selection changed. */
  sync() {
    const sel = this.x.params.sel;
    if (sel && this.detailsFor !== sel) this.load(sel);
    if (!sel) {
      this.detailsFor = '';
      this.details.value = { state: 'idle' };
    }
  }

  private load(id: string) {
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

  template(): TemplateResult {
    const x = this.x;
    const sel = x.params.sel;
    if (!sel) return html`<p class="muted">Select a node to see its details.</p>`;
    const a = x.graph.hasNode(sel) ? (x.graph.getNodeAttributes(sel) as NodeAttrs) : null;
    if (!a) return x.loading ? spinner() : html`<p class="muted">${sel} is not in the graph.</p>`;
    const neighbours = x.graph.neighbors(sel).slice(0, 60);
    return html`
      <h2 data-testid="details-title">${a.label}</h2>
      <p class="muted">${label(a.props.status === 'prospect' ? 'prospect' : a.kind)} · ${a.entityId} · ${integer(a.degree)} relationships</p>
      <div class="actions">
        <button type="button" @click=${() => x.expand(sel)}>Expand</button>
        ${a.hiddenNeighbours > 0 ? html`<button type="button" @click=${() => x.showMore()} ?disabled=${Number(x.params.per ?? 50) >= 1000}>Show more (${integer(a.hiddenNeighbours)} hidden)</button>` : nothing}
      </div>
      ${x.params.to ? this.pathSection(x.params.to) : html`<p class="muted small">Shift-click another node for the shortest path.</p>`}
      ${this.about(sel, a)}
      <h3>Neighbours (${integer(x.graph.degree(sel))} loaded)</h3>
      <ul class="neighbours">${neighbours.map((n) => html`<li><button type="button" class="link" @click=${() => x.focusNode(n)}>${x.graph.getNodeAttribute(n, 'label')}</button> <span class="muted">${this.edgeLabel(sel, n)}</span></li>`)}</ul>`;
  }

  /** The shortest path to `to`, its note and options. */
  private pathSection(to: string): TemplateResult {
    const x = this.x;
    const path = this.paths.path();
    return html`<section class="path" data-testid="path"><h3>Shortest path to ${x.graph.hasNode(to) ? x.graph.getNodeAttribute(to, 'label') : to}</h3>
        ${path ? html`<ol>${path.map((n) => html`<li><button type="button" class="link" @click=${() => x.focusNode(n)}>${x.graph.getNodeAttribute(n, 'label')}</button></li>`)}</ol>` : nothing}
        ${this.paths.note(path)}
        <div class="path-options" role="group" aria-label="Path options">
          <label class="chip"><input type="checkbox" data-testid="all-paths" .checked=${x.params.paths === 'all'} @change=${(e: Event) => x.set({ paths: (e.target as HTMLInputElement).checked ? 'all' : '' })} />All shortest paths</label>
          <label class="chip"><input type="checkbox" data-testid="through-hubs" .checked=${x.params.hubs === '1'} @change=${(e: Event) => x.set({ hubs: (e.target as HTMLInputElement).checked ? '1' : '' })} />Through hubs</label>
        </div>
        <button type="button" class="link" @click=${() => x.set({ to: '' })}>Clear path</button></section>`;
  }

  /** A group of leaves, a partner's details from the server, or the node's own properties. */
  private about(sel: string, a: NodeAttrs) {
    if (isGroup(a.props))
      return html`<p data-testid="group-panel">${a.label} with one relationship each (${a.props.relationship}), grouped.</p>
        <button type="button" @click=${() => this.x.expand(sel)}>Show them</button>`;
    if (a.kind !== 'PARTNER') return this.propertyTable(a.props);
    return loaded(
      this.details.value,
      (d) => (d ? this.partnerDetails(d) : html``),
      () => {
        this.detailsFor = '';
        this.x.apply();
      },
    );
  }

  private edgeLabel(a: string, b: string): string {
    const graph = this.x.graph;
    const out = graph.edge(a, b);
    if (out) return '→ ' + graph.getEdgeAttribute(out, 'label');
    const inn = graph.edge(b, a);
    return inn ? '← ' + graph.getEdgeAttribute(inn, 'label') : '';
  }

  private propertyTable(props: Record<string, string>) {
    const keys = Object.keys(props).filter((k) => k !== 'name' && k !== 'id');
    return html`<table class="props"><tbody>${keys.map((k) => html`<tr><th scope="row">${propertyName(k)}</th><td>${propertyValue(k, props[k])}</td></tr>`)}</tbody></table>`;
  }

  private partnerDetails(d: Details) {
    const p = d.partner;
    const invested = p.investments.reduce((s, i) => s + (i.amount ?? 0), 0);
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
      ${this.score(d)}`;
  }

  private score(d: Details) {
    const pot = d.potential;
    if (!pot)
      return html`<p class="muted" data-testid="score-unavailable">${d.potentialError ? 'No score: ' + d.potentialError.message : 'No score.'}</p>`;
    return html`<p class="score" data-testid="score"><strong>${pot.score}</strong>/100 · ${percent(pot.probability)} probability · ${ordinal(pot.percentile)} percentile</p>
        <ul class="factors">${pot.factors.slice(0, 6).map((f) => html`<li class=${f.contribution >= 0 ? 'up' : 'down'}><span>${f.contribution >= 0 ? '▲' : '▼'}</span> ${f.description}</li>`)}</ul>
        ${pot.graphReasons.length ? html`<p class="small">${pot.graphReasons.join('; ')}</p>` : nothing}
        <p class="muted small">Model ${pot.modelVersion}; factors explained by ${displayName(pot.explanationMethod, 'explanation')}</p>`;
  }
}
