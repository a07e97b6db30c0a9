// The time budget of `npm test` (docs/testing.md): the whole run must stay
// within 35 minutes on the 2-core CI machine, which stops at 90. Each step's
// own budget (in scripts/test-setup/test.mjs) adds up to the whole.

export const TOTAL_BUDGET_SECONDS = 35 * 60;

/** A warning line when a step took longer than its budget, else null. */
export function overBudget(title, seconds, budget) {
  if (seconds <= budget) return null;
  return `Warning: ${title} took ${seconds}s, over its budget of ${budget}s by ${seconds - budget}s. Find what grew (docs/testing.md) before adding more.`;
}

/** A table of each step's time and budget, and the whole run against TOTAL_BUDGET_SECONDS. */
export function summary(timings, totalSeconds) {
  const width = Math.max(...timings.map(([title]) => title.length), 'npm test'.length);
  const row = (title, seconds, budget) =>
    `${title.padEnd(width)}  ${String(Math.round(seconds)).padStart(5)}s  ${String(budget).padStart(5)}s${seconds > budget ? '  OVER' : ''}`;
  return [
    '\n=== Time of each step (seconds; budget)',
    ...timings.map(([title, seconds, budget]) => row(title, seconds, budget)),
    row('npm test', totalSeconds, TOTAL_BUDGET_SECONDS),
  ].join('\n');
}
