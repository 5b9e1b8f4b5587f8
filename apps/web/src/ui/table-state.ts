import dayjs, { type Dayjs } from 'dayjs';

/** A table's row density, as ProTable's density switch names it. */
export type TableDensity = 'large' | 'middle' | 'small';

/** Where a table's settings (columns, density) live in localStorage. */
export function tableSettingsKey(tableId: string): string {
  return `skillpay.table.${tableId}`;
}

/** The address keys of the page; every other key is a search-form field. */
const PAGE = 'page';
const PAGE_SIZE = 'pageSize';

export interface TableUrlState {
  /** a field given empty (`status=`) is `undefined`: cleared, its default not to apply */
  values: Record<string, string | string[] | undefined>;
  current?: number;
  pageSize?: number;
}

function positiveInteger(text: string | null): number | undefined {
  if (text === null || !/^\d+$/.test(text)) return undefined;
  const number = Number(text);
  return number >= 1 ? number : undefined;
}

/** A table's search values and page from the address (`?status=submitted&page=2`). */
export function fromSearchParams(search: URLSearchParams): TableUrlState {
  const values: Record<string, string | string[] | undefined> = {};
  for (const key of new Set(search.keys())) {
    if (key === PAGE || key === PAGE_SIZE) continue;
    const all = search.getAll(key).filter((value) => value !== '');
    values[key] = all.length === 0 ? undefined : all.length === 1 ? all[0] : all;
  }
  return {
    values,
    current: positiveInteger(search.get(PAGE)),
    pageSize: positiveInteger(search.get(PAGE_SIZE)),
  };
}

function text(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (dayjs.isDayjs(value)) return (value as Dayjs).format();
  if (value instanceof Date) return dayjs(value).format();
  if (typeof value === 'object') return undefined;
  const string = String(value).trim();
  return string === '' ? undefined : string;
}

/**
 * The address of a table's view: the search form's filled-in values (a range or a multiple choice
 * as repeated keys, dates with their offset), then the page and page size when not the first page
 * and the default size. A field left at its default is not written; one with a default that the
 * user cleared is written empty (`status=`), so reopening the address does not bring it back.
 */
export function toSearchParams(
  values: Record<string, unknown>,
  current: number | undefined,
  pageSize: number | undefined,
  defaultPageSize: number,
  defaults: Readonly<Record<string, unknown>> = {},
): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (key === PAGE || key === PAGE_SIZE) continue;
    const written = (Array.isArray(value) ? value : [value]).flatMap((item) => text(item) ?? []);
    const fallback = defaults[key];
    const fallbackText = (Array.isArray(fallback) ? fallback : [fallback]).flatMap(
      (item) => text(item) ?? [],
    );
    if (fallback !== undefined && written.join('\n') === fallbackText.join('\n')) continue;
    for (const item of written) search.append(key, item);
    if (written.length === 0 && fallback !== undefined) search.append(key, '');
  }
  if (current && current > 1) search.set(PAGE, String(current));
  if (pageSize && pageSize !== defaultPageSize) search.set(PAGE_SIZE, String(pageSize));
  return search;
}
