import { DEFAULT_DISCLOSURE_RULES, FootnoteCode } from './benchmark';
import {
  annualisedPay,
  BENCHMARK_PERCENTILES,
  type CellCounts,
  disclosureFootnotes,
  maxEnterpriseSharePercent,
  percentileCont,
  primaryFootnote,
} from './benchmark-rules';

const rules = { ...DEFAULT_DISCLOSURE_RULES }; // at least 3 enterprises, none above 70 %

function cell(employees: number, enterprises: number, maxEnterpriseEmployees: number): CellCounts {
  return { employees, enterprises, maxEnterpriseEmployees };
}

function district(
  regionCode: string,
  employees: number,
  enterprises: number,
  maxEnterpriseEmployees: number,
) {
  return { regionCode, ...cell(employees, enterprises, maxEnterpriseEmployees) };
}

describe('percentileCont (linear interpolation, as PostgreSQL percentile_cont)', () => {
  it('interpolates between the neighbouring values of five employees', () => {
    // n = 5, position = p × 4: P10 → 0.4 → 50,000 + 0.4 × 10,000; P90 → 3.6 → 80,000 + 0.6 × 10,000
    const pay = [50_000, 60_000, 70_000, 80_000, 90_000];
    expect(BENCHMARK_PERCENTILES.map((p) => percentileCont(pay, p))).toEqual([
      54_000, 60_000, 70_000, 80_000, 86_000,
    ]);
  });

  it('interpolates for an even count, where the median lies between two employees', () => {
    // n = 4, position = p × 3: P10 0.3, P25 0.75, P50 1.5, P75 2.25, P90 2.7
    const pay = [40_000, 48_000, 60_000, 100_000];
    expect(BENCHMARK_PERCENTILES.map((p) => percentileCont(pay, p))).toEqual([
      42_400, 46_000, 54_000, 70_000, 88_000,
    ]);
  });

  it('gives the value itself for one employee, and NaN for none', () => {
    expect(BENCHMARK_PERCENTILES.map((p) => percentileCont([61_234.5], p))).toEqual([
      61_234.5, 61_234.5, 61_234.5, 61_234.5, 61_234.5,
    ]);
    expect(percentileCont([], 0.5)).toBeNaN();
  });

  it('reads a slice of a larger sorted buffer (one cell among many)', () => {
    const buffer = Float64Array.from([1, 2, 3, /* cell: */ 10, 20, 30, 40, /* next: */ 5]);
    expect(percentileCont(buffer, 0.5, 3, 7)).toBe(25);
    expect(percentileCont(buffer, 0.1, 3, 7)).toBe(13);
  });

  it('rejects a fraction outside [0, 1]', () => {
    expect(() => percentileCont([1, 2], 1.5)).toThrow(RangeError);
  });
});

describe('annualisedPay', () => {
  it('scales the pay of the months worked to twelve months', () => {
    expect(annualisedPay(30_000, 6)).toBe(60_000);
    expect(annualisedPay(84_000, 12)).toBe(84_000);
    expect(annualisedPay(22_000.5, 8)).toBe(33_000.75);
  });
});

describe('primary suppression', () => {
  it('withholds a cell with fewer enterprises than the minimum (A)', () => {
    expect(primaryFootnote(cell(40, 2, 20), rules)).toBe(FootnoteCode.TooFewEnterprises);
    expect(primaryFootnote(cell(40, 3, 20), rules)).toBeNull();
  });

  it('withholds a cell where one enterprise holds more than the maximum share (B), not at exactly the maximum', () => {
    expect(primaryFootnote(cell(100, 4, 71), rules)).toBe(FootnoteCode.Dominance);
    expect(primaryFootnote(cell(100, 4, 70), rules)).toBeNull();
    expect(maxEnterpriseSharePercent(cell(100, 4, 70))).toBe(70);
  });

  it('applies a programme’s own thresholds', () => {
    const strict = { minEnterprises: 5, maxEnterpriseSharePercent: 50 };
    expect(primaryFootnote(cell(100, 4, 20), strict)).toBe(FootnoteCode.TooFewEnterprises);
    expect(primaryFootnote(cell(100, 6, 51), strict)).toBe(FootnoteCode.Dominance);
    expect(primaryFootnote(cell(100, 6, 50), strict)).toBeNull();
  });
});

