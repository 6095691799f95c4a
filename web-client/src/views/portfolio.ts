import { html, render, nothing, type TemplateResult } from 'lit-html';
import { ApiError, query } from '../api/client';
import {
  ChannelConflictsQuery,
  DealStatsQuery,
  InvestmentBaselineQuery,
  InvestmentPlanQuery,
  KpisQuery,
  PartnerEconomicsQuery,
  ReturnsQuery,
  TierMismatchQuery,
} from '../api/queries';
import type {
  KpisQuery as KQ,
  ReturnsQuery as RQ,
  TierMismatchListQuery as TQ,
  DealStatsBySourceQuery as DQ,
  InvestmentPlanQuery as PQ,
  PartnerEconomicsListQuery as EcQ,
  PartnerTier,
  PartnerType,
} from '../gql/graphql';
import { Charts, errorBars } from '../charts';
import {
  count,
  date,
  decimal,
  displayName,
  integer,
  label,
  money,
  note,
  notes as noteText,
  percent,
  ratio,
  tierRank,
  wilson,
} from '../lib/format';
import type { Route } from '../lib/route';
import { conflictRows, conflictTiles, parseWindowDays, protectionSentence, type Conflicts } from '../lib/conflicts';
import {
  budgetText,
  NO_CONSTRAINTS,
  parseConstraints,
  type ConstraintText,
  moveSentence,
  parseBudget,
  partners,
  signedMoney,
  topChanges,
  topMoves,
  upliftSummary,
} from '../lib/plan';
import { empty, loaded, Slot } from '../ui';
import { RequestScope } from '../api/scope';
import type { AnalyticsFilter, DealSource, EvidenceSelector } from '../gql/graphql';
import { filterFromParams, filterKey, previousPeriod } from '../lib/filter';
import { kpiTiles } from '../lib/kpis';
import { filterBar } from './filterbar';
import { EvidencePanel, followUrl, keepInUrl } from './evidence';
import { DriversCard } from './drivers';
import { selectors, topPartners, type EvidenceRequest } from '../lib/evidence';
import type { Navigate, ViewController } from './view';

/** Attribution by source, from ecosystemKpis or, on a service without analytics, from dealStats. */
interface SourceRow {
  source: string;
  pipeline: number;
  won: number;
  wonAmount: number;
  winRate: number | null;
  interval: [number, number] | null;
}
interface Attribution {
  rows: SourceRow[];
  kpis: KQ['ecosystemKpis'] | null;
}

const SOURCE_ORDER = ['DIRECT', 'PARTNER_SOURCED', 'PARTNER_INFLUENCED', 'CO_SOLD'];
const SOURCE_COLOURS: Record<string, string> = {
  DIRECT: '#adb5bd',
  PARTNER_SOURCED: '#f08c00',
  PARTNER_INFLUENCED: '#1971c2',
  CO_SOLD: '#2f9e44',
};

export class PortfolioView implements ViewController {
  private host!: HTMLElement;
  private navigate!: Navigate;
  private charts = new Charts();
  /** Every request of the view: aborted when it is left, so no late answer draws over the next view. */
  private readonly scope = new RequestScope();
  private attribution = new Slot<Attribution>(() => this.draw(), this.scope);
  private returns = new Slot<RQ['partnerReturns']>(() => this.draw(), this.scope);
  private tiers = new Slot<TQ['tierMismatches']>(() => this.draw(), this.scope);
  /** Today's trailing-12-month investment in the plan's partners: the budget box's default. */
  private baseline = new Slot<number>(() => this.draw(), this.scope);
  private plan = new Slot<PQ['investmentPlan']>(() => this.draw(), this.scope);
  private budget = '';
  private budgetError: string | null = null;
  private conflicts = new Slot<Conflicts>(() => this.draw(), this.scope);
  private economics = new Slot<EcQ['partnerEconomics']>(() => this.draw(), this.scope);
  /** Performance drivers: the groups of a lever, each figure opening its partners or deals (views/drivers.ts). */
  private drivers = new DriversCard(
    this.scope,
    () => this.draw(),
    (title, figure, selector) => this.openEvidence(title, figure, selector),
  );
  /** The conflicts' window box (days), as typed; runs on submit. */
  private windowText = '30';
  private windowError: string | null = null;

  /** The period and segment of every card (from the URL), and the previous period's KPIs for the tiles' deltas. */
  private route!: Route;
  private filter: AnalyticsFilter = {};
  private filterKeyLoaded = '';
  private previous = new Slot<KQ['ecosystemKpis'] | null>(() => this.draw(), this.scope);

  mount(host: HTMLElement, route: Route, navigate: Navigate): void {
    this.host = host;
    this.navigate = navigate;
    this.evidence = new EvidencePanel(
      document.body,
      navigate,
      keepInUrl('portfolio', () => this.route, navigate),
    );
    this.update(route);
  }

  update(route: Route): void {
    this.route = route;
    this.filter = filterFromParams(route.params);
    const key = filterKey(this.filter);
    if (key === this.filterKeyLoaded) {
      this.syncEvidence();
      this.draw();
      return;
    }
    this.filterKeyLoaded = key;
    this.draw();
    this.loadAttribution();
    this.loadReturns();
    this.loadTiers();
    this.loadBaseline();
    void this.loadConflicts();
    this.loadEconomics();
    this.drivers.load(this.filter);
    this.syncEvidence();
  }

