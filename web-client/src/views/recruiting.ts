import { html, render, nothing, type TemplateResult } from 'lit-html';
import { ApiError, query, queryPartial } from '../api/client';
import { hasRole } from '../api/session';
import { PartnerPotentialQuery, ProspectReachQuery, RankingQuery } from '../api/queries';
import type { ProspectRankingQuery, PartnerPotentialQuery as PPQ } from '../gql/graphql';
import { COMPONENTS, normalise, reRank, sortBy, weightsFromParam, weightsToParam, type Component, type Weights } from '../lib/blend';
import { download, toCsv } from '../lib/csv';
import { count, decimal, integer, label, money, notes, percent } from '../lib/format';
import { coverageLines, listText, reachSentence, type Reach } from '../lib/reach';
import type { Route } from '../lib/route';
import { errorBox, loaded, Slot, empty } from '../ui';
import { RequestScope } from '../api/scope';
import type { Navigate, ViewController } from './view';
import { ShortlistPanel, type RankedRow } from './shortlist';
import { EvidencePanel, followUrl, keepInUrl } from './evidence';
import { selectors } from '../lib/evidence';
import { BreakdownDialog } from './breakdown';
import { blendBreakdown, ippBreakdown } from './recruiting/breakdowns';

type Ranked = ProspectRankingQuery['prospectRanking']['edges'][number]['node'];
type Row = Ranked & { blend: number; rank: number };
type Potential = NonNullable<NonNullable<PPQ['partner']>['potential']>;

const WEIGHT_LABELS: Record<Component, string> = {
  ipp: 'IPP probability',
  customerOverlap: 'Customer overlap',
  segmentCoverage: 'Segment coverage',
  referralProximity: 'Referral proximity',
};

const COLUMNS: Array<{ key: keyof Row; title: string; fmt: (r: Row) => string; help?: string }> = [
  { key: 'rank', title: '#', fmt: (r) => String(r.rank) },
  { key: 'name', title: 'Prospect', fmt: (r) => r.name },
  { key: 'blend', title: 'Blend', fmt: (r) => decimal(r.blend, 3), help: 'Weighted sum of the four components, 0-1' },
  { key: 'ippProbability', title: 'IPP probability', fmt: (r) => percent(r.ippProbability) },
  { key: 'customerOverlap', title: 'Customer overlap', fmt: (r) => decimal(r.customerOverlap, 2) },
  { key: 'segmentCoverage', title: 'Segment coverage', fmt: (r) => decimal(r.segmentCoverage, 2) },
  { key: 'referralProximity', title: 'Referral proximity', fmt: (r) => decimal(r.referralProximity, 2) },
  {
    key: 'referralHops',
    title: 'Hops to a top performer',
    fmt: (r) => (r.referralHops === null || r.referralHops === undefined ? '>3' : String(r.referralHops)),
  },
  { key: 'servedCustomers', title: 'Our customers served', fmt: (r) => integer(r.servedCustomers) },
  {
    key: 'confidence',
    title: 'Confidence',
    fmt: (r) => CONFIDENCE[r.confidence],
    help: 'How far the IPP probability can be trusted (the model scored the prospect on what it has before signing)',
  },
];

/** The score's confidence in words; a note (shifted features, or nothing known) comes with LOW and INSUFFICIENT_DATA. */
const CONFIDENCE: Record<Ranked['confidence'], string> = {
  NORMAL: 'normal',
  LOW: 'low',
  INSUFFICIENT_DATA: 'insufficient data',
};

/** Which model scored a prospect, in words. */
const MODEL: Record<Ranked['scoredBy'], string> = {
  PROSPECT: 'the prospect model (what a company has before it signs)',
  PARTNER: 'the partner model',
};

const TYPES = ['REFERRAL', 'TECHNOLOGY', 'RESELLER', 'STRATEGIC', 'SERVICES'] as const;
const REGIONS = ['north_america', 'emea', 'apac', 'latam'];

export class RecruitingView implements ViewController {
  private host!: HTMLElement;
  private navigate!: Navigate;
  private route!: Route;
  /** Every request of the view: aborted when it is left, so no late answer draws over the next view. */
  private readonly scope = new RequestScope();
  private ranking = new Slot<Ranked[] & { total?: number }>(() => this.draw(), this.scope);
  private fetchedKey = '';
  private weights: Weights = weightsFromParam(undefined);
  private weightTimer = 0;
  private why = new Map<string, Slot<Potential | string>>();
  /** The prospect's marginal reach, fetched when its "Why?" row opens. */
  private reach = new Map<string, Slot<Reach>>();
  private total = 0;
  /** The URL's weights last applied (null: none applied yet). */
  private weightsParam: string | undefined | null = null;
  /** The team's shortlist under the ranking (views/shortlist.ts). */
  private shortlist = new ShortlistPanel(
    this.scope,
    () => this.draw(),
    (id) => this.open(id),
  );

