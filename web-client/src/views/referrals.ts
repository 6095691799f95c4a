import { html, render, nothing, type TemplateResult } from 'lit-html';
import { query } from '../api/client';
import { ReferralNetworkQuery, ReferralStructureQuery } from '../api/queries';
import type { ReferralNetworkRankingQuery as RQ, ReferralStructureSummaryQuery as SQ } from '../gql/graphql';
import { decimal, integer, money } from '../lib/format';
import type { Route } from '../lib/route';
import { loaded, Slot, empty } from '../ui';
import type { Navigate, ViewController } from './view';

export class ReferralsView implements ViewController {
  private host!: HTMLElement;
  private navigate!: Navigate;
  private network = new Slot<RQ['referralNetwork']>(() => this.draw());
  private structure = new Slot<SQ['referralStructure']>(() => this.draw());

  mount(host: HTMLElement, _route: Route, navigate: Navigate): void {
    this.host = host;
    this.navigate = navigate;
    this.load();
  }

  update(): void {}

  unmount(): void {
    render(nothing, this.host);
  }

  private load() {
    this.network.run(async () => (await query(ReferralNetworkQuery, { maxHops: 3, first: 25 })).referralNetwork);
    this.loadStructure();
  }

  private loadStructure() {
    this.structure.run(async () => (await query(ReferralStructureQuery, { first: 12 })).referralStructure);
  }

  private openPartners(ids: string[], depth = '1') {
    const q = ids.slice(0, 250).map((id) => `Partner:${id}`);
    this.navigate({ view: 'explorer', params: { ids: q.join(','), sel: q[0], depth, kinds: 'PARTNER,CUSTOMER' } });
  }

  private draw() {
    if (this.host) render(this.template(), this.host);
  }

  private template(): TemplateResult {
    return html`<section class="page referrals">
      <header class="page-head"><h1>Referral network</h1><p class="muted">Partners ranked by the revenue their referral chains brought in (credit halves with each further hop). Open a partner to see its downstream chain in the explorer.</p></header>
      ${loaded(this.network.value, (n) => n.ranking.length === 0 ? empty('No referrals in the graph.') : html`
        <p class="small">${integer(n.referrers)} referring partners · up to ${n.maxHops} hops · decay ${n.decay}</p>
        <div class="table-wrap"><table class="data" data-testid="referrals">
          <thead><tr><th scope="col">Partner</th><th scope="col">Direct referrals</th><th scope="col">Partners reached</th><th scope="col">Prospects</th><th scope="col">Customers</th><th scope="col">Depth</th><th scope="col">Revenue reached</th><th scope="col">Credited</th></tr></thead>
          <tbody>${n.ranking.map((r) => html`<tr>
            <td><button type="button" class="link" @click=${() => this.navigate({ view: 'explorer', params: { ids: `Partner:${r.id}`, sel: `Partner:${r.id}`, depth: '2', kinds: 'PARTNER,CUSTOMER' } })}>${r.name ?? r.id}</button></td>
            <td class="num">${integer(r.directReferrals)}</td><td class="num">${integer(r.partners)}</td><td class="num">${integer(r.prospects)}</td><td class="num">${integer(r.customers)}</td>
            <td class="num">${r.depth}</td><td class="num">${money(r.revenue)}</td><td class="num">${money(r.creditedRevenue)}</td></tr>`)}</tbody></table></div>`,
        () => this.load(), 'Tracing referral chains…')}
      <h2 class="section">Micro-ecosystems and influence</h2>
      ${loaded(this.structure.value, (st) => html`
        <p class="small">${integer(st.nodes)} entities and ${integer(st.referrals)} referrals; communities by Louvain, influence by PageRank, bridges by betweenness.</p>
        <div class="cards">
          <article class="card"><h3>Communities</h3>
            <table class="data compact" data-testid="communities"><thead><tr><th scope="col">Community</th><th scope="col">Size</th><th scope="col">Partners</th><th scope="col">Customers</th></tr></thead>
            <tbody>${st.communities.map((c, i) => html`<tr><td><button type="button" class="link" ?disabled=${!c.partnerIds.length} @click=${() => this.openPartners(c.partnerIds)}>Community ${i + 1}</button></td>
              <td class="num">${integer(c.size)}</td><td class="num">${integer(c.partnerIds.length)}</td><td class="num">${integer(c.customers)}</td></tr>`)}</tbody></table></article>
          <article class="card"><h3>Most influential partners</h3>
            <table class="data compact"><thead><tr><th scope="col">Partner</th><th scope="col">Influence</th><th scope="col">Bridge score</th></tr></thead>
            <tbody>${st.influence.map((p) => html`<tr><td><button type="button" class="link" @click=${() => this.openPartners([p.id], '2')}>${p.id}</button></td>
              <td class="num">${decimal(p.score, 3)}</td><td class="num">${decimal(st.bridges.find((b) => b.id === p.id)?.score, 1)}</td></tr>`)}</tbody></table></article>
        </div>`, () => this.loadStructure(), 'Finding communities…')}
    </section>`;
  }
}
