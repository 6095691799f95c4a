// The one place where the web client turns values into text: numbers, money with its currency,
// percentages, ratios, ordinals, counts with their noun, dates, the display names of stored codes
// (regions, industries, tiers, sources ...), property values read from the graph, and the API's notes.
// Every view formats through it (tested in format.test.ts), so "92th", "North america" or a raw
// "north_america" cannot come back in one view while fixed in another.

const DASH = '–';
const LOCALE = 'en-US';

let currency = 'USD';

/** The currency the data's amounts are in (the API says "the data's currency"); USD unless told otherwise. */
export function setCurrency(code: string): void {
  currency = code;
  compactMoney = null;
  exactMoney = null;
  wholeMoney = null;
}

export function currencyCode(): string {
  return currency;
}

let compactMoney: Intl.NumberFormat | null = null;
let exactMoney: Intl.NumberFormat | null = null;
let wholeMoney: Intl.NumberFormat | null = null;

function missing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

/** Money, compact with three significant digits: $1.23M, $48K, $950. */
export function money(value: number | null | undefined): string {
  if (missing(value)) return DASH;
  compactMoney ??= new Intl.NumberFormat(LOCALE, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 });
  return compactMoney.format(value);
}

/** Money to the cent (or whole units from 1,000 up): $27,842.31, $91,800. */
export function moneyExact(value: number | null | undefined): string {
  if (missing(value)) return DASH;
  exactMoney ??= new Intl.NumberFormat(LOCALE, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  wholeMoney ??= new Intl.NumberFormat(LOCALE, { style: 'currency', currency, maximumFractionDigits: 0 });
  // cents when there are any, and then always two digits: $199,418.10, not $199,418.1
  return Number.isInteger(value) ? wholeMoney.format(value) : exactMoney.format(value);
}

/** Money with an explicit sign: +$12.3K, -$4K, $0. */
export function signedMoney(value: number | null | undefined): string {
  if (missing(value)) return DASH;
  return value > 0 ? `+${money(value)}` : money(value);
}

/** A rate 0-1 as a percentage: 0.4567 -> 45.7%. */
export function percent(value: number | null | undefined, digits = 1): string {
  if (missing(value)) return DASH;
  return (value * 100).toFixed(digits) + '%';
}

/** A difference of two rates in percentage points, signed: 0.032 -> +3.2 pts. */
export function points(delta: number | null | undefined, digits = 1): string {
  if (missing(delta)) return DASH;
  const v = Math.round(delta * 100 * 10 ** digits) / 10 ** digits;
  return `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v).toFixed(digits)} pts`;
}

/** A relative change, signed: 0.125 -> +12.5%. */
export function change(delta: number | null | undefined, digits = 1): string {
  if (missing(delta)) return DASH;
  const v = Math.round(delta * 100 * 10 ** digits) / 10 ** digits;
  return `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v).toFixed(digits)}%`;
}

/** A multiple: 0.37 -> 0.37×, 6.1 -> 6.1× (two significant decimals under 10). */
export function ratio(value: number | null | undefined, digits = 2): string {
  if (missing(value)) return DASH;
  return value.toFixed(digits) + '×';
}

export function decimal(value: number | null | undefined, digits = 2): string {
  if (missing(value)) return DASH;
  return value.toFixed(digits);
}

export function integer(value: number | null | undefined): string {
  if (missing(value)) return DASH;
  return Math.round(value).toLocaleString(LOCALE);
}

const ORDINAL = new Intl.PluralRules(LOCALE, { type: 'ordinal' });
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** 1st, 2nd, 3rd, 11th, 92nd. */
export function ordinal(value: number | null | undefined): string {
  if (missing(value)) return DASH;
  const n = Math.round(value);
  return `${n.toLocaleString(LOCALE)}${ORDINAL_SUFFIX[ORDINAL.select(n)]}`;
}

/** A count with its noun: "1 conflict", "87 conflicts", "1,200 partners" (plural given when not noun + s). */
export function count(n: number | null | undefined, singular: string, plural = singular + 's'): string {
  if (missing(n)) return `${DASH} ${plural}`;
  return `${integer(n)} ${Math.round(n) === 1 ? singular : plural}`;
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** An ISO date (YYYY-MM-DD) as "4 Dec 2026"; a timestamp with its time when it has one. */
export function date(iso: string | null | undefined): string {
  if (!iso) return DASH;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return /T\d/.test(iso) ? DATE_TIME.format(d) : DATE.format(d);
}

/**
 * The display names of the graph's stored codes come from the service's `vocabularies` query (one place for
 * the server and every client; installed by {@link useVocabularies} once per session, api/vocabularies.ts).
 * Which vocabulary (by its CSV column name) holds the names of which kind of code here:
 */
export const VOCABULARY_KINDS: Record<string, string> = {
  region: 'region',
  industry: 'industry',
  segment: 'segment',
  type: 'partnerType',
  tier: 'tier',
  status: 'status',
  source: 'source',
  outcome: 'outcome',
  stage: 'stage',
  role: 'role',
  registration_stage: 'registrationStage',
  kind: 'investmentKind',
};

/**
 * The names of codes that are the web client's own words, not stored values of the graph (views, kinds of
 * node, retraining states, ...), and a performance tier below the lowest assigned one. Codes are matched
 * case-insensitively. The vocabularies' names are added to (and win over) these.
 */
const OWN_NAMES: Record<string, Record<string, string>> = {
  tier: { inactive: 'Inactive' },
  nodeKind: {
    partner: 'Partner',
    prospect: 'Prospect',
    customer: 'Customer',
    integration: 'Integration',
    deal: 'Deal',
    investment: 'Investment',
  },
  explanation: { lime: 'LIME (local surrogate model)', shap: 'SHAP', coefficients: 'model coefficients' },
  conflictKind: { partner_partner: 'Partner vs partner', partner_direct: 'Partner vs direct' },
  retrain: { idle: 'Idle', running: 'Running', replaced: 'Replaced', kept: 'Kept', failed: 'Failed' },
  savedViewTarget: { explorer: 'Explorer', portfolio: 'Portfolio', combinations: 'Value combinations', referrals: 'Referral network' },
  view: {
    explorer: 'Explorer',
    portfolio: 'Portfolio',
    combinations: 'Value combinations',
    referrals: 'Referral network',
    recruiting: 'Recruiting',
    model: 'Model',
    audit: 'Audit trail',
  },
  shortlistStatus: { to_contact: 'To contact', contacted: 'Contacted', in_talks: 'In talks', signed: 'Signed', declined: 'Declined' },
};

/** The names in use: the client's own, and the service's vocabularies once installed. */
let NAMES: Record<string, Record<string, string>> = structuredClone(OWN_NAMES);

/** What the `vocabularies` query answers (vocabulary.graphqls). */
export interface VocabularyAnswer {
  name: string;
  values: ReadonlyArray<{ value: string; label: string }>;
}

/**
 * Installs the service's display names (the `vocabularies` answer); a vocabulary this client does not know
 * is kept under its own name. Returns how many names were installed.
 */
export function useVocabularies(vocabularies: readonly VocabularyAnswer[]): number {
  const names: Record<string, Record<string, string>> = structuredClone(OWN_NAMES);
  let n = 0;
  for (const v of vocabularies) {
    const kind = VOCABULARY_KINDS[v.name] ?? v.name;
    names[kind] = { ...names[kind] };
    for (const t of v.values) {
      names[kind][t.value.toLowerCase()] = t.label;
      n++;
    }
  }
  NAMES = names;
  return n;
}

/** Whether a code has a display name of its own (in `kind`), rather than its words in sentence case. */
export function hasDisplayName(code: string, kind: string): boolean {
  return !!NAMES[kind]?.[code.toLowerCase()];
}

/** The order of tiers by rank (highest first), for sorting: never alphabetical. */
export const TIER_RANK = ['platinum', 'gold', 'silver', 'registered', 'inactive'];

/** Sort key of a tier: 0 for platinum, larger further down; unknown tiers last. */
export function tierRank(code: string | null | undefined): number {
  const i = TIER_RANK.indexOf((code ?? '').toLowerCase());
  return i < 0 ? TIER_RANK.length : i;
}

const ACRONYMS = new Set([
  'emea',
  'apac',
  'latam',
  'smb',
  'mdf',
  'isv',
  'si',
  'gsi',
  'ipp',
  'ropi',
  'arr',
  'nps',
  'roi',
  'lime',
  'shap',
  'api',
  'csv',
  'auc',
]);

/**
 * A stored code as people write it: the display name when the code is known (in `kind`, else in any
 * table), otherwise its words in sentence case with acronyms kept ('co_marketing' -> 'Co marketing').
 */
export function displayName(code: string | null | undefined, kind?: string): string {
  if (code === null || code === undefined || code === '') return DASH;
  const key = code.toLowerCase();
  const table = kind ? NAMES[kind] : undefined;
  if (table?.[key]) return table[key];
  if (!table) for (const t of Object.values(NAMES)) if (t[key]) return t[key];
  const words = key
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Kept for the views that call it: the display name of any stored code. */
export function label(code: string | null | undefined): string {
  return displayName(code);
}

/** Lists in property values are joined with ', ' by the API. */
function listOf(value: string, kind: string): string {
  return value
    .split(/,\s*/)
    .map((v) => displayName(v, kind))
    .join(', ');
}

const MONEY_KEYS = /^(arr|amount|revenue|wonAmount|hourlyRate|partnerEarnings|investment|budget)$/i;
const DATE_KEYS = /(On|Date|At)$/;
const NAME_KEYS: Record<string, string> = {
  region: 'region',
  regions: 'region',
  industry: 'industry',
  industries: 'industry',
  segment: 'segment',
  tier: 'tier',
  type: 'partnerType',
  status: 'status',
  source: 'source',
  outcome: 'outcome',
  role: 'role',
  registrationStage: 'registrationStage',
  kind: 'investmentKind',
};

/** The name of a property of the graph as a label: 'hourlyRate' -> 'Hourly rate', 'arr' -> 'ARR'. */
export function propertyName(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_]+/)
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w.toLowerCase()));
  const text = words.join(' ').replace(/\b90d\b/i, '(90 days)');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A label inside a sentence: first letter lower case, unless it starts with an acronym ('ARR', 'IPP score'). */
