// A saved view (the API's savedViews / saveView) is a route of the client: the explorer's canvas
// parameters, or an analytics view's period and segment. This module maps one to the other, so a
// saved view reopens exactly the URL it was saved from (round trip tested in savedview.test.ts).
import type {
  CanvasColour,
  CanvasLabelRank,
  CanvasStateInput,
  ExpandDirection,
  NodeKind,
  PartnerTier,
  PartnerType,
  RelationshipType,
  SaveViewInput,
  SavedViewListQuery,
  SavedViewTarget,
} from '../gql/graphql';
import { filterFromParams, filterToParams, PARTNER_TYPES, TIERS } from './filter';
import { listParam, type Route, type View } from './route';

export type Saved = SavedViewListQuery['savedViews'][number];

/** The client views a saved view can reopen, by the API's target. */
export const TARGET_VIEWS: Record<SavedViewTarget, View> = {
  EXPLORER: 'explorer',
  PORTFOLIO: 'portfolio',
  COMBINATIONS: 'combinations',
  REFERRALS: 'referrals',
};

const KIND_VALUES: NodeKind[] = ['PARTNER', 'CUSTOMER', 'INTEGRATION', 'DEAL', 'INVESTMENT'];
export const RELATIONSHIP_TYPES: RelationshipType[] = [
  'SOURCED',
  'INFLUENCED',
  'CO_SOLD',
  'FOR',
  'USES',
  'BUILT_BY',
  'SERVES',
  'REFERRED',
  'IN',
];

/** The explorer's URL parameters that a saved canvas keeps (every one the explorer reads, and those of item 10 it will read: labels, xt, xd, paths, hubs). */
export const CANVAS_PARAMS = [
  'ids',
  'depth',
  'per',
  'only',
  'kinds',
  'type',
  'tier',
  'region',
  'color',
  'size',
  'layout',
  'labels',
  'xt',
  'xd',
  'group',
  'open',
  'sel',
  'to',
  'paths',
  'hubs',
] as const;

/** The target of a route, or null for the views that are not saved (recruiting, model, audit). */
export function targetOf(view: View): SavedViewTarget | null {
  const found = (Object.entries(TARGET_VIEWS) as Array<[SavedViewTarget, View]>).find(([, v]) => v === view);
  return found ? found[0] : null;
}

function upper<T extends string>(value: string | undefined, allowed: readonly T[]): T | null {
  const v = (value ?? '').toUpperCase();
  return (allowed as readonly string[]).includes(v) ? (v as T) : null;
}

/** The explorer's parameters as the API's canvas. */
export function canvasFromParams(p: Record<string, string | undefined>): CanvasStateInput {
  const color = p.color ?? '';
  const colour: CanvasColour = color === '' ? 'KIND' : color === 'score' ? 'SCORE' : 'PROPERTY';
  const kinds = listParam(p.kinds)
    .map((k) => upper(k, KIND_VALUES))
    .filter((k): k is NodeKind => k !== null);
  return {
    nodes: listParam(p.ids),
    depth: p.depth === '2' ? 2 : 1,
    perNodeLimit: Number(p.per) > 0 ? Number(p.per) : 50,
    onlyListed: p.only === '1',
    kinds,
    partnerType: upper<PartnerType>(p.type, PARTNER_TYPES),
    tier: upper<PartnerTier>(p.tier, TIERS),
    region: p.region || null,
    colour,
    colourProperty: colour === 'PROPERTY' ? color : null,
    sizeProperty: p.size || null,
    layout: p.layout === 'circle' ? 'CIRCLE' : 'FORCE',
    labelRank: (p.labels === 'pagerank' ? 'PAGERANK' : 'DEGREE') as CanvasLabelRank,
    expandTypes: listParam(p.xt)
      .map((t) => upper(t, RELATIONSHIP_TYPES))
      .filter((t): t is RelationshipType => t !== null),
    expandDirection: (p.xd === 'out' ? 'OUT' : p.xd === 'in' ? 'IN' : 'BOTH') as ExpandDirection,
    groupLeaves: p.group === '1',
    openGroups: listParam(p.open),
    selected: p.sel || null,
    pathTo: p.to || null,
    allPaths: p.paths === 'all',
    throughHubs: p.hubs === '1',
  };
}

