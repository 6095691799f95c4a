import { html, render, nothing, type TemplateResult } from 'lit-html';
import { ApiError, query } from '../api/client';
import { hasRole } from '../api/session';
import { ModelQuery, RetrainMutation, RetrainStatusQuery } from '../api/queries';
import type { ModelCardQuery, RetrainStatusQuery as RSQ } from '../gql/graphql';
import { Charts, errorBars } from '../charts';
import { calibrationOption, expectedCalibrationError, rocOption } from '../lib/calibration';
import { date, decimal, displayName, integer, label } from '../lib/format';
import { errorBox, loaded, Slot, spinner } from '../ui';
import { RequestScope } from '../api/scope';
import type { ViewController } from './view';

type Retrain = RSQ['retrainStatus'];
type Card = NonNullable<ModelCardQuery['model']>;
type Shift = NonNullable<ModelCardQuery['modelStatus']['shift']>;

const POPULATION: Record<Card['scores'][number], string> = { PROSPECTS: 'prospects', PARTNERS: 'partners' };

export class ModelView implements ViewController {
  private host!: HTMLElement;
  private charts = new Charts();
  /** Every request of the view: aborted when it is left, so no late answer draws over the next view. */
  private readonly scope = new RequestScope();
  private card = new Slot<ModelCardQuery>(() => this.draw(), this.scope);
  private retrain: Retrain | null = null;
  private retrainError: unknown = null;
  private poll = 0;

  mount(host: HTMLElement): void {
    this.host = host;
    this.load();
  }

  update(): void {}

  unmount(): void {
    this.scope.dispose();
    this.charts.dispose();
    render(nothing, this.host);
  }

  private load() {
    this.card
      .run((signal) => query(ModelQuery, {}, signal))
      .then(() => {
        const d = this.card.data;
        if (d && this.scope.alive) {
          this.retrain = d.retrainStatus;
          if (d.retrainStatus.state === 'RUNNING') this.schedulePoll();
        }
        this.draw();
      });
  }

  private async startRetrain() {
    this.retrainError = null;
    try {
      this.retrain = (await query(RetrainMutation, {}, this.scope.signal)).retrainModel.status as Retrain;
      this.schedulePoll();
    } catch (e) {
      this.retrainError = e;
    }
    this.draw();
  }

  private schedulePoll() {
    this.scope.cancel(this.poll);
    this.poll = this.scope.later(async () => {
      try {
        this.retrain = (await query(RetrainStatusQuery, {}, this.scope.signal)).retrainStatus;
        if (this.retrain.state === 'RUNNING') this.schedulePoll();
        else this.load();
      } catch (e) {
        this.retrainError = e;
      }
      this.draw();
    }, 2000);
  }

  private draw() {
    if (!this.host || !this.scope.alive) return;
    render(this.template(), this.host);
    this.drawCharts();
  }

  private template(): TemplateResult {
    return html`<section class="page model">
      <header class="page-head"><h1>Ideal Partner Profile model</h1><p class="muted">The model card: how well the score ranks partners, against the rankings used today.</p></header>
      ${hasRole('ADMIN') ? this.retrainBox() : nothing}
      ${loaded(
        this.card.value,
        (d) => this.cardBody(d),
        () => this.load(),
        'Loading the model card…',
      )}
    </section>`;
  }

  private retrainBox() {
    const r = this.retrain;
    const running = r?.state === 'RUNNING';
    return html`<div class="card retrain" data-testid="retrain">
      <button type="button" @click=${() => this.startRetrain()} ?disabled=${running}>${running ? 'Retraining…' : 'Retrain the model'}</button>
      ${running ? spinner(`Training since ${r?.startedAt ?? ''}…`) : nothing}
      ${r && r.state !== 'IDLE' && !running ? html`<span>${r.message.toLowerCase().startsWith(displayName(r.state, 'retrain').toLowerCase()) ? nothing : html`<strong>${displayName(r.state, 'retrain')}</strong>: `}${r.message}${r.newAuc !== null && r.newAuc !== undefined ? ` (new AUC ${decimal(r.newAuc, 3)}, serving ${decimal(r.previousAuc, 3)})` : ''}</span>` : nothing}
      ${this.retrainError ? errorBox(this.retrainError) : nothing}
    </div>`;
  }

