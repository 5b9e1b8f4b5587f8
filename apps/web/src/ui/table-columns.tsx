import { type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** How a figure column reads: a sum of money, a percentage, a count or a ratio (0.95). */
export type FigureKind = 'amount' | 'percent' | 'count' | 'ratio';

/** What a column declares once, for every table of the portal (antd Table or ProTable). */
export interface TableColumnExtras {
  /**
   * A column the user must always see (操作, 比较比率, 平均数 …): fixed to that edge of the table
   * so it stays in view at 1366 px, not hideable in the column settings, and its header carries
   * the class `key-column`, which the browser guard checks is within the viewport.
   */
  keyColumn?: 'left' | 'right';
  /** ProTable's column kind; its actions column (`'option'`) is always a key column on the right. */
  valueType?: unknown;
  /**
   * A figure: right-aligned on one line in tabular digits; an amount's unit (元) goes into the
   * header. Without a `render` of its own the cell is formatted: grouped digits, `%` for a
   * percentage, `—` for no value.
   */
  figure?: FigureKind;
  /** The unit named in the header, when it is not the figure kind's own (e.g. 人, 家). */
  unit?: string;
}

/** The class of a key column's header and cells (see `TableColumnExtras.keyColumn`). */
export const KEY_COLUMN_CLASS = 'key-column';

const FIGURE_STYLE: CSSProperties = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' };

/** The column shapes this applies to: antd's `TableColumnsType` entries and ProTable's `ProColumns`. */
interface ColumnShape {
  title?: unknown;
  dataIndex?: unknown;
  className?: string;
  fixed?: unknown;
  align?: unknown;
  render?: unknown;
  onCell?: unknown;
  onHeaderCell?: unknown;
}

type Cell = (...args: never[]) => { style?: CSSProperties } & Record<string, unknown>;

function withStyle(onCell: unknown, style: CSSProperties) {
  return (...args: never[]) => {
    const own = typeof onCell === 'function' ? ((onCell as Cell)(...args) ?? {}) : {};
    return { ...own, style: { ...style, ...own.style } };
  };
}

/** A figure as a table shows it: `12,345.6`, `85.2%`, `—` when there is none. */
export function formatFigure(value: unknown, kind: FigureKind, locale: string): string {
  if (value === null || value === undefined || value === '') return '—';
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) return String(value);
  const text = number.toLocaleString(locale, {
    minimumFractionDigits: kind === 'ratio' ? 2 : 0,
    maximumFractionDigits: kind === 'count' ? 0 : 2,
  });
  return kind === 'percent' ? `${text}%` : text;
}

function valueAt(record: unknown, dataIndex: unknown): unknown {
  const path = Array.isArray(dataIndex) ? dataIndex : [dataIndex];
  return path.reduce<unknown>(
    (value, key) => (value === null || value === undefined ? value : (value as Record<string, unknown>)[key]),
    record,
  );
}

/** The words the declarations need: the unit of an amount and how a header names its unit. */
export interface ColumnWords {
  locale: string;
  yuan: string;
  withUnit: (title: string, unit: string) => string;
}

/** Applies the declarations of `TableColumnExtras` to a table's columns. */
export function applyColumnExtras<C extends ColumnShape>(
  columns: ReadonlyArray<C & TableColumnExtras>,
  words: ColumnWords,
): C[] {
  return columns.map(({ keyColumn: declared, figure, unit, ...column }) => {
    const next = { ...column } as C & { disable?: unknown };
    const keyColumn = declared ?? (column.valueType === 'option' ? 'right' : undefined);
    if (keyColumn) {
      next.fixed = keyColumn;
      next.className = [column.className, KEY_COLUMN_CLASS].filter(Boolean).join(' ');
      // ProTable's column settings: a key column can be moved but not hidden
      next.disable = { checkbox: true };
    }
    if (figure) {
      next.align = 'right';
      next.onCell = withStyle(column.onCell, FIGURE_STYLE);
      next.onHeaderCell = withStyle(column.onHeaderCell, { whiteSpace: 'nowrap' });
      const headerUnit = unit ?? (figure === 'amount' ? words.yuan : undefined);
      if (headerUnit && typeof column.title === 'string') {
        next.title = words.withUnit(column.title, headerUnit);
      }
      if (column.render === undefined) {
        next.render = (_value: unknown, record: unknown): ReactNode =>
          formatFigure(valueAt(record, column.dataIndex), figure, words.locale);
      }
    }
    return next;
  });
}

/**
 * The declarations of `TableColumnExtras` applied in the UI language; `QueryTable` does it for
 * its own columns, other tables call this hook on theirs.
 */
export function useTableColumns<C extends ColumnShape>(columns: ReadonlyArray<C & TableColumnExtras>): C[] {
  const { t, i18n } = useTranslation();
  return applyColumnExtras(columns, {
    locale: i18n.language === 'en' ? 'en-GB' : 'zh-CN',
    yuan: t('common.units.yuan'),
    withUnit: (title, unit) => t('common.units.withUnit', { title, unit }),
  });
}
