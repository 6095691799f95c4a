import { html, render, nothing, type TemplateResult } from 'lit-html';
import { query } from '../api/client';
import { graphql } from '../gql';
import type { AuditEventsQuery as AuditEventsResult } from '../gql/graphql';
import type { Route } from '../lib/route';
import { empty, loaded, Slot } from '../ui';
import type { Navigate, ViewController } from './view';

// The audit trail for admins: who changed what and when, newest first, filtered by node id,
// operation or actor (state in the hash, so a filtered list can be shared).
export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { node { id at actor credential role operation nodeIds summary outcome } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

type Page = AuditEventsResult['auditEvents'];
type AuditRow = Page['edges'][number]['node'];

export class AuditView implements ViewController {
  private host!: HTMLElement;
  private navigate!: Navigate;
  private route!: Route;
  private events = new Slot<Page>(() => this.draw());
  private rows: AuditRow[] = [];

  mount(host: HTMLElement, route: Route, navigate: Navigate): void {
    this.host = host;
    this.navigate = navigate;
    this.update(route);
  }

  update(route: Route): void {
    this.route = route;
    this.rows = [];
    this.load();
  }

  unmount(): void {
    render(nothing, this.host);
  }

  private filter() {
    const p = this.route.params;
    return {
      nodeId: p.node || null,
      operations: p.op ? [p.op] : null,
      actor: p.actor || null,
    };
  }

  private load(after?: string) {
    this.events
      .run(() => query(AuditEventsQuery, { filter: this.filter(), first: 50, after: after ?? null }).then((d) => d.auditEvents))
      .then(() => {
        if (this.events.data) this.rows = [...this.rows, ...this.events.data.edges.map((e) => e.node)];
        this.draw();
      });
  }

  private submit(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const params: Record<string, string> = {};
    for (const key of ['node', 'op', 'actor']) {
      const value = String(data.get(key) ?? '').trim();
      if (value) params[key] = value;
    }
    this.navigate({ view: 'audit', params });
  }

  private draw() {
    if (!this.host) return;
    render(this.template(), this.host);
  }

  private template(): TemplateResult {
    const p = this.route.params;
    return html`<section class="page audit">
      <header class="page-head"><h1>Audit trail</h1><p class="muted">Every change, retrain and import, and every refused sign-in or write: who, what, when, and how it ended.</p></header>
      <form class="filters" @submit=${(e: SubmitEvent) => this.submit(e)} aria-label="Filter the audit trail">
        <label>Node id <input name="node" .value=${p.node ?? ''} placeholder="P0042" /></label>
        <label>Operation <input name="op" .value=${p.op ?? ''} placeholder="deleteNode" /></label>
        <label>Who <input name="actor" .value=${p.actor ?? ''} placeholder="admin or key:crm-sync" /></label>
        <button type="submit">Show</button>
      </form>
      ${loaded(
        this.events.value,
        (page) => this.table(page),
        () => this.load(),
        'Loading the audit trail…',
      )}
    </section>`;
  }

  private table(page: Page): TemplateResult {
    if (this.rows.length === 0) return empty('No audit events match.');
    return html`<p class="muted" data-testid="audit-count">${page.totalCount} event${page.totalCount === 1 ? '' : 's'}</p>
      <table class="table" data-testid="audit-table">
        <thead><tr><th>When (UTC)</th><th>Who</th><th>How</th><th>Operation</th><th>Nodes</th><th>Outcome</th><th>Summary</th></tr></thead>
        <tbody>${this.rows.map(
          (r) => html`<tr data-outcome=${r.outcome}>
          <td>${r.at.replace('T', ' ').replace(/\.\d+Z$|Z$/, '')}</td>
          <td>${r.actor}${r.role ? html` <span class="muted">(${r.role})</span>` : nothing}</td>
          <td>${r.credential.toLowerCase().replace('_', ' ')}</td>
          <td>${r.operation}</td>
          <td>${r.nodeIds.join(', ')}</td>
          <td class=${'outcome ' + r.outcome.toLowerCase()}>${r.outcome.toLowerCase()}</td>
          <td class="summary">${r.summary}</td></tr>`,
        )}</tbody>
      </table>
      ${page.pageInfo.hasNextPage ? html`<button type="button" @click=${() => this.load(page.pageInfo.endCursor ?? undefined)}>More</button>` : nothing}`;
  }
}