  private cardBody(d: ModelCardQuery): TemplateResult {
    const m = d.model;
    if (!m)
      return errorBox(
        new ApiError('model-unavailable', d.modelStatus.message ?? `The model is ${label(d.modelStatus.state).toLowerCase()}.`),
        () => this.load(),
      );
    const x = m.metrics;
    return html`<div class="cards">
      <article class="card"><h2>Held-out performance</h2>
        <dl class="kpis">
          <div><dt>AUC</dt><dd><strong>${decimal(x.auc, 3)}</strong> <span class="muted">(${decimal(x.aucLow, 3)}–${decimal(x.aucHigh, 3)})</span></dd></div>
          <div><dt>Average precision</dt><dd>${decimal(x.averagePrecision, 3)}</dd></div>
          <div><dt>Brier score</dt><dd>${decimal(x.brier, 3)}</dd></div>
          <div><dt>Calibration error (ECE)</dt><dd>${decimal(x.ece, 3)}</dd></div>
          <div><dt>Threshold</dt><dd>${decimal(x.threshold, 2)} (precision ${decimal(x.precision, 2)}, recall ${decimal(x.recall, 2)})</dd></div>
          ${m.oracle ? html`<div><dt>Oracle AUC</dt><dd>${decimal(m.oracle.auc, 3)} · model reaches ${decimal(m.oracle.ratio * 100, 0)}%</dd></div>` : nothing}
          ${m.oracle?.prospectExpectedAucRatio != null ? html`<div><dt>Prospects ranked</dt><dd>${decimal(m.oracle.prospectExpectedAucRatio * 100, 1)}% of the best achievable (expected AUC)</dd></div>` : nothing}
        </dl></article>
      ${this.populations(m)}
      ${this.prospectLike(m)}
      ${d.modelStatus.shift ? this.shift(d.modelStatus.shift) : nothing}
      <article class="card"><h2>AUC against today's rankings</h2><div class="chart" id="ch-baselines" data-testid="chart-baselines"></div>
        <ul class="small">${m.baselines.map((b) => html`<li><strong>${b.name}</strong>: ${b.description}; model better by ${decimal(b.difference, 3)} (${decimal(b.differenceLow, 3)} to ${decimal(b.differenceHigh, 3)})</li>`)}</ul></article>
      <article class="card"><h2>Lift by score decile</h2><div class="chart" id="ch-lift" data-testid="chart-lift"></div></article>
      <article class="card"><h2>Calibration on the held-out partners</h2>
        ${
          m.calibration.length
            ? html`<div class="chart" id="ch-calibration" data-testid="chart-calibration"></div>
          <p class="small">Each point is a probability bin: its mean predicted probability against the share of its partners that reached the label; on the dashed diagonal the probabilities mean what they say. Larger points hold more partners. ECE ${decimal(expectedCalibrationError(m.calibration), 3)}.</p>`
            : html`<p class="muted small" data-testid="calibration-missing">This model was trained before its card recorded the calibration bins; retrain it to see the plot (its ECE is ${decimal(x.ece, 3)}).</p>`
        }</article>
      ${m.roc.length ? html`<article class="card"><h2>ROC curve on the held-out partners</h2><div class="chart" id="ch-roc" data-testid="chart-roc"></div></article>` : nothing}
      <article class="card"><h2>About this model</h2>
        <dl class="kpis">
          <div><dt>Version</dt><dd>${m.version}</dd></div>
          <div><dt>Trained</dt><dd>${date(m.trainedAt)}</dd></div>
          <div><dt>Trainer</dt><dd>${m.trainer}</dd></div>
          <div><dt>Partners</dt><dd>${integer(m.trainSize)} training, ${integer(m.testSize)} held out</dd></div>
          <div><dt>Label</dt><dd>${m.labelDefinition}</dd></div>
        </dl>
        <p class="small">${m.trainerReason}</p>
        <h3>Features</h3><p class="small">${m.features.join(', ')}</p></article>
    </div>`;
  }

  /** Which model scores whom, and why. */
  private populations(m: Card): TemplateResult {
    const scores = (s: Card['scores']) => s.map((p) => POPULATION[p]).join(' and ');
    return html`<article class="card" data-testid="populations"><h2>Which model scores whom</h2>
      <dl class="kpis">
        <div><dt>Prospect model (${m.trainer})</dt><dd>scores <strong>${scores(m.scores)}</strong></dd></div>
        ${m.partnerModel ? html`<div><dt>Partner model (${m.partnerModel.trainer})</dt><dd>scores <strong>${scores(m.partnerModel.scores)}</strong></dd></div>` : nothing}
      </dl>
      <p class="small">${m.scoringReason}</p>
      ${m.partnerModel ? html`<p class="small">${m.partnerModel.scoringReason}</p>` : nothing}
    </article>`;
  }

