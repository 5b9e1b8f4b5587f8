/** Pure helpers that lay the ledger out: tasks grouped by phase or measure, in programme order. */

export interface LedgerGroup {
  id: string | null;
  label: string;
}

export interface LedgerRow<T> {
  task: T;
  group: LedgerGroup;
  /** rows the group cell spans (0 for every row after the first of a group) */
  groupSpan: number;
  number: number;
}

interface GroupableTask {
  phaseId: string | null;
  measureId: string | null;
}

export function ledgerRows<T extends GroupableTask>(
  tasks: readonly T[],
  groups: readonly LedgerGroup[],
  otherLabel: string,
): LedgerRow<T>[] {
  const ordered = [...groups, { id: null, label: otherLabel }];
  const rows: LedgerRow<T>[] = [];
  for (const group of ordered) {
    const members = tasks.filter((task) => (task.phaseId ?? task.measureId ?? null) === group.id);
    members.forEach((task, index) => {
      rows.push({ task, group, groupSpan: index === 0 ? members.length : 0, number: rows.length + 1 });
    });
  }
  return rows;
}
