// Two figures of a prospect's row opened as their parts (views/breakdown.ts): the blend (each component times its
// weight, the weights normalised to sum 1: the products add up to the blend) and the IPP probability (each factor's
// effect in log-odds against an average partner, plus what the factors leave: they add up to the probability's
// log-odds).
import { COMPONENTS, normalise, type Component, type Weights } from '../../lib/blend';
import { decimal, displayName, percent } from '../../lib/format';
import type { Breakdown } from '../breakdown';

/** What the blend reads from a row, per component. */
export interface BlendParts {
  id: string;
  name: string;
  blend: number;
  ippProbability: number;
  customerOverlap: number;
  segmentCoverage: number;
  referralProximity: number;
}

const FIELD: Record<Component, keyof BlendParts> = {
  ipp: 'ippProbability',
  customerOverlap: 'customerOverlap',
  segmentCoverage: 'segmentCoverage',
  referralProximity: 'referralProximity',
};

export const COMPONENT_NAMES: Record<Component, string> = {
  ipp: 'IPP probability',
  customerOverlap: 'Customer overlap',
  segmentCoverage: 'Segment coverage',
  referralProximity: 'Referral proximity',
};

/** The blend of one prospect as weight x component, the products adding up to it. */
export function blendBreakdown(r: BlendParts, weights: Weights): Breakdown {
  const w = normalise(weights);
  const rows = COMPONENTS.map((k) => {
    const value = r[FIELD[k]] as number;
    const part = w[k] * value;
    return {
      key: k,
      cells: [COMPONENT_NAMES[k], decimal(value, 3), percent(w[k], 1), decimal(part, 3), percent(r.blend ? part / r.blend : null, 0)],
      csv: [COMPONENT_NAMES[k], value, +w[k].toFixed(6), +part.toFixed(6)],
    };
  });
  const sum = COMPONENTS.reduce((s, k) => s + w[k] * (r[FIELD[k]] as number), 0);
  return {
    title: `Blend of ${r.name}`,
    figure: `blend ${decimal(r.blend, 3)} = the sum of weight x component (the weights normalised to sum 1)`,
    columns: [
      { title: 'Component' },
      { title: 'Value (0-1)', numeric: true },
      { title: 'Weight', numeric: true },
      { title: 'Weight x value', numeric: true },
      { title: 'Share of the blend', numeric: true },
    ],
    csvColumns: ['component', 'value', 'weight', 'weighted'],
    rows,
    total: { key: 'blend', cells: ['Blend', '', percent(1, 0), decimal(sum, 3), percent(1, 0)], csv: ['blend', '', 1, +sum.toFixed(6)] },
    note: 'Move the weights above the ranking to change them; the ranking and this breakdown follow at once.',
    csvName: `blend-${r.id}`,
  };
}

/** What the IPP breakdown reads from the API's explanation of a score (PartnerPotential). */
export interface Explained {
  probability: number;
  explanationMethod: string;
  modelVersion: string;
  factors: Array<{ feature: string; value: string; contribution: number; description: string }>;
}

const logit = (p: number) => Math.log(p / (1 - p));

/** The IPP probability of one prospect as its factors' log-odds, plus what they leave, adding up to the probability's log-odds. */
export function ippBreakdown(r: { id: string; name: string }, e: Explained): Breakdown {
  const p = Math.min(Math.max(e.probability, 1e-6), 1 - 1e-6);
  const total = logit(p);
  const sum = e.factors.reduce((s, f) => s + f.contribution, 0);
  const rest = total - sum;
  const exact = e.explanationMethod === 'exact-linear';
  const rows = e.factors.map((f) => ({
    key: f.feature,
    cells: [
      displayName(f.feature.replace(/([a-z])([A-Z])/g, '$1_$2')),
      f.value,
      `${f.contribution >= 0 ? '+' : ''}${decimal(f.contribution, 3)}`,
      f.description,
    ],
    csv: [f.feature, f.value, +f.contribution.toFixed(6), f.description],
  }));
  rows.push({
    key: 'rest',
    cells: [
      exact ? 'Average partner' : 'Average partner and the estimate’s rest',
      '',
      `${rest >= 0 ? '+' : ''}${decimal(rest, 3)}`,
      exact ? 'the log-odds of a partner at the training mean of every feature' : 'what the factors leave of the log-odds',
    ],
    csv: ['(rest)', '', +rest.toFixed(6), exact ? 'average partner' : 'average partner and what LIME leaves'],
  });
  return {
    title: `IPP probability of ${r.name}`,
    figure: `${percent(e.probability)}: log-odds ${decimal(total, 3)} = the factors' effects plus the average partner's (model ${e.modelVersion}, ${e.explanationMethod})`,
    columns: [{ title: 'Factor' }, { title: 'Value' }, { title: 'Log-odds', numeric: true }, { title: 'Compared with our partners' }],
    csvColumns: ['feature', 'value', 'log_odds', 'description'],
    rows,
    total: {
      key: 'total',
      cells: ['Probability', percent(e.probability), decimal(total, 3), 'probability = 1 / (1 + e^-log-odds)'],
      csv: ['probability', e.probability, +total.toFixed(6), ''],
    },
    note: exact
      ? 'A linear model: each factor’s effect is exact, against a partner at the training mean of every feature.'
      : 'LIME’s local estimate: a sparse linear fit around the prospect; the factors need not add up exactly, the last row holds the rest.',
    csvName: `ipp-${r.id}`,
  };
}
