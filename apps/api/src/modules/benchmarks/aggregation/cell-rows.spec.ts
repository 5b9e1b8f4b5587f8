import { DEFAULT_DISCLOSURE_RULES, FootnoteCode, WAGE_SKILL_LEVELS } from '@skillpay/domain';
import { CellRows } from './cell-rows';
import { computeCells } from './compute-cells';

const level = (name: string) => WAGE_SKILL_LEVELS.indexOf(name as never) + 1;

/** One line of the aggregation COPY: upload ordinal, region, occupation, level index, months, five components. */
function line(
  upload: number,
  region: string,
  occupation: string,
  skill: string,
  months: number,
  pay: string[],
) {
  return `${upload}\t${region}\t${occupation}\t${level(skill)}\t${months}\t${pay.join('\t')}\n`;
}

describe('CellRows (COPY text → typed arrays)', () => {
  it('parses rows split across chunks at any byte, in cents and annualised', () => {
    const text =
      line(1, '370211', '6-18-01-01', 'level-3', 12, ['50000.00', '10000.50', '0.00', '0.00', '0.00']) +
      line(2, '370211', '6-18-01-01', 'level-3', 6, ['20000.25', '0.00', '0.00', '0.00', '0.00']) +
      line(3, '370212', 'X-CUSTOM', 'unrated', 12, ['1.5', '2', '0.00', '0.00', '0.00']);
    const bytes = Buffer.from(text);
    for (const size of [1, 7, 64, bytes.length]) {
      const rows = new CellRows();
      for (let at = 0; at < bytes.length; at += size) rows.push(bytes.subarray(at, at + size));
      rows.end();
      expect(rows.length).toBe(3);
      expect(Array.from(rows.annual.subarray(0, 3))).toEqual([60_000.5, 40_000.5, 3.5]);
      expect(rows.pairs).toEqual([
        { occupationCode: '6-18-01-01', skillLevel: 'level-3' },
        { occupationCode: 'X-CUSTOM', skillLevel: 'unrated' },
      ]);
      expect(rows.regions).toEqual(['370211', '370212']);
      // the first cell's component sums in cents: base 50,000.00 + 20,000.25, post 10,000.50
      expect(Array.from(rows.componentCents.subarray(0, 2))).toEqual([7_000_025, 1_000_050]);
    }
  });

  it('refuses output that ends inside a row, and a row without a known skill level', () => {
    const rows = new CellRows();
    rows.push(Buffer.from('1\t370211\t6-18-01-01'));
    expect(() => rows.end()).toThrow('middle of a row');
    expect(() =>
      new CellRows().push(Buffer.from('1\t370211\t6-18-01-01\t\\N\t12\t1.00\t0\t0\t0\t0\n')),
    ).toThrow('skill level');
  });
});

describe('computeCells', () => {
  it('gives the same cells whatever order the rows come in', () => {
    const lines: string[] = [];
    for (let upload = 1; upload <= 6; upload++) {
      for (let i = 0; i < 5; i++) {
        const pay = (40_000 + upload * 1_000 + i * 137.25).toFixed(2);
        lines.push(
          line(upload, upload <= 3 ? '370211' : '370212', '6-18-01-01', 'level-2', 12, [
            pay,
            '0',
            '0',
            '0',
            '0',
          ]),
        );
      }
    }
    lines.push(line(7, '370200', '6-18-01-01', 'level-2', 12, ['99999.99', '0', '0', '0', '0']));
    const compute = (ordered: string[]) => {
      const rows = new CellRows();
      rows.push(Buffer.from(ordered.join('')));
      rows.end();
      return computeCells(rows, '370200', { ...DEFAULT_DISCLOSURE_RULES });
    };
    const forward = compute(lines);
    expect(compute([...lines].reverse())).toEqual(forward);
    expect(forward.map((cell) => [cell.regionCode, cell.employees, cell.enterprises, cell.footnote])).toEqual(
      [
        ['370200', 31, 7, null],
        // the city-direct enterprise would be the city less the districts: one district goes too
        // (equally large: the lower region code)
        ['370211', 15, 3, FootnoteCode.Secondary],
        ['370212', 15, 3, null],
      ],
    );
  });
});
