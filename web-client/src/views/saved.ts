// Named saved views (issue 14 item 11): a "Saved views" button in the header opens a dialog that saves
// the current view (explorer canvas, or an analytics view's period and segment) under a name, and lists
// the signed-in user's saved views to reopen or delete. Stored in the graph through the API, per user
// (savedViews / saveView / deleteSavedView): another user never sees them.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { query } from '../api/client';
import { DeleteSavedViewMutation, SaveViewMutation, SavedViewsQuery } from '../api/queries';
import { RequestScope } from '../api/scope';
import { date, displayName } from '../lib/format';
import { formatRoute, type Route } from '../lib/route';
import { inputFor, routeOf, targetOf, type Saved } from '../lib/savedview';
import { loaded, Slot } from '../ui';

type Navigate = (route: Route, replace?: boolean) => void;
interface Problem {
  field?: string | null;
  message: string;
}

export class SavedViewsMenu {
  private readonly scope = new RequestScope();
  private readonly list = new Slot<Saved[]>(() => this.draw(), this.scope);
  private route: Route | null = null;
  private name = '';
  private problems: Problem[] = [];
  private saving = false;
  private savedMessage = '';
  private host: HTMLElement | null = null;
  private readonly dialogHost = document.createElement('div');

  constructor(private readonly navigate: Navigate) {
    document.body.appendChild(this.dialogHost);
  }

  /** The header's slot for the button, and the route it would save. */
  attach(host: HTMLElement, route: Route): void {
    this.host = host;
    this.route = route;
    this.draw();
  }

  dispose(): void {
    this.scope.dispose();
    render(nothing, this.dialogHost);
    this.dialogHost.remove();
  }

  private dialog(): HTMLDialogElement | null {
    return this.dialogHost.querySelector('dialog');
  }

  private open() {
    this.problems = [];
    this.savedMessage = '';
    void this.list.run(async (signal) => (await query(SavedViewsQuery, {}, signal)).savedViews);
    this.draw();
    this.dialog()?.showModal();
    this.dialogHost.querySelector<HTMLInputElement>('input[name=view-name]')?.focus();
  }

  private close() {
    this.dialog()?.close();
    this.host?.querySelector<HTMLButtonElement>('button')?.focus();
  }

  private async save(e: Event) {
    e.preventDefault();
    const route = this.route;
    const input = route
      ? inputFor(route, this.name.trim(), this.list.data?.find((v) => v.name === this.name.trim() && v.target === targetOf(route.view))?.id)
      : null;
    if (!input) return;
    this.saving = true;
    this.problems = [];
    this.draw();
    try {
      const r = await query(SaveViewMutation, { input }, this.scope.signal);
      this.problems = r.saveView.errors;
      if (!this.problems.length && r.saveView.savedView) {
        this.savedMessage = `Saved as “${r.saveView.savedView.name}”.`;
        this.name = '';
        void this.list.run(async (signal) => (await query(SavedViewsQuery, {}, signal)).savedViews);
      }
    } catch (err) {
      this.problems = [{ message: err instanceof Error ? err.message : String(err) }];
    } finally {
      this.saving = false;
      this.draw();
    }
  }

  private async remove(view: Saved) {
    try {
      const r = await query(DeleteSavedViewMutation, { id: view.id }, this.scope.signal);
      this.problems = r.deleteSavedView.errors;
      this.savedMessage = this.problems.length ? '' : `Deleted “${view.name}”.`;
    } catch (err) {
      this.problems = [{ message: err instanceof Error ? err.message : String(err) }];
    }
    void this.list.run(async (signal) => (await query(SavedViewsQuery, {}, signal)).savedViews);
  }

  private reopen(view: Saved) {
    this.close();
    this.navigate(routeOf(view));
  }

  private draw() {
    if (!this.scope.alive) return;
    if (this.host)
      render(
        html`<button type="button" class="link saved-views-button" data-testid="saved-views" aria-haspopup="dialog" @click=${() => this.open()}>Saved views</button>`,
        this.host,
      );
    render(
      html`<dialog class="saved-views" aria-labelledby="saved-views-title" data-testid="saved-views-dialog" @close=${() => this.draw()}>${this.content()}</dialog>`,
      this.dialogHost,
    );
  }

  private content(): TemplateResult {
    const route = this.route;
    const target = route ? targetOf(route.view) : null;
    const nameError = this.problems.find((p) => p.field === 'name');
    return html`
      <header class="evidence-head"><h2 id="saved-views-title">Saved views</h2>
        <button type="button" class="link" @click=${() => this.close()} aria-label="Close saved views">Close ✕</button></header>
      ${
        target
          ? html`<form class="save-view" @submit=${(e: Event) => void this.save(e)}>
          <label for="view-name">Save this ${displayName(target, 'savedViewTarget').toLowerCase()} view as</label>
          <input id="view-name" name="view-name" maxlength="80" required autocomplete="off" .value=${this.name}
            aria-invalid=${nameError ? 'true' : 'false'} aria-describedby="view-name-help" @input=${(e: Event) => {
              this.name = (e.target as HTMLInputElement).value;
            }} />
          <button type="submit" ?disabled=${this.saving}>${this.saving ? 'Saving…' : 'Save'}</button>
          <span id="view-name-help" class="muted small">Saving under a name you already use replaces that view. Only you see your saved views.</span>
        </form>`
          : html`<p class="muted small">This view (${route ? displayName(route.view, 'view') : ''}) is not saved; the explorer and the analytics views are.</p>`
      }
      ${this.problems.length ? html`<ul class="error-text" role="alert" data-testid="saved-views-errors">${this.problems.map((p) => html`<li>${p.message}</li>`)}</ul>` : nothing}
      ${this.savedMessage ? html`<p class="small" role="status" data-testid="saved-views-status">${this.savedMessage}</p>` : html`<p class="sr-only" role="status"></p>`}
      ${loaded(
        this.list.value,
        (views) =>
          views.length
            ? html`<table class="data compact" data-testid="saved-views-list">
          <thead><tr><th scope="col">Name</th><th scope="col">View</th><th scope="col">Saved</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
          <tbody>${views.map(
            (v) => html`<tr data-id=${v.id} data-name=${v.name}>
            <td><button type="button" class="link" title=${formatRoute(routeOf(v))} @click=${() => this.reopen(v)}>${v.name}</button></td>
            <td>${displayName(v.target, 'savedViewTarget')}</td><td>${date(v.updatedAt)}</td>
            <td><button type="button" class="link" aria-label=${`Delete ${v.name}`} @click=${() => void this.remove(v)}>Delete</button></td></tr>`,
          )}</tbody></table>`
            : html`<p class="muted" data-testid="saved-views-empty">No saved view yet.</p>`,
        () => this.open(),
        'Loading your saved views…',
      )}`;
  }
}
