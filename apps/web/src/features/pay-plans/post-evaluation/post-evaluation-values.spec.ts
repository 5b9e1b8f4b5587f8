import { evaluatePosts } from '@skillpay/paycalc';
import { calculate } from '../shared/live-calculation';
import {
  defaultPostEvaluationValues,
  postEvaluationFieldPath,
  type PostEvaluationFormValues,
  postEvaluationInputOf,
  postEvaluationValuesOf,
} from './post-evaluation-values';

describe('post-evaluation form ↔ evaluatePosts input', () => {
  it('scores the default posts: 1,000 points, weights 40/30/15/15, five levels', () => {
    const result = evaluatePosts(postEvaluationInputOf(defaultPostEvaluationValues()));
    // 设备维修工 levels 5/4/3/3: 400 + 240 + 90 + 90 = 820
    expect(result.posts.find((post) => post.key === '设备维修工')).toMatchObject({
      points: '820.00',
      rank: 1,
      grade: '四岗',
    });
    // 装配工 3/2/3/3: 240 + 120 + 90 + 90 = 540
    expect(result.posts.find((post) => post.key === '装配工')).toMatchObject({
      points: '540.00',
      grade: '一岗',
    });
  });

  it('keys custom factors by position and sends their names; post levels follow the factor order', () => {
    const values: PostEvaluationFormValues = {
      ...defaultPostEvaluationValues(),
      factors: [
        ...defaultPostEvaluationValues().factors.slice(0, 3),
        { kind: 'custom', label: ' 安全风险 ', weightPercent: '15', levels: 3 },
      ],
    };
    const input = postEvaluationInputOf(values);
    expect(input.factors[3]).toEqual({ key: 'custom-4', label: '安全风险', weightPercent: '15', levels: 3 });
    expect(input.posts[0].levels).toEqual({ skill: 3, responsibility: 2, intensity: 3, 'custom-4': 3 });
    expect(postEvaluationInputOf(postEvaluationValuesOf(input))).toEqual(input);
  });

  it('names the form field of each calculator error', () => {
    const values = defaultPostEvaluationValues();
    const weights = calculate(() =>
      evaluatePosts(
        postEvaluationInputOf({
          ...values,
          factors: values.factors.map((factor) => ({ ...factor, weightPercent: '20' })),
        }),
      ),
    );
    expect(weights.error?.code).toBe('not-100-percent');
    expect(postEvaluationFieldPath(values)(weights.error?.field ?? '')).toBe('factors');

    const level = calculate(() =>
      evaluatePosts(postEvaluationInputOf({ ...values, posts: [{ label: '焊工', levels: [3, 3, 6, 4] }] })),
    );
    expect(level.error).toMatchObject({ code: 'out-of-range', field: 'posts[0].levels.intensity' });
    expect(postEvaluationFieldPath(values)(level.error?.field ?? '')).toBe('posts.0.levels.2');

    const duplicate = calculate(() =>
      evaluatePosts(
        postEvaluationInputOf({
          ...values,
          posts: [...values.posts, { label: '焊工', levels: [1, 1, 1, 1] }],
        }),
      ),
    );
    expect(postEvaluationFieldPath(values)(duplicate.error?.field ?? '')).toBe('posts.4.label');
    expect(postEvaluationFieldPath(values)('factors[1].key')).toBe('factors.1.kind');
  });
});
