// The Portfolio's performance drivers card: the partners grouped by one program lever at a time (performanceDrivers),
// each group's figures as buttons that open what is behind them in the evidence panel: its partners, the won deals
// of its revenue and won deals per partner, the closed deals of its win rate, its co-sold deals and (integration depth)
// the customers using its integrations. The analysis itself names a group's partners (selector driverLever/driverGroup),
// so the rows reproduce the figure. Each group's ratios to the reference open as a breakdown: per outcome the two
// figures, the raw ratio and the like-for-like one, with their 95% intervals.
import { html, nothing, type TemplateResult } from 'lit-html';
import { query } from '../api/client';
import { PerformanceDriversQuery } from '../api/queries';
import type { RequestScope } from '../api/scope';
import type { AnalyticsFilter, DriverLeverKind, EvidenceSelector, PerformanceDriversCardQuery } from '../gql/graphql';
import { selectors, type DriverFigure } from '../lib/evidence';
import { count, decimal, displayName, integer, money, notes, percent } from '../lib/format';
import { loaded, Slot, empty } from '../ui';
import type { Breakdown, BreakdownRow } from './breakdown';

type Drivers = PerformanceDriversCardQuery['performanceDrivers'];
type Lever = Drivers['levers'][number];
type Group = Lever['groups'][number];
type Ratio = Group['ratios'][number];

/** The outcomes in words, and each group's figure the ratio compares. */
const OUTCOMES: Record<
  Ratio['outcome'],
  { title: string; figure: (g: Group) => number | null | undefined; fmt: (v: number | null | undefined) => string }
> = {
  REVENUE: { title: 'Revenue per partner', figure: (g) => g.revenuePerPartner, fmt: (v) => money(v) },
  WON_DEALS: { title: 'Won deals per partner', figure: (g) => g.wonDealsPerPartner, fmt: (v) => decimal(v, 2) },
  WIN_RATE: { title: 'Win rate', figure: (g) => g.winRate, fmt: (v) => percent(v) },
  CO_SOLD_DEALS: { title: 'Co-sold per partner', figure: (g) => g.coSoldPerPartner, fmt: (v) => decimal(v, 2) },
  CO_SOLD_PER_INTEGRATION_USER: {
    title: 'Co-sold per integration user',
    figure: (g) => g.coSoldPerIntegrationUser,
    fmt: (v) => decimal(v, 2),
  },
};

/** A ratio and its interval in words, e.g. "1.80x (1.21-2.67)". */
function ratioText(value: number | null | undefined, interval: { lower: number; upper: number } | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return `${decimal(value, 2)}x${interval ? ` (${decimal(interval.lower, 2)}-${decimal(interval.upper, 2)})` : ''}`;
}

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

/** The CSV's fields of a ratio row: the intervals' ends apart. */
const RATIO_CSV = [
  'outcome',
  'group',
  'reference',
  'raw_ratio',
  'raw_lower',
  'raw_upper',
  'adjusted_ratio',
  'adjusted_lower',
  'adjusted_upper',
  'strata',
  'partners_compared',
  'note',
];

/** One outcome of a group against the reference: the two figures, the raw and the like-for-like ratio with their intervals. */
function ratioRow(r: Ratio, g: Group, reference: Group | undefined): BreakdownRow {
  const o = OUTCOMES[r.outcome];
  const mine = o.figure(g);
  const theirs = reference ? o.figure(reference) : null;
  return {
    key: r.outcome,
    cells: [
      o.title,
      o.fmt(mine),
      o.fmt(theirs),
      ratioText(r.raw, r.rawInterval),
      ratioText(r.adjusted, r.adjustedInterval),
      integer(r.strata),
      integer(r.partnersCompared),
      [r.disagree ? 'raw and like for like disagree' : '', r.note ?? ''].filter(Boolean).join('; '),
    ],
    csv: [
      o.title,
      mine,
      theirs,
      r.raw,
      r.rawInterval?.lower,
      r.rawInterval?.upper,
      r.adjusted,
      r.adjustedInterval?.lower,
      r.adjustedInterval?.upper,
      r.strata,
      r.partnersCompared,
      r.note ?? '',
    ],
  };
}

