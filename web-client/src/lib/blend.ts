// The recruiting blend of scoring.graphqls, recomputed in the browser so moving a weight re-ranks at once
// (the server's answer for the whole ranking follows). Same formula: weights normalised to sum 1,
// blend = sum of weight x component.

export interface Weights {
  ipp: number;
  customerOverlap: number;
  segmentCoverage: number;
  referralProximity: number;
}

export type Component = keyof Weights;
export const COMPONENTS: Component[] = ['ipp', 'customerOverlap', 'segmentCoverage', 'referralProximity'];
export const DEFAULT_WEIGHTS: Weights = { ipp: 0.6, customerOverlap: 0.15, segmentCoverage: 0.1, referralProximity: 0.15 };

export interface Components {
  ippProbability: number;
  customerOverlap: number;
  segmentCoverage: number;
  referralProximity: number;
}

export function normalise(w: Weights): Weights {
  const clean = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);
  const sum = COMPONENTS.reduce((s, k) => s + clean(w[k]), 0);
  if (sum === 0) return { ...DEFAULT_WEIGHTS };
  return {
    ipp: clean(w.ipp) / sum,
    customerOverlap: clean(w.customerOverlap) / sum,
    segmentCoverage: clean(w.segmentCoverage) / sum,
    referralProximity: clean(w.referralProximity) / sum,
  };
}

export function blend(c: Components, weights: Weights): number {
  const w = normalise(weights);
  return (
    w.ipp * c.ippProbability +
    w.customerOverlap * c.customerOverlap +
    w.segmentCoverage * c.segmentCoverage +
    w.referralProximity * c.referralProximity
  );
}

/** Rows re-blended and sorted best first (ties by name), with their new 1-based rank. */
export function reRank<T extends Components & { name: string }>(rows: T[], weights: Weights): Array<T & { blend: number; rank: number }> {
  return rows
    .map((r) => ({ ...r, blend: blend(r, weights) }))
    .sort((a, b) => b.blend - a.blend || a.name.localeCompare(b.name))
    .map((r, i) => ({ ...r, rank: i + 1 }));
}

/** Sorts by any numeric column; nulls last whatever the direction. */
export function sortBy<T>(rows: T[], key: keyof T, direction: 'asc' | 'desc'): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key] as unknown,
      y = b[key] as unknown;
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * String(x).localeCompare(String(y));
  });
}

/** Weights as a URL parameter ('0.6,0.15,0.1,0.15') and back. */
export function weightsToParam(w: Weights): string {
  return COMPONENTS.map((k) => +w[k].toFixed(3)).join(',');
}

export function weightsFromParam(p: string | undefined): Weights {
  if (!p) return { ...DEFAULT_WEIGHTS };
  const parts = p.split(',').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n) || n < 0)) return { ...DEFAULT_WEIGHTS };
  return { ipp: parts[0], customerOverlap: parts[1], segmentCoverage: parts[2], referralProximity: parts[3] };
}
