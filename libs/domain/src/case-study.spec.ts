import {
  CaseAction,
  CaseStatus,
  CASE_WORKFLOW,
  chapterOfArticle,
  DEFAULT_CASE_RUBRIC,
  GuidelineChapter,
  reviewsDisagree,
  weightedTotal,
} from './case-study';
import { nextState } from './workflow';

const scores = (values: number[]) =>
  Object.fromEntries(DEFAULT_CASE_RUBRIC.criteria.map((criterion, i) => [criterion.key, values[i]]));

describe('case review rubric (docs/case-studies.md)', () => {
  it('weighs the default rubric’s five criteria 25/20/25/15/15 on a 1–5 scale', () => {
    // (25·4 + 20·5 + 25·3 + 15·4 + 15·5) / 5 = 410 / 5 = 82
    expect(weightedTotal(DEFAULT_CASE_RUBRIC, scores([4, 5, 3, 4, 5]))).toBe(82);
    // (25·3 + 20·4 + 25·3 + 15·3 + 15·4) / 5 = 335 / 5 = 67
    expect(weightedTotal(DEFAULT_CASE_RUBRIC, scores([3, 4, 3, 3, 4]))).toBe(67);
    expect(weightedTotal(DEFAULT_CASE_RUBRIC, scores([4, 5, 3, 4]))).toBeNull();
  });

  it('flags totals further apart than the threshold (15), so a third reviewer is added', () => {
    expect(reviewsDisagree(DEFAULT_CASE_RUBRIC, [82, 67])).toBe(false);
    expect(reviewsDisagree(DEFAULT_CASE_RUBRIC, [82, 40])).toBe(true);
    expect(reviewsDisagree(DEFAULT_CASE_RUBRIC, [82])).toBe(false);
  });
});

describe('guideline chapters of 人社厅发〔2021〕7号', () => {
  it('places each article in its chapter (arts. 5–44)', () => {
    expect(chapterOfArticle(5)).toBe(GuidelineChapter.CareerChannel);
    expect(chapterOfArticle(20)).toBe(GuidelineChapter.PostPay);
    expect(chapterOfArticle(28)).toBe(GuidelineChapter.Allowances);
    expect(chapterOfArticle(44)).toBe(GuidelineChapter.HighSkillLeaders);
    expect(chapterOfArticle(4)).toBeNull();
    expect(chapterOfArticle(45)).toBeNull();
  });
});

describe('case workflow', () => {
  it('sends a returned or revision-requested case back through submission', () => {
    expect(nextState(CASE_WORKFLOW, CaseStatus.Returned, CaseAction.Submit)).toBe(CaseStatus.Submitted);
    expect(nextState(CASE_WORKFLOW, CaseStatus.RevisionRequested, CaseAction.Submit)).toBe(
      CaseStatus.Submitted,
    );
    expect(nextState(CASE_WORKFLOW, CaseStatus.Submitted, CaseAction.Select)).toBeNull();
  });
});
