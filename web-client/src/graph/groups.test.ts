import { describe, expect, it } from 'vitest';
import { groupKey, groupLeaves } from './groups';

const node = (id: string, kind = 'CUSTOMER') => ({ id, kind, entityId: id, label: id, degree: 1, hiddenNeighbours: 0, properties: [] });
const edge = (source: string, target: string, type = 'SERVES') => ({ id: `${source}>${target}`, source, target, type });

function hub(leaves: number) {
  const nodes = [node('P', 'PARTNER'), ...Array.from({ length: leaves }, (_, i) => node(`C${i}`))];
  const edges = nodes.slice(1).map((n) => edge('P', n.id));
  // one customer also connects to a second partner: it is not a leaf and stays
  nodes.push(node('Q', 'PARTNER'));
  edges.push(edge('Q', 'C0'));
  return { nodes, edges };
}

describe('grouping the leaves of a hub', () => {
  it("replaces a hub's leaves by one node that says how many", () => {
    const g = groupLeaves(hub(50), new Set(['P']), new Set());
    const group = g.nodes.find((n) => n.id.startsWith('Group:'))!;
    expect(group.label).toBe('49 customers');
    expect(group.kind).toBe('CUSTOMER');
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['C0', group.id, 'P', 'Q'].sort());
    expect(g.edges.map((e) => [e.source, e.target])).toContainEqual(['P', group.id]);
  });

  it('leaves small groups, kept nodes and open groups alone', () => {
    expect(groupLeaves(hub(10), new Set(), new Set()).nodes).toHaveLength(12);
    const open = groupLeaves(hub(50), new Set(), new Set([groupKey('P', 'CUSTOMER', 'SERVES', true)]));
    expect(open.nodes).toHaveLength(52);
    const kept = groupLeaves(hub(50), new Set(Array.from({ length: 50 }, (_, i) => `C${i}`)), new Set());
    expect(kept.nodes).toHaveLength(52);
  });
});
