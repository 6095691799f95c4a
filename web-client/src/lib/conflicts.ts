// Channel conflicts (channelConflicts, docs/analytics.md#5) shaped for the portfolio card: the
// totals as tiles and sentences, each conflict as one table row. Pure, so Vitest covers it.
import type { ChannelConflictListQuery } from '../gql/graphql';
import { count, date, displayName, integer, money, percent } from './format';

export type Conflicts = ChannelConflictListQuery['channelConflicts'];
export type Conflict = Conflicts['conflicts'][number];
type Side = Conflicts['protectedSide'];

/** The window box: whole days 1 to 365 as the API accepts them, or why not. */
export function parseWindowDays(text: string): { ok: true; value: number } | { ok: false; error: string } {
  const t = text.trim();
  if (!t) return { ok: false, error: 'Enter a window in days, 1 to 365.' };
  if (!/^\d+$/.test(t)) return { ok: false, error: `"${t}" is not a whole number of days (1 to 365).` };
  const value = Number(t);
  if (value < 1 || value > 365) return { ok: false, error: `The window must be 1 to 365 days, not ${value}.` };
  return { ok: true, value };
}

/**
 * How the conflicted customers split by kind. A customer can have both kinds, so the two counts can add
 * up to more than the total: say how many have both rather than show numbers that do not add up.
 */
export function kindSplit(c: Pick<Conflicts, 'conflictedCustomers' | 'partnerPartner' | 'partnerDirect'>): string {
  const both = c.partnerPartner + c.partnerDirect - c.conflictedCustomers;
  const parts = `${integer(c.partnerPartner)} partner vs partner · ${integer(c.partnerDirect)} partner vs direct`;
  return both > 0 ? `${parts} (${count(both, 'customer')} with both)` : parts;
}

/** One side's win rate with its counts, or why there is none (the API gives none under 5 closed deals). */
export function sideRate(side: Side): string {
  const closed = side.won + side.lost;
  if (side.deals === 0) return 'no deals';
  if (side.winRate === null || side.winRate === undefined)
    return `too few closed deals for a rate (${integer(closed)} closed, ${integer(side.open)} open)`;
  return `${integer(side.won)} won of ${count(closed, 'closed deal')}`;
}

/** The tiles at the top of the card. */
export function conflictTiles(c: Conflicts): Array<{ title: string; value: string; detail: string }> {
  return [
    { title: 'Conflicted customers', value: integer(c.conflictedCustomers), detail: kindSplit(c) },
    {
      title: 'Share of customers with deals',
      value: percent(c.conflictedShare),
      detail:
        c.conflictedShare === null || c.conflictedShare === undefined
          ? `under 5 customers with deals (${integer(c.customersWithDeals)})`
          : `of ${integer(c.customersWithDeals)} customers with deals`,
    },
    {
      title: 'Amount at stake',
      value: money(c.amountAtStake),
      detail: `in ${count(c.protectedSide.deals + c.unprotectedSide.deals, 'colliding deal')}`,
    },
    { title: 'Protected win rate', value: percent(c.protectedSide.winRate), detail: sideRate(c.protectedSide) },
    { title: 'Unprotected win rate', value: percent(c.unprotectedSide.winRate), detail: sideRate(c.unprotectedSide) },
  ];
}

/** One sentence comparing the sides, or null when either rate is missing (no misleading comparison). */
export function protectionSentence(c: Conflicts): string | null {
  const p = c.protectedSide.winRate,
    u = c.unprotectedSide.winRate;
  if (p === null || p === undefined || u === null || u === undefined) return null;
  const diff = Math.round((p - u) * 1000) / 10;
  const how = diff > 0 ? `${diff.toFixed(1)} points more often` : diff < 0 ? `${(-diff).toFixed(1)} points less often` : 'as often';
  return `Deals holding protection win ${how} than the others in the same conflicts (${percent(p)} against ${percent(u)}).`;
}

export function kindText(c: Pick<Conflict, 'kind' | 'kinds'>): string {
  const others = c.kinds.filter((k) => k !== c.kind).map((k) => displayName(k, 'conflictKind').toLowerCase());
  return displayName(c.kind, 'conflictKind') + (others.length ? `, also ${others.join(', ')}` : '');
}

export function stageText(stage: string | null | undefined): string {
  return stage ? displayName(stage, 'registrationStage').toLowerCase() : 'no stage';
}

/** Who holds protection, as the table shows it. */
export function protectionText(p: Conflict['protection']): string {
  if (p.side === 'PARTNER') {
    const who = p.partnerName ?? p.partnerId ?? 'a partner';
    const details = [p.stage ? stageText(p.stage) : null, p.since ? `since ${date(p.since)}` : null].filter(Boolean).join(', ');
    return details ? `${who} (${details})` : who;
  }
  if (p.side === 'DIRECT') return p.since ? `Direct team (since ${date(p.since)})` : 'Direct team';
  return 'Nobody';
}

export interface DealLine {
  id: string;
  text: string;
  partners: string;
  protectedDeal: boolean;
}
export interface ConflictRow {
  customerId: string;
  customer: string;
  where: string;
  kind: string;
  deals: DealLine[];
  protection: string;
  reason: string;
  outcome: string;
  amount: string;
}

/** A deal in the table: "D1 · partner sourced · $50K · won", its registered partners with their stage. */
export function dealLine(d: Conflict['deals'][number]): DealLine {
  const partners = d.registrations.length
    ? d.registrations
        .map(
          (r) =>
            `${r.partnerName ?? r.partnerId} (${displayName(r.role, 'role').toLowerCase()}, ${stageText(r.stage)}${r.registeredOn ? ` on ${date(r.registeredOn)}` : ''})`,
        )
        .join('; ')
    : d.source === 'DIRECT'
      ? 'direct, no partner'
      : 'no registration';
  return {
    id: d.id,
    text: `${d.id} · ${displayName(d.source, 'source')} · ${money(d.amount)} · ${displayName(d.outcome, 'outcome').toLowerCase()}`,
    partners,
    protectedDeal: d.holdsProtection,
  };
}

/** "1 won, 2 lost, 1 open" over a conflict's deals, leaving out zero counts. */
export function outcomeText(deals: Array<{ outcome: string }>): string {
  const n = (o: string) => deals.filter((d) => d.outcome === o).length;
  const parts = [
    ['won', n('WON')],
    ['lost', n('LOST')],
    ['open', n('OPEN')],
  ]
    .filter(([, k]) => (k as number) > 0)
    .map(([t, k]) => `${k} ${t}`);
  return parts.join(', ') || 'no deals';
}

export function conflictRows(conflicts: Conflict[]): ConflictRow[] {
  return conflicts.map((c) => ({
    customerId: c.customerId,
    customer: c.customerName ?? c.customerId,
    where: [displayName(c.industry, 'industry'), displayName(c.region, 'region')].filter((s) => s !== '–').join(' · '),
    kind: kindText(c),
    deals: c.deals.map(dealLine),
    protection: protectionText(c.protection),
    reason: c.protection.reason,
    outcome: outcomeText(c.deals),
    amount: money(c.amount),
  }));
}
