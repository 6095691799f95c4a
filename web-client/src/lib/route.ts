// Hash routing: #/explorer?ids=Partner:P1&sel=Partner:P1 . The hash holds the whole view state so a
// link can be shared and works without server routes.

export const VIEWS = ['explorer', 'portfolio', 'combinations', 'referrals', 'recruiting', 'model', 'audit'] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  params: Record<string, string>;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = (q < 0 ? raw : raw.slice(0, q)).replace(/\/$/, '');
  const view = (VIEWS as readonly string[]).includes(path) ? (path as View) : 'explorer';
  const params: Record<string, string> = {};
  if (q >= 0) new URLSearchParams(raw.slice(q + 1)).forEach((v, k) => (params[k] = v));
  return { view, params };
}

/** The hash for a route; empty parameters are left out and the rest sorted, so equal states give equal links. */
export function formatRoute(route: Route): string {
  const entries = Object.entries(route.params)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .sort(([a], [b]) => a.localeCompare(b));
  const qs = new URLSearchParams(entries).toString();
  return '#/' + route.view + (qs ? '?' + qs : '');
}

/** A list parameter (comma separated) as an array. */
export function listParam(value: string | undefined): string[] {
  return value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}
