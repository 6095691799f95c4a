// The recruiting team's shortlist (issue 14 item 11), shown under the prospect ranking: prospects with
// the team's status and notes (one list for every recruiter and admin: shortlist / shortlistProspect /
// removeFromShortlist), each with its place in the ranking, and a CSV of the list with the ranking.
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { live } from 'lit-html/directives/live.js';
import { query } from '../api/client';
import { RemoveFromShortlistMutation, ShortlistProspectMutation, ShortlistQuery } from '../api/queries';
import type { RequestScope } from '../api/scope';
import type { ShortlistStatus } from '../gql/graphql';
import { download } from '../lib/csv';
import { shortlistCsv, STATUSES, type Entry, type RankedRow } from '../lib/shortlist';
import { date, decimal, displayName, percent } from '../lib/format';

export type { RankedRow } from '../lib/shortlist';
import { loaded, Slot } from '../ui';

export class ShortlistPanel {
  readonly entries: Slot<Entry[]>;
  /** Notes as typed, per prospect, until saved. */
  private drafts = new Map<string, string>();
  private problem: { id: string; message: string } | null = null;
  private busy = new Set<string>();

  constructor(
    private readonly scope: RequestScope,
    private readonly changed: () => void,
    private readonly open: (id: string) => void,
  ) {
    this.entries = new Slot<Entry[]>(changed, scope);
  }

  load(): void {
    void this.entries.run(async (signal) => (await query(ShortlistQuery, {}, signal)).shortlist);
  }

  has(id: string): boolean {
    return !!this.entries.data?.some((e) => e.prospectId === id);
  }

  /** Adds a prospect (status "to contact"), or changes its status or notes. */
  async write(id: string, change: { status?: ShortlistStatus; notes?: string | null }): Promise<void> {
    this.busy.add(id);
    this.problem = null;
    this.changed();
    try {
      const r = await query(ShortlistProspectMutation, { input: { prospectId: id, ...change } }, this.scope.signal);
      const err = r.shortlistProspect.errors[0];
      if (err) this.problem = { id, message: err.message };
      else if (r.shortlistProspect.entry) {
        const entry = r.shortlistProspect.entry;
        const list = (this.entries.data ?? []).filter((e) => e.prospectId !== id);
        this.entries.value = { state: 'ok', data: [entry, ...list] };
        if (change.notes !== undefined) this.drafts.delete(id);
      }
    } catch (e) {
      this.problem = { id, message: e instanceof Error ? e.message : String(e) };
    } finally {
      this.busy.delete(id);
      this.changed();
    }
  }

  async remove(id: string): Promise<void> {
    this.busy.add(id);
    this.changed();
    try {
      const r = await query(RemoveFromShortlistMutation, { prospectId: id }, this.scope.signal);
      const err = r.removeFromShortlist.errors[0];
      if (err) this.problem = { id, message: err.message };
      this.entries.value = { state: 'ok', data: (this.entries.data ?? []).filter((e) => e.prospectId !== id) };
    } catch (e) {
      this.problem = { id, message: e instanceof Error ? e.message : String(e) };
    } finally {
      this.busy.delete(id);
      this.changed();
    }
  }

