// "Every number opens its evidence": a dialog with the rows behind a figure (dealEvidence, same filter
// as the figure plus its own selector): totals that add up to the figure, a paged list sortable by what
// each row counts, amount or date, CSV export of all of it, and "show in explorer" for the page's deals.
// A row is a deal (revenue, pipeline, win rates, conflicts) or a deal and whom it credits (a partner's
// revenue or earnings, an entity reached by a referral chain). Any view opens it with open(request,
// filter); the view keeps the open request in its URL (lib/evidence.ts) through onState.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { query } from '../api/client';
import { DealEvidenceQuery } from '../api/queries';
import { RequestScope } from '../api/scope';
import type { AnalyticsFilter, DealEvidenceQuery as EQ, EvidenceOrderField } from '../gql/graphql';
import { download } from '../lib/csv';
import { decodeEvidence, encodeEvidence, figureFilter, PARTNER_MEASURES, type EvidenceRequest } from '../lib/evidence';
import type { Route } from '../lib/route';
import { count, date, decimal, displayName, integer, money, moneyExact, percent } from '../lib/format';
import type { Navigate } from './view';
import { loaded, Slot } from '../ui';
import { summary } from './filterbar';
import { csvFileName, dealCsv, partnerCsv } from './evidence-csv';

export type { EvidenceRequest } from '../lib/evidence';

type Evidence = EQ['dealEvidence'];
type Edge = Evidence['edges'][number];
type PartnerEdge = Evidence['partnerEdges'][number];

const PAGE = 25;
/** CSV export reads at most this many rows (100 a request). */
const CSV_LIMIT = 10_000;

declare global {
  interface Window {
    __evidence?: { totalAmount: number; totalValue: number; listed: number; measure: string };
  }
}

export class EvidencePanel {
  private readonly scope = new RequestScope();
  private readonly host = document.createElement('div');
  private request: EvidenceRequest | null = null;
  private filter: AnalyticsFilter = {};
  private page = new Slot<Evidence>(() => this.draw(), this.scope);
  /** Cursors of the pages before the current one (null for the first). */
  private cursors: Array<string | null> = [];
  private order: { field: EvidenceOrderField; direction: 'ASC' | 'DESC' } = { field: 'AMOUNT', direction: 'DESC' };
  private exporting = false;
  private opener: Element | null = null;

  /** onState hears the open request's URL parameter (null when closed), so the view keeps it in its URL. */
  constructor(
    container: HTMLElement,
    private readonly navigate: Navigate,
    private readonly onState?: (param: string | null) => void,
  ) {
    container.appendChild(this.host);
  }

  /** The open request's URL parameter, or null. */
  get state(): string | null {
    return this.request ? encodeEvidence(this.request) : null;
  }

  open(request: EvidenceRequest, filter: AnalyticsFilter): void {
    if (!this.request) this.opener = document.activeElement;
    this.request = request;
    this.filter = figureFilter(filter, request.narrow);
    this.cursors = [null];
    this.order = this.partnerRows()
      ? { field: this.measure() === 'PROSPECT_REFERRAL' ? 'VALUE' : 'ID', direction: 'ASC' }
      : { field: this.measure() === 'DEAL_AMOUNT' ? 'AMOUNT' : 'VALUE', direction: 'DESC' };
    this.load();
    const d = this.dialog();
    if (d && !d.open) d.showModal();
    this.onState?.(this.state);
  }

  /** Closes it; `silently` when the URL closed it (nothing to tell the view). */
  close(silently = false): void {
    const was = this.request !== null;
    this.request = null;
    this.page.reset();
    this.dialog()?.close();
    this.draw();
    if (was && this.opener instanceof HTMLElement) this.opener.focus();
    if (was && !silently) this.onState?.(null);
  }

  dispose(): void {
    this.scope.dispose();
    render(nothing, this.host);
    this.host.remove();
  }

  private measure(): string {
    return this.request?.selector.measure ?? 'DEAL_AMOUNT';
  }

  /** Whether the rows are partners (the Active partners tile, a driver group's partners), not deals. */
  private partnerRows(): boolean {
    return PARTNER_MEASURES.includes(this.measure());
  }

