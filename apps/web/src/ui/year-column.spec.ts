import { formatYear, yearColumn } from './year-column';

describe('years in lists', () => {
  it('prints a year as written, without a thousands separator', () => {
    expect(formatYear(2026)).toBe('2026');
    expect(formatYear('2025')).toBe('2025');
  });

  it('prints a dash for what is not a year', () => {
    expect(formatYear(null)).toBe('—');
    expect(formatYear(undefined)).toBe('—');
    expect(formatYear(2026.5)).toBe('—');
  });

  it('renders the row’s year in the column, not the digit value type’s "2,026"', () => {
    const column = yearColumn<{ year: number }>('年度', 'year');
    expect(column.valueType).toBe('digit');
    const render = column.render as (dom: unknown, row: { year: number }) => unknown;
    expect(render('2,026', { year: 2026 })).toBe('2026');
  });
});
