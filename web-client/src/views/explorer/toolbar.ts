import { html, nothing, type TemplateResult } from 'lit-html';
import { KIND_COLOURS, KINDS, numericKeys, type NodeAttrs } from '../../graph/model';
import { EXPAND_PRESETS, presetOf, presetParams } from '../../graph/style';
import { inSentence, label, propertyName } from '../../lib/format';
import type { ExplorerContext } from './context';
import { exportCsv, exportPng } from './exports';
import type { ExplorerSearch } from './search';

const TYPES = ['referral', 'technology', 'reseller', 'strategic', 'services'];
const TIERS = ['platinum', 'gold', 'silver', 'registered'];
const REGIONS = ['north_america', 'emea', 'apac', 'latam'];

const value = (e: Event) => (e.target as HTMLSelectElement).value;
const checked = (e: Event) => (e.target as HTMLInputElement).checked;

/** Search; depth, expansion, colour, labels, grouping, size and layout; fit, exports and clear. */
export function toolbar(x: ExplorerContext, search: ExplorerSearch): TemplateResult {
  const p = x.params;
  const empty = !x.graph.order;
  return html`<div class="toolbar" role="toolbar" aria-label="Explorer tools">
          ${search.template()}
          <label>Depth <select @change=${(e: Event) => x.set({ depth: value(e) === '2' ? '2' : '' })}>
            <option value="1" ?selected=${p.depth !== '2'}>1 hop</option><option value="2" ?selected=${p.depth === '2'}>2 hops</option></select></label>
          <label>Expand <select data-testid="expand-by" @change=${(e: Event) => x.set(presetParams(EXPAND_PRESETS[Number(value(e))] ?? EXPAND_PRESETS[0]))}>
            ${EXPAND_PRESETS.map((o, i) => html`<option value=${i} ?selected=${presetOf(p.xt, p.xd)?.key === o.key}>${o.label}</option>`)}
            ${presetOf(p.xt, p.xd) ? nothing : html`<option value="-1" selected>custom: ${p.xt || 'every type'} ${p.xd || 'both ways'}</option>`}</select></label>
          ${styleSelects(x)}
          <label>Layout <select @change=${(e: Event) => x.relayout(value(e))}>
            <option value="force" ?selected=${p.layout !== 'circle'}>force</option><option value="circle" ?selected=${p.layout === 'circle'}>circle</option></select></label>
          <span class="spacer"></span>
          <button type="button" @click=${() => x.fitView()} ?disabled=${empty} title="Show the whole graph (F on the canvas)">Fit to view</button>
          <button type="button" @click=${() => exportPng(x.sigma)} ?disabled=${empty}>PNG</button>
          <button type="button" @click=${() => exportCsv(x.graph, x.filters, 'nodes')} ?disabled=${empty}>Nodes CSV</button>
          <button type="button" @click=${() => exportCsv(x.graph, x.filters, 'edges')} ?disabled=${empty}>Edges CSV</button>
          <button type="button" @click=${() => x.navigate({ view: 'explorer', params: {} })} ?disabled=${!p.ids}>Clear</button>
        </div>`;
}

/** Colour, labels, grouping and size. */
function styleSelects(x: ExplorerContext): TemplateResult {
  const p = x.params;
  const numeric = numericProperties(x);
  return html`<label>Colour <select data-testid="colour-by" @change=${(e: Event) => x.set({ color: value(e) })}>
            <option value="" ?selected=${!p.color}>by kind</option><option value="score" ?selected=${p.color === 'score'}>by IPP score</option>
            ${numeric.map((k) => html`<option value=${k} ?selected=${p.color === k}>by ${inSentence(propertyName(k))}</option>`)}</select></label>
          <label>Labels <select data-testid="label-rank" @change=${(e: Event) => x.set({ labels: value(e) })}>
            <option value="" ?selected=${x.labelRank === 'degree'}>most relationships first</option><option value="pagerank" ?selected=${x.labelRank === 'pagerank'}>highest PageRank first</option></select></label>
          <label class="chip"><input type="checkbox" data-testid="group-leaves" .checked=${p.group === '1'} @change=${(e: Event) => x.set({ group: checked(e) ? '1' : '', open: '' })} />Group hubs' leaves</label>
          <label>Size <select data-testid="size-by" @change=${(e: Event) => x.set({ size: value(e) })}>
            <option value="" ?selected=${!p.size}>${x.colourBy === 'score' ? 'by IPP score' : 'by relationships'}</option>
            ${numeric.map((k) => html`<option value=${k} ?selected=${p.size === k}>by ${inSentence(propertyName(k))}</option>`)}</select></label>`;
}

/** Which kinds, types, tiers and regions are shown. */
export function filterRow(x: ExplorerContext): TemplateResult {
  const f = x.filters;
  const select = (name: string, values: string[], current: string) =>
    html`<select @change=${(e: Event) => x.set({ [name]: value(e) })}><option value="">any</option>${values.map((t) => html`<option value=${t} ?selected=${current === t}>${label(t)}</option>`)}</select>`;
  return html`<div class="filters" role="group" aria-label="Filters">
          <span class="muted">Show</span>
          ${KINDS.map(
            (k) => html`<label class="chip"><input type="checkbox" .checked=${!f.kinds.length || f.kinds.includes(k)}
            @change=${(e: Event) => toggleKind(x, k, checked(e))} /><span class="dot" style="background:${KIND_COLOURS[k]}"></span>${label(k)}</label>`,
          )}
          <label>Type ${select('type', TYPES, f.type)}</label>
          <label>Tier ${select('tier', TIERS, f.tier)}</label>
          <label>Region ${select('region', REGIONS, f.region)}</label>
          <span class="legend"><span class="dot" style="background:${KIND_COLOURS.PROSPECT}"></span>Prospect</span>
        </div>`;
}

/** Numeric properties on the canvas (plus the URL's, so a saved choice shows before its nodes arrive). */
function numericProperties(x: ExplorerContext): string[] {
  const keys = new Set(numericKeys(x.graph.mapNodes((_, a) => a as NodeAttrs)));
  for (const k of [x.colourProperty, x.params.size ?? '']) if (k) keys.add(k);
  return [...keys].sort();
}

function toggleKind(x: ExplorerContext, kind: string, on: boolean) {
  const current = x.filters.kinds.length ? x.filters.kinds : [...KINDS];
  const next = on ? [...new Set([...current, kind])] : current.filter((k) => k !== kind);
  x.set({ kinds: next.length === KINDS.length ? '' : next.join(',') || 'NONE' });
}