export class DriversCard {
  private readonly drivers: Slot<Drivers>;
  private lever: DriverLeverKind = 'CERTIFICATION';

  constructor(
    scope: RequestScope,
    private readonly changed: () => void,
    private readonly open: (title: string, figure: string, selector: EvidenceSelector) => void,
    private readonly breakdown: (b: Breakdown) => void,
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
          <th scope="col" class="num">Co-sold per partner</th>${
            lever.lever === 'INTEGRATION_DEPTH'
              ? html`<th scope="col" class="num">Integration users</th><th scope="col" class="num">Co-sold per integration user</th>`
              : nothing
          }<th scope="col" class="num" title="Revenue per partner against the reference group, raw (like for like); each opens every outcome's ratio">Revenue vs reference</th></tr></thead>
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
      ${cell('coSold', 'coSold', decimal(g.coSoldPerPartner, 1), g.coSoldPerPartner, 'Co-sold deals', 'the deals the partners co-sold')}
      ${
        lever.lever === 'INTEGRATION_DEPTH'
          ? html`${cell('users', 'integrationUsers', integer(g.integrationUsers), g.integrationUsers, 'Customers using the integrations', "the customers using the partners' integrations (once per partner)")}
            ${cell('coSoldPerUser', 'coSold', decimal(g.coSoldPerIntegrationUser, 2), g.coSoldPerIntegrationUser, 'Co-sold deals', `the co-sold deals: ${decimal(g.coSoldPerIntegrationUser, 2)} per integration user (${integer(g.integrationUsers)} users)`)}`
          : nothing
      }
      <td class="num">${this.ratioCell(lever, g)}</td></tr>`;
  }

  /** The group's revenue ratio to the reference, opening every outcome's ratio (nothing for the reference itself). */
  private ratioCell(lever: Lever, g: Group): TemplateResult | string {
    if (g.reference || !g.ratios.length) return g.reference ? html`<span class="muted small">reference</span>` : '–';
    const revenue = g.ratios.find((r) => r.outcome === 'REVENUE');
    const text =
      revenue?.raw === null || revenue?.raw === undefined
        ? 'ratios'
        : `${decimal(revenue.raw, 2)}x${revenue.adjusted === null || revenue.adjusted === undefined ? '' : ` (${decimal(revenue.adjusted, 2)}x)`}`;
    return html`<button type="button" class="link figure-link" data-evidence=${`driver-ratios-${g.key}`} data-figure=${String(revenue?.raw ?? '')}
      title="Open every outcome against the reference group" @click=${() => this.breakdown(this.ratios(lever, g))}>${text}</button>`;
  }

  /** Every outcome of the group against the lever's reference: the two figures, the raw ratio and the like-for-like one. */
  private ratios(lever: Lever, g: Group): Breakdown {
    const reference = lever.groups.find((x) => x.reference);
    const referenceName = displayName(reference?.key ?? lever.reference ?? '');
    const rows = g.ratios.map((r) => ratioRow(r, g, reference));
    const name = `${LEVERS[lever.lever]} ${displayName(g.key)}`;
    return {
      title: `${name} against ${referenceName}`,
      figure: `${count(g.partners, 'partner')} against the reference group's ${count(reference?.partners ?? 0, 'partner')}: raw ratio = this group's figure / the reference's; like for like holds partner type, size band and region fixed (Mantel-Haenszel, 95% intervals)`,
      columns: [
        { title: 'Outcome' },
        { title: displayName(g.key), numeric: true },
        { title: `${referenceName} (reference)`, numeric: true },
        { title: 'Raw ratio (95%)', numeric: true },
        { title: 'Like for like (95%)', numeric: true },
        { title: 'Strata', numeric: true },
        { title: 'Partners compared', numeric: true },
        { title: 'Note' },
      ],
      csvColumns: RATIO_CSV,
      rows,
      note: lever.adjustedFor.length ? `Like for like holds fixed: ${lever.adjustedFor.join(', ')}.` : undefined,
      csvName: `drivers-${lever.lever.toLowerCase()}-${g.key.replace(/[^a-z0-9+]+/gi, '-')}-ratios`,
    };
  }
}