/** The API's canvas as the explorer's parameters (defaults left out, as the explorer writes them). */
export function paramsFromCanvas(c: NonNullable<Saved['canvas']>): Record<string, string> {
  const p: Record<string, string> = {
    ids: c.nodes.join(','),
    depth: c.depth === 2 ? '2' : '',
    per: c.perNodeLimit !== 50 ? String(c.perNodeLimit) : '',
    only: c.onlyListed ? '1' : '',
    kinds: c.kinds.join(','),
    type: c.partnerType ? c.partnerType.toLowerCase() : '',
    tier: c.tier ? c.tier.toLowerCase() : '',
    region: c.region ?? '',
    color: c.colour === 'SCORE' ? 'score' : c.colour === 'PROPERTY' ? (c.colourProperty ?? '') : '',
    size: c.sizeProperty ?? '',
    layout: c.layout === 'CIRCLE' ? 'circle' : '',
    labels: c.labelRank === 'PAGERANK' ? 'pagerank' : '',
    xt: c.expandTypes.join(','),
    xd: c.expandDirection === 'OUT' ? 'out' : c.expandDirection === 'IN' ? 'in' : '',
    group: c.groupLeaves ? '1' : '',
    open: c.openGroups.join(','),
    sel: c.selected ?? '',
    to: c.pathTo ?? '',
    paths: c.allPaths ? 'all' : '',
    hubs: c.throughHubs ? '1' : '',
  };
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== ''));
}

/** What saveView needs to save the current route under a name, or null when this view is not saved. */
export function inputFor(route: Route, name: string, id?: string | null): SaveViewInput | null {
  const target = targetOf(route.view);
  if (!target) return null;
  if (target === 'EXPLORER') return { id: id ?? null, name, target, canvas: canvasFromParams(route.params) };
  return { id: id ?? null, name, target, filter: filterFromParams(route.params) };
}

/** The route a saved view reopens. */
export function routeOf(view: Pick<Saved, 'target' | 'canvas' | 'filter'>): Route {
  const target = TARGET_VIEWS[view.target];
  if (view.target === 'EXPLORER') return { view: target, params: view.canvas ? paramsFromCanvas(view.canvas) : {} };
  const f = view.filter;
  const params = f ? filterToParams({ asOf: f.asOf, from: f.from, partnerTypes: f.partnerTypes, regions: f.regions, tiers: f.tiers }) : {};
  return { view: target, params: Object.fromEntries(Object.entries(params).filter(([, v]) => v !== '')) as Record<string, string> };
}

/** The stored canvas as the API would return it for an input (defaults filled), for tests and previews. */
export function asStored(c: CanvasStateInput): NonNullable<Saved['canvas']> {
  return {
    nodes: [...c.nodes],
    depth: c.depth ?? 1,
    perNodeLimit: c.perNodeLimit ?? 50,
    onlyListed: !!c.onlyListed,
    kinds: c.kinds ?? [],
    partnerType: c.partnerType ?? null,
    tier: c.tier ?? null,
    region: c.region ?? null,
    colour: c.colour ?? 'KIND',
    colourProperty: c.colourProperty ?? null,
    sizeProperty: c.sizeProperty ?? null,
    layout: c.layout ?? 'FORCE',
    labelRank: c.labelRank ?? 'DEGREE',
    expandTypes: c.expandTypes ?? [],
    expandDirection: c.expandDirection ?? 'BOTH',
    groupLeaves: !!c.groupLeaves,
    openGroups: c.openGroups ?? [],
    selected: c.selected ?? null,
    pathTo: c.pathTo ?? null,
    allPaths: !!c.allPaths,
    throughHubs: !!c.throughHubs,
  };
}
