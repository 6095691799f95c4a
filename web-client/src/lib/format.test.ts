import { describe, expect, it } from 'vitest';
import {
  change,
  count,
  date,
  decimal,
  displayName,
  integer,
  label,
  money,
  moneyExact,
  note,
  notes,
  ordinal,
  percent,
  points,
  propertyName,
  propertyValue,
  ratio,
  inSentence,
  setCurrency,
  signedMoney,
  tierRank,
  useVocabularies,
  wilson,
} from './format';
import { beforeAll } from 'vitest';
import { RECORDED_VOCABULARIES } from './vocabulary.fixture';

describe('format', () => {
  // display names of stored codes are the service's (vocabularies), as after sign-in
  beforeAll(() => {
    useVocabularies(RECORDED_VOCABULARIES);
  });

  it('abbreviates money with its currency', () => {
    expect(money(1_234_567)).toBe('$1.23M');
    expect(money(48_000)).toBe('$48K');
    expect(money(280_000)).toBe('$280K');
    expect(money(1_000_000)).toBe('$1M');
    expect(money(2_500_000)).toBe('$2.5M');
    expect(money(950)).toBe('$950');
    expect(money(-2_500_000_000)).toBe('-$2.5B');
    expect(money(null)).toBe('–');
    expect(signedMoney(12_300)).toBe('+$12.3K');
    expect(signedMoney(-4000)).toBe('-$4K');
  });

  it('writes exact amounts with the currency, never a bare number', () => {
    expect(moneyExact(27842.31)).toBe('$27,842.31');
    expect(moneyExact(91800)).toBe('$91,800');
    expect(moneyExact(199418.1)).toBe('$199,418.10');
    setCurrency('EUR');
    try {
      expect(moneyExact(27842.31)).toBe('€27,842.31');
      expect(money(1_500_000)).toBe('€1.5M');
    } finally {
      setCurrency('USD');
    }
  });

  it('formats rates, differences, multiples, decimals and counts', () => {
    expect(percent(0.4567)).toBe('45.7%');
    expect(percent(undefined)).toBe('–');
    expect(points(0.032)).toBe('+3.2 pts');
    expect(points(-0.0149)).toBe('−1.5 pts');
    expect(change(0.125)).toBe('+12.5%');
    expect(ratio(0.37)).toBe('0.37×');
    expect(decimal(0.12345, 3)).toBe('0.123');
    expect(integer(12000.4)).toBe('12,000');
  });

  it('writes ordinals the English way', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 92, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '92nd',
      '101st',
      '111th',
    ]);
  });

  it('agrees a count with its noun', () => {
    expect(count(1, 'conflict')).toBe('1 conflict');
    expect(count(87, 'conflict')).toBe('87 conflicts');
    expect(count(0, 'partner')).toBe('0 partners');
    expect(count(1, 'company', 'companies')).toBe('1 company');
    expect(count(1200, 'company', 'companies')).toBe('1,200 companies');
  });

  it('writes dates unambiguously', () => {
    expect(date('2026-12-04')).toBe('4 Dec 2026');
    expect(date(null)).toBe('–');
  });

  it('names stored codes as people write them', () => {
    expect(displayName('north_america')).toBe('North America');
    expect(displayName('NORTH_AMERICA', 'region')).toBe('North America');
    expect(displayName('emea')).toBe('EMEA');
    expect(displayName('financial_services')).toBe('Financial services');
    expect(displayName('PARTNER_SOURCED')).toBe('Partner-sourced');
    expect(displayName('before_contact')).toBe('Before contact');
    expect(displayName('lime', 'explanation')).toBe('LIME (local surrogate model)');
    expect(displayName('mid_market')).toBe('Mid-market');
    expect(displayName('some_new_code')).toBe('Some new code');
    expect(label('CO_SOLD')).toBe('Co-sold');
  });

  it('ranks tiers by rank, not by name', () => {
    expect(['gold', 'registered', 'PLATINUM', 'silver'].sort((a, b) => tierRank(a) - tierRank(b))).toEqual([
      'PLATINUM',
      'gold',
      'silver',
      'registered',
    ]);
  });

  it('formats the graph properties by their key', () => {
    expect(propertyValue('region', 'north_america')).toBe('North America');
    expect(propertyValue('industries', 'financial_services, healthcare')).toBe('Financial services, Healthcare');
    expect(propertyValue('arr', '91800')).toBe('$91,800');
    expect(propertyValue('amount', '27842.31')).toBe('$27,842.31');
    expect(propertyValue('registrationStage', 'before_contact')).toBe('Before contact');
    expect(propertyValue('createdOn', '2025-03-01')).toBe('1 Mar 2025');
    expect(propertyValue('churned', 'false')).toBe('no');
    expect(propertyName('hourlyRate')).toBe('Hourly rate');
    expect(propertyName('arr')).toBe('ARR');
    expect(inSentence('ARR')).toBe('ARR');
    expect(inSentence('Hourly rate')).toBe('hourly rate');
  });

  it('turns the API notes into sentences without "null"', () => {
    expect(note('shares are null while fewer than 5 partners have accumulated')).toBe(
      'Shares are not given while fewer than 5 partners have accumulated.',
    );
    expect(notes(['no deals', 'Done.'])).toBe('No deals. Done.');
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
