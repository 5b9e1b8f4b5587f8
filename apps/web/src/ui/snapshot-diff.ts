/** Field-level comparison of two JSON snapshots (an audited entity before and after a change). */
export type Snapshot = Record<string, unknown> | null | undefined;

export interface ChangeDiffRow {
  field: string;
  before: unknown;
  after: unknown;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
}

/** Field-by-field comparison of two snapshots; changed fields first, then the rest alphabetically. */
export function diffSnapshots(before: Snapshot, after: Snapshot): ChangeDiffRow[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const rows = [...fields].map((field): ChangeDiffRow => {
    const inBefore = before != null && Object.prototype.hasOwnProperty.call(before, field);
    const inAfter = after != null && Object.prototype.hasOwnProperty.call(after, field);
    const b = inBefore ? before[field] : undefined;
    const a = inAfter ? after[field] : undefined;
    let change: ChangeDiffRow['change'] = 'unchanged';
    if (!inBefore && inAfter) change = 'added';
    else if (inBefore && !inAfter) change = 'removed';
    else if (JSON.stringify(b) !== JSON.stringify(a)) change = 'changed';
    return { field, before: b, after: a, change };
  });
  const rank = (row: ChangeDiffRow) => (row.change === 'unchanged' ? 1 : 0);
  return rows.sort((x, y) => rank(x) - rank(y) || x.field.localeCompare(y.field));
}