  private dialog(): HTMLDialogElement | null {
    if (!this.host.querySelector('dialog')) this.draw();
    return this.host.querySelector('dialog');
  }

  private load() {
    const r = this.request;
    if (!r) return;
    const after = this.cursors[this.cursors.length - 1];
    void this.page.run(
      async (signal) =>
        (await query(DealEvidenceQuery, { filter: this.filter, selector: r.selector, orderBy: this.order, first: PAGE, after }, signal))
          .dealEvidence,
    );
    this.draw();
  }

  private sortBy(field: EvidenceOrderField) {
    this.order =
      this.order.field === field
        ? { field, direction: this.order.direction === 'ASC' ? 'DESC' : 'ASC' }
        : { field, direction: field === 'ID' ? 'ASC' : 'DESC' };
    this.cursors = [null];
    this.load();
  }

  private next(cursor: string) {
    this.cursors.push(cursor);
    this.load();
  }

  private previous() {
    if (this.cursors.length > 1) this.cursors.pop();
    this.load();
  }

  /** Every row of the list (all pages) as CSV; the values in it add up to the figure. */
  private async exportCsv() {
    const r = this.request;
    if (!r) return;
    this.exporting = true;
    this.draw();
    const rows: Edge[] = [];
    const partners: PartnerEdge[] = [];
    let after: string | null | undefined = null;
    try {
      do {
        const page: Evidence = (
          await query(
            DealEvidenceQuery,
            { filter: this.filter, selector: r.selector, orderBy: this.order, first: 100, after },
            this.scope.signal,
          )
        ).dealEvidence;
        rows.push(...page.edges);
        partners.push(...page.partnerEdges);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && rows.length + partners.length < CSV_LIMIT);
      const name = csvFileName(r.title);
      if (this.partnerRows()) download(name, partnerCsv(partners));
      else download(name, dealCsv(rows));
    } finally {
      this.exporting = false;
      this.draw();
    }
  }

  private showInExplorer(rows: Edge[], partners: PartnerEdge[] = []) {
    const ids = [
      ...partners.map((p) => `Partner:${p.node.id}`),
      ...new Set(
        rows.flatMap((e) => [
          `Deal:${e.node.id}`,
          ...(e.creditedTo ? [`${e.creditedTo.kind === 'CUSTOMER' ? 'Customer' : 'Partner'}:${e.creditedTo.id}`] : []),
        ]),
      ),
    ];
    this.close(true);
    this.navigate({ view: 'explorer', params: { ids: ids.slice(0, 250).join(','), kinds: 'PARTNER,CUSTOMER,DEAL' } });
  }

  draw(): void {
    if (!this.scope.alive) return;
    const r = this.request;
    render(
      html`<dialog class="evidence" aria-labelledby="evidence-title" data-testid="evidence" data-measure=${this.measure()} @close=${() => {
        if (this.request) this.close();
      }}>
      ${r ? this.content(r) : nothing}
    </dialog>`,
      this.host,
    );
  }

  private content(r: EvidenceRequest): TemplateResult {
    return html`
      <header class="evidence-head">
        <div><h2 id="evidence-title">${r.title}</h2><p class="muted small">${r.figure} · ${summary(this.filter, this.page.data?.asOf)}</p></div>
        <button type="button" class="link" @click=${() => this.close()} aria-label="Close the evidence">Close ✕</button>
      </header>
      ${loaded(
        this.page.value,
        (e) => this.list(e),
        () => this.load(),
        'Finding the deals…',
      )}`;
  }

