import { describe, expect, it } from 'vitest';
import { ERROR_TITLES, backoffSeconds, classify, retriable, statusMessage } from './errors';

describe('error kinds', () => {
  it('never calls an answer "unreachable": a 503 or 504 is the service running out of time', () => {
    expect(classify(undefined, 503)).toBe('timeout');
    expect(classify(undefined, 504)).toBe('timeout');
    expect(statusMessage('timeout', 503)).toContain('is up but did not answer in time');
    expect(classify(undefined, 500)).toBe('server');
    expect(classify('INTERNAL_ERROR', 200)).toBe('server');
    expect(classify('TIMEOUT', 200)).toBe('timeout');
  });

  it('tells refusals and mistakes apart', () => {
    expect(classify(undefined, 401)).toBe('unauthorized');
    expect(classify('FORBIDDEN')).toBe('forbidden');
    expect(classify(undefined, 403)).toBe('forbidden');
    expect(classify('BAD_REQUEST')).toBe('bad-request');
    expect(classify('NOT_FOUND')).toBe('not-found');
    expect(classify('ValidationError')).toBe('unsupported');
    expect(classify('ANALYSIS_UNAVAILABLE', 200)).toBe('analysis-unavailable');
    expect(retriable('analysis-unavailable')).toBe(false);
    expect(classify(undefined, 502)).toBe('unreachable');
  });

  it('says the database is unavailable, retrying, when the service cannot reach it, and retries a busy service', () => {
    expect(classify('UNAVAILABLE', 503)).toBe('unavailable');
    expect(ERROR_TITLES.unavailable).toBe('The database is unavailable, retrying');
    expect(retriable('unavailable')).toBe(true);
    expect(classify('OVERLOADED', 503)).toBe('busy');
    expect(classify('RATE_LIMITED', 429)).toBe('busy');
    expect(classify(undefined, 429)).toBe('busy');
    expect(retriable('busy')).toBe(true);
    expect(classify('OUTCOME_UNKNOWN', 503)).toBe('outcome-unknown');
    expect(retriable('outcome-unknown')).toBe(false);
    expect(classify(undefined, 503)).toBe('timeout');
  });

  it('retries time-outs and silence by itself, after 2, 4 and 8 s, then leaves it to the person', () => {
    expect(retriable('timeout')).toBe(true);
    expect(retriable('unreachable')).toBe(true);
    expect(retriable('server')).toBe(false);
    expect(retriable('forbidden')).toBe(false);
    expect([1, 2, 3, 4].map((n) => backoffSeconds(n))).toEqual([2, 4, 8, null]);
  });
});
