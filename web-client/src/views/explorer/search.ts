import { html, nothing, type TemplateResult } from 'lit-html';
import { query } from '../../api/client';
import { SearchQuery } from '../../api/queries';
import type { SearchQuery as SQ } from '../../gql/graphql';
import { KIND_COLOURS, qualifiedId } from '../../graph/model';
import { listParam } from '../../lib/route';
import { empty, loaded, Slot } from '../../ui';
import type { ExplorerContext } from './context';

type Hit = SQ['search'][number];

/** The search box and its hits (a combobox: arrows move through the hits, Enter picks one onto the canvas). */
export class ExplorerSearch {
  private readonly hits: Slot<Hit[]>;
  private text = '';
  private active = -1;
  private timer = 0;

  constructor(private readonly x: ExplorerContext) {
    this.hits = new Slot<Hit[]>(() => x.draw(), x.scope);
  }

  dispose() {
    clearTimeout(this.timer);
  }

  private onInput(text: string) {
    this.text = text;
    this.active = -1;
    clearTimeout(this.timer);
    if (text.trim().length < 2) {
      this.hits.value = { state: 'idle' };
      this.x.draw();
      return;
    }
    this.timer = window.setTimeout(
      () => this.hits.run(async (signal) => (await query(SearchQuery, { text: text.trim(), first: 12 }, signal)).search),
      200,
    );
  }

  private onKey(e: KeyboardEvent) {
    const hits = this.hits.data ?? [];
    if (e.key === 'ArrowDown') {
      this.active = Math.min(hits.length - 1, this.active + 1);
      e.preventDefault();
      this.x.draw();
    } else if (e.key === 'ArrowUp') {
      this.active = Math.max(0, this.active - 1);
      e.preventDefault();
      this.x.draw();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[Math.max(0, this.active)];
      if (hit) this.pick(hit);
    } else if (e.key === 'Escape') {
      this.hits.value = { state: 'idle' };
      this.x.draw();
    }
  }

  private pick(hit: Hit) {
    const id = qualifiedId(hit.kind, hit.id);
    this.hits.value = { state: 'idle' };
    this.text = '';
    const ids = listParam(this.x.params.ids);
    if (!ids.includes(id)) ids.push(id);
    this.x.set({ ids: ids.join(','), sel: id, to: '' });
  }

  template(): TemplateResult {
    const hits = this.hits.value;
    return html`<div class="search">
            <input type="search" placeholder="Search partners, prospects, customers…" aria-label="Search partners, prospects and customers"
              role="combobox" aria-autocomplete="list" aria-expanded=${hits.state === 'ok' ? 'true' : 'false'}
              aria-controls=${hits.state === 'idle' ? nothing : 'search-hits'}
              aria-activedescendant=${hits.state === 'ok' && this.active >= 0 ? `hit-${this.active}` : nothing}
              .value=${this.text} @input=${(e: Event) => this.onInput((e.target as HTMLInputElement).value)} @keydown=${(e: KeyboardEvent) => this.onKey(e)} />
            ${
              hits.state === 'idle'
                ? nothing
                : html`<div class="hits" id="search-hits" role="listbox" aria-label="Search results">
              ${loaded(hits, (list) => this.list(list), undefined, 'Searching…')}
            </div>`
            }
          </div>`;
  }

  private list(list: Hit[]) {
    if (list.length === 0) return empty(`Nothing found for “${this.text}”.`);
    return html`${list.map(
      (h, i) => html`
                <button type="button" role="option" id=${`hit-${i}`} class=${i === this.active ? 'hit active' : 'hit'} aria-selected=${i === this.active ? 'true' : 'false'} @click=${() => this.pick(h)}>
                  <span class="dot" style="background:${KIND_COLOURS[h.kind] ?? '#999'}"></span><strong>${h.name}</strong> <span class="muted">${h.id} · ${h.description}</span>
                </button>`,
    )}`;
  }
}
