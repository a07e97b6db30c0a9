import { describe, expect, it } from 'vitest';
import { overBudget, summary, TOTAL_BUDGET_SECONDS } from './test-budget.mjs';

describe('the test time budget', () => {
  it('is 35 minutes for the whole run', () => {
    expect(TOTAL_BUDGET_SECONDS).toBe(2100);
  });

  it('warns only when a step runs past its own budget', () => {
    expect(overBudget('lint', 60, 60)).toBeNull();
    expect(overBudget('browser tests', 1290, 1200)).toBe(
      'Warning: browser tests took 1290s, over its budget of 1200s by 90s. Find what grew (docs/testing.md) before adding more.',
    );
  });

  it('lists each step with its budget and marks those over it', () => {
    const table = summary([['lint', 12, 60], ['browser tests', 1300, 1200]], 1400);
    expect(table.split('\n')).toEqual([
      '',
      '=== Time of each step (seconds; budget)',
      'lint              12s     60s',
      'browser tests   1300s   1200s  OVER',
      'npm test        1400s   2100s',
    ]);
  });
});
