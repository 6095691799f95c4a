// "Every number opens its evidence": a dialog with the deals behind a figure (dealEvidence, same filter
// as the figure plus its own selector): totals that add up to the figure, a paged list sortable by
// amount or date, CSV export of all of it, and "show in explorer" for the page's deals. Any view opens
// it with open(title, figure text, filter, selector).
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { query } from '../api/client';
import { DealEvidenceQuery } from '../api/queries';
import { RequestScope } from '../api/scope';
import type { AnalyticsFilter, DealEvidenceQuery as EQ, DealOrderField, EvidenceSelector } from '../gql/graphql';
import { download, toCsv } from '../lib/csv';
import { count, date, displayName, money, moneyExact } from '../lib/format';
import type { Navigate } from './view';
import { loaded, Slot } from '../ui';
import { summary } from './filterbar';

type Evidence = EQ['dealEvidence'];
type Row = Evidence['edges'][number]['node'];

const PAGE = 25;
/** CSV export reads at most this many deals (100 a request). */
const CSV_LIMIT = 10_000;

export interface EvidenceRequest { title: string; figure: string; filter: AnalyticsFilter; selector: EvidenceSelector }

declare global {
  interface Window { __evidence?: { totalAmount: number; listed: number } }
}

export class EvidencePanel {
  private readonly scope = new RequestScope();
  private readonly host = document.createElement('div');
  private request: EvidenceRequest | null = null;
  private page = new Slot<Evidence>(() => this.draw(), this.scope);
  /** Cursors of the pages before the current one (null for the first). */
  private cursors: Array<string | null> = [];
  private order: { field: DealOrderField; direction: 'ASC' | 'DESC' } = { field: 'AMOUNT', direction: 'DESC' };
  private exporting = false;
  private opener: Element | null = null;

  constructor(container: HTMLElement, private readonly navigate: Navigate) {
    container.appendChild(this.host);
  }

  open(request: EvidenceRequest): void {
    this.opener = document.activeElement;
    this.request = request;
    this.cursors = [null];
    this.order = { field: 'AMOUNT', direction: 'DESC' };
    this.load();
    this.dialog()?.showModal();
  }

  dispose(): void {
    this.scope.dispose();
    render(nothing, this.host);
    this.host.remove();
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.querySelector('dialog');
  }

  private close() {
    this.dialog()?.close();
    this.request = null;
    this.page.reset();
    this.draw();
    if (this.opener instanceof HTMLElement) this.opener.focus();
  }

  private load() {
    const r = this.request;
    if (!r) return;
    const after = this.cursors[this.cursors.length - 1];
    void this.page.run(async (signal) => (await query(DealEvidenceQuery, { filter: r.filter, selector: r.selector, orderBy: this.order, first: PAGE, after }, signal)).dealEvidence);
    this.draw();
  }

