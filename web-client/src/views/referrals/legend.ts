// The referral graph's legend: the largest communities by colour, the smaller ones together, and what size and labels mean.
import { html, nothing, type TemplateResult } from 'lit-html';
import { integer } from '../../lib/format';
import { OTHER_COMMUNITY, type Legend } from '../../lib/referrals';

/** Shown once the graph has nodes. */
export function legendBar(l: Legend): TemplateResult {
  return html`<div class="legend-bar" data-testid="referral-legend" role="list" aria-label="Communities">
    ${l.entries.map((e, i) => html`<span class="legend" role="listitem"><span class="dot" style="background:${e.colour}"></span>Community ${i + 1} (${integer(e.size)})</span>`)}
    ${l.others ? html`<span class="legend" role="listitem"><span class="dot" style="background:${OTHER_COMMUNITY}"></span>${integer(l.others)} smaller (${integer(l.otherNodes)} entities)</span>` : nothing}
    <span class="legend">· size = influence · labelled = bridge</span>
  </div>`;
}
