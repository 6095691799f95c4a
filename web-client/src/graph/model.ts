// The explorer's graph logic without the renderer: how a GraphQL neighbourhood becomes node and edge
// attributes, how filters and colouring apply, and the CSV of what is visible. Kept pure for unit tests.
import { toCsv } from '../lib/csv';

export interface ApiNode {
  id: string;
  kind: string;
  entityId: string;
  label: string;
  degree: number;
  hiddenNeighbours: number;
  properties: Array<{ key: string; value: string }>;
}

export interface ApiEdge {
  id: string;
  source: string;
  target: string;
  type: string;
}

export interface NodeAttrs {
  kind: string;
  entityId: string;
  label: string;
  degree: number;
  hiddenNeighbours: number;
  props: Record<string, string>;
  x: number;
  y: number;
  size: number;
  color: string;
}

export type ColourBy = 'kind' | 'score';

export const KIND_COLOURS: Record<string, string> = {
  PARTNER: '#f08c00',
  PROSPECT: '#9c36b5',
  CUSTOMER: '#2f9e44',
  INTEGRATION: '#1971c2',
  DEAL: '#868e96',
  INVESTMENT: '#e03131',
};

export const KINDS = ['PARTNER', 'CUSTOMER', 'INTEGRATION', 'DEAL', 'INVESTMENT'] as const;

/** Partners and prospects share a kind; the status property tells them apart. */
export function displayKind(kind: string, props: Record<string, string>): string {
  return kind === 'PARTNER' && props.status === 'prospect' ? 'PROSPECT' : kind;
}

/** The IPP score (0-100) stored on scored partner nodes; null when not scored. */
export function ippScore(props: Record<string, string>): number | null {
  const raw = props.ippScore ?? (props.ippProbability !== undefined ? String(Number(props.ippProbability) * 100) : undefined);
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(n) ? n : null;
}

/** The score scale: low, middle and high ends (red, amber, green), and unscored grey. */
export const SCORE_SCALE = { low: '#c92a2a', mid: '#f59f00', high: '#2b8a3e', none: '#ced4da' } as const;

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function hex(c: number[]): string {
  return '#' + c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
}

/**
 * Red (0) through amber (50) to green (100); grey when unscored. As #rrggbb: Sigma parses only hex and
 * rgb()/rgba() (an hsl() string rendered every scored partner black).
 */
export function scoreColour(score: number | null): string {
  if (score === null) return SCORE_SCALE.none;
  const t = Math.max(0, Math.min(1, score / 100));
  const [a, b, u] = t < 0.5 ? [SCORE_SCALE.low, SCORE_SCALE.mid, t * 2] : [SCORE_SCALE.mid, SCORE_SCALE.high, (t - 0.5) * 2];
  const from = rgb(a),
    to = rgb(b);
  return hex(from.map((v, i) => v + (to[i] - v) * u));
}

export function nodeSize(a: Pick<NodeAttrs, 'degree' | 'props'>, by: ColourBy): number {
  if (a.props.group === '1') return 6 + 3 * Math.log10(1 + a.degree);
  if (by === 'score') {
    const s = ippScore(a.props);
    return s === null ? 3 : 3 + s / 8;
  }
  return 3 + 2.2 * Math.log10(1 + a.degree);
}

export function nodeColour(a: Pick<NodeAttrs, 'kind' | 'props'>, by: ColourBy): string {
  if (by === 'score') return a.kind === 'PARTNER' ? scoreColour(ippScore(a.props)) : '#dee2e6';
  return KIND_COLOURS[displayKind(a.kind, a.props)] ?? '#495057';
}

export function propsOf(n: Pick<ApiNode, 'properties'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of n.properties) out[p.key] = p.value;
  return out;
}

export interface Filters {
  kinds: string[]; // empty = all
  type: string;
  tier: string;
  region: string;
}

/** True when the node passes the filters. Partner-only filters (type, tier) leave other kinds alone; region applies to every node that has one. */
export function visible(a: Pick<NodeAttrs, 'kind' | 'props'>, f: Filters): boolean {
  if (f.kinds.length && !f.kinds.includes(a.kind)) return false;
  if (a.kind === 'PARTNER') {
    if (f.type && a.props.type !== f.type) return false;
    if (f.tier && a.props.tier !== f.tier) return false;
  }
  if (f.region && a.props.region !== undefined && a.props.region !== f.region) return false;
  return true;
}

export function nodesCsv(nodes: Array<{ id: string } & Pick<NodeAttrs, 'kind' | 'entityId' | 'label' | 'degree' | 'props'>>): string {
  return toCsv(
    ['id', 'kind', 'entityId', 'label', 'degree', 'type', 'status', 'tier', 'region', 'ippScore'],
    nodes.map((n) => [
      n.id,
      n.kind,
      n.entityId,
      n.label,
      n.degree,
      n.props.type,
      n.props.status,
      n.props.tier,
      n.props.region,
      n.props.ippScore,
    ]),
  );
}

export function edgesCsv(edges: Array<{ source: string; target: string; type: string; sourceLabel: string; targetLabel: string }>): string {
  return toCsv(
    ['source', 'sourceLabel', 'type', 'target', 'targetLabel'],
    edges.map((e) => [e.source, e.sourceLabel, e.type, e.target, e.targetLabel]),
  );
}

/** Search hits name an entity by kind and id; the explorer's nodes are kind-qualified ('Partner:P1'). */
export function qualifiedId(kind: string, id: string): string {
  const k = kind.charAt(0) + kind.slice(1).toLowerCase();
  return `${k}:${id}`;
}

/** Properties that hold a number on at least one node (for "size by"), sorted; ids and flags left out. */
export function numericKeys(nodes: Iterable<Pick<NodeAttrs, 'props'>>): string[] {
  const keys = new Set<string>();
  for (const n of nodes)
    for (const [k, v] of Object.entries(n.props)) {
      if (k === 'id' || k === 'group' || v === '' || v === 'true' || v === 'false') continue;
      if (Number.isFinite(Number(v)) && !/^\d{4}-\d{2}-\d{2}/.test(v)) keys.add(k);
    }
  return [...keys].sort();
}

/** Node radius 3-20 by a numeric property, area proportional to the value (relative to the largest); 2 without it. */
export function sizeBy(value: string | undefined, max: number): number {
  const v = Number(value);
  if (value === undefined || !Number.isFinite(v) || v <= 0 || !(max > 0)) return 2;
  return 3 + 17 * Math.sqrt(Math.min(1, v / max));
}