  /** The sentence over the list: how many rows and what they add up to (the figure). */
  private totals(e: Evidence): TemplateResult {
    const closed = e.won + e.lost ? html`<span class="muted"> · ${integer(e.won)} won, ${integer(e.lost)} lost</span>` : nothing;
    switch (this.measure()) {
      case 'PARTNER_REVENUE':
        return html`<strong>${count(e.totalCount, 'credited deal')}</strong> (a deal once for each partner credited with it), together <strong>${moneyExact(e.totalValue)}</strong>`;
      case 'PARTNER_EARNINGS':
        return html`<strong>${count(e.totalCount, 'deal row')}</strong>: earnings <strong>${moneyExact(e.totalValue)}</strong> for ${decimal(e.totalHours ?? 0, 1)} hours${closed}`;
      case 'REFERRAL_CREDIT':
        return html`<strong>${count(e.totalCount, 'won deal')}</strong> of the entities reached, <strong>${moneyExact(e.totalAmount)}</strong> won, credited <strong>${moneyExact(e.totalValue)}</strong> (halved per further hop)`;
      case 'PARTNER_REGISTRATION':
        return html`<strong>${count(e.totalCount, 'partner deal row')}</strong> created in the period, <strong>${integer(e.totalValue)}</strong> registered: <strong>${percent(e.totalCount ? e.totalValue / e.totalCount : null)}</strong>`;
      case 'PROSPECT_OVERLAP':
        return html`<strong>${count(e.totalCount, 'active partner')}</strong>, <strong>${integer(e.totalValue)}</strong> of them serve fewer of our customers than the prospect: <strong>${decimal(e.totalCount ? e.totalValue / e.totalCount : null, 2)}</strong>`;
      case 'PROSPECT_REFERRAL':
        return html`<strong>${count(e.totalCount, 'top performer')}</strong> within 3 referral hops of the prospect: proximity <strong>${decimal(e.totalValue, 2)}</strong> (1 / the hops to the nearest)`;
      case 'PROSPECT_NEW_CUSTOMER':
        return html`<strong>${count(e.totalCount, 'customer')}</strong> the prospect serves that no active partner serves, together <strong>${moneyExact(e.totalValue)}</strong> ARR`;
      case 'PROSPECT_CUSTOMER':
        return html`<strong>${count(e.totalCount, 'customer')}</strong> of ours served by the prospect, <strong>${integer(e.totalValue)}</strong> in under-represented segments: <strong>${decimal(e.totalCount ? e.totalValue / e.totalCount : null, 2)}</strong>`;
      case 'INTEGRATION_USER':
        return html`<strong>${count(e.totalCount, 'customer')}</strong> using the partners' integrations (each customer once per partner, usage by the as-of date)`;
      case 'ACTIVE_PARTNER':
        return html`<strong>${count(e.totalCount, 'active partner')}</strong> signed by the as-of date (the period's start does not narrow them)`;
      case 'SIGNED_PARTNER':
        return html`<strong>${count(e.totalCount, 'partner')}</strong> in the group (active or churned, signed by the as-of date)`;
      case 'PARTNER_OUTCOME':
        return html`<strong>${count(e.totalCount, 'closed deal')}</strong> the partners sourced or co-sold, <strong>${integer(e.totalValue)}</strong> won: <strong>${percent(e.totalCount ? e.totalValue / e.totalCount : null)}</strong>`;
      case 'PARTNER_CO_SOLD':
        return html`<strong>${count(e.totalCount, 'co-sold deal')}</strong> created in the period${closed}`;
      case 'FIRST_DEAL':
        return html`<strong>${count(e.totalCount, 'partner')}</strong> signed inside the deal history with a first deal; median <strong>${e.medianValue === null || e.medianValue === undefined ? '–' : count(e.medianValue, 'day')}</strong> from signing to it`;
      default:
        return html`<strong>${count(e.totalCount, 'deal')}</strong>, together <strong>${moneyExact(e.totalAmount)}</strong>${closed}`;
    }
  }

  /** What the whole list (every page, and the CSV) comes to, in the unit of its measure: money, registered rows, or days. */
  private wholeList(e: Evidence, measure: string): string {
    if (measure === 'PARTNER_REGISTRATION')
      return `the whole list (every page, and the CSV) has ${integer(e.totalValue)} of ${integer(e.totalCount)} rows registered`;
    if (measure === 'FIRST_DEAL') return 'the figure is the median of the days over the whole list (every page, and the CSV)';
    if (measure === 'PROSPECT_NEW_CUSTOMER') return `the whole list (every page) adds up to ${money(e.totalValue)} ARR`;
    if (measure === 'INTEGRATION_USER') return `the whole list (every page) has ${count(e.totalCount, 'customer row')}`;
    if (measure === 'PROSPECT_REFERRAL') return 'the proximity is 1 / the fewest hops in the list';
    if (measure === 'PROSPECT_OVERLAP' || measure === 'PROSPECT_CUSTOMER')
      return `the whole list (every page) has ${integer(e.totalValue)} of ${integer(e.totalCount)} rows counted`;
    if (PARTNER_MEASURES.includes(measure)) return `the whole list (every page, and the CSV) has ${count(e.totalCount, 'partner')}`;
    if (measure === 'PARTNER_OUTCOME')
      return `the whole list (every page, and the CSV) has ${integer(e.totalValue)} won of ${count(e.totalCount, 'closed deal')}`;
    if (measure === 'PARTNER_CO_SOLD') return `the whole list (every page, and the CSV) has ${count(e.totalCount, 'co-sold deal')}`;
    return `the whole list (every page, and the CSV) adds up to ${money(e.totalValue)}`;
  }

