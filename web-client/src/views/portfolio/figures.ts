// What the Portfolio's cards share: a figure as a button that opens its evidence, and a table of partners
// whose names open them in the explorer.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { EvidenceSelector } from '../../gql/graphql';
import type { EvidenceRequest } from '../../lib/evidence';
import type { Navigate } from '../view';

/** Opens the evidence panel on the rows behind a figure (views/evidence.ts). */
export type OpenEvidence = (title: string, figure: string, selector: EvidenceSelector, narrow?: EvidenceRequest['narrow']) => void;

/** A figure as a button that opens its evidence (data-evidence names it for tests). */
export function figure(
  text: string,
  id: string,
  open: () => void,
  title = 'Open what adds up to this figure',
  value?: number | null,
): TemplateResult {
  return html`<button type="button" class="link figure-link" data-evidence=${id} data-figure=${value ?? nothing} title=${title} @click=${open}>${text}</button>`;
}

/** Partners, a row each; the first cell opens the partner in the explorer. */
export function partnerTable(
  rows: Array<{ id: string; cells: Array<string | TemplateResult> }>,
  header: string[],
  navigate: Navigate,
): TemplateResult {
  if (!rows.length) return html`<p class="muted">None.</p>`;
  return html`<table class="data compact"><thead><tr>${header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
    <tbody>${rows.map((r) => html`<tr>${r.cells.map((c, i) => (i === 0 ? html`<td><button type="button" class="link" @click=${() => navigate({ view: 'explorer', params: { ids: `Partner:${r.id}`, sel: `Partner:${r.id}` } })}>${c}</button></td>` : html`<td class="num">${c}</td>`))}</tr>`)}</tbody></table>`;
}
