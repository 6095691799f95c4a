// The Portfolio's investment plan card (investmentPlan): a budget (by default today's trailing-12-month investment,
// investmentPlan.currentTotal) and optional constraints, moved to where the next dollar is expected to return most;
// the top moves open the revenue they rest on in the evidence panel.
import { html, nothing, type TemplateResult } from 'lit-html';
import { query } from '../../api/client';
import { InvestmentBaselineQuery, InvestmentPlanQuery } from '../../api/queries';
import type { RequestScope } from '../../api/scope';
import type { Charts } from '../../charts';
import type { AnalyticsFilter, InvestmentPlanQuery as PQ } from '../../gql/graphql';
import { selectors } from '../../lib/evidence';
import { count, decimal, integer, money, note, notes as noteText } from '../../lib/format';
import {
  budgetText,
  NO_CONSTRAINTS,
  parseBudget,
  parseConstraints,
  partners,
  moveSentence,
  signedMoney,
  topChanges,
  topMoves,
  upliftSummary,
  type ConstraintText,
} from '../../lib/plan';
import { empty, loaded, Slot } from '../../ui';
import { figure, type OpenEvidence } from './figures';

type Plan = PQ['investmentPlan'];

export class PlanCard {
  /** Today's trailing-12-month investment in the plan's partners: the budget box's default. */
  private readonly baseline: Slot<number>;
  private readonly plan: Slot<Plan>;
  private filter: AnalyticsFilter = {};
  private budget = '';
  private budgetError: string | null = null;
  /** The constraint boxes of the plan, as typed, and what is wrong with them. */
  private constraintText: ConstraintText = { ...NO_CONSTRAINTS };
  private constraintErrors: Partial<Record<keyof ConstraintText, string>> = {};

  constructor(
    scope: RequestScope,
    private readonly changed: () => void,
    private readonly open: OpenEvidence,
    private readonly charts: Charts,
  ) {
    this.baseline = new Slot<number>(changed, scope);
    this.plan = new Slot<Plan>(changed, scope);
  }

  /** Loads today's allocation for the filter's period and segment, then plans it when there is one. */
  load(filter: AnalyticsFilter): void {
    this.filter = filter;
    this.loadBaseline();
  }

  private loadBaseline() {
    this.baseline.run(async (signal) => {
      const total = (await query(InvestmentBaselineQuery, { filter: this.filter }, signal)).investmentPlan.currentTotal;
      if (!this.budget) this.budget = budgetText(total);
      if (total > 0) void this.runPlan();
      return total;
    });
  }

  private runPlan() {
    const parsed = parseBudget(this.budget);
    this.budgetError = parsed.ok ? null : parsed.error;
    const limits = parseConstraints(this.constraintText);
    this.constraintErrors = limits.ok ? {} : limits.errors;
    if (!parsed.ok || !limits.ok) {
      this.changed();
      return Promise.resolve();
    }
    const constraints = Object.keys(limits.value).length ? limits.value : undefined;
    return this.plan.run(
      async (signal) =>
        (await query(InvestmentPlanQuery, { budget: parsed.value, constraints, filter: this.filter }, signal)).investmentPlan,
    );
  }

  template(): TemplateResult {
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
                (p) => this.content(p),
                () => void this.runPlan(),
                'Planning the budget…',
              )
        }
      </article>`;
  }

  private content(p: Plan): TemplateResult {
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
        ${figure(
          'the history behind it',
          'plan-move',
          () =>
            this.open(
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

  /** The current-vs-planned chart of the partners with the largest changes (in the card's details). */
  drawChart(): void {
    const money0 = (v: number) => money(v);
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
