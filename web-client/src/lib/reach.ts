// A prospect's marginal reach (prospectReach, docs/analytics.md#7) as the recruiting view's "Why?"
// row shows it: one sentence, and the new segments, industries and regions as capped lists.
import type { ProspectReachOfQuery } from '../gql/graphql';
import { integer, label, money } from './format';

export type Reach = ProspectReachOfQuery['prospectReach'];

/** The first `cap` items as text and how many more there are. */
export function capped<T>(items: T[], cap: number, text: (t: T) => string): { shown: string[]; more: number } {
  return { shown: items.slice(0, cap).map(text), more: Math.max(0, items.length - cap) };
}

/** "a, b and 3 more", or null for an empty list. */
export function listText<T>(items: T[], cap: number, text: (t: T) => string): string | null {
  if (!items.length) return null;
  const { shown, more } = capped(items, cap, text);
  if (more) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown[0];
}

/** What the prospect would add in customers, in one sentence. */
export function reachSentence(r: Reach): string {
  if (r.servedCustomers === 0) return 'Serves none of our customers.';
  const served = `Serves ${integer(r.servedCustomers)} of our customers`;
  if (r.newCustomerCount === 0) return `${served}; active partners already serve all of them.`;
  return `${served}; ${integer(r.newCustomerCount)} of them (${money(r.newCustomerArr)} ARR) no active partner serves.`;
}

/** The coverage lines (new segments, industries, regions), each capped; empty when it adds no coverage. */
export function coverageLines(r: Reach, cap = 5): Array<{ title: string; text: string }> {
  const lines: Array<{ title: string; text: string }> = [];
  const segments = listText(r.newSegments, cap, (s) => `${label(s.industry)} × ${label(s.region)} (${integer(s.customers)})`);
  if (segments) lines.push({ title: `New segments (${r.newSegments.length})`, text: segments });
  const industries = listText(r.newIndustries, cap, label);
  if (industries) lines.push({ title: `New industries (${r.newIndustries.length})`, text: industries });
  const regions = listText(r.newRegions, cap, label);
  if (regions) lines.push({ title: `New regions (${r.newRegions.length})`, text: regions });
  return lines;
}
