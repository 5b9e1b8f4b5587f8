/** Where a date range sits on a timeline, as grid columns of whole days. */

const DAY = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

export interface Span {
  /** first grid column (1-based) */
  start: number;
  /** grid column after the last one */
  end: number;
}

/**
 * The grid columns of [starts, ends] on a timeline starting at `origin`, one column per day. A
 * missing start is drawn as the due day only; dates outside the timeline are clamped.
 */
export function spanOf(
  origin: string,
  totalDays: number,
  startsOn: string | null,
  endsOn: string | null,
): Span | null {
  const last = endsOn ?? startsOn;
  if (!last) return null;
  const first = startsOn ?? last;
  const clamp = (day: number) => Math.min(Math.max(day, 0), totalDays - 1);
  const start = clamp(daysBetween(origin, first));
  const end = clamp(daysBetween(origin, last));
  return { start: start + 1, end: Math.max(end, start) + 2 };
}

/** The first day of each month between two dates, with its day offset, for the timeline header. */
export function monthTicks(
  origin: string,
  totalDays: number,
): Array<{ label: string; offset: number; days: number }> {
  const ticks: Array<{ label: string; offset: number; days: number }> = [];
  const [year, month] = origin.split('-').map(Number);
  let cursor = Date.UTC(year, month - 1, 1);
  const originTime = Date.parse(`${origin}T00:00:00Z`);
  while (true) {
    const date = new Date(cursor);
    const next = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    const offset = Math.max(0, Math.round((cursor - originTime) / DAY));
    if (offset >= totalDays) break;
    const end = Math.min(totalDays, Math.round((next - originTime) / DAY));
    ticks.push({
      label: `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`,
      offset,
      days: end - offset,
    });
    cursor = next;
  }
  return ticks;
}
