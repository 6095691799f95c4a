// The explorer's readability rules without the renderer (issue 14 item 10): which relationships an
// expansion follows, colouring by any numeric property, and which labels are drawn first. Pure, for unit tests.
import type Graph from 'graphology';
import type { ExpandDirection, RelationshipType } from '../gql/graphql';

/** An expansion a user asks for in words: the relationship types and the way they are followed. */
export interface ExpandPreset {
  key: string;
  label: string;
  types: RelationshipType[];
  direction: ExpandDirection;
}

/** What "Expand" offers; '' (every relationship both ways) is the default. */
export const EXPAND_PRESETS: ExpandPreset[] = [
  { key: '', label: 'every relationship', types: [], direction: 'BOTH' },
  { key: 'deals-out', label: 'deals out (sourced, influenced, co-sold)', types: ['SOURCED', 'INFLUENCED', 'CO_SOLD'], direction: 'OUT' },
  { key: 'referred', label: 'referred (whom they referred)', types: ['REFERRED'], direction: 'OUT' },
  { key: 'referred-by', label: 'referred by (who referred them)', types: ['REFERRED'], direction: 'IN' },
  { key: 'integrates', label: 'integrates with (built, used)', types: ['BUILT_BY', 'USES'], direction: 'BOTH' },
  { key: 'serves', label: 'serves (customers served)', types: ['SERVES'], direction: 'OUT' },
  { key: 'invested', label: 'investments in them', types: ['IN'], direction: 'IN' },
];

/** The URL's xt (types, comma-separated) and xd (out, in or '') as the API's arguments. */
export function expandArgs(
  xt: string | undefined,
  xd: string | undefined,
): { types: RelationshipType[] | null; direction: ExpandDirection } {
  const known = new Set<string>(EXPAND_PRESETS.flatMap((p) => p.types));
  const types = (xt ?? '')
    .split(',')
    .map((t) => t.trim().toUpperCase())
    .filter((t) => known.has(t)) as RelationshipType[];
  return { types: types.length ? types : null, direction: xd === 'out' ? 'OUT' : xd === 'in' ? 'IN' : 'BOTH' };
}

/** The preset the URL names, or null when its types and direction are no preset (kept, shown as "custom"). */
export function presetOf(xt: string | undefined, xd: string | undefined): ExpandPreset | null {
  const { types, direction } = expandArgs(xt, xd);
  const key = [...(types ?? [])].sort().join(',');
  return (
    EXPAND_PRESETS.find(
      (p) => [...p.types].sort().join(',') === key && (p.types.length ? p.direction === direction : direction === 'BOTH'),
    ) ?? null
  );
}

/** The URL parameters of a preset. */
export function presetParams(p: ExpandPreset): { xt: string; xd: string } {
  return { xt: p.types.join(','), xd: p.direction === 'OUT' ? 'out' : p.direction === 'IN' ? 'in' : '' };
}

/** The light and dark ends of a numeric property's scale (both #rrggbb: Sigma parses hex, not hsl()). */
export const PROPERTY_SCALE = { low: '#d0ebff', high: '#0b3d91', none: '#dee2e6' } as const;

/** Smallest and largest finite value of a property over the nodes; null when no node carries it. */
export function propertyRange(nodes: Iterable<{ props: Record<string, string> }>, key: string): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const n of nodes) {
    const raw = n.props[key];
    const v = raw === undefined || raw === '' ? NaN : Number(raw);
    if (!Number.isFinite(v)) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return min <= max ? { min, max } : null;
}

function channels(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** Light (min) to dark (max) as #rrggbb, linear in the value; grey for a node without the property. */
export function propertyColour(raw: string | undefined, range: { min: number; max: number } | null): string {
  const v = raw === undefined || raw === '' ? NaN : Number(raw);
  if (!range || !Number.isFinite(v)) return PROPERTY_SCALE.none;
  const t = range.max > range.min ? Math.max(0, Math.min(1, (v - range.min) / (range.max - range.min))) : 1;
  const [a, b] = [channels(PROPERTY_SCALE.low), channels(PROPERTY_SCALE.high)];
  return (
    '#' +
    a
      .map((c, i) =>
        Math.round(c + (b[i] - c) * t)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

export type LabelRank = 'degree' | 'pagerank';

/**
 * PageRank of the nodes on the canvas (directed edges, damping 0.85, dangling nodes spread evenly),
 * by power iteration until it moves less than 1e-6. Small enough not to need a library for a few
 * thousand nodes (about 20 iterations).
 */
export function pageRank(graph: Graph, damping = 0.85, maxIterations = 100): Map<string, number> {
  const nodes = graph.nodes();
  const n = nodes.length;
  let rank = new Map(nodes.map((k) => [k, 1 / Math.max(1, n)]));
  for (let it = 0; it < maxIterations && n; it++) {
    let dangling = 0;
    for (const k of nodes) if (graph.outDegree(k) === 0) dangling += rank.get(k)!;
    const next = new Map(nodes.map((k) => [k, (1 - damping) / n + (damping * dangling) / n]));
    graph.forEachEdge((_, __, source, target) => {
      next.set(target, next.get(target)! + (damping * rank.get(source)!) / graph.outDegree(source));
    });
    let delta = 0;
    for (const k of nodes) delta += Math.abs(next.get(k)! - rank.get(k)!);
    rank = next;
    if (delta < 1e-6) break;
  }
  return rank;
}

/** Importance per node: relationships in the whole graph (the API's degree) or PageRank on the canvas. */
export function importance(graph: Graph, by: LabelRank): Map<string, number> {
  if (by === 'pagerank') return pageRank(graph);
  return new Map(graph.mapNodes((k, a) => [k, Number(a.degree) || 0] as [string, number]));
}

/** A label a node would draw, in viewport pixels: right of the node, as Sigma's default drawLabel places it. */
export interface LabelBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

function overlap(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Collision avoidance, most important first: walks the candidates in the given order (most important
 * first) and keeps each label that overlaps none kept before it and none of the `covered` rectangles (what
 * is drawn over the canvas, such as the legend), with `gap` pixels around, at most `most`.
 */
export function placeLabels(candidates: LabelBox[], most: number, covered: readonly LabelBox[] = [], gap = 2): Set<string> {
  const kept: LabelBox[] = [];
  for (const c of candidates) {
    if (kept.length >= most) break;
    const padded = { ...c, x: c.x - gap, y: c.y - gap, w: c.w + 2 * gap, h: c.h + 2 * gap };
    if (!kept.some((k) => overlap(padded, k)) && !covered.some((k) => overlap(padded, k))) kept.push(c);
  }
  return new Set(kept.map((k) => k.id));
}

/** The nodes by importance, most important first. */
export function ranked(rank: Map<string, number>): string[] {
  return [...rank.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
}
