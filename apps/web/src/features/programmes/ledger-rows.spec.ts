import { ledgerRows } from './ledger-rows';

describe('ledgerRows', () => {
  const groups = [
    { id: 'p1', label: '部署发动' },
    { id: 'p2', label: '服务指导' },
  ];
  const task = (title: string, phaseId: string | null) => ({ title, phaseId, measureId: null });

  it('groups tasks by phase in phase order, numbering them through and spanning the group cell', () => {
    const rows = ledgerRows(
      [task('培训', 'p2'), task('成立工作小组', 'p1'), task('宣传', 'p1'), task('其他', null)],
      groups,
      '其他事项',
    );
    expect(rows.map((row) => [row.number, row.group.label, row.task.title, row.groupSpan])).toEqual([
      [1, '部署发动', '成立工作小组', 2],
      [2, '部署发动', '宣传', 0],
      [3, '服务指导', '培训', 1],
      [4, '其他事项', '其他', 1],
    ]);
  });

  it('drops empty groups', () => {
    expect(ledgerRows([task('培训', 'p2')], groups, '其他').map((row) => row.group.id)).toEqual(['p2']);
  });
});
