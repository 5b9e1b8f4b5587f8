import { SkillLevel, UNRATED_SKILL_LEVEL } from '@skillpay/domain';
import fc from 'fast-check';
import { formatScaled } from '../decimal';
import { PaycalcError } from '../errors';
import { SkillLadderId, SKILL_LADDERS } from './ladders';
import { MarketPosition, placeBesideMarket } from './market';
import {
  buildPayTable,
  gradeStepAmounts,
  type PayTable,
  PayTableFill,
  PayTableForm,
  type PayTableInput,
} from './pay-table';

const firstSteps = (table: PayTable) => table.grades.map((grade) => grade.steps[0].value);
const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof PaycalcError) return { code: error.code, field: error.field, limit: error.limit };
    throw error;
  }
  throw new Error('no PaycalcError');
};

/** National eight levels, apprentice 1 → chief 3.8, 2,000 元, five steps of 3 %. */
const national: PayTableInput = {
  ladder: SkillLadderId.National,
  keyPoints: [
    { grade: SkillLevel.Apprentice, ratio: 1 },
    { grade: SkillLevel.Chief, ratio: '3.8' },
  ],
  fill: PayTableFill.Arithmetic,
  form: PayTableForm.Amount,
  base: 2000,
  steps: 5,
  stepIncrement: { percent: 3 },
};

