// The analytics filter of the API (AnalyticsFilter: as-of, from, partner types, regions, tiers) as the
// analytics views keep it in the URL (from, to, types, regions, tiers), and the previous period that
// the KPI tiles compare with. Pure, for unit tests; the bar that edits it is views/filterbar.ts.
import type { AnalyticsFilter, PartnerTier, PartnerType } from '../gql/graphql';
import { listParam } from './route';

export const PARTNER_TYPES: PartnerType[] = ['REFERRAL', 'TECHNOLOGY', 'RESELLER', 'STRATEGIC', 'SERVICES'];
export const TIERS: PartnerTier[] = ['PLATINUM', 'GOLD', 'SILVER', 'REGISTERED'];
/** Regions as stored. */
export const REGIONS = ['north_america', 'emea', 'apac', 'latam'];

/** The URL parameters the filter owns. */
export const FILTER_PARAMS = ['from', 'to', 'types', 'regions', 'tiers'] as const;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The filter in the URL, checked: unknown values and malformed dates are left out (the URL is typed by people). */
export function filterFromParams(p: Record<string, string | undefined>): AnalyticsFilter {
  const f: AnalyticsFilter = {};
  if (p.from && ISO.test(p.from)) f.from = p.from;
  if (p.to && ISO.test(p.to)) f.asOf = p.to;
  const types = listParam(p.types).filter((t): t is PartnerType => (PARTNER_TYPES as string[]).includes(t));
  const tiers = listParam(p.tiers).filter((t): t is PartnerTier => (TIERS as string[]).includes(t));
  const regions = listParam(p.regions).filter((r) => REGIONS.includes(r));
  if (types.length) f.partnerTypes = types;
  if (tiers.length) f.tiers = tiers;
  if (regions.length) f.regions = regions;
  return f;
}

/** The URL parameters of a filter (empty strings clear them). */
export function filterToParams(f: AnalyticsFilter): Record<(typeof FILTER_PARAMS)[number], string> {
  return {
    from: f.from ?? '',
    to: f.asOf ?? '',
    types: (f.partnerTypes ?? []).join(','),
    regions: (f.regions ?? []).join(','),
    tiers: (f.tiers ?? []).join(','),
  };
}

/** A key that changes when the filter does (for "fetch again?"). */
export function filterKey(f: AnalyticsFilter): string {
  return JSON.stringify(filterToParams(f));
}

function shift(iso: string, days: number): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function monthsBefore(iso: string, months: number): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCMonth(d.getUTCMonth() - months);
  return shift(d.toISOString().slice(0, 10), 1);
}

/**
 * The period of the same length just before this one (same segment), for "compared with the previous
 * period"; null without a start (all of history has no previous period). `asOf` is the end the API used.
 */
export function previousPeriod(f: AnalyticsFilter, asOf: string | null | undefined): AnalyticsFilter | null {
  const end = f.asOf ?? asOf;
  if (!f.from || !end) return null;
  const days = Math.round((Date.parse(end) - Date.parse(f.from)) / 86_400_000) + 1;
  if (days < 1) return null;
  return { ...f, asOf: shift(f.from, -1), from: shift(f.from, -days) };
}

export interface Preset {
  id: string;
  title: string;
  from: string | null;
  to: string | null;
}

/** Periods people pick, ending at the data's as-of date. */
export function presets(asOf: string): Preset[] {
  return [
    { id: 'all', title: 'All history', from: null, to: null },
    { id: '12m', title: 'Last 12 months', from: monthsBefore(asOf, 12), to: asOf },
    { id: '6m', title: 'Last 6 months', from: monthsBefore(asOf, 6), to: asOf },
    { id: '3m', title: 'Last 3 months', from: monthsBefore(asOf, 3), to: asOf },
  ];
}

/** A relative change of a figure against the previous period, or null when either is missing or the old one is 0. */
export function relativeChange(now: number | null | undefined, before: number | null | undefined): number | null {
  if (now === null || now === undefined || before === null || before === undefined || before === 0) return null;
  return (now - before) / Math.abs(before);
}