  /** The rows behind a prospect's figures (views/evidence.ts): the partners of its overlap, the customers it serves. */
  private evidence: EvidencePanel | null = null;

  /** The blend and the IPP probability of a row, opened as their parts (views/recruiting/breakdowns.ts). */
  private breakdown: BreakdownDialog | null = null;

  /** The figures of a row that open their rows or parts, and what opens them (the ranking takes no analytics filter). */
  private readonly opens: Partial<Record<keyof Row, (r: Row) => void>> = {
    blend: (r) => this.breakdown?.open(blendBreakdown(r, this.weights), `blend:${r.id}`),
    ippProbability: (r) => void this.openIpp(r),
    referralProximity: (r) =>
      this.evidence?.open(
        {
          title: `Top performers near ${r.name}`,
          figure: `referral proximity ${decimal(r.referralProximity, 2)}`,
          selector: selectors.prospectReferral(r.id),
        },
        {},
      ),
    customerOverlap: (r) =>
      this.evidence?.open(
        {
          title: `Customer overlap of ${r.name}`,
          figure: `customer overlap ${decimal(r.customerOverlap, 2)}`,
          selector: selectors.prospectOverlap(r.id),
        },
        {},
      ),
    segmentCoverage: (r) =>
      this.evidence?.open(
        {
          title: `Customers ${r.name} serves`,
          figure: `segment coverage ${decimal(r.segmentCoverage, 2)}`,
          selector: selectors.prospectCustomers(r.id),
        },
        {},
      ),
    servedCustomers: (r) =>
      this.evidence?.open(
        {
          title: `Customers ${r.name} serves`,
          figure: `${integer(r.servedCustomers)} of our customers served`,
          selector: selectors.prospectCustomers(r.id),
        },
        {},
      ),
  };

  mount(host: HTMLElement, route: Route, navigate: Navigate): void {
    this.host = host;
    this.navigate = navigate;
    this.evidence = new EvidencePanel(
      document.body,
      navigate,
      keepInUrl('recruiting', () => this.route, navigate),
    );
    // The open breakdown is in the URL too (bd=<figure>:<prospect>), as the evidence is (ev=).
    this.breakdown = new BreakdownDialog(document.body, (bd) =>
      navigate({ view: 'recruiting', params: { ...this.route.params, bd: bd ?? '' } }, bd === null),
    );
    this.update(route);
  }

  update(route: Route): void {
    this.route = route;
    // Weights come from the URL only when its weights changed: another change of the URL (a sort) that lands
    // while a moved slider waits to be written there must not put the old weights back.
    if (route.params.w !== this.weightsParam) {
      this.weightsParam = route.params.w;
      this.weights = weightsFromParam(route.params.w);
    }
    if (hasRole('RECRUITER')) {
      // The open evidence is in the URL (ev=): a reload or a shared link opens it again, Back closes it.
      followUrl(this.evidence, route.params.ev, {});
      this.fetch();
      if (this.shortlist.entries.value.state === 'idle') this.shortlist.load();
    }
    this.draw();
  }

  unmount(): void {
    this.evidence?.dispose();
    this.breakdown?.dispose();
    this.scope.dispose();
    clearTimeout(this.weightTimer);
    render(nothing, this.host);
  }

  private get p() {
    return this.route.params;
  }

  private set(changes: Record<string, string>, replace = false) {
    this.navigate({ view: 'recruiting', params: { ...this.p, ...changes } }, replace);
  }

  private fetch() {
    const filter = {
      region: this.p.region || undefined,
      type: (TYPES as readonly string[]).includes(this.p.type) ? (this.p.type as (typeof TYPES)[number]) : undefined,
      industry: this.p.industry || undefined,
      minScore: this.p.min ? Number(this.p.min) : undefined,
    };
    const weights = normalise(this.weights);
    const key = JSON.stringify([filter, weightsToParam(weights)]);
    if (key === this.fetchedKey) return;
    this.fetchedKey = key;
    this.ranking.run(async (signal) => {
      const rows: Ranked[] = [];
      let after: string | null | undefined = undefined;
      // The ranking of a few hundred prospects fits in a few pages; the table shows all of it so a re-sort is complete.
      for (let page = 0; page < 5; page++) {
        const r: ProspectRankingQuery = await query(RankingQuery, { filter, weights, first: 100, after }, signal);
        rows.push(...r.prospectRanking.edges.map((e) => e.node));
        this.total = r.prospectRanking.totalCount;
        if (!r.prospectRanking.pageInfo.hasNextPage) break;
        after = r.prospectRanking.pageInfo.endCursor;
      }
      return rows;
    });
  }

