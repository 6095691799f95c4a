// View logic of the investment plan (Portfolio view): reading the budget a person types, the moves
// as sentences, and the chart's top changes. No DOM here, so it is unit-tested (plan.test.ts).
import { count, decimal, money, moneyExact, percent } from './format';

/** Largest budget the API accepts (a typo beyond it, not a plan). */
export const MAX_BUDGET = 1e12;

export type BudgetInput = { ok: true; value: number } | { ok: false; error: string };

/**
 * Reads "1,250,000", "1250000", "$1.25M", "800k" or "2.5 b" (case-insensitive) as an amount. Says
 * what is wrong otherwise, in the words the API would use (above 0, at most 1e12).
 */
export function parseBudget(text: string): BudgetInput {
  const t = text
    .trim()
    .replace(/[$,\s_]/g, '')
    .toLowerCase();
  if (!t) return { ok: false, error: 'Enter a budget, e.g. 2.5M.' };
  const m = /^(-?\d+(?:\.\d+)?|-?\.\d+)([kmb]?)$/.exec(t);
  if (!m) return { ok: false, error: `"${text.trim()}" is not an amount; write e.g. 2500000, 2.5M or 800K.` };
  const factor = { '': 1, k: 1e3, m: 1e6, b: 1e9 }[m[2] as '' | 'k' | 'm' | 'b'];
  const value = Number(m[1]) * factor;
  if (!(value > 0)) return { ok: false, error: 'The budget must be above 0.' };
  if (value > MAX_BUDGET) return { ok: false, error: 'The budget must be at most 1e12 ($1000B).' };
  return { ok: true, value };
}

/** The value shown in the budget box: whole currency units, no separators (so it parses back). */
export function budgetText(value: number): string {
  return String(Math.round(value));
}

export interface Share {
  id: string;
  name?: string | null;
  amount: number;
}
export interface Move {
  from: Share[];
  to: Share[];
  amount: number;
  expectedRevenueEffect: number;
}