export function inSentence(text: string): string {
  return /^[A-Z]{2,}\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** A property value of the graph (as text) formatted by its key: money with currency, dates, display names. */
export function propertyValue(key: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return DASH;
  if (MONEY_KEYS.test(key) && Number.isFinite(Number(value))) return moneyExact(Number(value));
  if (NAME_KEYS[key]) return listOf(value, NAME_KEYS[key]);
  if (/probability$/i.test(key) && Number.isFinite(Number(value))) return percent(Number(value));
  if (DATE_KEYS.test(key) && /^\d{4}-\d{2}-\d{2}/.test(value)) return date(value);
  if (value === 'true' || value === 'false') return value === 'true' ? 'yes' : 'no';
  if (/^-?\d+\.\d{3,}$/.test(value)) return decimal(Number(value), 2);
  if (/^-?\d{4,}$/.test(value)) return integer(Number(value));
  return value;
}

/**
 * One of the API's notes as a sentence for people: capitalised, ending with a full stop, and "null"
 * (the API's word for a field it leaves out) said as "not given".
 */
export function note(text: string): string {
  const t = text
    .trim()
    .replace(/\bare null\b/g, 'are not given')
    .replace(/\bis null\b/g, 'is not given')
    .replace(/\bnull\b/g, 'not given');
  if (!t) return t;
  const s = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(s) ? s : s + '.';
}

/** The API's notes as one paragraph. */
export function notes(list: readonly string[]): string {
  return list.map(note).join(' ');
}

/** The 95% Wilson score interval of a proportion: stays inside [0, 1] even for few or extreme counts. */
export function wilson(successes: number, trials: number, z = 1.959964): { low: number; high: number } | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
