import { describe, expect, it } from 'vitest';
import { delta } from './kpis';

describe('KPI deltas against the previous period', () => {
  it('says shares in points and amounts in per cent, with the better direction', () => {
    expect(delta('share', 0.32, 0.3, true, 'p')).toMatchObject({ text: '+2.0 pts vs previous period', good: true });
    expect(delta('money', 1_200_000, 1_000_000, true, 'p')).toMatchObject({ text: '+20.0% vs previous period', good: true });
    expect(delta('days', 80, 100, false, 'p')).toMatchObject({ text: '−20.0% vs previous period', good: true });
    expect(delta('count', 0, 0, true, 'p')).toMatchObject({ text: 'was 0', good: null });
    expect(delta('money', 5, null, true, 'p')).toBeNull();
    expect(delta('money', 90, 100, true, '1 Jan 2025 to 30 Jun 2025')?.title).toBe(
      '$100 in the previous period (1 Jan 2025 to 30 Jun 2025)',
    );
  });
});