  private list(e: Evidence): TemplateResult {
    if (this.partnerRows()) return this.partnerList(e);
    if (['PROSPECT_CUSTOMER', 'PROSPECT_NEW_CUSTOMER', 'INTEGRATION_USER'].includes(this.measure())) return this.customerList(e);
    const rows = e.edges;
    const measure = this.measure();
    const credits = measure !== 'DEAL_AMOUNT';
    window.__evidence = { totalAmount: e.totalAmount, totalValue: e.totalValue, listed: rows.length, measure };
    const at = (this.cursors.length - 1) * PAGE;
    const head = (field: EvidenceOrderField, title: string, num = false) => html`<th scope="col" class=${num ? 'num' : ''}
      aria-sort=${this.order.field === field ? (this.order.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" class="sort" data-sort=${field} @click=${() => this.sortBy(field)}>${title}${this.order.field === field ? (this.order.direction === 'ASC' ? ' ▲' : ' ▼') : ''}</button></th>`;
    const valueTitle =
      measure === 'PARTNER_EARNINGS'
        ? 'Earnings'
        : measure === 'REFERRAL_CREDIT'
          ? 'Credited'
          : measure === 'PARTNER_REGISTRATION'
            ? 'Registered'
            : measure === 'FIRST_DEAL'
              ? 'Days to it'
              : measure === 'PARTNER_OUTCOME'
                ? 'Won'
                : 'Counts';
    return html`
      <p data-testid="evidence-totals" data-total=${String(e.totalValue)} data-amount=${String(e.totalAmount)} data-count=${String(e.totalCount)}
        data-median=${e.medianValue === null || e.medianValue === undefined ? nothing : String(e.medianValue)}>${this.totals(e)}</p>
      <div class="table-head">
        <span class="muted small">${rows.length ? `${integer(at + 1)}-${integer(at + rows.length)} of ${integer(e.totalCount)}` : 'None.'}</span>
        <span class="actions">
          <button type="button" ?disabled=${this.cursors.length <= 1} @click=${() => this.previous()}>Previous</button>
          <button type="button" ?disabled=${!e.pageInfo.hasNextPage} @click=${() => this.next(e.pageInfo.endCursor!)}>Next</button>
          <button type="button" data-testid="evidence-csv" ?disabled=${!rows.length || this.exporting} @click=${() => void this.exportCsv()}>${this.exporting ? 'Exporting…' : 'Export CSV'}</button>
          <button type="button" data-testid="evidence-explorer" ?disabled=${!rows.length} @click=${() => this.showInExplorer(rows)}>Show these in the explorer</button>
        </span>
      </div>
      <div class="table-wrap" tabindex="0" role="region" aria-label="Rows behind the figure"><table class="data compact" data-testid="evidence-deals">
        <thead><tr>${head('ID', 'Deal')}${credits ? html`<th scope="col">${measure === 'REFERRAL_CREDIT' ? 'Reached' : 'Partner'}</th>` : nothing}
          <th scope="col">Customer</th><th scope="col">Source</th><th scope="col">Outcome</th>${head('AMOUNT', 'Amount', true)}
          ${credits ? head('VALUE', valueTitle, true) : nothing}${measure === 'PARTNER_EARNINGS' ? html`<th scope="col" class="num">Hours</th>` : nothing}
          ${head('CREATED_ON', 'Created')}${head('CLOSED_ON', 'Closed')}${credits ? nothing : html`<th scope="col">Partners</th>`}</tr></thead>
        <tbody>${rows.map(
          ({ node: d, value, creditedTo, hops, hours }) => html`<tr data-id=${d.id} data-value=${String(value)}>
          <td>${d.id}</td>
          ${credits ? html`<td>${creditedTo?.name ?? creditedTo?.id ?? '–'}${hops ? html` <span class="muted small">(${count(hops, 'hop')})</span>` : nothing}</td>` : nothing}
          <td>${d.customer?.name ?? d.customer?.id ?? '–'}</td><td>${displayName(d.source, 'source')}</td><td>${displayName(d.outcome, 'outcome')}</td>
          <td class="num" data-amount=${String(d.amount ?? 0)}>${moneyExact(d.amount)}</td>
          ${credits ? html`<td class="num">${measure === 'PARTNER_REGISTRATION' || measure === 'PARTNER_OUTCOME' ? (value ? 'yes' : 'no') : measure === 'FIRST_DEAL' || measure === 'PARTNER_CO_SOLD' ? integer(value) : moneyExact(value)}</td>` : nothing}
          ${measure === 'PARTNER_EARNINGS' ? html`<td class="num">${decimal(hours ?? 0, 1)}</td>` : nothing}
          <td>${date(d.createdOn)}</td><td>${date(d.closedOn)}</td>
          ${credits ? nothing : html`<td class="small">${d.partners.map((p) => `${p.partner.name ?? p.partner.id} (${displayName(p.role, 'role').toLowerCase()})`).join(', ') || 'direct'}</td>`}</tr>`,
        )}</tbody>
      </table></div>
      <p class="muted small" data-testid="evidence-footer">As of ${date(e.asOf)}${e.totalCount > 0 ? `; ${this.wholeList(e, measure)}` : ''}.</p>`;
  }

