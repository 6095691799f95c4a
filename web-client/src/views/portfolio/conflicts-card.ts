// The Portfolio's channel conflicts card (channelConflicts): customers where several partners, or a partner and our
// direct team, claimed the same deal within a window of days that the user chooses; amounts open the deals behind them.
import { html, nothing, type TemplateResult } from 'lit-html';
import { query } from '../../api/client';
import { ChannelConflictsQuery } from '../../api/queries';
import type { RequestScope } from '../../api/scope';
import type { AnalyticsFilter } from '../../gql/graphql';
import { conflictRows, conflictTiles, parseWindowDays, protectionSentence, type Conflicts } from '../../lib/conflicts';
import { selectors } from '../../lib/evidence';
import { count, date, integer, money, note, notes as noteText } from '../../lib/format';
import { empty, loaded, Slot } from '../../ui';
import type { Navigate } from '../view';
import { figure, type OpenEvidence } from './figures';

export class ConflictsCard {
  private readonly conflicts: Slot<Conflicts>;
  private filter: AnalyticsFilter = {};
  /** The window box (days), as typed; runs on submit. */
  private windowText = '30';
  private windowError: string | null = null;

  constructor(
    scope: RequestScope,
    private readonly changed: () => void,
    private readonly open: OpenEvidence,
    private readonly navigate: Navigate,
  ) {
    this.conflicts = new Slot<Conflicts>(changed, scope);
  }

  /** Finds the conflicts of the filter's period and segment (and of the window box). */
  load(filter: AnalyticsFilter): Promise<void> {
    this.filter = filter;
    return this.run();
  }

  private run(): Promise<void> {
    const parsed = parseWindowDays(this.windowText);
    this.windowError = parsed.ok ? null : parsed.error;
    if (!parsed.ok) {
      this.changed();
      return Promise.resolve();
    }
    return this.conflicts.run(
      async (signal) =>
        (await query(ChannelConflictsQuery, { windowDays: parsed.value, first: 20, filter: this.filter }, signal)).channelConflicts,
    );
  }

  template(): TemplateResult {
    const running = this.conflicts.value.state === 'loading';
    return html`
      <article class="card wide" data-testid="channel-conflicts" aria-labelledby="conflicts-title">
        <h2 id="conflicts-title">Channel conflicts <span class="muted small">customers where several partners, or a partner and our direct team, claimed the same deal within the window; the earliest qualified registration holds protection</span></h2>
        <form class="toolbar" style="padding-left:0;border:0" @submit=${(e: Event) => {
          e.preventDefault();
          void this.run();
        }}>
          <label for="conflict-window">Window, days</label>
          <input id="conflict-window" name="windowDays" inputmode="numeric" autocomplete="off" style="width:5rem" .value=${this.windowText}
            aria-invalid=${this.windowError ? 'true' : 'false'} aria-describedby="conflict-window-help"
            @input=${(e: Event) => {
              this.windowText = (e.target as HTMLInputElement).value;
            }}>
          <button type="submit" aria-busy=${running ? 'true' : 'false'}>Show conflicts</button>
          <span id="conflict-window-help" class="muted small">How far apart two claims may be and still collide, 1 to 365 days.</span>
          ${this.windowError ? html`<p class="error-text" role="alert" data-testid="conflict-window-error">${this.windowError}</p>` : nothing}
        </form>
        ${loaded(
          this.conflicts.value,
          (c) => this.content(c),
          () => void this.run(),
          'Finding channel conflicts…',
        )}
      </article>`;
  }

  private content(c: Conflicts): TemplateResult {
    const tiles = conflictTiles(c);
    const sentence = protectionSentence(c);
    const rows = conflictRows(c.conflicts);
    const notes = c.notes.length
      ? html`<ul class="small" data-testid="conflict-notes">${c.notes.map((n) => html`<li>${note(n)}</li>`)}</ul>`
      : nothing;
    return html`
      <div class="tiles" data-testid="conflict-totals" data-window=${String(c.windowDays)}>${tiles.map(
        (t) =>
          html`<div class="tile"><span class="muted">${t.title}</span>${
            t.title === 'Amount at stake'
              ? html`<button type="button" class="link figure" data-evidence="conflicts-amount" data-figure=${String(c.amountAtStake)} title="Open the deals in the conflicts" @click=${() => this.open(`Deals in channel conflicts (${count(c.windowDays, 'day')})`, `amount at stake ${money(c.amountAtStake)}`, selectors.conflicts(c.windowDays))}><strong>${t.value}</strong></button>`
              : html`<strong>${t.value}</strong>`
          }<span class="muted small">${t.detail}</span></div>`,
      )}</div>
      ${sentence ? html`<p class="small">${sentence}</p>` : nothing}
      ${
        rows.length
          ? html`
        <h3>Largest conflicts <span class="muted small">${integer(rows.length)} of ${count(c.conflictedCustomers, 'conflicted customer')}, largest amount first · window ${count(c.windowDays, 'day')}${c.asOf ? ` · as of ${date(c.asOf)}` : ''}</span></h3>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Channel conflicts"><table class="data compact" data-testid="conflicts">
          <thead><tr><th scope="col">Customer</th><th scope="col">Kind</th><th scope="col">Deals, partners and registration stage</th><th scope="col">Protection</th><th scope="col">Outcome</th><th scope="col" class="num">Amount</th></tr></thead>
          <tbody>${rows.map(
            (r) => html`<tr data-customer=${r.customerId}>
            <td><button type="button" class="link" title="Open ${r.customer} in the explorer" @click=${() => this.openCustomer(r.customerId)}>${r.customer}</button>
              ${r.where ? html`<div class="muted small">${r.where}</div>` : nothing}</td>
            <td>${r.kind}</td>
            <td><ul class="factors">${r.deals.map((d) => html`<li>${d.protectedDeal ? html`<strong title="holds protection">${d.text} · protected</strong>` : d.text}<div class="muted small">${d.partners}</div></li>`)}</ul></td>
            <td title=${r.reason}>${r.protection}<div class="muted small">${r.reason}</div></td>
            <td>${r.outcome}</td>
            <td class="num">${figure(r.amount, `conflict-${r.customerId}`, () => this.open(`Conflicting deals at ${r.customer}`, `amount ${r.amount}`, selectors.conflicts(c.windowDays, [r.customerId])))}</td></tr>`,
          )}</tbody></table></div>`
          : empty(noteText(c.notes) || `No channel conflicts within ${c.windowDays} days.`)
      }
      ${rows.length ? notes : nothing}`;
  }

  private openCustomer(id: string) {
    this.navigate({ view: 'explorer', params: { ids: `Customer:${id}`, sel: `Customer:${id}` } });
  }
}
