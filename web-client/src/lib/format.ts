// Number formats for strategists: money compact ($1.2M), rates as percentages, missing values as a dash.

const DASH = '–';

export function money(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs >= 1e9) return `${sign}$${trim(abs / 1e9)}B`;
  if (abs >= 1e6) return `${sign}$${trim(abs / 1e6)}M`;
  if (abs >= 1e3) return `${sign}$${trim(abs / 1e3)}K`;
  return `${sign}$${Math.round(abs)}`;
}

function trim(v: number): string {
  // only zeros after a decimal point go: 280 must stay 280 (the old /\.?0+$/ turned $280K into $28K)
  const text = v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

export function percent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  return (value * 100).toFixed(digits) + '%';
}

export function decimal(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  return value.toFixed(digits);
}

export function integer(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  return Math.round(value).toLocaleString('en-US');
}

/** snake_case or UPPER_CASE codes as words: 'north_america' -> 'North america', 'CO_SOLD' -> 'Co sold'. */
export function label(code: string | null | undefined): string {
  if (!code) return DASH;
  const words = code.replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The 95% Wilson score interval of a proportion: stays inside [0, 1] even for few or extreme counts. */
export function wilson(successes: number, trials: number, z = 1.959964): { low: number; high: number } | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