  /** The rows as shown: re-blended with the current weights at once (the server's answer follows), then sorted. */
  private rows(data: Ranked[]): Row[] {
    const ranked = reRank(data, this.weights);
    const key = (this.p.sort as keyof Row) || 'rank';
    const dir = this.p.dir === 'desc' ? 'desc' : this.p.dir === 'asc' ? 'asc' : key === 'rank' || key === 'name' ? 'asc' : 'desc';
    return sortBy(ranked, COLUMNS.some((c) => c.key === key) ? key : 'rank', dir);
  }

  private onWeight(k: Component, v: number) {
    this.weights = { ...this.weights, [k]: v };
    this.draw();
    clearTimeout(this.weightTimer);
    this.weightTimer = window.setTimeout(() => this.set({ w: weightsToParam(this.weights) }, true), 400);
  }

  private sortOn(key: keyof Row) {
    const current = (this.p.sort as keyof Row) || 'rank';
    const defaultDir = key === 'rank' || key === 'name' ? 'asc' : 'desc';
    const dir = current === key ? ((this.p.dir || defaultDir) === 'asc' ? 'desc' : 'asc') : defaultDir;
    this.set({ sort: key === 'rank' ? '' : String(key), dir: dir === defaultDir ? '' : dir });
  }

  private exportCsv(rows: Row[]) {
    const w = normalise(this.weights);
    const header = [
      'rank',
      'id',
      'name',
      'blend',
      'ippProbability',
      'customerOverlap',
      'segmentCoverage',
      'referralProximity',
      'referralHops',
      'servedCustomers',
      'weightIpp',
      'weightCustomerOverlap',
      'weightSegmentCoverage',
      'weightReferralProximity',
    ];
    const body = rows.map((r) => [
      r.rank,
      r.id,
      r.name,
      +r.blend.toFixed(4),
      r.ippProbability,
      r.customerOverlap,
      r.segmentCoverage,
      r.referralProximity,
      r.referralHops,
      r.servedCustomers,
      +w.ipp.toFixed(4),
      +w.customerOverlap.toFixed(4),
      +w.segmentCoverage.toFixed(4),
      +w.referralProximity.toFixed(4),
    ]);
    download('prospect-ranking.csv', toCsv(header, body));
  }

  private toggleWhy(id: string) {
    if (this.why.has(id)) {
      this.why.delete(id);
      this.reach.delete(id);
      this.draw();
      return;
    }
    const slot = new Slot<Potential | string>(() => this.draw(), this.scope);
    this.why.set(id, slot);
    slot.run(async (signal) => {
      const r = await queryPartial(PartnerPotentialQuery, { id }, signal);
      return r.data?.partner?.potential ?? r.errors[0]?.message ?? 'No score.';
    });
    this.loadReach(id);
  }

  /** The IPP probability's factors (the score's explanation, read once per prospect with its "Why?" row). */
  private async openIpp(r: Row) {
    const known = this.why.get(r.id)?.data;
    let potential = known && typeof known !== 'string' ? known : null;
    let problem = 'No score.';
    if (!potential) {
      try {
        const answer = await queryPartial(PartnerPotentialQuery, { id: r.id }, this.scope.signal);
        potential = answer.data?.partner?.potential ?? null;
        problem = answer.errors[0]?.message ?? problem;
      } catch (err) {
        problem = err instanceof Error ? err.message : String(err);
      }
    }
    if (!this.scope.alive) return;
    this.breakdown?.open(
      potential
        ? ippBreakdown(r, potential)
        : {
            title: `IPP probability of ${r.name}`,
            figure: `The explanation could not be read: ${problem}`,
            columns: [],
            rows: [],
            csvName: `ipp-${r.id}`,
          },
      `ippProbability:${r.id}`,
    );
  }

  /** Opens the breakdown the URL names (bd=blend:Q0012, bd=ippProbability:Q0012) once its row is there. */
  private followBreakdown(rows: Row[]): Row[] {
    this.breakdown?.follow(this.p.bd, (key) => {
      const [figure, id] = key.split(':');
      const row = rows.find((r) => r.id === id);
      if (row && (figure === 'blend' || figure === 'ippProbability')) this.opens[figure]?.(row);
      return row !== undefined || rows.length > 0;
    });
    return rows;
  }