  /** Opens or closes the evidence as the URL says (a reload, a shared link, Back). */
  private syncEvidence() {
    followUrl(this.evidence, this.route.params.ev, this.filter);
  }

  private loadEconomics() {
    this.economics.run(
      async (signal) => (await query(PartnerEconomicsQuery, { filter: this.filter, threshold: 2.5, first: 20 }, signal)).partnerEconomics,
    );
  }

  private setFilter(params: Record<string, string>) {
    this.navigate({ view: 'portfolio', params: { ...this.route.params, ...params } });
  }

  private loadConflicts() {
    const parsed = parseWindowDays(this.windowText);
    this.windowError = parsed.ok ? null : parsed.error;
    if (!parsed.ok) {
      this.draw();
      return Promise.resolve();
    }
    return this.conflicts.run(
      async (signal) =>
        (await query(ChannelConflictsQuery, { windowDays: parsed.value, first: 20, filter: this.filter }, signal)).channelConflicts,
    );
  }

  private loadBaseline() {
    this.baseline.run(async (signal) => {
      const total = (await query(InvestmentBaselineQuery, { filter: this.filter }, signal)).investmentPlan.currentTotal;
      if (!this.budget) this.budget = budgetText(total);
      if (total > 0) void this.runPlan();
      return total;
    });
  }

  /** The constraint boxes of the plan, as typed, and what is wrong with them. */
  private constraintText: ConstraintText = { ...NO_CONSTRAINTS };
  private constraintErrors: Partial<Record<keyof ConstraintText, string>> = {};

  private runPlan() {
    const parsed = parseBudget(this.budget);
    this.budgetError = parsed.ok ? null : parsed.error;
    const limits = parseConstraints(this.constraintText);
    this.constraintErrors = limits.ok ? {} : limits.errors;
    if (!parsed.ok || !limits.ok) {
      this.draw();
      return Promise.resolve();
    }
    const constraints = Object.keys(limits.value).length ? limits.value : undefined;
    return this.plan.run(
      async (signal) =>
        (await query(InvestmentPlanQuery, { budget: parsed.value, constraints, filter: this.filter }, signal)).investmentPlan,
    );
  }

  /** The deals behind a figure (views/evidence.ts), opened from the tiles, the attribution and the win rates. */
  private evidence: EvidencePanel | null = null;

  private openEvidence(title: string, figure: string, selector: EvidenceSelector, narrow?: EvidenceRequest['narrow']) {
    this.evidence?.open({ title, figure, selector, narrow }, this.filter);
  }

  /** A figure as a button that opens its evidence (data-evidence names it for tests). */
  private figure(
    text: string,
    id: string,
    open: () => void,
    title = 'Open what adds up to this figure',
    value?: number | null,
  ): TemplateResult {
    return html`<button type="button" class="link figure-link" data-evidence=${id} data-figure=${value ?? nothing} title=${title} @click=${open}>${text}</button>`;
  }

  unmount(): void {
    this.evidence?.dispose();
    this.scope.dispose();
    this.charts.dispose();
    render(nothing, this.host);
  }

