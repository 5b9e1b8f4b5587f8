import { type ProColumns } from '@ant-design/pro-components';

/**
 * A year is a name for a period, not a quantity: "2026", never grouped as "2,026" the way
 * ProTable's `digit` value type and `toLocaleString` print numbers.
 */
export function formatYear(year: unknown): string {
  if (typeof year === 'number' && Number.isInteger(year)) return String(year);
  if (typeof year === 'string' && /^\d{4}$/.test(year)) return year;
  return '—';
}

/**
 * A list's year column: shown as a year, searched with a number box without grouping or
 * decimals (the list pages read the search value with `Number(year)`).
 */
export function yearColumn<T extends object>(title: string, dataIndex: keyof T & string): ProColumns<T> {
  return {
    title,
    dataIndex,
    width: 80,
    valueType: 'digit',
    fieldProps: { precision: 0, controls: false },
    render: (_, row) => formatYear(row[dataIndex]),
  };
}
