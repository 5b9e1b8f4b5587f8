import fc from 'fast-check';
import { PaycalcError } from '../errors';
import { EvaluationFactor, evaluatePosts, type PostEvaluationInput } from './post-evaluation';

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof PaycalcError) return { code: error.code, field: error.field, limit: error.limit };
    throw error;
  }
  throw new Error('no PaycalcError');
};

const level = (skill: number, responsibility: number, intensity: number, conditions: number) => ({
  [EvaluationFactor.Skill]: skill,
  [EvaluationFactor.Responsibility]: responsibility,
  [EvaluationFactor.Intensity]: intensity,
  [EvaluationFactor.Conditions]: conditions,
});

/** 1,000 points: skill 40 % in 5 levels, responsibility 30 % in 5, intensity 20 % in 4, conditions 10 % in 4. */
const plant: PostEvaluationInput = {
  totalPoints: 1000,
  factors: [
    { key: EvaluationFactor.Skill, weightPercent: 40, levels: 5 },
    { key: EvaluationFactor.Responsibility, weightPercent: 30, levels: 5 },
    { key: EvaluationFactor.Intensity, weightPercent: 20, levels: 4 },
    { key: EvaluationFactor.Conditions, weightPercent: 10, levels: 4 },
  ],
  posts: [
    { key: 'packer', label: '包装工', levels: level(1, 1, 2, 1) },
    { key: 'welder', label: '焊工', levels: level(3, 3, 3, 3) },
    { key: 'maintenance', label: '维修电工', levels: level(4, 4, 2, 2) },
    { key: 'chief-operator', label: '主操', levels: level(5, 5, 3, 2) },
  ],
  bands: [
    { grade: 'G1', minPoints: 200 },
    { grade: 'G2', minPoints: 400 },
    { grade: 'G3', minPoints: 600 },
    { grade: 'G4', minPoints: 800 },
  ],
};

