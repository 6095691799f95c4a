// The referral network view's logic without the renderer: community colours and legend, node sizes by
// influence, the bridges to highlight and a partner's downstream chain. Pure, for unit tests.

/** Distinct colours for the largest communities (Tableau 10 plus two), in order of community size. */
export const COMMUNITY_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#17becf',
  '#bcbd22',
  '#7f3c8d',
];
/** Communities past the palette share one grey: telling twenty greys apart helps nobody. */
export const OTHER_COMMUNITY = '#adb5bd';

export interface LegendEntry {
  community: number;
  size: number;
  colour: string;
}
export interface Legend {
  entries: LegendEntry[];
  others: number;
  otherNodes: number;
  colours: Map<number, string>;
}

/** Colours the largest communities (by members drawn, ties by id) with the palette; the rest are grey. */
export function communityLegend(nodes: ReadonlyArray<{ community: number }>, palette: readonly string[] = COMMUNITY_PALETTE): Legend {
  const sizes = new Map<number, number>();
  for (const n of nodes) sizes.set(n.community, (sizes.get(n.community) ?? 0) + 1);
  const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const colours = new Map<number, string>();
  const entries: LegendEntry[] = [];
  let otherNodes = 0;
  ranked.forEach(([community, size], i) => {
    // A lone node is not a community worth a colour of its own.
    if (i < palette.length && size > 1) {
      colours.set(community, palette[i]);
      entries.push({ community, size, colour: palette[i] });
    } else otherNodes += size;
  });
  return { entries, others: ranked.length - entries.length, otherNodes, colours };
}

export function communityColour(legend: Pick<Legend, 'colours'>, community: number): string {
  return legend.colours.get(community) ?? OTHER_COMMUNITY;
}

/** Node radius from 3 to 20 by the square root of influence relative to the largest, so area follows influence. */
export function influenceSize(influence: number, maxInfluence: number): number {
  if (!(maxInfluence > 0) || !(influence > 0)) return 3;
  return 3 + 17 * Math.sqrt(Math.min(1, influence / maxInfluence));
}

/** The top bridges: nodes with the highest betweenness above zero, at most `top`. */
export function topBridges(nodes: ReadonlyArray<{ id: string; betweenness: number }>, top = 10): Set<string> {
  return new Set(
    [...nodes]
      .filter((n) => n.betweenness > 0)
      .sort((a, b) => b.betweenness - a.betweenness || a.id.localeCompare(b.id))
      .slice(0, top)
      .map((n) => n.id),
  );
}

/**
 * A partner's downstream chain as referralReach counts it: everyone reachable along referrals (in their
 * direction) within maxHops, with the shortest hop count. The start itself is not in it.
 */
export function downstream(edges: ReadonlyArray<{ source: string; target: string }>, from: string, maxHops: number): Map<string, number> {
  const out = new Map<string, string[]>();
  for (const e of edges) {
    const list = out.get(e.source);
    if (list) list.push(e.target);
    else out.set(e.source, [e.target]);
  }
  const hops = new Map<string, number>();
  let frontier = [from];
  for (let h = 1; h <= maxHops && frontier.length; h++) {
    const next: string[] = [];
    for (const n of frontier)
      for (const m of out.get(n) ?? []) {
        if (m !== from && !hops.has(m)) {
          hops.set(m, h);
          next.push(m);
        }
      }
    frontier = next;
  }
  return hops;
}