  private loadReach(id: string) {
    const slot = this.reach.get(id) ?? new Slot<Reach>(() => this.draw(), this.scope);
    this.reach.set(id, slot);
    void slot.run(async (signal) => (await query(ProspectReachQuery, { prospectId: id, first: 5 }, signal)).prospectReach);
  }

  private reachBlock(id: string): TemplateResult | string {
    const slot = this.reach.get(id);
    if (!slot) return '';
    return html`<div class="reach small" data-testid="prospect-reach">
      <strong>What it would add</strong>
      ${loaded(
        slot.value,
        (r) => {
          const lines = coverageLines(r, 5);
          const customers = listText(r.newCustomers, 5, (c) => c.name ?? c.id);
          return html`<span data-testid="reach-summary"> ${reachSentence(r)}</span>
          ${
            r.newCustomerCount
              ? html`<button type="button" class="link figure-link" data-evidence="prospect-newCustomers" data-figure=${String(r.newCustomerArr)}
                  data-count=${String(r.newCustomerCount)} title="Open the customers no active partner serves"
                  @click=${() =>
                    this.evidence?.open(
                      {
                        title: `Customers only ${r.name} would bring`,
                        figure: `${count(r.newCustomerCount, 'customer')}, ${money(r.newCustomerArr)} ARR`,
                        selector: selectors.prospectNewCustomers(id),
                      },
                      {},
                    )}>Open them</button>`
              : nothing
          }
          ${customers ? html`<span class="muted">Largest new: ${customers}.</span>` : nothing}
          ${
            lines.length
              ? html`<ul class="factors inline">${lines.map((l) => html`<li><span class="muted">${l.title}:</span> ${l.text}</li>`)}</ul>`
              : empty(notes(r.notes) || 'No new segment, industry or region: the active partners already cover all of them.')
          }
          ${lines.length && r.notes.length ? html`<span class="muted">${notes(r.notes)}</span>` : nothing}`;
        },
        () => this.loadReach(id),
        'Checking what it would add…',
      )}</div>`;
  }

  private open(id: string) {
    this.navigate({ view: 'explorer', params: { ids: `Partner:${id}`, sel: `Partner:${id}` } });
  }

  private draw() {
    if (this.host && this.scope.alive) render(this.template(), this.host);
  }

  private template(): TemplateResult {
    if (!hasRole('RECRUITER'))
      return html`<section class="page">${errorBox(new ApiError('forbidden', 'The prospect ranking is for recruiters and admins. Sign in as a recruiter to use it.'))}</section>`;
    const norm = normalise(this.weights);
    return html`
      <section class="page recruiting">
        <header class="page-head"><h1>Recruiting</h1><p class="muted">Prospects ranked by how closely they fit the Ideal Partner Profile and what they would add to the ecosystem. Their IPP probability comes from the prospect model, which reads only what a company has before it signs. Click a name to open its neighbourhood.</p></header>
        <div class="recruit-controls">
          <fieldset class="weights"><legend>Blend weights</legend>
            ${COMPONENTS.map(
              (k) => html`<label class="weight">${WEIGHT_LABELS[k]}
              <input type="range" min="0" max="1" step="0.05" .value=${String(this.weights[k])} data-weight=${k}
                @input=${(e: Event) => this.onWeight(k, Number((e.target as HTMLInputElement).value))} />
              <output>${percent(norm[k], 0)}</output></label>`,
            )}
            <button type="button" class="link" @click=${() => this.set({ w: '' })}>Reset weights</button>
          </fieldset>
          <fieldset class="rfilters"><legend>Filters</legend>
            <label>Region <select @change=${(e: Event) => this.set({ region: (e.target as HTMLSelectElement).value })}><option value="">any</option>${REGIONS.map((r) => html`<option value=${r} ?selected=${this.p.region === r}>${label(r)}</option>`)}</select></label>
            <label>Type <select @change=${(e: Event) => this.set({ type: (e.target as HTMLSelectElement).value })}><option value="">any</option>${TYPES.map((t) => html`<option value=${t} ?selected=${this.p.type === t}>${label(t)}</option>`)}</select></label>
            <label>Industry <input type="text" .value=${this.p.industry ?? ''} placeholder="e.g. healthcare" @change=${(e: Event) => this.set({ industry: (e.target as HTMLInputElement).value.trim() })} /></label>
            <label>Min. IPP score <input type="number" min="0" max="100" step="5" .value=${this.p.min ?? ''} @change=${(e: Event) => this.set({ min: (e.target as HTMLInputElement).value })} /></label>
          </fieldset>
        </div>
        ${loaded(
          this.ranking.value,
          (data) => this.table(this.followBreakdown(this.rows(data))),
          () => {
            this.fetchedKey = '';
            this.fetch();
          },
          'Ranking prospects…',
        )}
        ${this.shortlist.template(new Map<string, RankedRow>((this.ranking.data ? this.rows(this.ranking.data) : []).map((r) => [r.id, r])), { ...normalise(this.weights) })}
      </section>`;
  }