describe('post evaluation by point factors (arts. 17–19)', () => {
  it('scores posts by weighted factor levels and grades them by points bands', () => {
    const result = evaluatePosts(plant);
    expect(result.factors.map((factor) => [factor.key, factor.levelPoints])).toEqual([
      ['skill', ['80.00', '160.00', '240.00', '320.00', '400.00']],
      ['responsibility', ['60.00', '120.00', '180.00', '240.00', '300.00']],
      ['intensity', ['50.00', '100.00', '150.00', '200.00']],
      ['conditions', ['25.00', '50.00', '75.00', '100.00']],
    ]);
    expect(result.factors[0].label).toEqual({ 'zh-CN': '技能水平要求', en: 'Skill required' });
    // packer 80 + 60 + 100 + 25 = 265; welder 240 + 180 + 150 + 75 = 645; maintenance 320 + 240 + 100 + 50 = 710;
    // chief operator 400 + 300 + 150 + 50 = 900
    expect(
      result.posts.map((post) => [post.key, post.points, post.rank, post.grade, post.ratioToLowest]),
    ).toEqual([
      ['packer', '265.00', 4, 'G1', '1.0000'],
      ['welder', '645.00', 3, 'G3', '2.4340'],
      ['maintenance', '710.00', 2, 'G3', '2.6792'],
      ['chief-operator', '900.00', 1, 'G4', '3.3962'],
    ]);
    expect(result.posts[1].factorPoints).toEqual({
      skill: '240.00',
      responsibility: '180.00',
      intensity: '150.00',
      conditions: '75.00',
    });
    expect(result.bands).toEqual([
      { grade: 'G1', minPoints: '200.00', posts: ['packer'] },
      { grade: 'G2', minPoints: '400.00', posts: [] },
      { grade: 'G3', minPoints: '600.00', posts: ['maintenance', 'welder'] },
      { grade: 'G4', minPoints: '800.00', posts: ['chief-operator'] },
    ]);
    expect(result.ungraded).toEqual([]);
    expect(result.source.article['zh-CN']).toBe('第十七条、第十八条');
  });

  it('shares ranks on equal points', () => {
    const result = evaluatePosts({
      ...plant,
      posts: [
        // 240 + 180 + 100 + 75 = 595
        { key: 'a', levels: level(3, 3, 2, 3) },
        // 240 + 180 + 150 + 25 = 595
        { key: 'b', levels: level(3, 3, 3, 1) },
        // 400 + 120 + 50 + 25 = 595
        { key: 'c', levels: level(5, 2, 1, 1) },
        // 320 + 120 + 100 + 50 = 590
        { key: 'd', levels: level(4, 2, 2, 2) },
        // 240 + 180 + 150 + 50 = 620
        { key: 'e', levels: level(3, 3, 3, 2) },
      ],
    });
    expect(result.posts.map((post) => [post.key, post.points, post.rank, post.grade])).toEqual([
      ['a', '595.00', 2, 'G2'],
      ['b', '595.00', 2, 'G2'],
      ['c', '595.00', 2, 'G2'],
      ['d', '590.00', 5, 'G2'],
      ['e', '620.00', 1, 'G3'],
    ]);
  });

  it('puts a post exactly on a threshold into that band and one below the lowest band under none', () => {
    // skill 60 % in 5 levels: 120 … 600; conditions 40 % in 4 levels: 100 … 400
    const result = evaluatePosts({
      totalPoints: 1000,
      factors: [
        { key: EvaluationFactor.Skill, weightPercent: 60, levels: 5 },
        { key: EvaluationFactor.Conditions, weightPercent: 40, levels: 4 },
      ],
      posts: [
        // 480 + 200
        { key: 'above', levels: { skill: 4, conditions: 2 } },
        // 360 + 200: on the G2 line
        { key: 'on', levels: { skill: 3, conditions: 2 } },
        // 120 + 100: below G1
        { key: 'low', levels: { skill: 1, conditions: 1 } },
      ],
      bands: [
        { grade: 'G1', minPoints: 300 },
        { grade: 'G2', minPoints: '560.00' },
      ],
    });
    expect(result.posts.map((post) => [post.points, post.grade])).toEqual([
      ['680.00', 'G2'],
      ['560.00', 'G2'],
      ['220.00', null],
    ]);
    expect(result.bands[1].posts).toEqual(['above', 'on']);
    expect(result.ungraded).toEqual(['low']);
  });

  it('adds the level points as shown: three thirds of 1,000 points give 333.33, not 333.333…', () => {
    const result = evaluatePosts({
      totalPoints: 1000,
      factors: [
        { key: EvaluationFactor.Skill, weightPercent: '33.333333', levels: 1 },
        { key: EvaluationFactor.Responsibility, weightPercent: '33.333333', levels: 1 },
        { key: 'innovation', label: '创新贡献', weightPercent: '33.333334', levels: 1 },
      ],
      posts: [{ key: 'p', levels: { skill: 1, responsibility: 1, innovation: 1 } }],
    });
    expect(result.factors.map((factor) => factor.levelPoints[0])).toEqual(['333.33', '333.33', '333.33']);
    expect(result.factors[2].label).toEqual({ 'zh-CN': '创新贡献', en: '创新贡献' });
    expect(result.posts[0].points).toBe('999.99');
    expect(result.posts[0].grade).toBeNull();
    expect(result.bands).toEqual([]);
    expect(result.ungraded).toEqual([]);
  });

  it('refuses bad input with the field named', () => {
    expect(
      errorOf(() =>
        evaluatePosts({
          ...plant,
          factors: [{ ...plant.factors[0], weightPercent: 39 }, ...plant.factors.slice(1)],
        }),
      ),
    ).toEqual({ code: 'not-100-percent', field: 'factors', limit: 100 });
    expect(
      errorOf(() =>
        evaluatePosts({
          ...plant,
          posts: [{ key: 'x', levels: { skill: 1, responsibility: 1, intensity: 1 } }],
        }),
      ),
    ).toMatchObject({ code: 'missing', field: 'posts[0].levels.conditions' });
    expect(
      errorOf(() => evaluatePosts({ ...plant, posts: [{ key: 'x', levels: level(6, 1, 1, 1) }] })),
    ).toEqual({
      code: 'out-of-range',
      field: 'posts[0].levels.skill',
      limit: 5,
    });
    expect(
      errorOf(() =>
        evaluatePosts({ ...plant, posts: [{ key: 'x', levels: { ...level(1, 1, 1, 1), noise: 2 } }] }),
      ),
    ).toMatchObject({ code: 'unknown', field: 'posts[0].levels.noise' });
    expect(
      errorOf(() =>
        evaluatePosts({
          ...plant,
          bands: [
            { grade: 'G1', minPoints: 400 },
            { grade: 'G2', minPoints: 400 },
          ],
        }),
      ),
    ).toMatchObject({ code: 'not-rising', field: 'bands[1].minPoints' });
    expect(
      errorOf(() => evaluatePosts({ ...plant, factors: [{ key: 'custom', weightPercent: 100, levels: 3 }] })),
    ).toMatchObject({ code: 'missing', field: 'factors[0].label' });
    expect(errorOf(() => evaluatePosts({ ...plant, posts: [] }))).toMatchObject({
      code: 'empty',
      field: 'posts',
    });
    expect(
      errorOf(() =>
        evaluatePosts({ ...plant, posts: [plant.posts[0], { ...plant.posts[1], key: 'packer' }] }),
      ),
    ).toMatchObject({ code: 'duplicate', field: 'posts[1].key' });
    expect(errorOf(() => evaluatePosts({ ...plant, totalPoints: 0 }))).toMatchObject({
      code: 'not-positive',
    });
  });

  it('never scores a post lower for a higher level of any factor (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 3 }),
        (levels, raise) => {
          const caps = [5, 5, 4, 4];
          const base = levels.map((value, i) => Math.min(value, caps[i]));
          const higher = base.map((value, i) => (i === raise ? Math.min(value + 1, caps[i]) : value));
          const result = evaluatePosts({
            ...plant,
            posts: [
              { key: 'base', levels: level(base[0], base[1], base[2], base[3]) },
              { key: 'higher', levels: level(higher[0], higher[1], higher[2], higher[3]) },
            ],
          });
          expect(Number(result.posts[1].points)).toBeGreaterThanOrEqual(Number(result.posts[0].points));
          expect(result.posts[1].rank).toBeLessThanOrEqual(result.posts[0].rank);
        },
      ),
    );
  });
});
