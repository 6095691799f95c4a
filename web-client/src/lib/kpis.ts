// The KPI tiles of the Portfolio view: each figure with its change against the previous period of the
// same length (same segment), in the figure's own unit: points for shares, % for amounts and counts.
import type { KpisQuery } from '../gql/graphql';
import { change, date, decimal, integer, money, percent, points } from './format';
import { relativeChange } from './filter';

type Kpis = KpisQuery['ecosystemKpis'];

export interface Delta {
  text: string;
  title: string;
  good: boolean | null;
}
export interface Tile {
  id: string;
  title: string;
  value: string;
  delta: Delta | null;
}

type Kind = 'money' | 'share' | 'count' | 'days';

const FIGURES: Array<{ id: string; title: string; kind: Kind; higherIsBetter: boolean; get: (k: Kpis) => number | null | undefined }> = [
  { id: 'won', title: 'Won revenue', kind: 'money', higherIsBetter: true, get: (k) => k.totalWonAmount },
  { id: 'sourced', title: 'Partner-sourced share', kind: 'share', higherIsBetter: true, get: (k) => k.partnerSourcedShare },
  { id: 'driven', title: 'Partner-driven share', kind: 'share', higherIsBetter: true, get: (k) => k.partnerDrivenShare },
  { id: 'active', title: 'Active partners', kind: 'count', higherIsBetter: true, get: (k) => k.activePartners },
  { id: 'perPartner', title: 'Revenue per active partner', kind: 'money', higherIsBetter: true, get: (k) => k.revenuePerActivePartner },
  { id: 'registration', title: 'Deal registration rate', kind: 'share', higherIsBetter: true, get: (k) => k.registrationRate },
  { id: 'firstDeal', title: 'Median days to first deal', kind: 'days', higherIsBetter: false, get: (k) => k.timeToFirstDeal.medianDays },
];

function value(kind: Kind, v: number | null | undefined): string {
  switch (kind) {
    case 'money':
      return money(v);
    case 'share':
      return percent(v);
    case 'count':
      return integer(v);
    case 'days':
      return v === null || v === undefined ? '–' : `${decimal(v, 0)} days`;
  }
}

/** The change of one figure, or null when either period lacks it. */
export function delta(
  kind: Kind,
  now: number | null | undefined,
  before: number | null | undefined,
  higherIsBetter: boolean,
  period: string,
): Delta | null {
  if (now === null || now === undefined || before === null || before === undefined) return null;
  const diff = now - before;
  const good = diff === 0 ? null : diff > 0 === higherIsBetter;
  const title = `${value(kind, before)} in the previous period (${period})`;
  if (kind === 'share') return { text: `${points(diff)} vs previous period`, title, good };
  const rel = relativeChange(now, before);
  if (rel === null) return { text: `was ${value(kind, before)}`, title, good };
  return { text: `${change(rel)} vs previous period`, title, good };
}

export function kpiTiles(k: Kpis, previous: Kpis | null): Tile[] {
  const period = previous ? `${date(previous.from)} to ${date(previous.asOf)}` : '';
  return FIGURES.map((f) => ({
    id: f.id,
    title: f.title,
    value: value(f.kind, f.get(k)),
    delta: previous ? delta(f.kind, f.get(k), f.get(previous), f.higherIsBetter, period) : null,
  }));
}
