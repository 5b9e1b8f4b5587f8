import { PostCategory } from '@skillpay/domain';
import fc from 'fast-check';
import { formatScaled, growthPercent, scaled } from '../decimal';
import { PaycalcError } from '../errors';
import {
  auxiliaryPool,
  distributePerformancePay,
  PerformanceBasis,
  type PerformancePayInput,
} from './performance-pay';

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof PaycalcError) return { code: error.code, field: error.field, limit: error.limit };
    throw error;
  }
  throw new Error('no PaycalcError');
};
const cents = (amount: string) => Math.round(Number(amount) * 100);

/** Unit pool 100,000 元; 运行 scored 600 points, 检修 400; members' accumulated points below. */
const plant: PerformancePayInput = {
  pool: 100_000,
  basis: PerformanceBasis.Points,
  departments: [
    {
      key: 'operations',
      label: '运行部',
      points: 600,
      members: [
        { key: 'a', measure: 120 },
        { key: 'b', measure: 100 },
        { key: 'c', measure: 80 },
      ],
    },
    {
      key: 'maintenance',
      label: '检修部',
      points: 400,
      members: [
        { key: 'd', measure: 50 },
        { key: 'e', measure: 150 },
      ],
    },
  ],
};

describe('performance pay by points (Qujing art. 8 (六) 3)', () => {
  it('shares the unit pool by department points, then each department pool by members’ points', () => {
    // departments: 100,000 ÷ 1,000 × 600 = 60,000 and × 400 = 40,000
    // 运行: 60,000 ÷ 300 × 120 = 24,000, × 100 = 20,000, × 80 = 16,000; 检修: 40,000 ÷ 200 × 50 = 10,000, × 150 = 30,000
    const result = distributePerformancePay(plant);
    expect(result.valuePerPoint).toBe('100.0000');
    expect(result.departments.map((d) => [d.key, d.label, d.pool, d.weightedTotal, d.valuePerUnit])).toEqual([
      ['operations', '运行部', '60000.00', '300.0000', '200.0000'],
      ['maintenance', '检修部', '40000.00', '200.0000', '200.0000'],
    ]);
    expect(result.departments.flatMap((d) => d.members.map((m) => [m.key, m.amount]))).toEqual([
      ['a', '24000.00'],
      ['b', '20000.00'],
      ['c', '16000.00'],
      ['d', '10000.00'],
      ['e', '30000.00'],
    ]);
    expect(result.departments[0].averagePerMember).toBe('20000.00');
    expect(result.roundingRule).toBe('largest-remainder');
    expect(result.sources.map((source) => source.article['zh-CN'])).toEqual(['第八条（六）3']);
  });

  it('takes a department’s points from its members when not given, and rounds so the parts add up to the pool', () => {
    // 1,000 元 over three departments of one member each: 333.34 / 333.33 / 333.33
    const result = distributePerformancePay({
      pool: 1000,
      basis: PerformanceBasis.Points,
      departments: ['x', 'y', 'z'].map((key) => ({ key, members: [{ key: `${key}1`, measure: 7 }] })),
    });
    expect(result.departments.map((d) => [d.points, d.pool])).toEqual([
      ['7.00', '333.34'],
      ['7.00', '333.33'],
      ['7.00', '333.33'],
    ]);
    expect(result.unitPoints).toBe('21.00');
    // 1,000 ÷ 21 = 47.6190 元 a point (shown; the shares are exact)
    expect(result.valuePerPoint).toBe('47.6190');
  });

  it('weights piece counts by category (skilled 1, management a %, technical b %) and coefficient', () => {
    // pieces 300 + 200 (skilled) + 200 × 50 % (management) + 100 × 80 % (technical) = 680; 6,800 元 → 10 元 a piece
    const result = distributePerformancePay({
      pool: '6800.00',
      basis: PerformanceBasis.Pieces,
      categoryWeights: { management: 50, technical: 80 },
      departments: [
        {
          key: 'workshop',
          points: 500,
          members: [
            { key: 'w1', measure: 300 },
            { key: 'w2', measure: 200, category: PostCategory.Skilled },
            { key: 'm1', measure: 200, category: PostCategory.Management },
            { key: 't1', measure: 100, category: PostCategory.Technical },
          ],
        },
      ],
    });
    const workshop = result.departments[0];
    expect(workshop.weightedTotal).toBe('680.0000');
    expect(workshop.members.map((m) => [m.key, m.weighted, m.amount])).toEqual([
      ['w1', '300.0000', '3000.00'],
      ['w2', '200.0000', '2000.00'],
      ['m1', '100.0000', '1000.00'],
      ['t1', '80.0000', '800.00'],
    ]);
    expect(result.sources.map((source) => source.article['zh-CN'])).toEqual([
      '第八条（六）3',
      '第八条（六）2',
    ]);

    // a coefficient of 1.2 on the first: 360 + 200 = 560 → 6,800 ÷ 560 × 360 = 4,371.43, × 200 = 2,428.57
    const weighted = distributePerformancePay({
      pool: 6800,
      basis: PerformanceBasis.Pieces,
      departments: [
        {
          key: 'workshop',
          points: 1,
          members: [
            { key: 'w1', measure: 300, coefficient: '1.2' },
            { key: 'w2', measure: 200 },
          ],
        },
      ],
    });
    expect(weighted.departments[0].members.map((m) => m.amount)).toEqual(['4371.43', '2428.57']);
  });

  it('pays case A’s new employee 1,420 元 by points where the fixed grade gave 495 元 (+186.87 %, “提高了1.9倍”)', () => {
    // the station's pool 28,400 元 over 2,840 points earned is 10 元 a point; the new employee's 142 points → 1,420
    const station = distributePerformancePay({
      pool: 28_400,
      basis: PerformanceBasis.Points,
      departments: [
        {
          key: 'station',
          label: 'N 供电所',
          members: [
            { key: 'new', measure: 142 },
            { key: 'v1', measure: 900 },
            { key: 'v2', measure: 898 },
            { key: 'v3', measure: 900 },
          ],
        },
      ],
    });
    expect(station.departments[0].valuePerUnit).toBe('10.0000');
    expect(station.departments[0].members.map((m) => [m.key, m.amount])).toEqual([
      ['new', '1420.00'],
      ['v1', '9000.00'],
      ['v2', '8980.00'],
      ['v3', '9000.00'],
    ]);
    // (1,420 − 495) ÷ 495 = 186.87 %
    expect(formatScaled(growthPercent(scaled(1420), scaled(495)))).toBe('186.87');
  });

  it('refuses bad input with the field named', () => {
    expect(errorOf(() => distributePerformancePay({ ...plant, pool: -1 }))).toMatchObject({
      code: 'negative',
      field: 'pool',
    });
    expect(errorOf(() => distributePerformancePay({ ...plant, pool: '100.005' }))).toMatchObject({
      code: 'too-many-decimals',
      field: 'pool',
      limit: 2,
    });
    expect(errorOf(() => distributePerformancePay({ ...plant, departments: [] }))).toMatchObject({
      code: 'empty',
      field: 'departments',
    });
    expect(
      errorOf(() =>
        distributePerformancePay({
          ...plant,
          departments: [plant.departments[0], { key: 'empty', points: 1, members: [] }],
        }),
      ),
    ).toMatchObject({ code: 'empty', field: 'departments[1].members' });
    expect(
      errorOf(() =>
        distributePerformancePay({
          ...plant,
          departments: [{ key: 'x', points: 10, members: [{ key: 'a', measure: -3 }] }],
        }),
      ),
    ).toMatchObject({ code: 'negative', field: 'departments[0].members[0].measure' });
    expect(
      errorOf(() =>
        distributePerformancePay({
          ...plant,
          departments: [{ key: 'x', points: 0, members: [{ key: 'a', measure: 3 }] }],
        }),
      ),
    ).toMatchObject({ code: 'zero-total', field: 'departments' });
    expect(
      errorOf(() =>
        distributePerformancePay({
          ...plant,
          departments: [{ key: 'x', points: 10, members: [{ key: 'a', measure: 0 }] }],
        }),
      ),
    ).toMatchObject({ code: 'zero-total', field: 'departments[0].members' });
    expect(
      errorOf(() =>
        distributePerformancePay({
          ...plant,
          basis: PerformanceBasis.Pieces,
          departments: [{ key: 'x', members: [{ key: 'a', measure: 3 }] }],
        }),
      ),
    ).toMatchObject({ code: 'missing', field: 'departments[0].points' });
    expect(
      errorOf(() => distributePerformancePay({ ...plant, categoryWeights: { management: 120 } })),
    ).toMatchObject({ code: 'out-of-range', field: 'categoryWeights.management', limit: 100 });
    expect(
      errorOf(() =>
        distributePerformancePay({
          ...plant,
          departments: [
            { key: 'x', members: [{ key: 'a', measure: 1, category: 'director' as PostCategory }] },
          ],
        }),
      ),
    ).toMatchObject({ code: 'unknown', field: 'departments[0].members[0].category' });
    expect(
      errorOf(() =>
        distributePerformancePay({
          ...plant,
          departments: [plant.departments[0], { ...plant.departments[1], key: 'operations' }],
        }),
      ),
    ).toMatchObject({ code: 'duplicate', field: 'departments[1].key' });
  });

  it('always adds departments up to the pool and members up to their department, to the cent (fast-check)', () => {
    const department = fc.record({
      points: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
      members: fc.array(
        fc.record({
          measure: fc.integer({ min: 0, max: 5_000 }),
          category: fc.constantFrom(...Object.values(PostCategory)),
          coefficient: fc.constantFrom('0.8', '1', '1.15', '1.5'),
        }),
        { minLength: 1, maxLength: 12 },
      ),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.array(department, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 100 }),
        (poolCents, departments, a) => {
          const input: PerformancePayInput = {
            pool: (poolCents / 100).toFixed(2),
            basis: PerformanceBasis.Points,
            categoryWeights: { management: a, technical: 100 - a },
            departments: departments.map((d, i) => ({
              key: `d${i}`,
              points: d.points,
              // one member always scores, so no department with points has nothing to share by
              members: d.members.map((m, j) => ({
                key: `m${j}`,
                ...m,
                measure: j === 0 ? m.measure + 1 : m.measure,
                category: j === 0 ? PostCategory.Skilled : m.category,
              })),
            })),
          };
          const result = distributePerformancePay(input);
          expect(result.departments.reduce((sum, d) => sum + cents(d.pool), 0)).toBe(poolCents);
          for (const d of result.departments) {
            expect(d.members.reduce((sum, m) => sum + cents(m.amount), 0)).toBe(cents(d.pool));
            for (const m of d.members) expect(cents(m.amount)).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('auxiliary staff pool (art. 27)', () => {
  it('allots each auxiliary head a share of the served staff’s average and shares the pool by coefficient', () => {
    // case A's new employees now average 1,420 元 a month; 80 % of it is 1,136 元 a head; three heads: 3,408 元,
    // shared 1 : 1.2 : 0.8 → 1,136.00 / 1,363.20 / 908.80
    const result = auxiliaryPool({
      servedAverage: 1420,
      ratioPercent: 80,
      members: [
        { key: 'store', coefficient: 1 },
        { key: 'crane', coefficient: '1.2' },
        { key: 'clean', coefficient: '0.8' },
      ],
    });
    expect([result.perHead, result.pool, result.headcount, result.note]).toEqual([
      '1136.00',
      '3408.00',
      3,
      null,
    ]);
    expect(result.members.map((m) => m.amount)).toEqual(['1136.00', '1363.20', '908.80']);
    expect(result.source.article['zh-CN']).toBe('第二十七条第三款');
  });

  it('notes a ratio outside 70–95 % (both ends inside) and shares by points too', () => {
    const at = (ratioPercent: number | string) =>
      auxiliaryPool({ servedAverage: 1000, ratioPercent, members: [{ key: 'a' }] }).note;
    expect([at(70), at(95), at('69.99'), at('95.01')]).toEqual([
      null,
      null,
      'below-typical-range',
      'above-typical-range',
    ]);
    // 1,000.01 × 2/3 = 666.67333… → 666.67 a head; 2 heads 1,333.34 by points 1 : 2 → 444.45 / 888.89
    const shared = auxiliaryPool({
      servedAverage: '1000.01',
      ratioPercent: '66.666667',
      members: [
        { key: 'a', points: 1 },
        { key: 'b', points: 2 },
      ],
    });
    expect(shared.perHead).toBe('666.67');
    expect(shared.members.map((m) => m.amount)).toEqual(['444.45', '888.89']);
    expect(
      errorOf(() => auxiliaryPool({ servedAverage: 1000, ratioPercent: 101, members: [{ key: 'a' }] })),
    ).toMatchObject({
      code: 'out-of-range',
      field: 'ratioPercent',
    });
    expect(
      errorOf(() => auxiliaryPool({ servedAverage: 1000, ratioPercent: 80, members: [] })),
    ).toMatchObject({
      code: 'empty',
      field: 'members',
    });
    expect(
      errorOf(() => auxiliaryPool({ servedAverage: -1, ratioPercent: 80, members: [{ key: 'a' }] })),
    ).toMatchObject({
      code: 'negative',
      field: 'servedAverage',
    });
  });
});