  private table(rows: Row[]): TemplateResult {
    if (!rows.length) return empty('No prospect matches these filters.');
    const sort = (this.p.sort as keyof Row) || 'rank';
    return html`
      <div class="table-head"><span>${integer(rows.length)} of ${integer(this.total)} prospects</span>
        <button type="button" @click=${() => this.exportCsv(rows)} data-testid="export-csv">Export CSV</button></div>
      <div class="table-wrap" tabindex="0" role="region" aria-label="Prospect ranking"><table class="data" data-testid="ranking">
        <thead><tr>${COLUMNS.map(
          (
            c,
          ) => html`<th scope="col" aria-sort=${sort === c.key ? (this.p.dir === 'asc' || (!this.p.dir && (c.key === 'rank' || c.key === 'name')) ? 'ascending' : 'descending') : 'none'}>
          <button type="button" class="sort" title=${c.help ?? `Sort by ${c.title}`} data-sort=${String(c.key)} @click=${() => this.sortOn(c.key)}>${c.title}${sort === c.key ? (this.p.dir === 'asc' || (!this.p.dir && (c.key === 'rank' || c.key === 'name')) ? ' ▲' : ' ▼') : ''}</button></th>`,
        )}
          <th scope="col">Top factors</th><th scope="col">Shortlist</th></tr></thead>
        <tbody>${rows.map(
          (r) => html`<tr data-id=${r.id}>
          ${COLUMNS.map((c) =>
            c.key === 'name'
              ? html`<td><button type="button" class="link" @click=${() => this.open(r.id)}>${r.name}</button></td>`
              : c.key === 'blend'
                ? html`<td class="num"><span class="bar" style="--v:${r.blend}"></span><button type="button" class="link figure-link" data-evidence="prospect-blend"
                    data-figure=${String(r.blend)} title="Open the blend's parts: each component times its weight" @click=${() => this.opens.blend!(r)}>${c.fmt(r)}</button></td>`
                : c.key === 'confidence'
                  ? html`<td data-confidence=${r.confidence} class=${r.confidence === 'NORMAL' ? '' : 'warn'} title=${r.confidenceNote ?? ''}>${c.fmt(r)}</td>`
                  : this.opens[c.key] &&
                      !(c.key === 'segmentCoverage' && !r.servedCustomers) &&
                      !(c.key === 'referralProximity' && !r.referralProximity)
                    ? html`<td class="num"><button type="button" class="link figure-link" data-evidence=${`prospect-${String(c.key)}`}
                        data-figure=${String(r[c.key])} title="Open the rows behind this figure" @click=${() => this.opens[c.key]!(r)}>${c.fmt(r)}</button></td>`
                    : html`<td class="num">${c.fmt(r)}</td>`,
          )}
          <td><button type="button" class="link" aria-expanded=${this.why.has(r.id)} @click=${() => this.toggleWhy(r.id)}>${this.why.has(r.id) ? 'Hide' : 'Why?'}</button></td>
          <td>${this.shortlist.toggle(r)}</td></tr>
          ${
            this.why.has(r.id)
              ? html`<tr class="why"><td colspan=${COLUMNS.length + 2}>${loaded(this.why.get(r.id)!.value, (p) =>
                  typeof p === 'string'
                    ? html`<span class="muted">${p}</span>`
                    : html`<p class="small" data-testid="scored-by">Scored by ${MODEL[p.scoredBy]}, model ${p.modelVersion}; confidence ${CONFIDENCE[p.confidence]}.
                ${p.confidenceNote ? html`<span class="warn" data-testid="confidence-note">${p.confidenceNote}.</span>` : nothing}</p>
              <ul class="factors inline">${p.factors.slice(0, 4).map((f) => html`<li class=${f.contribution >= 0 ? 'up' : 'down'}>${f.contribution >= 0 ? '▲' : '▼'} ${f.description}</li>`)}</ul>
              ${p.graphReasons.length ? html`<span class="small">${p.graphReasons.join('; ')}</span>` : nothing}`,
                )}
            ${this.reachBlock(r.id)}</td></tr>`
              : nothing
          }`,
        )}
        </tbody></table></div>`;
  }
}
