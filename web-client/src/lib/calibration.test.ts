import { describe, expect, it } from 'vitest';
import { binSymbolSize, calibrationOption, expectedCalibrationError, reliabilityPoints, rocPoints } from './calibration';

const bins = [
  { lower: 0.9, upper: 1, meanPredicted: 0.94, observedRate: 0.9, count: 10 },
  { lower: 0, upper: 0.1, meanPredicted: 0.03, observedRate: 0.05, count: 80 },
  { lower: 0.5, upper: 0.6, meanPredicted: 0.55, observedRate: 0.4, count: 10 },
  { lower: 0.3, upper: 0.4, meanPredicted: 0.35, observedRate: 0, count: 0 },
];

describe('calibration and ROC charts', () => {
  it('turns bins into predicted-vs-observed points by probability, leaving empty bins out', () => {
    expect(reliabilityPoints(bins)).toEqual([
      [0.03, 0.05, 80],
      [0.55, 0.4, 10],
      [0.94, 0.9, 10],
    ]);
  });

  it('draws the bins against the diagonal', () => {
    const option = calibrationOption(bins) as { series: Array<{ name: string; data: unknown[] }> };
    expect(option.series.map((s) => s.name)).toEqual(['held-out bins', 'perfect calibration']);
    expect(option.series[0].data).toHaveLength(3);
    expect(option.series[1].data).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('recomputes the ECE from the bins', () => {
    expect(expectedCalibrationError(bins)).toBeCloseTo((0.04 * 10 + 0.02 * 80 + 0.15 * 10) / 100, 12);
    expect(expectedCalibrationError([])).toBeNull();
  });

  it('sizes bin symbols by their share of partners', () => {
    expect(binSymbolSize(100, 100)).toBe(24);
    expect(binSymbolSize(25, 100)).toBe(15);
    expect(binSymbolSize(1, 0)).toBe(6);
  });

  it('thins long ROC curves but keeps both ends', () => {
    const curve = Array.from({ length: 1001 }, (_, i) => ({ falsePositiveRate: i / 1000, truePositiveRate: Math.sqrt(i / 1000) }));
    const thin = rocPoints(curve, 101);
    expect(thin).toHaveLength(101);
    expect(thin[0]).toEqual([0, 0]);
    expect(thin[100]).toEqual([1, 1]);
    expect(rocPoints(curve.slice(0, 3))).toHaveLength(3);
  });
});
