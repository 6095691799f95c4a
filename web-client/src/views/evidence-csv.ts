// The evidence panel's CSV export: the file name and the columns of its deal rows and partner rows.
import type { DealEvidenceQuery as EQ } from '../gql/graphql';
import { toCsv } from '../lib/csv';
import { displayName } from '../lib/format';

type Evidence = EQ['dealEvidence'];
type Edge = Evidence['edges'][number];
type PartnerEdge = Evidence['partnerEdges'][number];

/** `evidence-<the figure's title, lower-case, words joined by dashes>.csv`. */
export function csvFileName(title: string): string {
  return `evidence-${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}.csv`;
}

/** The partner rows (the Active partners tile, a driver group's partners). */
export function partnerCsv(partners: PartnerEdge[]): string {
  return toCsv(
    ['partner', 'name', 'type', 'tier', 'region', 'status', 'signedOn', 'value'],
    partners.map(({ node: p, value }) => [p.id, p.name, p.type, p.tier, p.region, p.status, p.signedOn, value]),
  );
}

/** The deal rows, with whom each credits when the figure credits someone. */
export function dealCsv(rows: Edge[]): string {
  return toCsv(
    [
      'deal',
      'customerId',
      'customer',
      'source',
      'outcome',
      'amount',
      'createdOn',
      'closedOn',
      'partners',
      'value',
      'creditedToId',
      'creditedTo',
      'hops',
      'hours',
    ],
    rows.map(({ node: d, value, creditedTo, hops, hours }) => [
      d.id,
      d.customer?.id,
      d.customer?.name,
      d.source,
      d.outcome,
      d.amount,
      d.createdOn,
      d.closedOn,
      d.partners.map((p) => `${p.partner.name ?? p.partner.id} (${displayName(p.role, 'role').toLowerCase()})`).join('; '),
      value,
      creditedTo?.id,
      creditedTo?.name,
      hops,
      hours,
    ]),
  );
}
