// The Portfolio view: where partner-driven pipeline comes from, where investment returns and where it is diluted.
// Its cards: KPI tiles (portfolio/kpi-tiles.ts), attribution and win rate by source (portfolio/attribution.ts),
// concentration and ROPI (portfolio/returns-charts.ts), diluted investment, tier mismatches, partner economics
// (portfolio/economics-card.ts), performance drivers (drivers.ts), the investment plan (portfolio/plan-card.ts) and
// channel conflicts (portfolio/conflicts-card.ts). Every figure opens its rows in the evidence panel (evidence.ts).
import { html, render, nothing, type TemplateResult } from 'lit-html';
import { ApiError, query } from '../api/client';
import { DealStatsQuery, KpisQuery, PartnerEconomicsQuery, ReturnsQuery, TierMismatchQuery } from '../api/queries';
import type {
  KpisQuery as KQ,
  ReturnsQuery as RQ,
  TierMismatchListQuery as TQ,
  DealStatsBySourceQuery as DQ,
  PartnerEconomicsListQuery as EcQ,
  PartnerTier,
  PartnerType,
} from '../gql/graphql';
import { Charts } from '../charts';
import { count, decimal, displayName, integer, label, money, percent, ratio, tierRank, wilson } from '../lib/format';
import type { Route } from '../lib/route';
import { loaded, Slot } from '../ui';
import { RequestScope } from '../api/scope';
import type { AnalyticsFilter, DealSource, EvidenceSelector } from '../gql/graphql';
import { filterFromParams, filterKey, previousPeriod } from '../lib/filter';
import { filterBar } from './filterbar';
import { EvidencePanel, followUrl, keepInUrl } from './evidence';
import { DriversCard } from './drivers';
import { BreakdownDialog } from './breakdown';
import { selectors, topPartners, type EvidenceRequest } from '../lib/evidence';
import type { Navigate, ViewController } from './view';
import { drawAttribution, drawWinRate, SOURCE_ORDER, type Attribution } from './portfolio/attribution';
import { ConflictsCard } from './portfolio/conflicts-card';
import { economicsCard } from './portfolio/economics-card';
import { figure, partnerTable, type OpenEvidence } from './portfolio/figures';
import { kpiTiles } from './portfolio/kpi-tiles';
import { PlanCard } from './portfolio/plan-card';
import { drawPareto, drawRopi, type RopiGroup } from './portfolio/returns-charts';

export class PortfolioView implements ViewController {
  private host!: HTMLElement;
  private navigate!: Navigate;
  private charts = new Charts();
  /** Every request of the view: aborted when it is left, so no late answer draws over the next view. */
  private readonly scope = new RequestScope();
  private attribution = new Slot<Attribution>(() => this.draw(), this.scope);
  private returns = new Slot<RQ['partnerReturns']>(() => this.draw(), this.scope);
  private tiers = new Slot<TQ['tierMismatches']>(() => this.draw(), this.scope);
  private economics = new Slot<EcQ['partnerEconomics']>(() => this.draw(), this.scope);
  /** Performance drivers: the groups of a lever, each figure opening its partners or deals (views/drivers.ts). */
  private drivers = new DriversCard(
    this.scope,
    () => this.draw(),
    (title, figure, selector) => this.openEvidence(title, figure, selector),
    (b) => this.breakdown?.open(b),
  );
  /** A figure made of figures (a driver group's ratios), opened as its parts (views/breakdown.ts). */
  private breakdown: BreakdownDialog | null = null;
  /** The evidence opener the cards share. */
  private readonly open: OpenEvidence = (title, figure, selector, narrow) => this.openEvidence(title, figure, selector, narrow);
  private readonly plan = new PlanCard(this.scope, () => this.draw(), this.open, this.charts);
  private conflicts!: ConflictsCard;

  /** The period and segment of every card (from the URL), and the previous period's KPIs for the tiles' deltas. */
  private route!: Route;
  private filter: AnalyticsFilter = {};
  private filterKeyLoaded = '';
  private previous = new Slot<KQ['ecosystemKpis'] | null>(() => this.draw(), this.scope);