  private sortBy(field: DealOrderField) {
    this.order = this.order.field === field ? { field, direction: this.order.direction === 'ASC' ? 'DESC' : 'ASC' } : { field, direction: field === 'ID' ? 'ASC' : 'DESC' };
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

  /** Every deal of the list (all pages) as CSV; the amounts in it add up to the figure. */
  private async exportCsv() {
    const r = this.request;
    if (!r) return;
    this.exporting = true;
    this.draw();
    const rows: Row[] = [];
    let after: string | null | undefined = null;
    try {
      do {
        const page: Evidence = (await query(DealEvidenceQuery, { filter: r.filter, selector: r.selector, orderBy: this.order, first: 100, after }, this.scope.signal)).dealEvidence;
        rows.push(...page.edges.map((e) => e.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && rows.length < CSV_LIMIT);
      download(`evidence-${r.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv`, toCsv(
        ['deal', 'customerId', 'customer', 'source', 'outcome', 'amount', 'createdOn', 'closedOn', 'partners'],
        rows.map((d) => [d.id, d.customer?.id, d.customer?.name, d.source, d.outcome, d.amount, d.createdOn, d.closedOn,
          d.partners.map((p) => `${p.partner.name ?? p.partner.id} (${displayName(p.role, 'role').toLowerCase()})`).join('; ')]),
      ));
    } finally {
      this.exporting = false;
      this.draw();
    }
  }

  private showInExplorer(rows: Row[]) {
    const ids = rows.map((d) => `Deal:${d.id}`);
    this.close();
    this.navigate({ view: 'explorer', params: { ids: ids.join(','), kinds: 'PARTNER,CUSTOMER,DEAL' } });
  }

  draw(): void {
    if (!this.scope.alive) return;
    const r = this.request;
    render(html`<dialog class="evidence" aria-labelledby="evidence-title" data-testid="evidence" @close=${() => { if (this.request) this.close(); }}>
      ${r ? this.content(r) : nothing}
    </dialog>`, this.host);
  }

  private content(r: EvidenceRequest): TemplateResult {
    return html`
      <header class="evidence-head">
        <div><h2 id="evidence-title">${r.title}</h2><p class="muted small">${r.figure} · ${summary(r.filter, this.page.data?.asOf)}</p></div>
        <button type="button" class="link" @click=${() => this.close()} aria-label="Close the evidence">Close ✕</button>
      </header>
      ${loaded(this.page.value, (e) => this.list(e), () => this.load(), 'Finding the deals…')}`;
  }

  private list(e: Evidence): TemplateResult {
    const rows = e.edges.map((x) => x.node);
    window.__evidence = { totalAmount: e.totalAmount, listed: rows.length };
    const at = (this.cursors.length - 1) * PAGE;
    const head = (field: DealOrderField, title: string, num = false) => html`<th scope="col" class=${num ? 'num' : ''}
      aria-sort=${this.order.field === field ? (this.order.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" class="sort" data-sort=${field} @click=${() => this.sortBy(field)}>${title}${this.order.field === field ? (this.order.direction === 'ASC' ? ' ▲' : ' ▼') : ''}</button></th>`;
    return html`
      <p data-testid="evidence-totals" data-total=${String(e.totalAmount)} data-count=${String(e.totalCount)}>
        <strong>${count(e.totalCount, 'deal')}</strong>, together <strong>${moneyExact(e.totalAmount)}</strong>
        ${e.won + e.lost ? html`<span class="muted"> · ${e.won} won, ${e.lost} lost</span>` : nothing}</p>
      <div class="table-head">
        <span class="muted small">${rows.length ? `${at + 1}-${at + rows.length} of ${e.totalCount}` : 'No deal.'}</span>
        <span class="actions">
          <button type="button" ?disabled=${this.cursors.length <= 1} @click=${() => this.previous()}>Previous</button>
          <button type="button" ?disabled=${!e.pageInfo.hasNextPage} @click=${() => this.next(e.pageInfo.endCursor!)}>Next</button>
          <button type="button" data-testid="evidence-csv" ?disabled=${!rows.length || this.exporting} @click=${() => void this.exportCsv()}>${this.exporting ? 'Exporting…' : 'Export CSV'}</button>
          <button type="button" data-testid="evidence-explorer" ?disabled=${!rows.length} @click=${() => this.showInExplorer(rows)}>Show these in the explorer</button>
        </span>
      </div>
      <div class="table-wrap" tabindex="0" role="region" aria-label="Deals behind the figure"><table class="data compact" data-testid="evidence-deals">
        <thead><tr>${head('ID', 'Deal')}<th scope="col">Customer</th><th scope="col">Source</th><th scope="col">Outcome</th>${head('AMOUNT', 'Amount', true)}${head('CREATED_ON', 'Created')}${head('CLOSED_ON', 'Closed')}<th scope="col">Partners</th></tr></thead>
        <tbody>${rows.map((d) => html`<tr data-id=${d.id}>
          <td>${d.id}</td><td>${d.customer?.name ?? d.customer?.id ?? '–'}</td><td>${displayName(d.source, 'source')}</td><td>${displayName(d.outcome, 'outcome')}</td>
          <td class="num" data-amount=${String(d.amount ?? 0)}>${moneyExact(d.amount)}</td><td>${date(d.createdOn)}</td><td>${date(d.closedOn)}</td>
          <td class="small">${d.partners.map((p) => `${p.partner.name ?? p.partner.id} (${displayName(p.role, 'role').toLowerCase()})`).join(', ') || 'direct'}</td></tr>`)}</tbody>
      </table></div>
      <p class="muted small">Amounts as of ${date(e.asOf)}${e.totalCount > 0 ? `; the whole list (every page, and the CSV) adds up to ${money(e.totalAmount)}` : ''}.</p>`;
  }
}
