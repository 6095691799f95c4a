// Hubs' leaves grouped: a partner's 50 customers that connect to nothing else on the canvas are one node
// "50 customers", expanded on demand. Done on the API's answer before it becomes the graph, so the
// renderer never holds the hundreds of leaves a hub brings. Pure, for unit tests.
import type { ApiEdge, ApiNode } from './model';
import type { Neighbourhood } from './replace';

const PLURAL: Record<string, string> = {
  PARTNER: 'partners',
  CUSTOMER: 'customers',
  INTEGRATION: 'integrations',
  DEAL: 'deals',
  INVESTMENT: 'investments',
};

/** The key of a group: the hub, the leaves' kind, the relationship type and its direction seen from the hub. */
export function groupKey(hub: string, kind: string, type: string, out: boolean): string {
  return `${hub}|${kind}|${type}|${out ? 'out' : 'in'}`;
}

export function isGroup(props: Record<string, string>): boolean {
  return props.group === '1';
}

/**
 * Replaces each hub's leaves (nodes with one relationship in the answer, not among `keep`) of one kind,
 * relationship type and direction by one group node when there are at least `threshold` of them and
 * the group is not in `open`. The group node takes the leaves' kind (so filters and colours apply)
 * and says how many it holds.
 */
export function groupLeaves(data: Neighbourhood, keep: ReadonlySet<string>, open: ReadonlySet<string>, threshold = 20): Neighbourhood {
  const degree = new Map<string, number>();
  for (const e of data.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const leaf = (id: string) => degree.get(id) === 1 && !keep.has(id);
  const groups = new Map<string, { hub: string; kind: string; type: string; out: boolean; leaves: string[] }>();
  for (const e of data.edges) {
    const [hub, other, out] =
      leaf(e.target) && !leaf(e.source)
        ? [e.source, e.target, true]
        : leaf(e.source) && !leaf(e.target)
          ? [e.target, e.source, false]
          : [null, null, false];
    if (!hub || !other) continue;
    const kind = byId.get(other)?.kind ?? '';
    const key = groupKey(hub, kind, e.type, out);
    const g = groups.get(key) ?? { hub, kind, type: e.type, out, leaves: [] };
    g.leaves.push(other);
    groups.set(key, g);
  }
  const dropped = new Set<string>();
  const nodes: ApiNode[] = [];
  const edges: ApiEdge[] = [];
  for (const [key, g] of groups) {
    if (g.leaves.length < threshold || open.has(key)) continue;
    g.leaves.forEach((l) => dropped.add(l));
    const id = `Group:${key}`;
    nodes.push({
      id,
      kind: g.kind,
      entityId: key,
      label: `${g.leaves.length.toLocaleString('en-US')} ${PLURAL[g.kind] ?? g.kind.toLowerCase()}`,
      degree: g.leaves.length,
      hiddenNeighbours: 0,
      properties: [
        { key: 'group', value: '1' },
        { key: 'members', value: String(g.leaves.length) },
        { key: 'relationship', value: g.type },
        { key: 'hub', value: g.hub },
      ],
    });
    edges.push({ id: `${id}:edge`, source: g.out ? g.hub : id, target: g.out ? id : g.hub, type: g.type });
  }
  if (!dropped.size) return data;
  return {
    nodes: [...data.nodes.filter((n) => !dropped.has(n.id)), ...nodes],
    edges: [...data.edges.filter((e) => !dropped.has(e.source) && !dropped.has(e.target)), ...edges],
  };
}
