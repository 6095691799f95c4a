// The recruiting team's shortlist as data: its statuses and its CSV with the ranking (pure, for unit tests;
// the panel is views/shortlist.ts).
import type { ShortlistStatus, TeamShortlistQuery } from '../gql/graphql';
import { toCsv } from './csv';
import { displayName } from './format';

export type Entry = TeamShortlistQuery['shortlist'][number];

/** A prospect's row of the ranking, as the Recruiting view has it (blend and rank with the weights in use). */
export interface RankedRow {
  id: string;
  name: string;
  rank: number;
  blend: number;
  ippProbability: number;
  customerOverlap: number;
  segmentCoverage: number;
  referralProximity: number;
  referralHops?: number | null;
  servedCustomers: number;
}

export const STATUSES: ShortlistStatus[] = ['TO_CONTACT', 'CONTACTED', 'IN_TALKS', 'SIGNED', 'DECLINED'];

/** The shortlist as CSV: the team's columns, then the prospect's ranking with the weights used (empty when it is not in the ranking). */
export function shortlistCsv(entries: Entry[], ranking: Map<string, RankedRow>, weights: Record<string, number>): string {
  const header = [
    'prospectId',
    'name',
    'status',
    'notes',
    'addedBy',
    'addedAt',
    'updatedBy',
    'updatedAt',
    'rank',
    'blend',
    'ippProbability',
    'customerOverlap',
    'segmentCoverage',
    'referralProximity',
    'referralHops',
    'servedCustomers',
    'weightIpp',
    'weightCustomerOverlap',
    'weightSegmentCoverage',
    'weightReferralProximity',
  ];
  const rows = entries.map((e) => {
    const r = ranking.get(e.prospectId);
    return [
      e.prospectId,
      e.prospect?.name ?? r?.name ?? '',
      displayName(e.status, 'shortlistStatus'),
      e.notes ?? '',
      e.addedBy,
      e.addedAt,
      e.updatedBy,
      e.updatedAt,
      r?.rank,
      r ? +r.blend.toFixed(4) : undefined,
      r?.ippProbability,
      r?.customerOverlap,
      r?.segmentCoverage,
      r?.referralProximity,
      r?.referralHops,
      r?.servedCustomers,
      +weights.ipp.toFixed(4),
      +weights.customerOverlap.toFixed(4),
      +weights.segmentCoverage.toFixed(4),
      +weights.referralProximity.toFixed(4),
    ];
  });
  return toCsv(header, rows);
}
