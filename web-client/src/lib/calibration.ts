// The model view's calibration and ROC charts as data: the held-out bins and curve become ECharts series.

export interface Bin {
  lower: number;
  upper: number;
  meanPredicted: number;
  observedRate: number;
  count: number;
}
export interface RocPoint {
  falsePositiveRate: number;
  truePositiveRate: number;
}

/** [x, y, count] points of the reliability curve: mean predicted against observed rate, one per non-empty bin, by probability. */
export function reliabilityPoints(bins: readonly Bin[]): Array<[number, number, number]> {
  return [...bins]
    .filter((b) => b.count > 0)
    .sort((a, b) => a.lower - b.lower)
    .map((b) => [b.meanPredicted, b.observedRate, b.count]);
}

/** Symbol size of a bin by its share of the held-out partners: small bins look as unsure as they are. */
export function binSymbolSize(count: number, total: number): number {
  return total > 0 ? 6 + 18 * Math.sqrt(count / total) : 6;
}

/** The largest gap between predicted and observed, weighted like the ECE: sum of |gap| x count / n. */
export function expectedCalibrationError(bins: readonly Bin[]): number | null {
  const n = bins.reduce((s, b) => s + b.count, 0);
  if (n === 0) return null;
  return bins.reduce((s, b) => s + Math.abs(b.meanPredicted - b.observedRate) * b.count, 0) / n;
}

/** The ROC curve as [fpr, tpr] points, thinned to at most maxPoints (the ends always kept) so big test sets draw fast. */
export function rocPoints(points: readonly RocPoint[], maxPoints = 200): Array<[number, number]> {
  const all = points.map((p) => [p.falsePositiveRate, p.truePositiveRate] as [number, number]);
  if (all.length <= maxPoints) return all;
  const step = (all.length - 1) / (maxPoints - 1);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < maxPoints; i++) out.push(all[Math.round(i * step)]);
  return out;
}

/** The chart option of the calibration plot: the bins against the diagonal of perfect calibration. */
export function calibrationOption(bins: readonly Bin[]): Record<string, unknown> {
  const total = bins.reduce((s, b) => s + b.count, 0);
  const points = reliabilityPoints(bins);
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { data: [number, number, number] }) =>
        `predicted ${(p.data[0] * 100).toFixed(1)}% · observed ${(p.data[1] * 100).toFixed(1)}% · ${p.data[2]} partners`,
    },
    legend: { bottom: 0, data: ['held-out bins', 'perfect calibration'] },
    grid: { left: 50, right: 15, top: 15, bottom: 60 },
    xAxis: { type: 'value', min: 0, max: 1, name: 'predicted probability', nameLocation: 'middle', nameGap: 25 },
    yAxis: { type: 'value', min: 0, max: 1, name: 'observed rate', nameLocation: 'middle', nameGap: 35 },
    series: [
      {
        type: 'line',
        name: 'held-out bins',
        data: points,
        symbolSize: (d: [number, number, number]) => binSymbolSize(d[2], total),
        itemStyle: { color: '#f08c00' },
        lineStyle: { color: '#f08c00' },
      },
      {
        type: 'line',
        name: 'perfect calibration',
        data: [
          [0, 0],
          [1, 1],
        ],
        symbol: 'none',
        lineStyle: { type: 'dashed', color: '#868e96' },
        tooltip: { show: false },
      },
    ],
  };
}

/** The chart option of the ROC curve with the chance line. */
export function rocOption(points: readonly RocPoint[], auc: number): Record<string, unknown> {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'cross' } },
    legend: { bottom: 0, data: [`IPP model (AUC ${auc.toFixed(3)})`, 'chance'] },
    grid: { left: 50, right: 15, top: 15, bottom: 60 },
    xAxis: { type: 'value', min: 0, max: 1, name: 'false positive rate', nameLocation: 'middle', nameGap: 25 },
    yAxis: { type: 'value', min: 0, max: 1, name: 'true positive rate', nameLocation: 'middle', nameGap: 35 },
    series: [
      {
        type: 'line',
        name: `IPP model (AUC ${auc.toFixed(3)})`,
        data: rocPoints(points),
        showSymbol: false,
        step: false,
        lineStyle: { color: '#5c7cfa', width: 2 },
        itemStyle: { color: '#5c7cfa' },
      },
      {
        type: 'line',
        name: 'chance',
        data: [
          [0, 0],
          [1, 1],
        ],
        symbol: 'none',
        lineStyle: { type: 'dashed', color: '#868e96' },
      },
    ],
  };
}
