import { diffSnapshots } from './snapshot-diff';

describe('diffSnapshots', () => {
  it('lists changed, added and removed fields first, then unchanged ones, each alphabetically', () => {
    const rows = diffSnapshots(
      { status: 'active', displayName: '张三', role: 'enterprise' },
      { status: 'disabled', displayName: '张三', lockedUntil: null },
    );
    expect(rows.map((row) => [row.field, row.change])).toEqual([
      ['lockedUntil', 'added'],
      ['role', 'removed'],
      ['status', 'changed'],
      ['displayName', 'unchanged'],
    ]);
  });

  it('treats a creation (no before) as all added and compares nested values by content', () => {
    expect(diffSnapshots(null, { a: 1 })).toEqual([
      { field: 'a', before: undefined, after: 1, change: 'added' },
    ]);
    expect(diffSnapshots({ scope: { region: '370211' } }, { scope: { region: '370211' } })[0].change).toBe(
      'unchanged',
    );
  });

  it('returns nothing for two empty snapshots', () => {
    expect(diffSnapshots(undefined, null)).toEqual([]);
  });
});
