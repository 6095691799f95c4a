// View logic of the investment plan (Portfolio view): reading the budget a person types, the moves
// as sentences, and the chart's top changes. No DOM here, so it is unit-tested (plan.test.ts).
import { money } from './format';

/** Largest budget the API accepts (a typo beyond it, not a plan). */
export const MAX_BUDGET = 1e12;

export type BudgetInput = { ok: true; value: number } | { ok: false; error: string };

/**
 * Reads "1,250,000", "1250000", "$1.25M", "800k" or "2.5 b" (case-insensitive) as an amount. Says
 * what is wrong otherwise, in the words the API would use (above 0, at most 1e12).
 */
export function parseBudget(text: string): BudgetInput {
  const t = text.trim().replace(/[$,\s_]/g, '').toLowerCase();
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

export interface Share { id: string; name?: string | null; amount: number }
export interface Move { from: Share[]; to: Share[]; amount: number; expectedRevenueEffect: number }

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

export interface PlanPartner { id: string; name?: string | null; currentAtBudget: number; plannedInvestment: number; change: number }

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
export function upliftSummary(p: { expectedRevenueCurrent?: number | null; expectedRevenuePlanned?: number | null; expectedUplift?: number | null; expectedUpliftShare?: number | null }): string | null {
  if (p.expectedUplift === null || p.expectedUplift === undefined || p.expectedRevenueCurrent == null || p.expectedRevenuePlanned == null) return null;
  const share = p.expectedUpliftShare === null || p.expectedUpliftShare === undefined ? '' : ` (${p.expectedUpliftShare >= 0 ? '+' : ''}${(p.expectedUpliftShare * 100).toFixed(1)}%)`;
  return `Expected partner-driven revenue ${money(p.expectedRevenuePlanned)} a year with the plan against ${money(p.expectedRevenueCurrent)} with today's allocation at the same budget: ${signedMoney(p.expectedUplift)}${share}`;
}
