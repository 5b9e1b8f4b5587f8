import { applyColumnExtras, formatFigure, KEY_COLUMN_CLASS } from './table-columns';

const words = {
  locale: 'zh-CN',
  yuan: '元',
  withUnit: (title: string, unit: string) => `${title}（${unit}）`,
};

interface Cell {
  title?: string;
  dataIndex?: string;
  className?: string;
  fixed?: unknown;
  align?: unknown;
  render?: (value: unknown, record: unknown) => unknown;
  onCell?: (record: unknown) => { style?: Record<string, unknown> };
  onHeaderCell?: unknown;
}

describe('table column declarations', () => {
  it('fixes a key column to its edge, marks its header and keeps it in the column settings', () => {
    const [actions] = applyColumnExtras<Cell>(
      [{ title: '操作', className: 'own', keyColumn: 'right' }],
      words,
    );
    expect(actions).toMatchObject({ fixed: 'right', className: `own ${KEY_COLUMN_CLASS}` });
    expect(actions).toMatchObject({ disable: { checkbox: true } });
  });

  it('keeps a ProTable actions column (valueType option) on the right as a key column', () => {
    const [actions] = applyColumnExtras<Cell & { valueType?: string }>(
      [{ title: '操作', valueType: 'option' }],
      words,
    );
    expect(actions).toMatchObject({ fixed: 'right', className: KEY_COLUMN_CLASS, valueType: 'option' });
  });

  it('right-aligns an amount on one line, names 元 in its header and formats its cells', () => {
    const [mean] = applyColumnExtras<Cell>([{ title: '平均数', dataIndex: 'mean', figure: 'amount' }], words);
    expect(mean.title).toBe('平均数（元）');
    expect(mean.align).toBe('right');
    expect(mean.onCell?.({})?.style).toMatchObject({ whiteSpace: 'nowrap' });
    // 102287.5 → grouped digits, the unit stays in the header
    expect(mean.render?.(undefined, { mean: 102287.5 })).toBe('102,287.5');
    expect(mean.render?.(undefined, { mean: null })).toBe('—');
  });

  it('keeps a figure column’s own render and cell style, and a count or percentage’s header as declared', () => {
    const render = () => 'own';
    const [ratio, people] = applyColumnExtras<Cell>(
      [
        {
          title: '比较比率',
          dataIndex: 'ratio',
          figure: 'percent',
          render,
          onCell: () => ({ style: { color: 'red' } }),
        },
        { title: '人数', dataIndex: 'employees', figure: 'count', unit: '人' },
      ],
      words,
    );
    expect(ratio.title).toBe('比较比率');
    expect(ratio.render).toBe(render);
    expect(ratio.onCell?.({})?.style).toEqual({
      whiteSpace: 'nowrap',
      fontVariantNumeric: 'tabular-nums',
      color: 'red',
    });
    expect(people.title).toBe('人数（人）');
    expect(people.render?.(undefined, { employees: 12345 })).toBe('12,345');
  });

  it('formats percentages with their sign and leaves text that is not a number as it is', () => {
    expect(formatFigure(85.25, 'percent', 'zh-CN')).toBe('85.25%');
    expect(formatFigure('1234.5', 'amount', 'en-GB')).toBe('1,234.5');
    expect(formatFigure('n/a', 'count', 'zh-CN')).toBe('n/a');
  });
});
