// The Portfolio's KPI tiles (ecosystemKpis): each figure with its change against the previous period, and a
// button that opens the deals or partners behind it in the evidence panel.
import { html, type TemplateResult } from 'lit-html';
import type { AnalyticsFilter, EvidenceSelector, KpisQuery } from '../../gql/graphql';
import { selectors } from '../../lib/evidence';
import { count, money, percent } from '../../lib/format';
import { kpiTiles as tilesOf } from '../../lib/kpis';
import type { Slot } from '../../ui';
import type { OpenEvidence } from './figures';

type Kpis = KpisQuery['ecosystemKpis'];

interface TileEvidence {
  title: string;
  selector: EvidenceSelector;
  figure: string;
  amount: number;
  hint: string;
}

export function kpiTiles(k: Kpis, previous: Slot<Kpis | null>, filter: AnalyticsFilter, open: OpenEvidence): TemplateResult {
  const tiles = tilesOf(k, previous.data ?? null);
  const pending = previous.value.state === 'loading' ? 'comparing with the previous period…' : null;
  const opens = tileEvidence(k);
  return html`<div class="tiles wide" data-testid="kpis">${tiles.map((t) => {
    const o = opens[t.id];
    return html`<div class="tile" data-kpi=${t.id}><span class="muted">${t.title}</span>
    ${
      o && t.value !== '–'
        ? html`<button type="button" class="link figure" data-evidence=${`kpi-${t.id}`} data-figure=${String(o.amount)} title=${o.hint}
      @click=${() => open(o.title, `${t.title}: ${o.figure}`, o.selector)}><strong>${t.value}</strong></button>`
        : html`<strong>${t.value}</strong>`
    }
    ${
      t.delta
        ? html`<span class=${`delta small ${t.delta.good === null ? '' : t.delta.good ? 'up' : 'down'}`} data-testid="kpi-delta" title=${t.delta.title}>${t.delta.text}</span>`
        : html`<span class="muted small">${pending ?? (filter.from ? 'no previous figure' : 'choose a period to compare')}</span>`
    }</div>`;
  })}</div>`;
}

/** What each tile's figure opens: its title, selector, figure in words, and what its rows add up to (data-figure, for the tests). */
function tileEvidence(k: Kpis): Record<string, TileEvidence> {
  // What each tile's list adds up to: the figure, or the share's numerator (data-figure, for the tests)
  const won = k.totalWonAmount;
  const sourcedAmount = (k.partnerSourcedShare ?? 0) * won;
  const drivenAmount = (k.partnerDrivenShare ?? 0) * won;
  return {
    won: { title: 'Won deals', selector: { basis: 'WON' }, figure: `won revenue ${money(won)}`, amount: won, hint: 'Open the won deals' },
    sourced: {
      title: 'Partner-sourced won deals',
      selector: { basis: 'WON', sources: ['PARTNER_SOURCED'] },
      amount: sourcedAmount,
      figure: `${percent(k.partnerSourcedShare)} of won revenue: ${money(sourcedAmount)} of ${money(won)}`,
      hint: "Open the partner-sourced won deals: the share's numerator",
    },
    driven: {
      title: 'Partner-driven won deals (sourced or co-sold)',
      selector: selectors.partnerDriven(),
      amount: drivenAmount,
      figure: `${percent(k.partnerDrivenShare)} of won revenue: ${money(drivenAmount)} of ${money(won)}`,
      hint: "Open the won deals partners sourced or co-sold: the share's numerator",
    },
    perPartner: {
      title: 'Partner-driven won deals, shared by the active partners',
      selector: selectors.partnerDriven(),
      amount: drivenAmount,
      figure: `${money(k.revenuePerActivePartner)} per active partner: ${money(drivenAmount)} over ${count(k.activePartners, 'active partner')}`,
      hint: 'Open the won deals partners sourced or co-sold: the revenue divided among the active partners',
    },
    active: {
      title: 'Active partners',
      selector: selectors.activePartners(),
      amount: k.activePartners,
      figure: `${count(k.activePartners, 'active partner')} signed by the as-of date`,
      hint: 'Open the partners the tile counts: active, signed by the as-of date, of the chosen segment',
    },
    registration: {
      title: 'Partner deal rows created in the period, registered or not',
      selector: selectors.registration(),
      amount: k.registrationRate ?? 0,
      figure: `${percent(k.registrationRate)} of the partner deal rows registered`,
      hint: 'Open the partner deal rows: the share registered is the rate',
    },
    firstDeal: {
      title: "Each partner's first deal and the days from signing",
      selector: selectors.firstDeal(),
      amount: k.timeToFirstDeal.medianDays ?? 0,
      figure: `median ${k.timeToFirstDeal.medianDays ?? '–'} days over ${count(k.timeToFirstDeal.partners - k.timeToFirstDeal.partnersWithoutDeal, 'partner')} with a deal`,
      hint: 'Open the partners signed inside the deal history and their first deals: the median of the days is the figure',
    },
  };
}