/** "A, B and 3 more": at most `max` names, then a count. */
export function partners(shares: Share[], max = 3): string {
  const names = shares.map((s) => s.name ?? s.id);
  if (names.length <= max) return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** Money with an explicit sign: +$12.3K, -$4K. */
export function signedMoney(value: number): string {
  return value > 0 ? `+${money(value)}` : money(value);
}

/** "From X, Y to Z: $120K, expected +$85K a year". */
export function moveSentence(move: Move): string {
  return `From ${partners(move.from)} to ${partners(move.to)}: ${money(move.amount)}, expected ${signedMoney(move.expectedRevenueEffect)} a year`;
}

export interface PlanPartner {
  id: string;
  name?: string | null;
  currentAtBudget: number;
  plannedInvestment: number;
  change: number;
}

/**
 * The partners with the largest changes for the current-vs-planned chart: the biggest increases and
 * reductions (half each when both exist, so cuts are not hidden by gains), ordered from the
 * largest increase to the largest cut.
 */
export function topChanges<T extends PlanPartner>(rows: T[], n = 16, tolerance = 1): T[] {
  const up = rows.filter((r) => r.change > tolerance).sort((a, b) => b.change - a.change);
  const down = rows.filter((r) => r.change < -tolerance).sort((a, b) => a.change - b.change);
  let nUp = Math.min(up.length, Math.ceil(n / 2));
  const nDown = Math.min(down.length, n - nUp);
  nUp = Math.min(up.length, n - nDown);
  return [...up.slice(0, nUp), ...down.slice(0, nDown).reverse()];
}

/** Totals line: the plan's expected revenue against today's allocation at the same budget. */
export function upliftSummary(p: {
  expectedRevenueCurrent?: number | null;
  expectedRevenuePlanned?: number | null;
  expectedUplift?: number | null;
  expectedUpliftShare?: number | null;
}): string | null {
  if (p.expectedUplift === null || p.expectedUplift === undefined || p.expectedRevenueCurrent == null || p.expectedRevenuePlanned == null)
    return null;
  const share =
    p.expectedUpliftShare === null || p.expectedUpliftShare === undefined
      ? ''
      : ` (${p.expectedUpliftShare >= 0 ? '+' : ''}${(p.expectedUpliftShare * 100).toFixed(1)}%)`;
  return `Expected partner-driven revenue ${money(p.expectedRevenuePlanned)} a year with the plan against ${money(p.expectedRevenueCurrent)} with today's allocation at the same budget: ${signedMoney(p.expectedUplift)}${share}`;
}

/** What the sentences need to know of a partner in the plan. */
export interface PlanFacts {
  id: string;
  name?: string | null;
  historicalReturn: number;
  historyRevenue: number;
  historyWeight: number;
  ippProbability?: number | null;
}

export type Confidence = 'high' | 'medium' | 'low';

/**
 * How much a move rests on the partners' own history rather than the pooled prior: the smallest
 * history weight of the partners it names (weight = history investment / (history investment + S)).
 */
export function moveConfidence(move: Move, facts: Map<string, PlanFacts>): { level: Confidence; weight: number } {
  const weights = [...move.from, ...move.to].map((s) => facts.get(s.id)?.historyWeight).filter((w): w is number => w !== undefined);
  const weight = weights.length ? Math.min(...weights) : 0;
  return { level: weight >= 0.6 ? 'high' : weight >= 0.3 ? 'medium' : 'low', weight };
}

/** What a dollar invested in the partner brought back over the history window: "$0.20 back per $1". */
function perDollar(f: PlanFacts): string {
  return `${moneyExact(f.historicalReturn)} back per $1`;
}

function giver(s: Share, facts: Map<string, PlanFacts>): string {
  const f = facts.get(s.id);
  const name = s.name ?? s.id;
  if (!f) return name;
  return `${name} (${f.historyRevenue > 0 ? perDollar(f) : 'no partner-driven revenue in the history window'})`;
}

function taker(s: Share, facts: Map<string, PlanFacts>): string {
  const f = facts.get(s.id);
  const name = s.name ?? s.id;
  if (!f) return name;
  const ipp = f.ippProbability === null || f.ippProbability === undefined ? null : `IPP ${decimal(f.ippProbability * 100, 0)}`;
  return `${name} (${[ipp, perDollar(f)].filter(Boolean).join(', ')})`;
}

function named(shares: Share[], describe: (s: Share) => string): string {
  const sorted = [...shares].sort((a, b) => b.amount - a.amount);
  if (sorted.length === 1) return describe(sorted[0]);
  return `${describe(sorted[0])} and ${count(sorted.length - 1, 'other partner')}`;
}

/** "Move $120K from Northwind ($0.40 back per $1) to Nimbus Cloud (IPP 84, $6.10 back per $1): +$410K expected a year." */
export function moveInWords(move: Move, facts: Map<string, PlanFacts>): string {
  return `Move ${money(move.amount)} from ${named(move.from, (s) => giver(s, facts))} to ${named(move.to, (s) => taker(s, facts))}: ${signedMoney(move.expectedRevenueEffect)} expected a year.`;
}

/** The plan's largest moves in words, with their confidence and their share of the plan's uplift. */
export function topMoves(plan: { moves: Move[]; partners: PlanFacts[]; expectedUplift?: number | null }, n = 3) {
  const facts = new Map(plan.partners.map((p) => [p.id, p]));
  const moves = [...plan.moves].sort((a, b) => b.expectedRevenueEffect - a.expectedRevenueEffect).slice(0, n);
  const carried = moves.reduce((s, m) => s + m.expectedRevenueEffect, 0);
  const share = plan.expectedUplift ? carried / plan.expectedUplift : null;
  return {
    moves: moves.map((m) => ({ move: m, text: moveInWords(m, facts), confidence: moveConfidence(m, facts) })),
    carried,
    shareText: share === null ? null : `These ${count(moves.length, 'move')} carry ${percent(share, 0)} of the plan's expected gain.`,
  };
}

/** The plan's constraint boxes as typed. Empty boxes are no constraint. */
export interface ConstraintText {
  keepCurrent: string;
  maxPerPartner: string;
  minPerPartner: string;
  maxPartnersChanged: string;
}
export const NO_CONSTRAINTS: ConstraintText = { keepCurrent: '', maxPerPartner: '', minPerPartner: '', maxPartnersChanged: '' };

export interface Constraints {
  keepCurrent?: number;
  maxPerPartner?: number;
  minPerPartner?: number;
  maxPartnersChanged?: number;
}

/** Reads the boxes as the API's InvestmentPlanConstraints, or says for each box what is wrong (in the API's terms). */
export function parseConstraints(
  t: ConstraintText,
): { ok: true; value: Constraints } | { ok: false; errors: Partial<Record<keyof ConstraintText, string>> } {
  const value: Constraints = {};
  const errors: Partial<Record<keyof ConstraintText, string>> = {};
  if (t.keepCurrent.trim()) {
    const v = Number(t.keepCurrent.trim().replace(/%$/, ''));
    if (!Number.isFinite(v) || v < 0 || v > 100) errors.keepCurrent = "Keep 0 to 100 % of today's allocation.";
    else value.keepCurrent = v / 100;
  }
  for (const k of ['maxPerPartner', 'minPerPartner'] as const) {
    if (!t[k].trim()) continue;
    const p = parseBudget(t[k]);
    if (t[k].trim() === '0' && k === 'minPerPartner') {
      value.minPerPartner = 0;
      continue;
    }
    if (!p.ok) errors[k] = p.error.replace('budget', 'amount');
    else value[k] = p.value;
  }
  if (value.maxPerPartner !== undefined && value.minPerPartner !== undefined && value.minPerPartner > value.maxPerPartner)
    errors.minPerPartner = 'The floor must be at most the cap per partner.';
  if (t.maxPartnersChanged.trim()) {
    const v = Number(t.maxPartnersChanged.trim());
    if (!Number.isInteger(v) || v < 1 || v > 100000) errors.maxPartnersChanged = 'A whole number of partners, 1 to 100,000.';
    else value.maxPartnersChanged = v;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}
