import dayjs from 'dayjs';
import { fromSearchParams, toSearchParams } from './table-state';

describe('a table view in the address', () => {
  it('writes the filled-in filters and a page other than the first, and reads them back', () => {
    const search = toSearchParams(
      { q: ' 海晟 ', regionCode: '370211', size: undefined, status: '', tags: ['a', 'b'] },
      3,
      20,
      20,
    );
    expect(search.toString()).toBe('q=%E6%B5%B7%E6%99%9F&regionCode=370211&tags=a&tags=b&page=3');
    expect(fromSearchParams(search)).toEqual({
      values: { q: '海晟', regionCode: '370211', tags: ['a', 'b'] },
      current: 3,
      pageSize: undefined,
    });
  });

  it('leaves out a field at its default, and writes one cleared of its default empty', () => {
    expect(toSearchParams({ sort: 'focus' }, 1, 20, 20, { sort: 'focus' }).toString()).toBe('');
    const search = toSearchParams({ status: undefined, q: '' }, 2, 20, 20, { status: 'submitted' });
    expect(search.toString()).toBe('status=&page=2');
    expect(fromSearchParams(search).values).toEqual({ status: undefined });
  });

  it('keeps a page size other than the default, and leaves out the first page', () => {
    expect(toSearchParams({}, 1, 50, 20).toString()).toBe('pageSize=50');
    expect(toSearchParams({}, 1, 20, 20).toString()).toBe('');
  });

  it('writes dates with their offset', () => {
    const from = dayjs('2026-03-01T08:00:00+08:00');
    const written = toSearchParams({ period: [from, from.add(1, 'day')] }, 1, 20, 20).getAll('period');
    expect(written).toHaveLength(2);
    expect(dayjs(written[0]).valueOf()).toBe(from.valueOf());
  });

  it('ignores a page that is not a positive whole number', () => {
    const state = fromSearchParams(new URLSearchParams('page=-2&pageSize=abc&status=submitted'));
    expect(state).toEqual({ values: { status: 'submitted' }, current: undefined, pageSize: undefined });
  });
});
