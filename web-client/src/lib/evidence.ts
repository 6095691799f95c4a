// What opens the evidence of a figure (views/evidence.ts): its title, the figure as text, the
// selector of dealEvidence, and how the figure narrows the view's period and segment (a tier's row
// of ROPI counts that tier's partners only). Kept in the URL (`ev=`) so an open evidence dialog
// survives a reload and can be shared; the view's own filter parameters supply the rest.
import type { AnalyticsFilter, DriverLeverKind, EvidenceSelector, PartnerTier, PartnerType } from '../gql/graphql';

/** The figure's own narrowing of the view's filter. */
export interface Narrowing {
  tiers?: PartnerTier[];
  partnerTypes?: PartnerType[];
}

export interface EvidenceRequest {
  title: string;
  figure: string;
  selector: EvidenceSelector;
  narrow?: Narrowing;
}

/** The filter the figure was computed with: the view's, narrowed by the figure (a tier of the view's tiers). */
export function figureFilter(filter: AnalyticsFilter, narrow?: Narrowing): AnalyticsFilter {
  const f: AnalyticsFilter = { ...filter };
  if (narrow?.tiers) f.tiers = narrow.tiers;
  if (narrow?.partnerTypes) f.partnerTypes = narrow.partnerTypes;
  return f;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  bytes.forEach((b) => {
    bin += String.fromCharCode(b);
  });
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** The request as the URL parameter `ev`. */
export function encodeEvidence(r: EvidenceRequest): string {
  return toBase64Url(JSON.stringify({ t: r.title, f: r.figure, s: r.selector, n: r.narrow }));
}

const BASES = ['WON', 'CLOSED', 'CREATED', 'TRAILING_YEAR'];

/** The request in the URL, or null when there is none or it is not one (a hand-edited link is ignored, not an error). */
export function decodeEvidence(param: string | undefined): EvidenceRequest | null {
  if (!param) return null;
  try {
    const o = JSON.parse(fromBase64Url(param)) as { t?: unknown; f?: unknown; s?: EvidenceSelector; n?: Narrowing };
    if (typeof o.t !== 'string' || typeof o.f !== 'string' || !o.s || typeof o.s !== 'object' || !BASES.includes(String(o.s.basis)))
      return null;
    return { title: o.t, figure: o.f, selector: o.s, narrow: o.n && typeof o.n === 'object' ? o.n : undefined };
  } catch {
    return null;
  }
}

/**
 * What a driver group's figure counts: its partners, their won deals (revenue), closed deals (win rate), co-sold deals, the
 * customers using their integrations (integration depth only).
 */
export type DriverFigure = 'partners' | 'revenue' | 'winRate' | 'coSold' | 'integrationUsers';

const DRIVER_FIGURES: Record<DriverFigure, Pick<EvidenceSelector, 'basis' | 'measure'>> = {
  partners: { basis: 'CREATED', measure: 'SIGNED_PARTNER' },
  revenue: { basis: 'WON', measure: 'PARTNER_REVENUE' },
  winRate: { basis: 'CLOSED', measure: 'PARTNER_OUTCOME' },
  coSold: { basis: 'CREATED', measure: 'PARTNER_CO_SOLD' },
  integrationUsers: { basis: 'CREATED', measure: 'INTEGRATION_USER' },
};

/** Measures whose rows are partners, not deals (partnerEdges). */
export const PARTNER_MEASURES = ['ACTIVE_PARTNER', 'SIGNED_PARTNER', 'PROSPECT_OVERLAP', 'PROSPECT_REFERRAL'];

/** The selectors of the figures, one place (tested): what each figure counts. */
export const selectors = {
  /** A ROPI row, a dilution row, a plan move: partner-driven revenue of these partners (or of the filter's). */
  partnerRevenue: (partnerIds?: string[]): EvidenceSelector => ({
    basis: 'WON',
    measure: 'PARTNER_REVENUE',
    ...(partnerIds ? { creditedPartners: partnerIds } : {}),
  }),
  /** The partner-driven share and revenue per active partner: the won deals partners sourced or co-sold (their amounts are the share's numerator). */
  partnerDriven: (): EvidenceSelector => ({ basis: 'WON', sources: ['PARTNER_SOURCED', 'CO_SOLD'] }),
  /** A tier mismatch: the partner's revenue in the 12 months up to the as-of date. */
  trailingRevenue: (partnerId: string): EvidenceSelector => ({
    basis: 'TRAILING_YEAR',
    measure: 'PARTNER_REVENUE',
    creditedPartners: [partnerId],
  }),
  /** The registration rate: every partner deal row created in the period, 1 when registered (their mean is the rate). */
  registration: (): EvidenceSelector => ({ basis: 'CREATED', measure: 'PARTNER_REGISTRATION' }),
  /** The median days to first deal: each partner's first deal and the days from signing (their median is the figure). */
  firstDeal: (): EvidenceSelector => ({ basis: 'CREATED', measure: 'FIRST_DEAL' }),
  /** The Active partners tile: the partners it counts (partner rows, not deals). */
  activePartners: (): EvidenceSelector => ({ basis: 'CREATED', measure: 'ACTIVE_PARTNER' }),
  /** A group of performanceDrivers: its partners, or the deal rows behind one of its outcomes (the analysis names the partners). */
  driverGroup: (lever: DriverLeverKind, group: string, figure: DriverFigure): EvidenceSelector => ({
    ...DRIVER_FIGURES[figure],
    driverLever: lever,
    driverGroup: group,
  }),
  /** A prospect's customer overlap: every active partner, 1 when it serves fewer of our customers (their mean). */
  prospectOverlap: (prospect: string): EvidenceSelector => ({ basis: 'CREATED', measure: 'PROSPECT_OVERLAP', prospect }),
  /** A prospect's customers served and segment coverage: the customers it serves, 1 when in an under-represented cell. */
  prospectCustomers: (prospect: string): EvidenceSelector => ({ basis: 'CREATED', measure: 'PROSPECT_CUSTOMER', prospect }),
  /** A prospect's referral proximity: the top performers within 3 referral hops, each valued by its hops (1 / the least). */
  prospectReferral: (prospect: string): EvidenceSelector => ({ basis: 'CREATED', measure: 'PROSPECT_REFERRAL', prospect }),
  /** A prospect's reach: the customers it serves that no active partner serves, each valued by its ARR. */
  prospectNewCustomers: (prospect: string): EvidenceSelector => ({ basis: 'CREATED', measure: 'PROSPECT_NEW_CUSTOMER', prospect }),
  /** Partner economics: the partner's earnings deal row by deal row. */
  earnings: (partnerId: string): EvidenceSelector => ({ basis: 'CREATED', measure: 'PARTNER_EARNINGS', creditedPartners: [partnerId] }),
  /** Channel conflicts: every deal in one (of these customers, when given). */
  conflicts: (windowDays: number, customerIds?: string[]): EvidenceSelector => ({
    basis: 'CREATED',
    conflictWindowDays: windowDays,
    ...(customerIds ? { customerIds } : {}),
  }),
  /** A referral chain: the won deals of everyone it reached, credited with decay per hop. */
  referralCredit: (referrer: string, maxHops: number, decay: number): EvidenceSelector => ({
    basis: 'WON',
    measure: 'REFERRAL_CREDIT',
    referrer,
    maxHops,
    decay,
  }),
};

/** The most ids a selector's creditedPartners takes (EvidenceSelector.MAX_IDS on the server). */
export const MAX_CREDITED_PARTNERS = 100;

/**
 * The partners behind "the top share of partners hold X% of revenue" (partnerReturns' concentration): the first
 * ceil(share * partners) of the list, largest revenue first, as the server's Statistics.topShare counts them;
 * null when the list does not reach that far or a selector could not name them all.
 */
export function topPartners(largestFirst: string[], partners: number, share: number): string[] | null {
  const k = Math.ceil(share * partners - 1e-9);
  if (k < 1 || k > largestFirst.length || k > MAX_CREDITED_PARTNERS) return null;
  return largestFirst.slice(0, k);
}
