import { describe, expect, it } from 'vitest';
import { communityColour, communityLegend, COMMUNITY_PALETTE, downstream, influenceSize, OTHER_COMMUNITY, topBridges } from './referrals';

describe('referral network view logic', () => {
  it('colours the largest communities first and greys singletons and the overflow', () => {
    const nodes = [7, 7, 7, 3, 3, 9, 9, 9, 9, 5].map((community) => ({ community }));
    const legend = communityLegend(nodes);
    expect(legend.entries.map((e) => [e.community, e.size])).toEqual([
      [9, 4],
      [7, 3],
      [3, 2],
    ]);
    expect(communityColour(legend, 9)).toBe(COMMUNITY_PALETTE[0]);
    expect(communityColour(legend, 3)).toBe(COMMUNITY_PALETTE[2]);
    expect(communityColour(legend, 5)).toBe(OTHER_COMMUNITY);
    expect(legend.others).toBe(1);
    expect(legend.otherNodes).toBe(1);
    const small = communityLegend(nodes, ['red', 'blue']);
    expect(small.entries.map((e) => e.colour)).toEqual(['red', 'blue']);
    expect(communityColour(small, 3)).toBe(OTHER_COMMUNITY);
    expect(small.otherNodes).toBe(3);
  });

  it('breaks ties between equally large communities by id, so colours are stable', () => {
    const legend = communityLegend([{ community: 4 }, { community: 2 }, { community: 4 }, { community: 2 }]);
    expect(legend.entries.map((e) => e.community)).toEqual([2, 4]);
  });

  it('sizes nodes by the square root of influence', () => {
    expect(influenceSize(1, 1)).toBe(20);
    expect(influenceSize(0.25, 1)).toBe(3 + 17 * 0.5);
    expect(influenceSize(0, 1)).toBe(3);
    expect(influenceSize(1, 0)).toBe(3);
  });

  it('highlights the bridges with the highest betweenness above zero', () => {
    const nodes = [
      { id: 'a', betweenness: 0 },
      { id: 'b', betweenness: 5 },
      { id: 'c', betweenness: 9 },
      { id: 'd', betweenness: 5 },
    ];
    expect([...topBridges(nodes, 2)]).toEqual(['c', 'b']);
    expect(topBridges(nodes).has('a')).toBe(false);
  });

  it('follows referrals downstream within maxHops, at the shortest hop count', () => {
    const edges = [
      { source: 'P5', target: 'P1' },
      { source: 'P1', target: 'P3' },
      { source: 'P1', target: 'C3' },
      { source: 'P3', target: 'Q1' },
      { source: 'P5', target: 'Q1' },
      { source: 'X', target: 'P5' },
      { source: 'Q1', target: 'P5' },
    ];
    const chain = downstream(edges, 'P5', 2);
    expect([...chain.entries()].sort()).toEqual([
      ['C3', 2],
      ['P1', 1],
      ['P3', 2],
      ['Q1', 1],
    ]);
    expect(chain.has('X')).toBe(false);
    expect(chain.has('P5')).toBe(false);
    expect(downstream(edges, 'C3', 3).size).toBe(0);
  });
});