describe('post pay table (arts. 20–24, Qujing annex 1)', () => {
  it('fills arithmetically between the lowest and the highest key point: 1 → 3.8 over 7 gaps is +0.4 a grade', () => {
    // 2,000 × (1 + 0.4k): 2,000, 2,800, … 7,600; steps +3 % of each grade's first step (60 … 228)
    const table = buildPayTable(national);
    expect(firstSteps(table)).toEqual(['2000', '2800', '3600', '4400', '5200', '6000', '6800', '7600']);
    expect(table.grades.map((grade) => grade.ratio)).toEqual([
      '1.0000',
      '1.4000',
      '1.8000',
      '2.2000',
      '2.6000',
      '3.0000',
      '3.4000',
      '3.8000',
    ]);
    expect(table.grades[0].steps.map((step) => step.value)).toEqual(['2000', '2060', '2120', '2180', '2240']);
    expect(table.grades[0].steps[4].amount).toBe('2240.00');
    expect(table.grades[7].stepIncrement).toBe('228');
    // (2,240 − 2,000) ÷ 2,000 = 12 %: four steps of 3 %
    expect(table.grades[0].spreadPercent).toBe('12.00');
    expect(table.crossGradeGaps.map((gap) => gap.value)).toEqual(Array(7).fill('800'));
    // arithmetic fill: equal differences, shrinking percentages (800 / 2,000 … 800 / 6,800)
    expect(table.crossGradeGaps[0].percent).toBe('40.00');
    expect(table.crossGradeGaps[6].percent).toBe('11.76');
    expect(table.grades.map((grade) => grade.keyPoint)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(table.warnings).toEqual([]);
    expect(table.sources.map((source) => source.article['zh-CN'])).toEqual([
      '第二十三条',
      '第二十四条',
      '第二十条',
      '第八条（四）及附件1',
    ]);
  });

  it('fills geometrically with one rounding of the exact root: 2,000 × 3^(k/7)', () => {
    // 2,000 × 3^(1/7) = 2,339.86 → 2,340; 3^(2/7) → 2,737.48 → 2,737; 3,202.66; 3,746.89; 4,383.60; 5,128.51; 6,000
    const table = buildPayTable({
      ...national,
      keyPoints: [
        { grade: SkillLevel.Apprentice, ratio: 1 },
        { grade: SkillLevel.Chief, ratio: 3 },
      ],
      fill: PayTableFill.Geometric,
      stepIncrement: { percent: 4 },
    });
    expect(firstSteps(table)).toEqual(['2000', '2340', '2737', '3203', '3747', '4384', '5129', '6000']);
    // 4 % of each rounded first step, rounded: 80, 93.6 → 94, 109.48 → 109, 128.12 → 128 …
    expect(table.grades.map((grade) => grade.stepIncrement)).toEqual([
      '80',
      '94',
      '109',
      '128',
      '150',
      '175',
      '205',
      '240',
    ]);
    // geometric: the gaps widen toward the top (340 … 871) at about 17 % each
    expect(table.crossGradeGaps.map((gap) => gap.value)).toEqual([
      '340',
      '397',
      '466',
      '544',
      '637',
      '745',
      '871',
    ]);
    expect(table.crossGradeGaps[0].percent).toBe('17.00');
  });

  it('gives exact powers where they exist: a custom ladder 1 → 1.331 is 1,000 / 1,100 / 1,210 / 1,331', () => {
    const table = buildPayTable({
      ladder: [
        { key: 'g1', label: '一岗' },
        { key: 'g2', label: '二岗' },
        { key: 'g3', label: '三岗' },
        { key: 'g4', label: '四岗' },
      ],
      keyPoints: [
        { grade: 'g1', ratio: 1 },
        { grade: 'g4', ratio: '1.331' },
      ],
      fill: PayTableFill.Geometric,
      form: PayTableForm.Amount,
      base: 1000,
      steps: 1,
      stepIncrement: { value: 0 },
    });
    expect(firstSteps(table)).toEqual(['1000', '1100', '1210', '1331']);
    expect(table.grades[1].label).toEqual({ 'zh-CN': '二岗', en: '二岗' });
    expect(table.grades[1].marketSkillLevel).toBeNull();
    // one step per grade (一岗一薪): no within-grade gap to compare
    expect(table.grades[3].steps).toEqual([{ step: 1, value: '1331', amount: '1331.00' }]);
    expect(table.grades[3].spreadPercent).toBe('0.00');
  });

  it("builds Qujing's eleven grades × 30 steps as coefficients × 基数值, filling each segment between benchmark grades", () => {
    // probation 1 → 三级 1.6 over 4 gaps (+0.15), then 1.6 → leading talent 4.0 over 6 gaps (+0.4)
    const table = buildPayTable({
      ladder: SkillLadderId.Qujing,
      keyPoints: [
        { grade: 'probation', ratio: 1 },
        { grade: SkillLevel.Level3, ratio: '1.6' },
        { grade: 'leading-talent', ratio: 4 },
      ],
      fill: PayTableFill.Arithmetic,
      form: PayTableForm.Coefficient,
      base: 1,
      pointValue: 2000,
      steps: 30,
      stepIncrement: { value: '0.02' },
    });
    expect(table.grades).toHaveLength(11);
    expect(table.decimals).toBe(3);
    expect(table.pointValue).toBe('2000');
    expect(firstSteps(table)).toEqual([
      '1.000',
      '1.150',
      '1.300',
      '1.450',
      '1.600',
      '2.000',
      '2.400',
      '2.800',
      '3.200',
      '3.600',
      '4.000',
    ]);
    // step 30 of probation: 1 + 29 × 0.02 = 1.58 → × 2,000 = 3,160 元
    expect(table.grades[0].steps[29]).toEqual({ step: 30, value: '1.580', amount: '3160.00' });
    expect(table.grades[10].steps[0].amount).toBe('8000.00');
    expect(table.grades.map((grade) => grade.marketSkillLevel)).toEqual([
      null,
      null,
      SkillLevel.Level5,
      SkillLevel.Level4,
      SkillLevel.Level3,
      SkillLevel.Level2,
      SkillLevel.Level1,
      null,
      null,
      null,
      null,
    ]);
    expect(table.grades.map((grade) => grade.keyPoint).filter(Boolean)).toHaveLength(3);
    expect(table.warnings).toEqual([]);
  });

  it('spans case D’s same-grade spread of 10–30 % (宽带薪酬) with five steps of 2.5 % or of 7.5 %', () => {
    // four steps of 2.5 % of the first step: 2,000 → 2,200 is 10 %; of 7.5 %: 2,000 → 2,600 is 30 %
    const narrow = buildPayTable({ ...national, stepIncrement: { percent: '2.5' } });
    expect(narrow.grades[0].steps.map((step) => step.value)).toEqual([
      '2000',
      '2050',
      '2100',
      '2150',
      '2200',
    ]);
    // every grade's first step is a multiple of 400, so each spread is exact: 7,600 → 8,360
    expect(narrow.grades.map((grade) => grade.spreadPercent)).toEqual(Array(8).fill('10.00'));
    expect(narrow.grades[7].steps[4].value).toBe('8360');
    const wide = buildPayTable({ ...national, stepIncrement: { percent: '7.5' } });
    expect(wide.grades[0].steps[4].value).toBe('2600');
    expect(wide.grades.map((grade) => grade.spreadPercent)).toEqual(Array(8).fill('30.00'));
    expect(wide.grades[7].steps[4].value).toBe('9880');
  });

  it('shows pay points without amounts until a 薪点值 is set, and with it amounts to the cent', () => {
    const input: PayTableInput = {
      ...national,
      form: PayTableForm.Points,
      base: 100,
      keyPoints: [
        { grade: SkillLevel.Apprentice, ratio: 1 },
        { grade: SkillLevel.Chief, ratio: '2.4' },
      ],
      stepIncrement: { value: 5 },
      steps: 3,
    };
    const points = buildPayTable(input);
    expect(firstSteps(points)).toEqual(['100', '120', '140', '160', '180', '200', '220', '240']);
    expect(points.grades[0].steps[0].amount).toBeNull();
    expect(() => gradeStepAmounts(points, SkillLevel.Apprentice)).toThrow(PaycalcError);
    const priced = buildPayTable({ ...input, pointValue: '23.45' });
    // 105 points × 23.45 元 = 2,462.25 元
    expect(priced.grades[0].steps[1]).toEqual({ step: 2, value: '105', amount: '2462.25' });
    expect(gradeStepAmounts(priced, SkillLevel.Apprentice)).toEqual(['2345.00', '2462.25', '2579.50']);
  });

  it('warns where a grade’s step gap exceeds the gap to the next grade (art. 23), naming both gaps', () => {
    // increments of 0.2 against cross-grade gaps of 0.15 in the lower segment, 0.4 above
    const table = buildPayTable({
      ladder: SkillLadderId.Qujing,
      keyPoints: [
        { grade: 'probation', ratio: 1 },
        { grade: SkillLevel.Level3, ratio: '1.6' },
        { grade: 'leading-talent', ratio: 4 },
      ],
      fill: PayTableFill.Arithmetic,
      form: PayTableForm.Coefficient,
      base: 1,
      steps: 10,
      stepIncrement: { value: '0.2' },
    });
    expect(table.warnings).toHaveLength(8);
    expect(table.warnings[0]).toEqual({
      code: 'within-grade-gap-exceeds-cross-grade-gap',
      grade: 'probation',
      lowerGrade: 'probation',
      upperGrade: 'general-worker',
      withinGap: '0.200',
      crossGap: '0.150',
    });
    expect(
      table.warnings.every((warning) => warning.code === 'within-grade-gap-exceeds-cross-grade-gap'),
    ).toBe(true);
    expect(table.warnings.map((warning) => 'upperGrade' in warning && warning.upperGrade)).not.toContain(
      SkillLevel.Level2,
    );
    // an equal step gap is not wider: no warning at exactly the cross-grade gap
    const equal = buildPayTable({ ...national, stepIncrement: { value: 800 } });
    expect(equal.warnings).toEqual([]);
    const wider = buildPayTable({ ...national, stepIncrement: { value: 801 } });
    expect(wider.warnings).toHaveLength(14);
  });

  it('warns when rounding makes two grades equal', () => {
    const table = buildPayTable({
      ...national,
      base: 10,
      keyPoints: [
        { grade: SkillLevel.Apprentice, ratio: 1 },
        { grade: SkillLevel.Chief, ratio: '1.2' },
      ],
      steps: 1,
    });
    // 10 × (1 + 0.2k/7): 10, 10.29 → 10, 10.57 → 11 …
    expect(firstSteps(table).slice(0, 3)).toEqual(['10', '10', '11']);
    expect(table.warnings[0]).toEqual({
      code: 'equal-grades-after-rounding',
      lowerGrade: SkillLevel.Apprentice,
      upperGrade: SkillLevel.Level5,
      value: '10',
    });
  });

  it('refuses bad input with the field named, never a NaN', () => {
    expect(errorOf(() => buildPayTable({ ...national, steps: 31 }))).toEqual({
      code: 'out-of-range',
      field: 'steps',
      limit: 30,
    });
    expect(errorOf(() => buildPayTable({ ...national, steps: 2.5 })).code).toBe('not-an-integer');
    expect(errorOf(() => buildPayTable({ ...national, base: -2000 }))).toMatchObject({
      code: 'negative',
      field: 'base',
    });
    expect(errorOf(() => buildPayTable({ ...national, base: '2000.5' }))).toMatchObject({
      code: 'too-many-decimals',
      field: 'base',
    });
    expect(errorOf(() => buildPayTable({ ...national, base: Number.NaN }))).toMatchObject({
      code: 'not-a-number',
    });
    const keyPoints = (...points: [string, number | string][]) =>
      points.map(([grade, ratio]) => ({ grade, ratio }));
    expect(
      errorOf(() =>
        buildPayTable({
          ...national,
          keyPoints: keyPoints([SkillLevel.Apprentice, 1], [SkillLevel.Level3, 2], [SkillLevel.Chief, 2]),
        }),
      ),
    ).toMatchObject({ code: 'not-rising', field: 'keyPoints[2].ratio' });
    expect(
      errorOf(() =>
        buildPayTable({
          ...national,
          keyPoints: keyPoints([SkillLevel.Apprentice, 1], [SkillLevel.Chief, 3], [SkillLevel.Level3, 4]),
        }),
      ),
    ).toMatchObject({ code: 'not-rising', field: 'keyPoints[2].grade' });
    expect(
      errorOf(() =>
        buildPayTable({ ...national, keyPoints: keyPoints([SkillLevel.Level5, 1], [SkillLevel.Chief, 3]) }),
      ),
    ).toMatchObject({ code: 'missing', field: 'keyPoints' });
    expect(
      errorOf(() =>
        buildPayTable({
          ...national,
          keyPoints: keyPoints([SkillLevel.Apprentice, 1], [SkillLevel.Special, 3]),
        }),
      ),
    ).toMatchObject({ code: 'missing', field: 'keyPoints' });
    expect(
      errorOf(() =>
        buildPayTable({
          ...national,
          keyPoints: keyPoints([SkillLevel.Apprentice, 2], [SkillLevel.Chief, 3]),
        }),
      ),
    ).toMatchObject({ code: 'out-of-range', field: 'keyPoints[0].ratio', limit: 1 });
    expect(
      errorOf(() =>
        buildPayTable({ ...national, keyPoints: keyPoints([SkillLevel.Apprentice, 1], ['foreman', 3]) }),
      ),
    ).toMatchObject({ code: 'unknown', field: 'keyPoints[1].grade' });
    expect(errorOf(() => buildPayTable({ ...national, keyPoints: [] }))).toMatchObject({ code: 'empty' });
    expect(errorOf(() => buildPayTable({ ...national, stepIncrement: { percent: -1 } }))).toMatchObject({
      code: 'negative',
      field: 'stepIncrement.percent',
    });
    expect(
      errorOf(() => buildPayTable({ ...national, form: PayTableForm.Coefficient, base: 1, pointValue: 0 })),
    ).toMatchObject({ code: 'not-positive', field: 'pointValue' });
    expect(
      errorOf(() =>
        buildPayTable({
          ...national,
          ladder: [
            { key: 'a', label: 'A' },
            { key: 'a', label: 'B' },
          ],
        }),
      ),
    ).toMatchObject({ code: 'duplicate', field: 'ladder[1].key' });
    expect(errorOf(() => buildPayTable({ ...national, ladder: [] }))).toMatchObject({
      code: 'empty',
      field: 'ladder',
    });
  });

  describe('invariants (fast-check)', () => {
    const input = fc
      .record({
        grades: fc.integer({ min: 2, max: 20 }),
        base: fc.integer({ min: 1, max: 50_000 }),
        // ratio steps in thousandths, each key point above the last
        rises: fc.array(fc.integer({ min: 1, max: 3_000 }), { minLength: 1, maxLength: 6 }),
        interior: fc.array(fc.integer({ min: 1, max: 18 }), { maxLength: 5 }),
        fill: fc.constantFrom(PayTableFill.Arithmetic, PayTableFill.Geometric),
        steps: fc.integer({ min: 1, max: 30 }),
        percent: fc.integer({ min: 0, max: 1_000 }),
        decimals: fc.integer({ min: 0, max: 2 }),
      })
      .map(({ grades, base, rises, interior, fill, steps, percent, decimals }) => {
        const positions = [...new Set([0, ...interior.filter((i) => i < grades - 1), grades - 1])].sort(
          (a, b) => a - b,
        );
        let ratio = 1000;
        const keyPoints = positions.map((position, index) => {
          if (index > 0) ratio += rises[index % rises.length];
          return { grade: `g${position}`, ratio: (ratio / 1000).toFixed(3) };
        });
        return {
          ladder: Array.from({ length: grades }, (_, i) => ({ key: `g${i}`, label: `${i + 1}岗` })),
          keyPoints,
          fill,
          form: PayTableForm.Amount,
          base,
          steps,
          stepIncrement: { percent: (percent / 100).toFixed(2) },
          decimals,
        } satisfies PayTableInput;
      });

    it('never falls from grade to grade, keeps key points at base × ratio, and steps in equal increments', () => {
      fc.assert(
        fc.property(input, (spec) => {
          const table = buildPayTable(spec);
          const values = table.grades.flatMap((grade) => grade.steps.map((step) => Number(step.value)));
          expect(values.every(Number.isFinite)).toBe(true);
          const first = firstSteps(table).map(Number);
          first.slice(1).forEach((value, i) => expect(value).toBeGreaterThanOrEqual(first[i]));
          for (const point of spec.keyPoints) {
            const grade = table.grades.find((candidate) => candidate.key === point.grade)!;
            // exact oracle in integers (doubles would round 1 × 1.005 to 1.00): base × ‰ × 10^d ÷ 1000, half up
            const thousandths = BigInt(Math.round(Number(point.ratio) * 1000));
            const units =
              (BigInt(spec.base) * thousandths * 10n ** BigInt(spec.decimals) * 2n + 1000n) / 2000n;
            expect(grade.steps[0].value).toBe(
              formatScaled(units * 10n ** BigInt(6 - spec.decimals), spec.decimals),
            );
          }
          for (const grade of table.grades) {
            const steps = grade.steps.map((step) => Math.round(Number(step.value) * 100));
            const gaps = steps.slice(1).map((value, i) => value - steps[i]);
            expect(new Set(gaps).size).toBeLessThanOrEqual(1);
            expect(gaps.every((gap) => gap >= 0)).toBe(true);
          }
          // a reported equal pair is exactly where adjacent first steps coincide
          const equalPairs = first.slice(1).filter((value, i) => value === first[i]).length;
          expect(table.warnings.filter((w) => w.code === 'equal-grades-after-rounding')).toHaveLength(
            equalPairs,
          );
        }),
        { numRuns: 300 },
      );
    });

    it('puts each geometric grade at or below the arithmetic one between the same key points (AM–GM)', () => {
      fc.assert(
        fc.property(input, (spec) => {
          const arithmetic = firstSteps(buildPayTable({ ...spec, fill: PayTableFill.Arithmetic })).map(
            Number,
          );
          const geometric = firstSteps(buildPayTable({ ...spec, fill: PayTableFill.Geometric })).map(Number);
          // a geometric mean never exceeds the arithmetic one (AM–GM), so each grade is at most the arithmetic value
          geometric.forEach((value, i) => expect(value).toBeLessThanOrEqual(arithmetic[i]));
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('market benchmarks beside the grades (art. 22)', () => {
  const table = buildPayTable(national);

  it('shows monthly P25 / P50 / P75 beside each grade with a benchmark level and where its first and top steps fall', () => {
    // market figures are annual; the table is monthly: 三级 (level-3) starts at 4,400 元, 132 元 a step
    const result = placeBesideMarket(table, [
      { skillLevel: SkillLevel.Level3, p25: 40_000, p50: 48_000, p75: '60000.00' },
      { skillLevel: SkillLevel.Level4, p25: 30_000, p50: 36_000, p75: 43_200 },
      { skillLevel: UNRATED_SKILL_LEVEL, p25: 1, p50: 2, p75: 3 },
    ]);
    const level3 = result.grades.find((grade) => grade.grade === SkillLevel.Level3)!;
    expect(table.grades.find((grade) => grade.key === SkillLevel.Level3)!.steps[0].value).toBe('4400');
    expect(level3.market).toEqual({ p25: '3333.33', p50: '4000.00', p75: '5000.00' });
    // 4,400 × 12 = 52,800 lies between P50 and P75; the top step 4,928 × 12 = 59,136 too
    expect(level3.firstStep).toBe(MarketPosition.P50ToP75);
    expect(level3.topStep).toBe(MarketPosition.P50ToP75);
    const level4 = result.grades.find((grade) => grade.grade === SkillLevel.Level4)!;
    // 3,600 × 12 = 43,200 = P75 exactly: still within P50–P75; 4,032 × 12 = 48,384 above
    expect(level4.firstStep).toBe(MarketPosition.P50ToP75);
    expect(level4.topStep).toBe(MarketPosition.AboveP75);
    const apprentice = result.grades.find((grade) => grade.grade === SkillLevel.Apprentice)!;
    expect(apprentice).toEqual({
      grade: SkillLevel.Apprentice,
      marketSkillLevel: SkillLevel.Apprentice,
      market: null,
      firstStep: null,
      topStep: null,
    });
    expect(result.source.article['zh-CN']).toBe('第二十二条');
  });

  it('matches grades mapped by the enterprise and refuses falling percentiles', () => {
    const mapped = buildPayTable({
      ...national,
      marketSkillLevels: { [SkillLevel.Chief]: SkillLevel.Level1 },
    });
    const result = placeBesideMarket(mapped, [{ skillLevel: SkillLevel.Level1, p25: 1, p50: 2, p75: 3 }]);
    expect(result.grades.filter((grade) => grade.market !== null).map((grade) => grade.grade)).toEqual([
      SkillLevel.Level1,
      SkillLevel.Chief,
    ]);
    expect(result.grades[7].firstStep).toBe(MarketPosition.AboveP75);
    expect(
      errorOf(() => placeBesideMarket(table, [{ skillLevel: SkillLevel.Level1, p25: 3, p50: 2, p75: 4 }])),
    ).toMatchObject({ code: 'not-rising', field: 'benchmarks[0].p50' });
    expect(
      errorOf(() => buildPayTable({ ...national, marketSkillLevels: { foreman: SkillLevel.Level1 } })),
    ).toMatchObject({ code: 'unknown', field: 'marketSkillLevels.foreman' });
  });

  it('lists the ladders of the sources', () => {
    expect(SKILL_LADDERS[SkillLadderId.National]).toHaveLength(8);
    expect(SKILL_LADDERS[SkillLadderId.Qujing].map((grade) => grade.label['zh-CN'])).toEqual([
      '见习期',
      '普工',
      '五级/初级工',
      '四级/中级工',
      '三级/高级工',
      '二级/技师',
      '一级/高级技师',
      '高级技能专家',
      '特级技能专家',
      '首席技能专家',
      '“高精尖缺”高技能领军人才',
    ]);
  });
});
