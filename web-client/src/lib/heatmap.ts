// The value-combination heatmap's data: a symmetric matrix of pair lift over the partners in the pairs.

export interface Pair {
  members: Array<{ id: string; name?: string | null }>;
  liftOverBestMember?: number | null;
}

/** The heatmap's axes: every partner in the pairs, ordered by how many pairs it is in. */
export function heatmapCells(combos: Pair[]) {
  const count = new Map<string, { id: string; name: string; n: number }>();
  for (const c of combos)
    for (const m of c.members) {
      const e = count.get(m.id) ?? { id: m.id, name: m.name ?? m.id, n: 0 };
      e.n++;
      count.set(m.id, e);
    }
  const axis = [...count.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  const index = new Map(axis.map((a, i) => [a.id, i]));
  const cells: Array<[number, number, number | null, number]> = [];
  combos.forEach((c, k) => {
    if (c.members.length !== 2) return;
    const [i, j] = c.members.map((m) => index.get(m.id)!);
    cells.push([i, j, c.liftOverBestMember ?? null, k], [j, i, c.liftOverBestMember ?? null, k]);
  });
  return { axis, cells };
}