  /** The held-out partners as they are and seen as prospects, for each model. */
  private prospectLike(m: Card): TemplateResult {
    const auc = (v: number, lo: number, hi: number) =>
      html`${decimal(v, 3)} <span class="muted">(${decimal(lo, 3)}–${decimal(hi, 3)})</span>`;
    return html`<article class="card" data-testid="prospect-like"><h2>An evaluation that looks like the job</h2>
      <table class="data small"><thead><tr><th scope="col">Held-out partners</th><th scope="col">as they are</th><th scope="col">seen as prospects</th></tr></thead>
        <tbody>
          <tr><th scope="row">Prospect model</th><td class="num">${auc(m.metrics.auc, m.metrics.aucLow, m.metrics.aucHigh)}</td>
            <td class="num" data-testid="prospect-like-auc">${auc(m.prospectLike.auc, m.prospectLike.aucLow, m.prospectLike.aucHigh)}</td></tr>
          ${
            m.partnerModel
              ? html`<tr><th scope="row">Partner model</th><td class="num">${auc(m.partnerModel.metrics.auc, m.partnerModel.metrics.aucLow, m.partnerModel.metrics.aucHigh)}</td>
            <td class="num">${auc(m.partnerModel.prospectLike.auc, m.partnerModel.prospectLike.aucLow, m.partnerModel.prospectLike.aucHigh)}</td></tr>`
              : nothing
          }
        </tbody></table>
      <p class="small">Seen as prospects: ${m.prospectLike.description}.${m.prospectLike.expectedAucRatio != null ? ` With the true probabilities known, the prospect model reaches ${decimal(m.prospectLike.expectedAucRatio * 100, 1)}% of the best achievable expected AUC on them.` : ''}</p>
    </article>`;
  }

  /** PSI of every feature, today's prospects against the training partners. */
  private shift(s: Shift): TemplateResult {
    const rows = [...s.features].sort((a, b) => (b.psi ?? -1) - (a.psi ?? -1));
    return html`<article class="card" data-testid="shift"><h2>Prospects against the partners the model learned from</h2>
      ${
        s.lowConfidence
          ? html`<p class="warn" data-testid="shift-low-confidence"><strong>${s.note}.</strong> Every prospect score says so.</p>`
          : html`<p class="small">No feature the prospect model reads shifted beyond PSI ${decimal(s.flagAbove, 2)}: its prospect scores carry no low-confidence note.</p>`
      }
      <p class="small muted">Population stability index of each feature, ${integer(s.prospects)} prospects against ${integer(s.trainingPartners)} training partners; above ${decimal(s.flagAbove, 2)} is flagged.</p>
      <div class="table-wrap" tabindex="0" role="region" aria-label="Feature shift"><table class="data small"><thead><tr><th scope="col">Feature</th><th scope="col">Read by the prospect model</th><th scope="col">PSI</th></tr></thead>
        <tbody>${rows.map(
          (f) => html`<tr data-feature=${f.feature} class=${f.flagged ? 'warn' : ''}>
          <td>${f.feature}</td><td>${f.usedByProspectModel ? 'yes' : 'no'}</td>
          <td class="num">${f.computable ? html`${decimal(f.psi, 2)}${f.flagged ? ' ⚑ shifted' : ''}` : html`<span class="muted">${f.note}</span>`}</td></tr>`,
        )}</tbody></table></div>
    </article>`;
  }

  private drawCharts() {
    const m = this.card.data?.model;
    if (!m) return;
    const names = ['IPP model', ...m.baselines.map((b) => b.name), ...(m.oracle ? ['oracle'] : [])];
    const aucs = [m.metrics.auc, ...m.baselines.map((b) => b.auc), ...(m.oracle ? [m.oracle.auc] : [])];
    const ivs: Array<[number, number]> = [
      [m.metrics.aucLow, m.metrics.aucHigh],
      ...m.baselines.map((b) => [b.aucLow, b.aucHigh] as [number, number]),
      ...(m.oracle ? [[m.oracle.aucLow, m.oracle.aucHigh] as [number, number]] : []),
    ];
    this.charts.set('ch-baselines', {
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => decimal(v, 3) },
      grid: { left: 55, right: 10, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: names },
      yAxis: { type: 'value', min: 0.4, max: 1, name: 'AUC', nameLocation: 'middle', nameGap: 35 },
      series: [
        { type: 'bar', name: 'AUC', data: aucs.map((v, i) => ({ value: v, itemStyle: { color: i === 0 ? '#f08c00' : '#adb5bd' } })) },
        errorBars('95% interval', ivs),
      ],
    });
    if (m.calibration.length) this.charts.set('ch-calibration', calibrationOption(m.calibration));
    if (m.roc.length) this.charts.set('ch-roc', rocOption(m.roc, m.metrics.auc));
    this.charts.set('ch-lift', {
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => decimal(v, 2) + '×' },
      grid: { left: 55, right: 10, top: 20, bottom: 40 },
      xAxis: {
        type: 'category',
        data: m.liftByDecile.map((l) => String(l.decile)),
        name: 'score decile (1 = top 10%)',
        nameLocation: 'middle',
        nameGap: 25,
      },
      yAxis: {
        type: 'value',
        name: 'lift over the base rate',
        nameLocation: 'middle',
        nameGap: 35,
        axisLabel: { formatter: (v: number) => `${v}×` },
      },
      series: [
        {
          type: 'bar',
          data: m.liftByDecile.map((l) => l.lift),
          itemStyle: { color: '#5c7cfa' },
          markLine: { silent: true, symbol: 'none', data: [{ yAxis: 1 }], lineStyle: { color: '#868e96', type: 'dashed' } },
        },
      ],
    });
  }
}