  /**
   * The customer rows: a prospect's customers served (whether each sits in an under-represented segment), or the customers
   * using a driver group's integrations (whose integration each uses).
   */
  private customerList(e: Evidence): TemplateResult {
    const rows = e.customerEdges;
    const users = this.measure() === 'INTEGRATION_USER';
    const arr = this.measure() === 'PROSPECT_NEW_CUSTOMER';
    window.__evidence = { totalAmount: e.totalAmount, totalValue: e.totalValue, listed: rows.length, measure: this.measure() };
    const at = (this.cursors.length - 1) * PAGE;
    return html`
      <p data-testid="evidence-totals" data-total=${String(e.totalValue)} data-amount=${String(e.totalAmount)} data-count=${String(e.totalCount)}>${this.totals(e)}</p>
      <div class="table-head">
        <span class="muted small">${rows.length ? `${integer(at + 1)}-${integer(at + rows.length)} of ${integer(e.totalCount)}` : 'None.'}</span>
        <span class="actions">
          <button type="button" ?disabled=${this.cursors.length <= 1} @click=${() => this.previous()}>Previous</button>
          <button type="button" ?disabled=${!e.pageInfo.hasNextPage} @click=${() => this.next(e.pageInfo.endCursor!)}>Next</button>
        </span>
      </div>
      <div class="table-wrap" tabindex="0" role="region" aria-label="Customers behind the figure"><table class="data compact" data-testid="evidence-customers">
        <thead><tr><th scope="col">Customer</th><th scope="col">Industry</th><th scope="col">Region</th><th scope="col">Segment</th>
          <th scope="col">${users ? 'Uses an integration of' : arr ? 'ARR' : 'Under-represented'}</th></tr></thead>
        <tbody>${rows.map(
          ({
            node: c,
            value,
            creditedTo,
          }) => html`<tr data-id=${c.id} data-value=${String(value)} data-partner=${creditedTo?.id ?? nothing}>
          <td>${c.name ?? c.id} <span class="muted small">${c.id}</span></td><td>${displayName(c.industry, 'industry')}</td>
          <td>${displayName(c.region, 'region')}</td><td>${displayName(c.segment, 'segment')}</td>
          <td>${users ? `${creditedTo?.name ?? creditedTo?.id ?? '–'}` : arr ? moneyExact(value) : value ? 'yes' : 'no'}</td></tr>`,
        )}</tbody>
      </table></div>
      <p class="muted small" data-testid="evidence-footer">As of ${date(e.asOf)}${e.totalCount > 0 ? `; ${this.wholeList(e, this.measure())}` : ''}.</p>`;
  }

