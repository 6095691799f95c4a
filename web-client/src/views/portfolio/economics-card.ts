// The Portfolio's partner economics card (partnerEconomics): what partners earn on our deals against their hourly
// cost; a partner's earnings open its deal rows in the evidence panel.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { PartnerEconomicsListQuery } from '../../gql/graphql';
import { selectors } from '../../lib/evidence';
import { count, decimal, integer, label, money, notes as noteText, percent, ratio } from '../../lib/format';
import type { Navigate } from '../view';
import { figure, partnerTable, type OpenEvidence } from './figures';

/** Partner economics: what partners earn on our deals against their hourly cost; earnings open their deal rows. */
export function economicsCard(e: PartnerEconomicsListQuery['partnerEconomics'], open: OpenEvidence, navigate: Navigate): TemplateResult {
  return html`<article class="card wide" data-testid="economics"><h2>Partner economics <span class="muted small">earnings per hour on our deals against the partner's hourly rate; below ${ratio(e.threshold, 1)} a partner may deprioritise us</span></h2>
    <p class="small">${integer(e.atRisk)} of ${count(e.evaluated, 'partner')} evaluated are below ${ratio(e.threshold, 1)}${e.atRiskShare !== null && e.atRiskShare !== undefined ? ` (${percent(e.atRiskShare)})` : ''} · ${count(e.partnersWithDeals, 'partner')} with deal rows in the period</p>
    ${partnerTable(
      e.partners.slice(0, 10).map((p) => ({
        id: p.id,
        cells: [
          p.name ?? p.id,
          label(p.type),
          figure(
            money(p.earnings),
            `earnings-${p.id}`,
            () =>
              open(
                `Earnings of ${p.name ?? p.id} on our deals`,
                `${money(p.earnings)} for ${decimal(p.hours, 0)} hours`,
                selectors.earnings(p.id),
              ),
            undefined,
            p.earnings,
          ),
          decimal(p.hours, 0),
          money(p.hourlyReturn),
          money(p.hourlyRate),
          ratio(p.multiple, 1),
        ],
      })),
      ['Partner', 'Type', 'Earnings', 'Hours', 'Per hour', 'Hourly rate', 'Multiple'],
      navigate,
    )}
    ${e.notes.length ? html`<p class="muted small">${noteText(e.notes)}</p>` : nothing}</article>`;
}