  /** The star of a ranking row: on or off the shortlist. */
  toggle(row: { id: string; name: string }): TemplateResult {
    const on = this.has(row.id);
    return html`<button type="button" class="link star" data-testid="shortlist-toggle" aria-pressed=${on ? 'true' : 'false'} ?disabled=${this.busy.has(row.id) || this.entries.value.state !== 'ok'}
      title=${on ? `Take ${row.name} off the shortlist` : `Put ${row.name} on the team's shortlist`} aria-label=${on ? `On the shortlist: ${row.name}` : `Shortlist ${row.name}`}
      @click=${() => void (on ? this.remove(row.id) : this.write(row.id, {}))}>${on ? '★' : '☆'}</button>`;
  }

  template(ranking: Map<string, RankedRow>, weights: Record<string, number>): TemplateResult {
    return html`<section class="card wide shortlist" aria-labelledby="shortlist-title" data-testid="shortlist">
      <h2 id="shortlist-title">Shortlist <span class="muted small">the recruiting team's prospects, shared by every recruiter: status, notes, and who changed them</span></h2>
      ${loaded(
        this.entries.value,
        (entries) =>
          entries.length
            ? this.table(entries, ranking, weights)
            : html`<p class="muted" data-testid="shortlist-empty">No prospect on the shortlist yet: ☆ in the ranking puts one on it.</p>`,
        () => this.load(),
        'Loading the shortlist…',
      )}
    </section>`;
  }

  private table(entries: Entry[], ranking: Map<string, RankedRow>, weights: Record<string, number>): TemplateResult {
    return html`<div class="table-head"><span>${entries.length} on the shortlist</span>
        <button type="button" data-testid="shortlist-csv" @click=${() => download('prospect-shortlist.csv', shortlistCsv(entries, ranking, weights))}>Export CSV with the ranking</button></div>
      <div class="table-wrap" tabindex="0" role="region" aria-label="Shortlist"><table class="data compact" data-testid="shortlist-table">
        <thead><tr><th scope="col">Prospect</th><th scope="col" class="num">Rank</th><th scope="col" class="num">Blend</th><th scope="col" class="num">IPP probability</th>
          <th scope="col">Status</th><th scope="col">Notes</th><th scope="col">Changed</th><th scope="col"><span class="sr-only">Remove</span></th></tr></thead>
        <tbody>${repeat(
          entries,
          (e) => e.prospectId,
          (e) => {
            const r = ranking.get(e.prospectId);
            const name = e.prospect?.name ?? r?.name ?? e.prospectId;
            const draft = this.drafts.get(e.prospectId);
            return html`<tr data-id=${e.prospectId}>
            <td>${e.prospect ? html`<button type="button" class="link" @click=${() => this.open(e.prospectId)}>${name}</button>` : html`${name} <span class="muted small">(no longer in the graph)</span>`}</td>
            <td class="num" data-rank=${r ? String(r.rank) : ''}>${r ? r.rank : html`<span class="muted" title="Not in the ranking with these filters">–</span>`}</td>
            <td class="num">${r ? decimal(r.blend, 3) : '–'}</td><td class="num">${r ? percent(r.ippProbability) : '–'}</td>
            <td><label class="sr-only" for=${`status-${e.prospectId}`}>Status of ${name}</label>
              <select id=${`status-${e.prospectId}`} data-testid="shortlist-status" ?disabled=${this.busy.has(e.prospectId)} .value=${live(e.status)}
                @change=${(ev: Event) => void this.write(e.prospectId, { status: (ev.target as HTMLSelectElement).value as ShortlistStatus })}>
                ${STATUSES.map((s) => html`<option value=${s} ?selected=${e.status === s}>${displayName(s, 'shortlistStatus')}</option>`)}</select></td>
            <td><form @submit=${(ev: Event) => {
              ev.preventDefault();
              void this.write(e.prospectId, { notes: (draft ?? e.notes ?? '').trim() || null });
            }}>
              <label class="sr-only" for=${`notes-${e.prospectId}`}>Notes on ${name}</label>
              <textarea id=${`notes-${e.prospectId}`} data-testid="shortlist-notes" maxlength="2000" .value=${live(draft ?? e.notes ?? '')}
                @input=${(ev: Event) => {
                  this.drafts.set(e.prospectId, (ev.target as HTMLTextAreaElement).value);
                  this.changed();
                }}></textarea>
              ${draft !== undefined && draft !== (e.notes ?? '') ? html`<button type="submit" data-testid="shortlist-save-notes" ?disabled=${this.busy.has(e.prospectId)}>Save notes</button>` : nothing}
              ${this.problem?.id === e.prospectId ? html`<p class="error-text" role="alert">${this.problem.message}</p>` : nothing}</form></td>
            <td class="small">${e.updatedBy}, ${date(e.updatedAt)}${e.addedBy !== e.updatedBy ? html`<div class="muted">added by ${e.addedBy}</div>` : nothing}</td>
            <td><button type="button" class="link" data-testid="shortlist-remove" @click=${() => void this.remove(e.prospectId)} aria-label=${`Take ${name} off the shortlist`}>Remove</button></td></tr>`;
          },
        )}</tbody></table></div>`;
  }
}
