import { html, nothing, type TemplateResult } from 'lit-html';
import { displayKind, KIND_COLOURS, SCORE_SCALE } from '../../graph/model';
import { PROPERTY_SCALE } from '../../graph/style';
import { displayName, inSentence, propertyName, propertyValue } from '../../lib/format';
import type { ExplorerContext } from './context';

/** What colour and size mean on the canvas now. range: of the colouring property over the canvas. */
export function legend(x: ExplorerContext, range: { min: number; max: number } | null): TemplateResult {
  const prop = x.colourProperty;
  const sizeAndLabels = html`<span class="muted">size = ${x.params.size ? inSentence(propertyName(x.params.size)) + ' (area)' : 'relationships'} · labels: ${x.labelRank === 'pagerank' ? 'highest PageRank' : 'most relationships'} first</span>`;
  if (prop) {
    return html`<div class="graph-legend" data-testid="property-legend" aria-label="Legend">
        <strong>${propertyName(prop)}</strong>
        ${
          range
            ? html`<span class="scale"><span data-testid="legend-min">${propertyValue(prop, String(range.min))}</span><span class="ramp" style="background:linear-gradient(90deg, ${PROPERTY_SCALE.low}, ${PROPERTY_SCALE.high})"></span><span data-testid="legend-max">${propertyValue(prop, String(range.max))}</span></span>
              <span class="muted">linear, lightest = smallest</span>`
            : html`<span class="muted">no node on the canvas has it</span>`
        }
        <span class="legend"><span class="dot" style="background:${PROPERTY_SCALE.none}"></span>without ${inSentence(propertyName(prop))}</span>
        ${sizeAndLabels}</div>`;
  }
  if (x.colourBy === 'score') {
    return html`<div class="graph-legend" data-testid="score-legend" aria-label="Legend">
        <strong>IPP score</strong>
        <span class="scale"><span>0</span><span class="ramp" style="background:linear-gradient(90deg, ${SCORE_SCALE.low}, ${SCORE_SCALE.mid}, ${SCORE_SCALE.high})"></span><span>100</span></span>
        <span class="legend"><span class="dot" style="background:${SCORE_SCALE.none}"></span>partner not scored</span>
        <span class="legend"><span class="dot" style="background:#dee2e6"></span>other kinds</span>
        <span class="muted">size = score</span></div>`;
  }
  const kinds = new Set<string>();
  x.graph.forEachNode((_, a) => {
    kinds.add(displayKind(a.kind, a.props));
  });
  return html`<div class="graph-legend" data-testid="kind-legend" aria-label="Legend">
      ${[...kinds].sort().map((k) => html`<span class="legend"><span class="dot" style="background:${KIND_COLOURS[k] ?? '#495057'}"></span>${displayName(k, 'nodeKind')}</span>`)}
      ${sizeAndLabels}
      ${x.params.group === '1' ? html`<span class="muted">large labelled node = a hub's leaves grouped (double-click opens)</span>` : nothing}</div>`;
}