describe('secondary suppression within one occupation × skill level', () => {
  it('withholds the smallest published district when one suppressed district could be recovered from the city total', () => {
    // 黄岛 has 2 enterprises (A). City − 崂山 − 城阳 would give 黄岛 exactly: 崂山, the smaller, is withheld too.
    const footnotes = disclosureFootnotes(
      {
        total: cell(160, 10, 30),
        districts: [
          district('370211', 30, 2, 20),
          district('370212', 50, 3, 20),
          district('370214', 80, 5, 30),
        ],
        direct: null,
      },
      rules,
    );
    expect(footnotes.total).toBeNull();
    expect(Object.fromEntries(footnotes.districts)).toEqual({
      '370211': FootnoteCode.TooFewEnterprises,
      '370212': FootnoteCode.Secondary,
      '370214': null,
    });
  });

  it('needs nothing more when the suppressed districts together already pass the rules', () => {
    // 黄岛 (2 enterprises) and 崂山 (2) are both primary-suppressed; together 4 enterprises, largest 20 of 45
    const footnotes = disclosureFootnotes(
      {
        total: cell(125, 9, 30),
        districts: [
          district('370211', 25, 2, 20),
          district('370212', 20, 2, 12),
          district('370214', 80, 5, 30),
        ],
        direct: null,
      },
      rules,
    );
    expect([...footnotes.districts.values()]).toEqual([
      FootnoteCode.TooFewEnterprises,
      FootnoteCode.TooFewEnterprises,
      null,
    ]);
  });

  it('protects city-direct enterprises, which have no cell of their own but are the rest of the city total', () => {
    // one city-direct enterprise with 15 employees: city − districts would reveal it, so a district is withheld
    const footnotes = disclosureFootnotes(
      {
        total: cell(145, 9, 40),
        districts: [district('370212', 50, 3, 20), district('370214', 80, 5, 40)],
        direct: cell(15, 1, 15),
      },
      rules,
    );
    expect(Object.fromEntries(footnotes.districts)).toEqual({
      '370212': FootnoteCode.Secondary,
      '370214': null,
    });
  });

  it('lets city-direct enterprises cover a suppressed district when together they pass the rules', () => {
    const footnotes = disclosureFootnotes(
      {
        total: cell(165, 12, 40),
        districts: [district('370211', 10, 2, 6), district('370214', 80, 5, 40)],
        direct: cell(75, 5, 20),
      },
      rules,
    );
    expect(Object.fromEntries(footnotes.districts)).toEqual({
      '370211': FootnoteCode.TooFewEnterprises,
      '370214': null,
    });
  });

  it('withholds further districts until the remainder is safe, choosing by fewest employees then region code', () => {
    // 黄岛 is dominated (B: 45 of 50). Adding 崂山 (30 employees, tie broken by code before 城阳) still leaves
    // 45 of 80 = 56 % — fine — so only 崂山 is added.
    const footnotes = disclosureFootnotes(
      {
        total: cell(260, 12, 45),
        districts: [
          district('370211', 50, 3, 45),
          district('370214', 30, 3, 10),
          district('370212', 30, 3, 10),
          district('370213', 150, 3, 60),
        ],
        direct: null,
      },
      rules,
    );
    expect(Object.fromEntries(footnotes.districts)).toEqual({
      '370211': FootnoteCode.Dominance,
      '370212': FootnoteCode.Secondary,
      '370213': null,
      '370214': null,
    });
  });

  it('suppresses nothing more when the city total itself is withheld', () => {
    const footnotes = disclosureFootnotes(
      {
        total: cell(40, 2, 30),
        districts: [district('370211', 30, 1, 30), district('370212', 10, 1, 10)],
        direct: null,
      },
      rules,
    );
    expect(footnotes.total).toBe(FootnoteCode.TooFewEnterprises);
    expect([...footnotes.districts.values()]).toEqual([
      FootnoteCode.TooFewEnterprises,
      FootnoteCode.TooFewEnterprises,
    ]);
  });

  it('leaves a pair alone when every district passes and there are no city-direct rows', () => {
    const footnotes = disclosureFootnotes(
      {
        total: cell(130, 8, 30),
        districts: [district('370212', 50, 3, 20), district('370214', 80, 5, 30)],
        direct: null,
      },
      rules,
    );
    expect([footnotes.total, ...footnotes.districts.values()]).toEqual([null, null, null]);
  });
});
