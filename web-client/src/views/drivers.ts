// The Portfolio's performance drivers card: the partners grouped by one program lever at a time (performanceDrivers),
// each group's figures as buttons that open what is behind them in the evidence panel: its partners, the won deals
// of its revenue and won deals per partner, the closed deals of its win rate, its co-sold deals. The analysis itself
// names a group's partners (selector driverLever/driverGroup), so the rows reproduce the figure.
import { html, nothing, type TemplateResult } from 'lit-html';
import { query } from '../api/client';
import { PerformanceDriversQuery } from '../api/queries';
import type { RequestScope } from '../api/scope';
import type { AnalyticsFilter, DriverLeverKind, EvidenceSelector, PerformanceDriversCardQuery } from '../gql/graphql';
import { selectors, type DriverFigure } from '../lib/evidence';
import { count, decimal, displayName, integer, money, notes, percent } from '../lib/format';
import { loaded, Slot, empty } from '../ui';

type Drivers = PerformanceDriversCardQuery['performanceDrivers'];
type Lever = Drivers['levers'][number];
type Group = Lever['groups'][number];

/** The levers in words (the API's enum names). */
const LEVERS: Record<DriverLeverKind, string> = {
  CERTIFICATION: 'Certification',
  CERTIFIED_STAFF: 'Certified staff',
  INTEGRATION_DEPTH: 'Integration depth',
  ENGAGEMENT: 'Engagement',
  PORTAL_LOGINS: 'Portal logins',
  CONTENT_DOWNLOADS: 'Content downloads',
  TRAINING_COMPLETIONS: 'Training completions',
  PARTNER_TYPE: 'Partner type',
  TENURE: 'Tenure',
};

export class DriversCard {
  private readonly drivers: Slot<Drivers>;
  private lever: DriverLeverKind = 'CERTIFICATION';

  constructor(
    scope: RequestScope,
    private readonly changed: () => void,
    private readonly open: (title: string, figure: string, selector: EvidenceSelector) => void,
  ) {
    this.drivers = new Slot<Drivers>(changed, scope);
  }

  load(filter: AnalyticsFilter): void {
    void this.drivers.run(async (signal) => (await query(PerformanceDriversQuery, { filter }, signal)).performanceDrivers);
  }

  template(filter: AnalyticsFilter): TemplateResult {
    return html`<article class="card wide" data-testid="drivers" aria-labelledby="drivers-title">
      <h2 id="drivers-title">Performance drivers <span class="muted small">partners grouped by a program lever; each figure opens the partners or deals behind it</span></h2>
      ${loaded(
        this.drivers.value,
        (d) => this.body(d),
        () => this.load(filter),
        'Grouping partners…',
      )}</article>`;
  }

  private body(d: Drivers): TemplateResult {
    const lever = d.levers.find((l) => l.lever === this.lever) ?? d.levers[0];
    if (!lever) return html`${empty('No signed partner matches.')}`;
    return html`<label class="small">Lever <select data-testid="drivers-lever" @change=${(e: Event) => {
      this.lever = (e.target as HTMLSelectElement).value as DriverLeverKind;
      this.changed();
    }}>${d.levers.map((l) => html`<option value=${l.lever} ?selected=${l.lever === lever.lever}>${LEVERS[l.lever]}</option>`)}</select></label>
      <p class="muted small">${lever.description} · ${count(d.partners, 'signed partner')}</p>
      ${
        lever.groups.length
          ? html`<div class="table-wrap" tabindex="0" role="region" aria-label="Groups of the lever"><table class="data compact" data-testid="drivers-groups">
        <thead><tr><th scope="col">Group</th><th scope="col" class="num">Partners</th><th scope="col" class="num">Revenue per partner</th>
          <th scope="col" class="num">Won deals per partner</th><th scope="col" class="num">Closed deals</th><th scope="col" class="num">Win rate</th>
          <th scope="col" class="num">Co-sold per partner</th></tr></thead>
        <tbody>${lever.groups.map((g) => this.row(lever, g))}</tbody></table></div>`
          : nothing
      }
      ${lever.notes.length ? html`<p class="muted small">${notes(lever.notes)}</p>` : nothing}`;
  }

  private row(lever: Lever, g: Group): TemplateResult {
    const name = `${LEVERS[lever.lever]} ${displayName(g.key)}`;
    const open = (figure: DriverFigure, title: string, text: string) =>
      this.open(`${title}: ${name}`, text, selectors.driverGroup(lever.lever, g.key, figure));
    const cell = (id: string, figure: DriverFigure, text: string, value: number | null | undefined, title: string, what: string) =>
      html`<td class="num">${
        value === null || value === undefined
          ? '–'
          : html`<button type="button" class="link figure-link" data-evidence=${`driver-${id}-${g.key}`} data-figure=${String(value)}
              title=${`Open ${what}`} @click=${() => open(figure, title, `${text} (${count(g.partners, 'partner')})`)}>${text}</button>`
      }</td>`;
    return html`<tr data-group=${g.key} data-partners=${String(g.partners)}>
      <th scope="row">${displayName(g.key)}${g.reference ? html` <span class="muted small">(reference)</span>` : nothing}</th>
      ${cell('partners', 'partners', integer(g.partners), g.partners, 'Partners', "the group's partners")}
      ${cell('revenue', 'revenue', money(g.revenuePerPartner), g.revenuePerPartner, 'Won deals credited', 'the won deals the partners sourced or co-sold')}
      ${cell('won', 'revenue', decimal(g.wonDealsPerPartner, 1), g.wonDealsPerPartner, 'Won deals credited', 'the won deals the partners sourced or co-sold')}
      ${cell('closed', 'winRate', integer(g.closedDeals), g.closedDeals, 'Closed deals', 'the closed deals the partners sourced or co-sold')}
      ${cell('winRate', 'winRate', percent(g.winRate), g.winRate, 'Closed deals', 'the closed deals: the share won is the rate')}
      ${cell('coSold', 'coSold', decimal(g.coSoldPerPartner, 1), g.coSoldPerPartner, 'Co-sold deals', 'the deals the partners co-sold')}</tr>`;
  }
}
