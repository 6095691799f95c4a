import { describe, expect, it } from 'vitest';
import { decimal, integer, label, money, percent, wilson } from './format';

describe('format', () => {
  it('abbreviates money', () => {
    expect(money(1_234_567)).toBe('$1.23M');
    expect(money(48_000)).toBe('$48K');
    expect(money(280_000)).toBe('$280K');
    expect(money(1_000_000)).toBe('$1M');
    expect(money(2_500_000)).toBe('$2.5M');
    expect(money(950)).toBe('$950');
    expect(money(-2_500_000_000)).toBe('-$2.5B');
    expect(money(null)).toBe('–');
  });

  it('formats rates, decimals and counts', () => {
    expect(percent(0.4567)).toBe('45.7%');
    expect(percent(undefined)).toBe('–');
    expect(decimal(0.12345, 3)).toBe('0.123');
    expect(integer(12000.4)).toBe('12,000');
  });

  it('turns codes into words', () => {
    expect(label('north_america')).toBe('North america');
    expect(label('PARTNER_SOURCED')).toBe('Partner sourced');
  });

  it('gives a Wilson interval that contains the rate and stays in [0, 1]', () => {
    const w = wilson(30, 100)!;
    expect(w.low).toBeCloseTo(0.2189, 3);
    expect(w.high).toBeCloseTo(0.3958, 3);
    const none = wilson(0, 5)!;
    expect(none.low).toBe(0);
    expect(none.high).toBeGreaterThan(0);
    expect(wilson(0, 0)).toBeNull();
  });
});