  mount(host: HTMLElement, route: Route, navigate: Navigate): void {
    this.host = host;
    this.navigate = navigate;
    this.conflicts = new ConflictsCard(this.scope, () => this.draw(), this.open, navigate);
    this.breakdown = new BreakdownDialog(document.body);
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
    this.plan.load(this.filter);
    void this.conflicts.load(this.filter);
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

  /** The deals behind a figure (views/evidence.ts), opened from the tiles, the attribution and the win rates. */
  private evidence: EvidencePanel | null = null;

  private openEvidence(title: string, figure: string, selector: EvidenceSelector, narrow?: EvidenceRequest['narrow']) {
    this.evidence?.open({ title, figure, selector, narrow }, this.filter);
  }

  unmount(): void {
    this.evidence?.dispose();
    this.breakdown?.dispose();
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
            (a) => this.attributionCards(a),
            () => this.loadAttribution(),
            'Loading attribution…',
          )}
          ${loaded(
            this.returns.value,
            (r) => this.returnsCards(r),
            () => this.loadReturns(),
            'Loading returns…',
          )}
          ${loaded(
            this.tiers.value,
            (t) => this.tiersCard(t),
            () => this.loadTiers(),
            'Loading tiers…',
          )}
          ${loaded(
            this.economics.value,
            (e) => economicsCard(e, this.open, this.navigate),
            () => this.loadEconomics(),
            'Loading partner economics…',
          )}
          ${this.drivers.template(this.filter)}
          ${this.plan.template()}
          ${this.conflicts.template()}
        </div>
      </section>`;
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
    return figure(
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
    return figure(
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
  private openRopi(group: 'tier' | 'type', g: RopiGroup) {
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

  /** The KPI tiles, attribution by source and win rate by source; each figure opens its deals. */
  private attributionCards(a: Attribution): TemplateResult {
    return html`${a.kpis ? kpiTiles(a.kpis, this.previous, this.filter, this.open) : nothing}
            <article class="card"><h2>Attribution by source</h2><div class="chart" id="ch-attribution" data-testid="chart-attribution"></div>
              <p class="small evidence-links" data-testid="attribution-evidence"><span class="muted">Open the deals:</span> ${a.rows.map(
                (r) => html`<span class="evidence-link">${displayName(r.source, 'source')}
                <button type="button" class="link" data-evidence=${`WON-${r.source}`} @click=${() => this.openEvidence(`Won deals, ${displayName(r.source, 'source').toLowerCase()}`, `won ${money(r.wonAmount)} (${count(r.won, 'deal')})`, { basis: 'WON', sources: [r.source as DealSource] })}>won ${money(r.wonAmount)}</button>
                · <button type="button" class="link" data-evidence=${`CREATED-${r.source}`} @click=${() => this.openEvidence(`Pipeline, ${displayName(r.source, 'source').toLowerCase()}`, `pipeline ${money(r.pipeline)}`, { basis: 'CREATED', sources: [r.source as DealSource] })}>pipeline ${money(r.pipeline)}</button></span>`,
              )}</p></article>
            <article class="card"><h2>Win rate by source <span class="muted small">with 95% intervals</span></h2><div class="chart" id="ch-winrate" data-testid="chart-winrate"></div></article>`;
  }

  /** Concentration, return on partner investment and diluted investment. */
  private returnsCards(r: RQ['partnerReturns']): TemplateResult {
    return html`
            <article class="card"><h2>Concentration <span class="muted small">Pareto curve of partner-driven revenue</span></h2>
              <p class="small" data-testid="concentration">Top 10% of partners hold ${this.topShare(r, 0.1, r.concentration.top10Share)}, top 20% hold ${this.topShare(r, 0.2, r.concentration.top20Share)};
                Gini ${decimal(r.concentration.gini)} over ${figure(
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
                ${[...r.byTier].sort((x, y) => tierRank(x.key) - tierRank(y.key)).map((g) => html`<span class="evidence-link">${figure(`${displayName(g.key, 'tier')} ${money(g.revenue)}`, `ropi-tier-${g.key}`, () => this.openRopi('tier', g), undefined, g.revenue)}</span> `)}
                · ${r.byType.map((g) => html`<span class="evidence-link">${figure(`${displayName(g.key, 'partnerType')} ${money(g.revenue)}`, `ropi-type-${g.key}`, () => this.openRopi('type', g), undefined, g.revenue)}</span> `)}</p></article>
            <article class="card wide"><h2>Diluted investment <span class="muted small">${money(r.dilution.dilutedInvestment)} in ${count(r.dilution.partners.length, 'partner')}: top investment quartile, bottom revenue quartile</span></h2>
              ${this.partners(
                r.dilution.partners.slice(0, 10).map((p) => ({
                  id: p.id,
                  cells: [
                    p.name ?? p.id,
                    label(p.type),
                    label(p.tier),
                    money(p.investment),
                    figure(
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
              )}</article>`;
  }

  /** Partners whose assigned tier differs from the one their revenue earns. */
  private tiersCard(t: TQ['tierMismatches']): TemplateResult {
    return html`
            <article class="card wide"><h2>Tier mismatches <span class="muted small">${integer(t.matching)} of ${integer(t.partners)} partners earn their assigned tier</span></h2>
              <div class="two">
                <div><h3>Over-tiered (${integer(t.overTiered.length)}) · ${money(t.overTieredInvestment)} invested</h3>
                  ${this.partners(
                    t.overTiered.slice(0, 8).map((m) => ({
                      id: m.id,
                      cells: [m.name ?? m.id, label(m.assignedTier), label(m.performanceTier), this.trailing(m)],
                    })),
                    ['Partner', 'Assigned', 'Earned', 'Revenue (12 mo)'],
                  )}</div>
                <div><h3>Under-tiered (${integer(t.underTiered.length)}) · ${money(t.underTieredRevenue)} revenue</h3>
                  ${this.partners(
                    t.underTiered.slice(0, 8).map((m) => ({
                      id: m.id,
                      cells: [m.name ?? m.id, label(m.assignedTier), label(m.performanceTier), this.trailing(m)],
                    })),
                    ['Partner', 'Assigned', 'Earned', 'Revenue (12 mo)'],
                  )}</div>
              </div></article>`;
  }

  private partners(rows: Array<{ id: string; cells: Array<string | TemplateResult> }>, header: string[]) {
    return partnerTable(rows, header, this.navigate);
  }

  private drawCharts() {
    const a = this.attribution.data;
    if (a) {
      drawAttribution(this.charts, a, this.open);
      drawWinRate(this.charts, a, this.open);
    }
    const r = this.returns.data;
    if (r) {
      drawPareto(this.charts, r, (ret, ids, top, held) => this.openTop(ret, ids, top, held));
      drawRopi(this.charts, r, (group, g) => this.openRopi(group, g));
    }
    this.plan.drawChart();
  }
}