  private loadAttribution() {
    this.attribution.run(async (signal) => {
      try {
        const k = (await query(KpisQuery, { filter: this.filter }, signal)).ecosystemKpis;
        const before = previousPeriod(this.filter, k.asOf);
        if (before) void this.previous.run(async (s) => (await query(KpisQuery, { filter: before }, s)).ecosystemKpis);
        else this.previous.reset();
        const rows = [...k.bySource]
          .sort((a, b) => SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source))
          .map((s) => ({
            source: s.source,
            pipeline: s.pipelineAmount,
            won: s.won,
            wonAmount: s.wonAmount,
            winRate: s.winRate ?? null,
            interval: s.winRateInterval ? ([s.winRateInterval.lower, s.winRateInterval.upper] as [number, number]) : null,
          }));
        return { rows, kpis: k };
      } catch (e) {
        // A service without the analytics API still has dealStats: the same attribution over all time.
        if (!(e instanceof ApiError) || e.kind !== 'unsupported') throw e;
        const d: DQ = await query(DealStatsQuery, {}, signal);
        const map: Record<string, DQ['direct']> = {
          DIRECT: d.direct,
          PARTNER_SOURCED: d.sourced,
          PARTNER_INFLUENCED: d.influenced,
          CO_SOLD: d.coSold,
        };
        const rows = SOURCE_ORDER.map((source) => {
          const s = map[source];
          const iv = wilson(s.won, s.won + s.lost);
          return {
            source,
            pipeline: s.totalAmount,
            won: s.won,
            wonAmount: s.wonAmount,
            winRate: s.winRate ?? null,
            interval: iv ? ([iv.low, iv.high] as [number, number]) : null,
          };
        });
        return { rows, kpis: null };
      }
    });
  }

  private loadReturns() {
    this.returns.run(async (signal) => (await query(ReturnsQuery, { filter: this.filter }, signal)).partnerReturns);
  }

  private loadTiers() {
    this.tiers.run(async (signal) => (await query(TierMismatchQuery, { filter: this.filter }, signal)).tierMismatches);
  }

  private draw() {
    if (!this.host || !this.scope.alive) return;
    render(this.template(), this.host);
    this.drawCharts();
  }

  private template(): TemplateResult {
    return html`
      <section class="page portfolio">
        <header class="page-head"><h1>Portfolio</h1><p class="muted">Where partner-driven pipeline comes from, where investment returns and where it is diluted.</p></header>
        ${filterBar(this.route.params, this.attribution.data?.kpis?.asOf, (p) => this.setFilter(p))}
        <div class="cards">
          ${loaded(
            this.attribution.value,
            (a) => html`${a.kpis ? this.kpiTiles(a.kpis) : nothing}
            <article class="card"><h2>Attribution by source</h2><div class="chart" id="ch-attribution" data-testid="chart-attribution"></div>
              <p class="small evidence-links" data-testid="attribution-evidence"><span class="muted">Open the deals:</span> ${a.rows.map(
                (r) => html`<span class="evidence-link">${displayName(r.source, 'source')}
                <button type="button" class="link" data-evidence=${`WON-${r.source}`} @click=${() => this.openEvidence(`Won deals, ${displayName(r.source, 'source').toLowerCase()}`, `won ${money(r.wonAmount)} (${count(r.won, 'deal')})`, { basis: 'WON', sources: [r.source as DealSource] })}>won ${money(r.wonAmount)}</button>
                · <button type="button" class="link" data-evidence=${`CREATED-${r.source}`} @click=${() => this.openEvidence(`Pipeline, ${displayName(r.source, 'source').toLowerCase()}`, `pipeline ${money(r.pipeline)}`, { basis: 'CREATED', sources: [r.source as DealSource] })}>pipeline ${money(r.pipeline)}</button></span>`,
              )}</p></article>
            <article class="card"><h2>Win rate by source <span class="muted small">with 95% intervals</span></h2><div class="chart" id="ch-winrate" data-testid="chart-winrate"></div></article>`,
            () => this.loadAttribution(),
            'Loading attribution…',
          )}
          ${loaded(
            this.returns.value,
            (r) => html`
            <article class="card"><h2>Concentration <span class="muted small">Pareto curve of partner-driven revenue</span></h2>
              <p class="small" data-testid="concentration">Top 10% of partners hold ${this.topShare(r, 0.1, r.concentration.top10Share)}, top 20% hold ${this.topShare(r, 0.2, r.concentration.top20Share)};
                Gini ${decimal(r.concentration.gini)} over ${this.figure(
                  `${money(r.revenue)} partner-driven revenue`,
                  'concentration-all',
                  () =>
                    this.openEvidence(
                      'Partner-driven revenue, every partner',
                      `${money(r.revenue)}: the revenue the Pareto curve and the Gini coefficient divide among partners`,
                      selectors.partnerRevenue(),
                    ),
                  "Open every partner's credited won deals: what the curve divides",
                  r.revenue,
                )}
                · ${integer(r.concentration.partnersWithRevenue)} of ${count(r.concentration.partners, 'partner')} with revenue</p>
              <div class="chart" id="ch-pareto" data-testid="chart-pareto"></div></article>
            <article class="card"><h2>Return on partner investment</h2>
              <p class="small">Revenue ${money(r.revenue)} on ${money(r.investment)} invested · ROPI <strong>${ratio(r.ropi, 1)}</strong></p>
              <div class="chart" id="ch-ropi" data-testid="chart-ropi"></div>
              <p class="small evidence-links" data-testid="ropi-evidence"><span class="muted">Revenue behind each bar:</span>
                ${[...r.byTier].sort((x, y) => tierRank(x.key) - tierRank(y.key)).map((g) => html`<span class="evidence-link">${this.figure(`${displayName(g.key, 'tier')} ${money(g.revenue)}`, `ropi-tier-${g.key}`, () => this.openRopi('tier', g), undefined, g.revenue)}</span> `)}
                · ${r.byType.map((g) => html`<span class="evidence-link">${this.figure(`${displayName(g.key, 'partnerType')} ${money(g.revenue)}`, `ropi-type-${g.key}`, () => this.openRopi('type', g), undefined, g.revenue)}</span> `)}</p></article>
            <article class="card wide"><h2>Diluted investment <span class="muted small">${money(r.dilution.dilutedInvestment)} in ${count(r.dilution.partners.length, 'partner')}: top investment quartile, bottom revenue quartile</span></h2>
              ${this.partnerTable(
                r.dilution.partners.slice(0, 10).map((p) => ({
                  id: p.id,
                  cells: [
                    p.name ?? p.id,
                    label(p.type),
                    label(p.tier),
                    money(p.investment),
                    this.figure(
                      money(p.revenue),
                      `dilution-${p.id}`,
                      () =>
                        this.openEvidence(
                          `Partner-driven revenue of ${p.name ?? p.id}`,
                          `revenue ${money(p.revenue)} on ${money(p.investment)} invested`,
                          selectors.partnerRevenue([p.id]),
                        ),
                      undefined,
                      p.revenue,
                    ),
                  ],
                })),
                ['Partner', 'Type', 'Tier', 'Invested', 'Revenue'],
              )}</article>`,
            () => this.loadReturns(),
            'Loading returns…',
          )}
          ${loaded(
            this.tiers.value,
            (t) => html`
            <article class="card wide"><h2>Tier mismatches <span class="muted small">${integer(t.matching)} of ${integer(t.partners)} partners earn their assigned tier</span></h2>
              <div class="two">
                <div><h3>Over-tiered (${integer(t.overTiered.length)}) · ${money(t.overTieredInvestment)} invested</h3>
                  ${this.partnerTable(
                    t.overTiered.slice(0, 8).map((m) => ({
                      id: m.id,
                      cells: [m.name ?? m.id, label(m.assignedTier), label(m.performanceTier), this.trailing(m)],
                    })),
                    ['Partner', 'Assigned', 'Earned', 'Revenue (12 mo)'],
                  )}</div>
                <div><h3>Under-tiered (${integer(t.underTiered.length)}) · ${money(t.underTieredRevenue)} revenue</h3>
                  ${this.partnerTable(
                    t.underTiered.slice(0, 8).map((m) => ({
                      id: m.id,
                      cells: [m.name ?? m.id, label(m.assignedTier), label(m.performanceTier), this.trailing(m)],
                    })),
                    ['Partner', 'Assigned', 'Earned', 'Revenue (12 mo)'],
                  )}</div>
              </div></article>`,
            () => this.loadTiers(),
            'Loading tiers…',
          )}
          ${loaded(
            this.economics.value,
            (e) => this.economicsCard(e),
            () => this.loadEconomics(),
            'Loading partner economics…',
          )}
          ${this.drivers.template(this.filter)}
          ${this.planCard()}
          ${this.conflictsCard()}
        </div>
      </section>`;
  }

  private planCard(): TemplateResult {
    // never disabled while a plan runs: a disabled default button would swallow Enter, and a new run supersedes the old one
    const running = this.plan.value.state === 'loading';
    return html`
      <article class="card wide" data-testid="investment-plan" aria-labelledby="plan-title">
        <h2 id="plan-title">Investment plan <span class="muted small">the budget moved to where the next dollar is expected to return most</span></h2>
        <form class="toolbar" style="padding-left:0;border:0" @submit=${(e: Event) => {
          e.preventDefault();
          void this.runPlan();
        }}>
          <label for="plan-budget">Budget, next 12 months</label>
          <input id="plan-budget" name="budget" inputmode="decimal" autocomplete="off" style="width:10rem" .value=${this.budget}
            aria-invalid=${this.budgetError ? 'true' : 'false'} aria-describedby="plan-budget-help"
            @input=${(e: Event) => {
              this.budget = (e.target as HTMLInputElement).value;
            }}>
          <button type="submit" aria-busy=${running ? 'true' : 'false'}>Run plan</button>
          <span id="plan-budget-help" class="muted small">${
            this.baseline.data !== undefined
              ? html`Default: ${money(this.baseline.data)}, invested in these partners over the last 12 months. Accepts 2500000, 2.5M, 800K.`
              : 'Accepts 2500000, 2.5M, 800K.'
          }</span>
          ${this.budgetError ? html`<p class="error-text" role="alert" data-testid="plan-budget-error">${this.budgetError}</p>` : nothing}
          <fieldset class="plan-constraints" data-testid="plan-constraints"><legend>Constraints <span class="muted small">(empty: none)</span></legend>
            ${(
              [
                ['keepCurrent', "Keep of today's allocation, %", "e.g. 50: half of every partner's budget stays"],
                ['maxPerPartner', 'At most per partner', 'e.g. 250K'],
                ['minPerPartner', 'At least per funded partner', 'e.g. 10K; 0 lets a partner lose all'],
                ['maxPartnersChanged', 'At most partners changed', 'e.g. 20'],
              ] as Array<[keyof ConstraintText, string, string]>
            ).map(
              ([k, title, hint]) => html`<label>${title}
              <input name=${k} inputmode="decimal" autocomplete="off" style="width:7rem" placeholder=${hint.replace(/^e\.g\. /, '').split(/[;:]/)[0]} title=${hint} .value=${this.constraintText[k]}
                aria-invalid=${this.constraintErrors[k] ? 'true' : 'false'} @input=${(e: Event) => {
                  this.constraintText = { ...this.constraintText, [k]: (e.target as HTMLInputElement).value };
                }}>
              ${this.constraintErrors[k] ? html`<span class="error-text small" role="alert">${this.constraintErrors[k]}</span>` : nothing}</label>`,
            )}
          </fieldset>
        </form>
        ${
          this.plan.value.state === 'idle'
            ? loaded(
                this.baseline.value,
                (total) => (total > 0 ? '' : empty('No investment in the last 12 months: enter a budget and run the plan.')),
                () => this.loadBaseline(),
                'Loading the current allocation…',
              )
            : loaded(
                this.plan.value,
                (p) => this.planContent(p),
                () => void this.runPlan(),
                'Planning the budget…',
              )
        }
      </article>`;
  }

  private conflictsCard(): TemplateResult {
    const running = this.conflicts.value.state === 'loading';
    return html`
      <article class="card wide" data-testid="channel-conflicts" aria-labelledby="conflicts-title">
        <h2 id="conflicts-title">Channel conflicts <span class="muted small">customers where several partners, or a partner and our direct team, claimed the same deal within the window; the earliest qualified registration holds protection</span></h2>
        <form class="toolbar" style="padding-left:0;border:0" @submit=${(e: Event) => {
          e.preventDefault();
          void this.loadConflicts();
        }}>
          <label for="conflict-window">Window, days</label>
          <input id="conflict-window" name="windowDays" inputmode="numeric" autocomplete="off" style="width:5rem" .value=${this.windowText}
            aria-invalid=${this.windowError ? 'true' : 'false'} aria-describedby="conflict-window-help"
            @input=${(e: Event) => {
              this.windowText = (e.target as HTMLInputElement).value;
            }}>
          <button type="submit" aria-busy=${running ? 'true' : 'false'}>Show conflicts</button>
          <span id="conflict-window-help" class="muted small">How far apart two claims may be and still collide, 1 to 365 days.</span>
          ${this.windowError ? html`<p class="error-text" role="alert" data-testid="conflict-window-error">${this.windowError}</p>` : nothing}
        </form>
        ${loaded(
          this.conflicts.value,
          (c) => this.conflictsContent(c),
          () => void this.loadConflicts(),
          'Finding channel conflicts…',
        )}
      </article>`;
  }

  private conflictsContent(c: Conflicts): TemplateResult {
    const tiles = conflictTiles(c);
    const sentence = protectionSentence(c);
    const rows = conflictRows(c.conflicts);
    const notes = c.notes.length
      ? html`<ul class="small" data-testid="conflict-notes">${c.notes.map((n) => html`<li>${note(n)}</li>`)}</ul>`
      : nothing;
    return html`
      <div class="tiles" data-testid="conflict-totals" data-window=${String(c.windowDays)}>${tiles.map(
        (t) =>
          html`<div class="tile"><span class="muted">${t.title}</span>${
            t.title === 'Amount at stake'
              ? html`<button type="button" class="link figure" data-evidence="conflicts-amount" data-figure=${String(c.amountAtStake)} title="Open the deals in the conflicts" @click=${() => this.openEvidence(`Deals in channel conflicts (${count(c.windowDays, 'day')})`, `amount at stake ${money(c.amountAtStake)}`, selectors.conflicts(c.windowDays))}><strong>${t.value}</strong></button>`
              : html`<strong>${t.value}</strong>`
          }<span class="muted small">${t.detail}</span></div>`,
      )}</div>
      ${sentence ? html`<p class="small">${sentence}</p>` : nothing}
      ${
        rows.length
          ? html`
        <h3>Largest conflicts <span class="muted small">${integer(rows.length)} of ${count(c.conflictedCustomers, 'conflicted customer')}, largest amount first · window ${count(c.windowDays, 'day')}${c.asOf ? ` · as of ${date(c.asOf)}` : ''}</span></h3>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Channel conflicts"><table class="data compact" data-testid="conflicts">
          <thead><tr><th scope="col">Customer</th><th scope="col">Kind</th><th scope="col">Deals, partners and registration stage</th><th scope="col">Protection</th><th scope="col">Outcome</th><th scope="col" class="num">Amount</th></tr></thead>
          <tbody>${rows.map(
            (r) => html`<tr data-customer=${r.customerId}>
            <td><button type="button" class="link" title="Open ${r.customer} in the explorer" @click=${() => this.openCustomer(r.customerId)}>${r.customer}</button>
              ${r.where ? html`<div class="muted small">${r.where}</div>` : nothing}</td>
            <td>${r.kind}</td>
            <td><ul class="factors">${r.deals.map((d) => html`<li>${d.protectedDeal ? html`<strong title="holds protection">${d.text} · protected</strong>` : d.text}<div class="muted small">${d.partners}</div></li>`)}</ul></td>
            <td title=${r.reason}>${r.protection}<div class="muted small">${r.reason}</div></td>
            <td>${r.outcome}</td>
            <td class="num">${this.figure(r.amount, `conflict-${r.customerId}`, () => this.openEvidence(`Conflicting deals at ${r.customer}`, `amount ${r.amount}`, selectors.conflicts(c.windowDays, [r.customerId])))}</td></tr>`,
          )}</tbody></table></div>`
          : empty(noteText(c.notes) || `No channel conflicts within ${c.windowDays} days.`)
      }
      ${rows.length ? notes : nothing}`;
  }

  private openCustomer(id: string) {
    this.navigate({ view: 'explorer', params: { ids: `Customer:${id}`, sel: `Customer:${id}` } });
  }

  private planContent(p: PQ['investmentPlan']): TemplateResult {
    if (!p.partners.length) {
      return html`${empty(noteText(p.notes) || 'No plan.')}${this.assumptionList(p.assumptions)}`;
    }
    const shown = p.moves.slice(0, 12);
    const summary = upliftSummary(p);
    const top = topMoves(p, 3);
    return html`
      <ol class="top-moves" data-testid="plan-top-moves">${top.moves.map(
        (m) => html`<li>
        <span data-testid="plan-move-sentence">${m.text}</span>
        ${this.figure(
          'the history behind it',
          'plan-move',
          () =>
            this.openEvidence(
              `The revenue behind a move: ${partners(m.move.from)} to ${partners(m.move.to)}`,
              `their partner-driven revenue in the plan's history window`,
              selectors.partnerRevenue([...m.move.from, ...m.move.to].map((x) => x.id)),
            ),
          'Open the won deals these partners were credited with in the history window: what their expected returns rest on',
        )}
        <span class=${`confidence ${m.confidence.level}`} title="How much the expected returns rest on these partners' own history (weight ${decimal(m.confidence.weight, 2)}) rather than on the average of all partners">${m.confidence.level} confidence</span></li>`,
      )}</ol>
      ${top.shareText ? html`<p class="small">${top.shareText}</p>` : nothing}
      <p data-testid="plan-summary" data-budget=${String(Math.round(p.budget))}>${summary ? html`<strong>${summary}</strong>` : nothing}
        <span class="muted small">· the plan's last dollar is expected to return ${money(p.marginalReturn)}</span></p>
      <details class="plan-detail" @toggle=${() => this.charts.resizeAll()}><summary>All ${count(p.moves.length, 'move')} and the chart (${count(p.partnersChanged, 'partner')} change of ${integer(p.partnersInPlan)} in the plan)</summary>
      <div class="two">
        <div>
          <h3>Moves <span class="muted small">from the partners that lose budget to those that gain it</span></h3>
          ${
            p.moves.length
              ? html`<table class="data compact" data-testid="plan-moves">
            <thead><tr><th scope="col">From</th><th scope="col">To</th><th scope="col" class="num">Amount</th><th scope="col" class="num">Expected effect a year</th></tr></thead>
            <tbody>${shown.map(
              (m) => html`<tr title=${moveSentence(m)}>
              <td>${partners(m.from)}</td><td>${partners(m.to)}</td><td class="num">${money(m.amount)}</td><td class="num">${signedMoney(m.expectedRevenueEffect)}</td></tr>`,
            )}</tbody>
          </table>${p.moves.length > shown.length ? html`<p class="muted small">and ${count(p.moves.length - shown.length, 'smaller move')}</p>` : nothing}`
              : empty(noteText(p.notes) || 'No move.')
          }
        </div>
        <div>
          <h3>Current vs planned <span class="muted small">largest changes (green gains, red loses); grey is today's allocation at the same budget</span></h3>
          <div class="chart tall" id="ch-plan" data-testid="chart-plan" role="img" aria-label="Investment today and in the plan for the partners with the largest changes"></div>
        </div>
      </div></details>
      ${this.assumptionList(p.assumptions)}
      ${p.notes.length ? html`<ul class="small">${p.notes.map((n) => html`<li>${note(n)}</li>`)}</ul>` : nothing}`;
  }

  private assumptionList(assumptions: string[]): TemplateResult {
    return html`<details open><summary><strong>Assumptions</strong></summary>
      <ul class="small" data-testid="plan-assumptions">${assumptions.map((a) => html`<li>${a}</li>`)}</ul></details>`;
  }

  private kpiTiles(k: KQ['ecosystemKpis']) {
    const prev = this.previous.data ?? null;
    const previous = this.previous.value;
    const tiles = kpiTiles(k, prev);
    const pending = previous.state === 'loading' ? 'comparing with the previous period…' : null;
    // What each tile's list adds up to: the figure, or the share's numerator (data-figure, for the tests)
    const won = k.totalWonAmount;
    const sourcedAmount = (k.partnerSourcedShare ?? 0) * won;
    const drivenAmount = (k.partnerDrivenShare ?? 0) * won;
    const opens: Record<string, { title: string; selector: EvidenceSelector; figure: string; amount: number; hint: string }> = {
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
    return html`<div class="tiles wide" data-testid="kpis">${tiles.map((t) => {
      const o = opens[t.id];
      return html`<div class="tile" data-kpi=${t.id}><span class="muted">${t.title}</span>
      ${
        o && t.value !== '–'
          ? html`<button type="button" class="link figure" data-evidence=${`kpi-${t.id}`} data-figure=${String(o.amount)} title=${o.hint}
        @click=${() => this.openEvidence(o.title, `${t.title}: ${o.figure}`, o.selector)}><strong>${t.value}</strong></button>`
          : html`<strong>${t.value}</strong>`
      }
      ${
        t.delta
          ? html`<span class=${`delta small ${t.delta.good === null ? '' : t.delta.good ? 'up' : 'down'}`} data-testid="kpi-delta" title=${t.delta.title}>${t.delta.text}</span>`
          : html`<span class="muted small">${pending ?? (this.filter.from ? 'no previous figure' : 'choose a period to compare')}</span>`
      }</div>`;
    })}</div>`;
  }

  /**
   * "The top share of partners hold X": the credited won deals of those partners (the first of partnerReturns'
   * list, largest revenue first), adding up to X of the revenue; plain text when a selector cannot name them all.
   */
  private topShare(r: RQ['partnerReturns'], share: number, held: number | null | undefined): TemplateResult {
    const text = html`<strong>${percent(held)}</strong>`;
    const ids =
      held === null || held === undefined
        ? null
        : topPartners(
            r.partners.map((p) => p.id),
            r.concentration.partners,
            share,
          );
    if (!ids) return text;
    const top = percent(share, 0);
    return this.figure(
      percent(held),
      `concentration-top-${Math.round(share * 100)}`,
      () => this.openTop(r, ids, top, held ?? 0),
      `Open the credited won deals of the top ${top} of partners (${count(ids.length, 'partner')})`,
      (held ?? 0) * r.revenue,
    );
  }

  private openTop(r: RQ['partnerReturns'], ids: string[], top: string, held: number) {
    this.openEvidence(
      `Partner-driven revenue, top ${top} of partners (${count(ids.length, 'partner')})`,
      `${money(held * r.revenue)}, ${percent(held)} of ${money(r.revenue)}`,
      selectors.partnerRevenue(ids),
    );
  }

  /** A tier mismatch's trailing-year revenue, opening the won deals behind it. */
  private trailing(m: TQ['tierMismatches']['overTiered'][number]): TemplateResult {
    return this.figure(
      money(m.trailingRevenue),
      `tier-${m.id}`,
      () =>
        this.openEvidence(
          `Revenue of ${m.name ?? m.id}, last 12 months`,
          `${money(m.trailingRevenue)}: performance tier ${displayName(m.performanceTier, 'tier')}, assigned ${displayName(m.assignedTier, 'tier')}`,
          selectors.trailingRevenue(m.id),
        ),
      undefined,
      m.trailingRevenue,
    );
  }

  /** A ROPI bar's revenue: the partners of that tier or type, each credited deal once per partner. */
  private openRopi(
    group: 'tier' | 'type',
    g: { key: string; revenue: number; investment: number; ropi?: number | null; partners: number },
  ) {
    const name = displayName(g.key, group === 'tier' ? 'tier' : 'partnerType');
    const narrow =
      group === 'tier' ? { tiers: [g.key.toUpperCase() as PartnerTier] } : { partnerTypes: [g.key.toUpperCase() as PartnerType] };
    this.openEvidence(
      `Partner-driven revenue, ${name} partners`,
      `revenue ${money(g.revenue)} on ${money(g.investment)} invested · ROPI ${ratio(g.ropi, 1)} · ${count(g.partners, 'partner')}`,
      selectors.partnerRevenue(),
      narrow,
    );
  }

  /** Partner economics: what partners earn on our deals against their hourly cost; earnings open their deal rows. */
  private economicsCard(e: EcQ['partnerEconomics']): TemplateResult {
    return html`<article class="card wide" data-testid="economics"><h2>Partner economics <span class="muted small">earnings per hour on our deals against the partner's hourly rate; below ${ratio(e.threshold, 1)} a partner may deprioritise us</span></h2>
      <p class="small">${integer(e.atRisk)} of ${count(e.evaluated, 'partner')} evaluated are below ${ratio(e.threshold, 1)}${e.atRiskShare !== null && e.atRiskShare !== undefined ? ` (${percent(e.atRiskShare)})` : ''} · ${count(e.partnersWithDeals, 'partner')} with deal rows in the period</p>
      ${this.partnerTable(
        e.partners.slice(0, 10).map((p) => ({
          id: p.id,
          cells: [
            p.name ?? p.id,
            label(p.type),
            this.figure(
              money(p.earnings),
              `earnings-${p.id}`,
              () =>
                this.openEvidence(
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
      )}
      ${e.notes.length ? html`<p class="muted small">${noteText(e.notes)}</p>` : nothing}</article>`;
  }

  private partnerTable(rows: Array<{ id: string; cells: Array<string | TemplateResult> }>, header: string[]) {
    if (!rows.length) return html`<p class="muted">None.</p>`;
    return html`<table class="data compact"><thead><tr>${header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${rows.map((r) => html`<tr>${r.cells.map((c, i) => (i === 0 ? html`<td><button type="button" class="link" @click=${() => this.navigate({ view: 'explorer', params: { ids: `Partner:${r.id}`, sel: `Partner:${r.id}` } })}>${c}</button></td>` : html`<td class="num">${c}</td>`))}</tr>`)}</tbody></table>`;
  }

  private drawCharts() {
    const a = this.attribution.data;
    const money0 = (v: number) => money(v);
    if (a) {
      const cats = a.rows.map((r) => label(r.source));
      this.charts.set(
        'ch-attribution',
        {
          tooltip: { trigger: 'axis', valueFormatter: money0 },
          legend: { top: 0 },
          grid: { left: 70, right: 10, top: 30, bottom: 30 },
          xAxis: { type: 'category', data: cats, axisLabel: { interval: 0 } },
          yAxis: { type: 'value', name: 'amount', nameLocation: 'middle', nameGap: 55, axisLabel: { formatter: money0 } },
          series: [
            // one colour per series, so the legend's swatch is the colour of its bars
            { name: 'Pipeline', type: 'bar', data: a.rows.map((r) => r.pipeline), itemStyle: { color: '#a5d8ff' } },
            { name: 'Won', type: 'bar', data: a.rows.map((r) => r.wonAmount), itemStyle: { color: '#1c5d99' } },
          ],
        },
        (p) => {
          // a bar opens its deals: the pipeline bar the deals created in the period, the won bar the deals won
          const row = a.rows[p.dataIndex];
          if (!row) return;
          const won = p.seriesIndex === 1;
          this.openEvidence(
            `${won ? 'Won deals' : 'Pipeline'}, ${displayName(row.source, 'source').toLowerCase()}`,
            won ? `won ${money(row.wonAmount)}` : `pipeline ${money(row.pipeline)}`,
            { basis: won ? 'WON' : 'CREATED', sources: [row.source as DealSource] },
          );
        },
      );
      this.charts.set(
        'ch-winrate',
        {
          tooltip: { trigger: 'axis', valueFormatter: (v: number) => percent(v) },
          grid: { left: 60, right: 10, top: 20, bottom: 30 },
          xAxis: { type: 'category', data: cats, axisLabel: { interval: 0 } },
          yAxis: {
            type: 'value',
            min: 0,
            max: 1,
            name: 'win rate',
            nameLocation: 'middle',
            nameGap: 42,
            axisLabel: { formatter: (v: number) => percent(v, 0) },
          },
          series: [
            {
              name: 'Win rate',
              type: 'bar',
              data: a.rows.map((r) => ({ value: r.winRate, itemStyle: { color: SOURCE_COLOURS[r.source] } })),
            },
            errorBars(
              '95% interval',
              a.rows.map((r) => r.interval),
            ),
          ],
        },
        (p) => {
          const row = a.rows[p.dataIndex];
          if (row)
            this.openEvidence(`Closed deals, ${displayName(row.source, 'source').toLowerCase()}`, `win rate ${percent(row.winRate)}`, {
              basis: 'CLOSED',
              sources: [row.source as DealSource],
            });
        },
      );
    }
    const r = this.returns.data;
    if (r) {
      const pts = [{ partnerShare: 0, revenueShare: 0 }, ...r.concentration.pareto];
      this.charts.set(
        'ch-pareto',
        {
          tooltip: {
            trigger: 'axis',
            formatter: (p: Array<{ data: number[] }>) => `${percent(p[0].data[0], 0)} of partners hold ${percent(p[0].data[1])} of revenue`,
          },
          grid: { left: 60, right: 20, top: 20, bottom: 40 },
          xAxis: {
            type: 'value',
            min: 0,
            max: 1,
            name: 'share of partners, largest revenue first',
            nameLocation: 'middle',
            nameGap: 25,
            axisLabel: { formatter: (v: number) => percent(v, 0) },
          },
          yAxis: {
            type: 'value',
            min: 0,
            max: 1,
            name: 'share of partner-driven revenue',
            nameLocation: 'middle',
            nameGap: 42,
            axisLabel: { formatter: (v: number) => percent(v, 0) },
          },
          series: [
            // a point every 5% of partners, each opening the revenue of the partners up to it
            {
              name: 'Revenue share',
              type: 'line',
              showSymbol: true,
              symbolSize: 7,
              areaStyle: { opacity: 0.15 },
              data: pts.map((p) => [p.partnerShare, p.revenueShare]),
              itemStyle: { color: '#f08c00' },
            },
            {
              name: 'Equal',
              type: 'line',
              showSymbol: false,
              data: [
                [0, 0],
                [1, 1],
              ],
              lineStyle: { type: 'dashed', color: '#adb5bd' },
              tooltip: { show: false },
            },
          ],
        },
        (p) => {
          // a point of the curve opens the credited deals of the partners up to it (when a selector can name them)
          if (p.seriesIndex !== 0) return;
          const pt = pts[p.dataIndex];
          const ids =
            pt && pt.partnerShare > 0
              ? topPartners(
                  r.partners.map((x) => x.id),
                  r.concentration.partners,
                  pt.partnerShare,
                )
              : null;
          if (ids) this.openTop(r, ids, percent(pt.partnerShare, 0), pt.revenueShare);
        },
      );
      // Tiers by rank (platinum first), then types: never alphabetical.
      const tiers = [...r.byTier].sort((x, y) => tierRank(x.key) - tierRank(y.key));
      const groups = [...tiers.map((g) => ({ ...g, group: 'tier' })), ...r.byType.map((g) => ({ ...g, group: 'type' }))];
      this.charts.set(
        'ch-ropi',
        {
          tooltip: {
            trigger: 'axis',
            formatter: (p: Array<{ dataIndex: number }>) => {
              const g = groups[p[0].dataIndex];
              return `${displayName(g.key)} (${g.group}): ROPI ${ratio(g.ropi, 1)}<br>${money(g.revenue)} revenue on ${money(g.investment)} · ${count(g.partners, 'partner')}`;
            },
          },
          legend: { top: 0, data: ['by tier', 'by partner type'] },
          grid: { left: 60, right: 10, top: 30, bottom: 60 },
          xAxis: { type: 'category', data: groups.map((g) => displayName(g.key)), axisLabel: { rotate: 30, interval: 0 } },
          yAxis: {
            type: 'value',
            name: 'ROPI = (revenue − investment) / investment',
            nameLocation: 'middle',
            nameGap: 38,
            axisLabel: { formatter: (v: number) => `${v}×` },
          },
          series: [
            {
              name: 'by tier',
              type: 'bar',
              stack: 'g',
              itemStyle: { color: '#5c7cfa' },
              data: groups.map((g) => (g.group === 'tier' ? g.ropi : null)),
            },
            {
              name: 'by partner type',
              type: 'bar',
              stack: 'g',
              itemStyle: { color: '#0c8599' },
              data: groups.map((g) => (g.group === 'type' ? g.ropi : null)),
            },
          ],
        },
        (p) => {
          // a bar opens the revenue behind it
          const g = groups[p.dataIndex];
          if (g) this.openRopi(g.group === 'tier' ? 'tier' : 'type', g);
        },
      );
    }
    const plan = this.plan.data;
    if (plan && plan.partners.length) {
      const rows = topChanges(plan.partners, 16).reverse(); // the largest increase at the top of a horizontal bar chart
      this.charts.set('ch-plan', {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: money0 },
        legend: { top: 0 },
        grid: { left: 150, right: 20, top: 30, bottom: 30 },
        xAxis: { type: 'value', axisLabel: { formatter: money0 } },
        yAxis: { type: 'category', data: rows.map((r) => r.name ?? r.id), axisLabel: { width: 140, overflow: 'truncate' } },
        series: [
          { name: 'Current (at the budget)', type: 'bar', data: rows.map((r) => r.currentAtBudget), itemStyle: { color: '#adb5bd' } },
          {
            name: 'Planned',
            type: 'bar',
            itemStyle: { color: '#2f9e44' },
            data: rows.map((r) => ({ value: r.plannedInvestment, itemStyle: { color: r.change > 0 ? '#2f9e44' : '#e03131' } })),
          },
        ],
      });
    }
  }
}
