// A figure made of other figures, opened: a dialog with the parts and how they combine into it (a prospect's blend:
// component x weight; its IPP probability: each factor's log-odds; a driver group against the reference: each outcome's
// two figures and their ratio), a total row that is the figure, and CSV export of the same rows. The evidence dialog
// (views/evidence.ts) lists rows the API reads; this one lists parts the view already has, so it opens at once.
// A view may keep the open breakdown in its URL (bd=<key>): onState hears the key of what opens (null when it
// closes), and follow() opens or closes it again as the URL says (a reload, a shared link, Back).
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { download, toCsv, type Cell } from '../lib/csv';

/** One row: what is shown, what goes into the CSV (same order as the columns), and a key naming the part (data-part). */
export interface BreakdownRow {
  cells: Array<string | TemplateResult>;
  csv: Cell[];
  key?: string;
}

export interface Breakdown {
  title: string;
  /** The figure and how its parts combine, in one sentence. */
  figure: string;
  /** Column titles; `numeric` marks right-aligned columns. */
  columns: Array<{ title: string; numeric?: boolean }>;
  /** The CSV's header when its rows hold more fields than the table shows (e.g. an interval's two ends); else the columns. */
  csvColumns?: string[];
  rows: BreakdownRow[];
  /** The row that is the figure (what the parts add up to), if they add up. */
  total?: BreakdownRow;
  /** What the reader should know about the parts (method, missing figures). */
  note?: string;
  /** Name of the CSV file, without the extension. */
  csvName: string;
}

export class BreakdownDialog {
  private readonly host = document.createElement('div');
  private shown: Breakdown | null = null;
  private opener: Element | null = null;
  /** The open breakdown's key (what the URL names), and the URL's key last followed. */
  private key: string | null = null;
  private followed = '';

  constructor(
    container: HTMLElement,
    private readonly onState?: (key: string | null) => void,
  ) {
    container.appendChild(this.host);
  }

  /** The key of the open breakdown, or null. */
  get state(): string | null {
    return this.shown ? this.key : null;
  }

  /** Opens it; with a key, the view is told (onState) so that the URL names it. */
  open(b: Breakdown, key?: string): void {
    if (!this.shown) this.opener = document.activeElement;
    this.shown = b;
    this.draw();
    const d = this.host.querySelector('dialog');
    if (d && !d.open) d.showModal();
    if (key !== undefined) {
      this.key = key;
      this.onState?.(key);
    }
  }

  /** Closes it; `silently` when the URL closed it (nothing to tell the view). */
  close(silently = false): void {
    const was = this.shown !== null && this.key !== null;
    this.shown = null;
    this.key = null;
    this.host.querySelector('dialog')?.close();
    this.draw();
    if (this.opener instanceof HTMLElement) this.opener.focus();
    this.opener = null;
    if (was && !silently) this.onState?.(null);
  }

  /**
   * Opens or closes it as the URL's key says, once per change of that key: `reopen` opens the breakdown a key
   * names and returns false when it cannot yet (the view's data has not arrived: it is asked again on the next draw).
   */
  follow(want: string | undefined, reopen: (key: string) => boolean): void {
    const key = want ?? '';
    if (key === this.followed) return;
    if (key === (this.state ?? '')) {
      this.followed = key;
    } else if (!key) {
      this.followed = key;
      this.close(true);
    } else if (reopen(key)) {
      this.followed = key;
    }
  }

  dispose(): void {
    render(nothing, this.host);
    this.host.remove();
  }

  private draw() {
    const b = this.shown;
    render(
      html`<dialog class="breakdown" aria-labelledby="breakdown-title" data-testid="breakdown" @close=${() => {
        if (this.shown) this.close();
      }}>${b ? this.content(b) : nothing}</dialog>`,
      this.host,
    );
  }

  private content(b: Breakdown): TemplateResult {
    const cell = (c: string | TemplateResult, i: number) => html`<td class=${b.columns[i]?.numeric ? 'num' : ''}>${c}</td>`;
    const row = (r: BreakdownRow, cls = '') =>
      html`<tr class=${cls} data-part=${r.key ?? nothing} data-values=${JSON.stringify(r.csv)}>${r.cells.map(cell)}</tr>`;
    return html`
      <header class="evidence-head">
        <div><h2 id="breakdown-title">${b.title}</h2><p class="muted small" data-testid="breakdown-figure">${b.figure}</p></div>
        <button type="button" class="link" @click=${() => this.close()} aria-label="Close the breakdown">Close ✕</button>
      </header>
      <div class="table-head"><span class="muted small">${b.rows.length} ${b.rows.length === 1 ? 'part' : 'parts'}</span>
        <span class="actions"><button type="button" data-testid="breakdown-csv" @click=${() => this.exportCsv(b)}>Export CSV</button></span></div>
      <div class="table-wrap" tabindex="0" role="region" aria-label="Parts of the figure"><table class="data compact" data-testid="breakdown-rows">
        <thead><tr>${b.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.title}</th>`)}</tr></thead>
        <tbody>${b.rows.map((r) => row(r))}</tbody>
        ${b.total ? html`<tfoot>${row(b.total, 'total')}</tfoot>` : nothing}
      </table></div>
      ${b.note ? html`<p class="muted small" data-testid="breakdown-note">${b.note}</p>` : nothing}`;
  }

  private exportCsv(b: Breakdown) {
    const rows = b.rows.map((r) => r.csv);
    if (b.total) rows.push(b.total.csv);
    download(`${b.csvName}.csv`, toCsv(b.csvColumns ?? b.columns.map((c) => c.title), rows));
  }
}