  /** The partner rows (the Active partners tile, a driver group's partners): who they are, sortable by id or signing date. */
  private partnerList(e: Evidence): TemplateResult {
    const rows = e.partnerEdges;
    window.__evidence = { totalAmount: e.totalAmount, totalValue: e.totalValue, listed: rows.length, measure: this.measure() };
    const at = (this.cursors.length - 1) * PAGE;
    const head = (field: EvidenceOrderField, title: string) => html`<th scope="col"
      aria-sort=${this.order.field === field ? (this.order.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" class="sort" data-sort=${field} @click=${() => this.sortBy(field)}>${title}${this.order.field === field ? (this.order.direction === 'ASC' ? ' ▲' : ' ▼') : ''}</button></th>`;
    return html`
      <p data-testid="evidence-totals" data-total=${String(e.totalValue)} data-amount=${String(e.totalAmount)} data-count=${String(e.totalCount)}>${this.totals(e)}</p>
      <div class="table-head">
        <span class="muted small">${rows.length ? `${integer(at + 1)}-${integer(at + rows.length)} of ${integer(e.totalCount)}` : 'None.'}</span>
        <span class="actions">
          <button type="button" ?disabled=${this.cursors.length <= 1} @click=${() => this.previous()}>Previous</button>
          <button type="button" ?disabled=${!e.pageInfo.hasNextPage} @click=${() => this.next(e.pageInfo.endCursor!)}>Next</button>
          <button type="button" data-testid="evidence-csv" ?disabled=${!rows.length || this.exporting} @click=${() => void this.exportCsv()}>${this.exporting ? 'Exporting…' : 'Export CSV'}</button>
          <button type="button" data-testid="evidence-explorer" ?disabled=${!rows.length} @click=${() => this.showInExplorer([], rows)}>Show these in the explorer</button>
        </span>
      </div>
      <div class="table-wrap" tabindex="0" role="region" aria-label="Partners behind the figure"><table class="data compact" data-testid="evidence-partners">
        <thead><tr>${head('ID', 'Partner')}<th scope="col">Type</th><th scope="col">Tier</th><th scope="col">Region</th><th scope="col">Status</th>${head('CREATED_ON', 'Signed')}${this.measure() === 'PROSPECT_OVERLAP' ? html`<th scope="col">Serves fewer</th>` : nothing}${this.measure() === 'PROSPECT_REFERRAL' ? head('VALUE', 'Referral hops') : nothing}</tr></thead>
        <tbody>${rows.map(
          ({ node: p, value }) => html`<tr data-id=${p.id} data-value=${String(value)}>
          <td>${p.name ?? p.id} <span class="muted small">${p.id}</span></td><td>${displayName(p.type, 'partnerType')}</td>
          <td>${displayName(p.tier, 'tier')}</td><td>${displayName(p.region, 'region')}</td><td>${displayName(p.status, 'status')}</td>
          <td>${date(p.signedOn)}</td>${this.measure() === 'PROSPECT_OVERLAP' ? html`<td>${value ? 'yes' : 'no'}</td>` : nothing}${this.measure() === 'PROSPECT_REFERRAL' ? html`<td class="num">${integer(value)}</td>` : nothing}</tr>`,
        )}</tbody>
      </table></div>
      <p class="muted small" data-testid="evidence-footer">As of ${date(e.asOf)}${e.totalCount > 0 ? `; ${this.wholeList(e, this.measure())}` : ''}.</p>`;
  }
}

/** The onState of a view that keeps the open evidence in its URL (ev=): opening adds a history entry (Back closes it), closing replaces it. */
export function keepInUrl(view: Route['view'], route: () => Route, navigate: Navigate): (ev: string | null) => void {
  return (ev) => navigate({ view, params: { ...route().params, ev: ev ?? '' } }, ev === null);
}

/** Opens or closes the panel as the URL says (a reload, a shared link, Back). */
export function followUrl(panel: EvidencePanel | null, param: string | undefined, filter: AnalyticsFilter): void {
  const want = param || null;
  if (!panel || want === panel.state) return;
  const request = decodeEvidence(want ?? undefined);
  if (request) panel.open(request, filter);
  else panel.close(true);
}
