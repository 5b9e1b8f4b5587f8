import { type TableColumnType } from 'antd';
import { formatDecimal } from '../../../ui/format-decimal';

/** A right-aligned result-table column showing one decimal amount of each row, grouped for reading. */
export function amountColumn<T>(title: string, key: string, amount: (row: T) => string): TableColumnType<T> {
  return { title, key, align: 'right', render: (_, row) => formatDecimal(amount(row)) };
}
