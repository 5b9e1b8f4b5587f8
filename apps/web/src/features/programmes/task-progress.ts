/** Pure helpers for a task's progress across its responsible units (never a mean over them). */

export interface ProgressFigures {
  responsible: number;
  reported: number;
  minPercent: number | null;
  maxPercent: number | null;
}

/** The range of the figures reported: `60`, or `20–60` when they differ; null before any. */
export function percentRange(progress: ProgressFigures): { min: number; max: number } | null {
  if (progress.minPercent === null || progress.maxPercent === null) return null;
  return { min: progress.minPercent, max: progress.maxPercent };
}

/**
 * How far every unit has come: the lowest figure, a unit yet to report counting as 0 %. What the
 * roadmap fills its bar with, since the task is only as far as its slowest unit.
 */
export function slowestPercent(progress: ProgressFigures, done: boolean): number {
  if (done) return 100;
  if (progress.reported < progress.responsible || progress.minPercent === null) return 0;
  return progress.minPercent;
}
