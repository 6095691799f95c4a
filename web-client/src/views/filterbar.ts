// The period and segment bar of the analytics views (Portfolio, Value combinations, Referral network):
// it edits the AnalyticsFilter kept in the URL (lib/filter.ts). Any view that takes the API's filter
// can put it at its top: filterBar(route params, the data's as-of date once known, navigate-with-changes).
import { html, nothing, type TemplateResult } from 'lit-html';
import type { AnalyticsFilter } from '../gql/graphql';
import { PARTNER_TYPES, REGIONS, TIERS, filterFromParams, filterToParams, presets } from '../lib/filter';
import { date, displayName } from '../lib/format';

type Change = (params: Record<string, string>) => void;

function toggle(list: string[] | null | undefined, value: string, on: boolean): string[] {
  const set = new Set(list ?? []);
  if (on) set.add(value);
  else set.delete(value);
  return [...set];
}

function checks(
  title: string,
  name: string,
  values: readonly string[],
  chosen: readonly string[] | null | undefined,
  kind: string,
  onToggle: (v: string, on: boolean) => void,
): TemplateResult {
  return html`<fieldset class="chips" data-filter=${name}><legend>${title}</legend>
    ${values.map((v) => html`<label class="chip"><input type="checkbox" .checked=${(chosen ?? []).includes(v)} @change=${(e: Event) => onToggle(v, (e.target as HTMLInputElement).checked)} />${displayName(v, kind)}</label>`)}
  </fieldset>`;
}

/**
 * The bar. `asOf` is the data's date the API answered with (presets end there); `change` gets the new URL
 * parameters (the view navigates). Nothing chosen in a group means all of it.
 */
export function filterBar(params: Record<string, string>, asOf: string | null | undefined, change: Change): TemplateResult {
  const f = filterFromParams(params);
  const set = (next: AnalyticsFilter) => change(filterToParams(next));
  const list = asOf ? presets(asOf) : [];
  const current =
    list.find((p) => (p.from ?? '') === (f.from ?? '') && (p.to ?? '') === (f.asOf ?? ''))?.id ?? (f.from || f.asOf ? 'custom' : 'all');
  return html`<form class="filters analytics-filter" data-testid="analytics-filter" aria-label="Period and segment" @submit=${(e: Event) => e.preventDefault()}>
    <label>Period <select data-testid="period" @change=${(e: Event) => {
      const p = list.find((x) => x.id === (e.target as HTMLSelectElement).value);
      if (p) set({ ...f, from: p.from, asOf: p.to });
    }}>
      ${(list.length ? list : [{ id: 'all', title: 'All history' }]).map((p) => html`<option value=${p.id} ?selected=${current === p.id}>${p.title}</option>`)}
      ${current === 'custom' ? html`<option value="custom" selected>Custom</option>` : nothing}
    </select></label>
    <label>From <input type="date" name="from" .value=${f.from ?? ''} @change=${(e: Event) => set({ ...f, from: (e.target as HTMLInputElement).value || null })} /></label>
    <label>To <input type="date" name="to" .value=${f.asOf ?? ''} @change=${(e: Event) => set({ ...f, asOf: (e.target as HTMLInputElement).value || null })} /></label>
    ${checks('Partner type', 'types', PARTNER_TYPES, f.partnerTypes, 'partnerType', (v, on) => set({ ...f, partnerTypes: toggle(f.partnerTypes, v, on) as AnalyticsFilter['partnerTypes'] }))}
    ${checks('Region', 'regions', REGIONS, f.regions, 'region', (v, on) => set({ ...f, regions: toggle(f.regions, v, on) }))}
    ${checks('Tier', 'tiers', TIERS, f.tiers, 'tier', (v, on) => set({ ...f, tiers: toggle(f.tiers, v, on) as AnalyticsFilter['tiers'] }))}
    <span class="muted small" data-testid="filter-summary">${summary(f, asOf)}</span>
  </form>`;
}

/** The filter in words: "1 Dec 2025 to 30 Nov 2026 · EMEA · Reseller". */
export function summary(f: AnalyticsFilter, asOf: string | null | undefined): string {
  const period = f.from
    ? `${date(f.from)} to ${date(f.asOf ?? asOf)}`
    : f.asOf
      ? `up to ${date(f.asOf)}`
      : asOf
        ? `all history up to ${date(asOf)}`
        : 'all history';
  const seg = [
    ...(f.partnerTypes ?? []).map((t) => displayName(t, 'partnerType')),
    ...(f.regions ?? []).map((r) => displayName(r, 'region')),
    ...(f.tiers ?? []).map((t) => displayName(t, 'tier')),
  ];
  return [period, seg.length ? seg.join(', ') : 'all partners'].join(' · ');
}
