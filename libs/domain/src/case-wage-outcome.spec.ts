import { caseWageOutcome, chaptersOfArticles, MIN_CASE_WAGE_CELL } from './case-study';

describe('the wage-outcome panel of a case', () => {
  it('compares the means of two years per skill level and hides a mean of fewer than five employees', () => {
    // 中级工: 57,000 → 63,000 a year, (63,000 − 57,000) ÷ 57,000 = 10.53 % → 10.5;
    // 技师: 3 and 6 employees — the first year's mean is hidden, and so is the change
    const panel = caseWageOutcome(
      2025,
      2026,
      [
        { skillLevel: 'level-2', headcount: 3, meanAnnual: 95_000 },
        { skillLevel: 'level-4', headcount: 6, meanAnnual: 56_999.6 },
      ],
      [
        { skillLevel: 'level-4', headcount: 6, meanAnnual: 63_000 },
        { skillLevel: 'level-2', headcount: 6, meanAnnual: 101_000 },
        { skillLevel: 'level-1', headcount: 5, meanAnnual: 120_000 },
      ],
    );
    expect(MIN_CASE_WAGE_CELL).toBe(5);
    expect(panel).toEqual({
      fromYear: 2025,
      toYear: 2026,
      levels: [
        {
          skillLevel: 'level-4',
          fromHeadcount: 6,
          toHeadcount: 6,
          fromMeanAnnual: 57_000,
          toMeanAnnual: 63_000,
          changePercent: 10.5,
        },
        {
          skillLevel: 'level-2',
          fromHeadcount: 3,
          toHeadcount: 6,
          fromMeanAnnual: null,
          toMeanAnnual: 101_000,
          changePercent: null,
        },
        {
          skillLevel: 'level-1',
          fromHeadcount: 0,
          toHeadcount: 5,
          fromMeanAnnual: null,
          toMeanAnnual: 120_000,
          changePercent: null,
        },
      ],
    });
  });

  it('names the chapters of the articles a case cites, in the guideline’s order', () => {
    expect(chaptersOfArticles([31, 20, 25, 21])).toEqual(['post-pay', 'performance-pay', 'allowances']);
    expect(chaptersOfArticles([])).toEqual([]);
  });
});
