import { GuidelineChapter } from './case-study';
import { can } from './permissions';
import {
  answerParagraphs,
  diffParagraphs,
  formatBasis,
  normaliseAnswer,
  normalisePolicySearchText,
  POLICY_QA_WORKFLOW,
  PolicyQaAction,
  PolicyQaStatus,
  policyQaSearchText,
  policySearchTerms,
} from './policy-qa';
import { isPolicyTopic, POLICY_TOPIC_KEYS, POLICY_TOPICS, ProgrammeMeasureTopic } from './policy-topic';
import { Role } from './roles';
import { actionsFrom, makerBarred } from './workflow';

describe('policy Q&A (政策问答)', () => {
  it('tags by the chapters the case studies use, then by the programme measures', () => {
    // the eight chapters of 7号 (arts. 5–44) in article order, then the five measures
    expect(POLICY_TOPIC_KEYS).toHaveLength(14);
    expect(POLICY_TOPIC_KEYS[0]).toBe(GuidelineChapter.CareerChannel);
    expect(POLICY_TOPICS[GuidelineChapter.Allowances]).toEqual({
      label: { 'zh-CN': '津贴补贴', en: 'Allowances' },
      kind: 'chapter',
      articles: [28, 34],
    });
    expect(POLICY_TOPICS[ProgrammeMeasureTopic.WageBenchmarks].label['zh-CN']).toBe('工资价位发布');
    expect(isPolicyTopic('enterprise-guidance')).toBe(true);
    expect(isPolicyTopic('minimum-wage')).toBe(false);
  });

  it('cites a document with its article', () => {
    expect(formatBasis({ document: '人社厅发〔2021〕7号', article: '第二十八条' })).toBe(
      '人社厅发〔2021〕7号 第二十八条',
    );
    expect(formatBasis({ document: '青人社字〔2021〕61号', article: null })).toBe('青人社字〔2021〕61号');
  });

  it('keeps an answer as plain-text paragraphs, markup shown as typed', () => {
    const typed =
      '  技能津贴按技能等级确定。\r\n\r\n\t最低工资不含加班工资。\u0007\n<b>注</b>：以当地标准为准。  ';
    expect(normaliseAnswer(typed)).toBe(
      '技能津贴按技能等级确定。\n最低工资不含加班工资。\n<b>注</b>：以当地标准为准。',
    );
    expect(answerParagraphs(normaliseAnswer(typed))).toHaveLength(3);
  });

  it('normalises text and queries alike: full width, case and white space do not matter', () => {
    // ＡＮＮＵＡＬ Ｓａｌａｒｙ and 年薪 制 (full-width, a space) read as annualsalary / 年薪制
    expect(normalisePolicySearchText('首席技师 年薪 制 ＡＮＮＵＡＬ Ｓａｌａｒｙ ３０％')).toBe(
      '首席技师年薪制annualsalary30%',
    );
    expect(policySearchTerms('  技能津贴　最低工资 技能津贴 ')).toEqual(['技能津贴', '最低工资']);
    expect(policySearchTerms('')).toEqual([]);
    expect(policySearchTerms('a b c d e f g')).toHaveLength(5);
    const text = policyQaSearchText({
      question: '技能津贴能否计入最低工资？',
      answer: '不能。\n技能津贴是对技能的补偿。',
      basis: [{ document: '人社厅发〔2021〕7号', article: '第三十一条' }],
    });
    expect(text).toContain('技能津贴是对技能的补偿');
    expect(text).toContain('第三十一条');
  });

  it('compares two versions paragraph by paragraph', () => {
    const before = '首席技师可以实行年薪制。\n年薪由基本年薪和绩效年薪构成。\n具体由企业确定。';
    const after =
      '首席技师可以实行年薪制。\n年薪一般由基本年薪、绩效年薪构成，绩效年薪占比较高。\n具体由企业确定。';
    expect(diffParagraphs(before, after)).toEqual([
      { kind: 'same', text: '首席技师可以实行年薪制。' },
      { kind: 'removed', text: '年薪由基本年薪和绩效年薪构成。' },
      { kind: 'added', text: '年薪一般由基本年薪、绩效年薪构成，绩效年薪占比较高。' },
      { kind: 'same', text: '具体由企业确定。' },
    ]);
    expect(diffParagraphs('', 'a')).toEqual([{ kind: 'added', text: 'a' }]);
  });

  it('publishes through a second person and withdraws with a reason', () => {
    expect(actionsFrom(POLICY_QA_WORKFLOW, PolicyQaStatus.Draft)).toEqual([PolicyQaAction.Publish]);
    expect(actionsFrom(POLICY_QA_WORKFLOW, PolicyQaStatus.Published)).toEqual([PolicyQaAction.Withdraw]);
    expect(actionsFrom(POLICY_QA_WORKFLOW, PolicyQaStatus.Withdrawn)).toEqual([PolicyQaAction.Publish]);
    expect(makerBarred(POLICY_QA_WORKFLOW, PolicyQaAction.Publish, 'u1', 'u1')).toBe(true);
    expect(makerBarred(POLICY_QA_WORKFLOW, PolicyQaAction.Publish, 'u1', 'u2')).toBe(false);
    expect(POLICY_QA_WORKFLOW.actions.withdraw.reasonRequired).toBe(true);
  });

  it('lets the city bureau write, the districts read, nobody else', () => {
    expect(can(Role.CityBureau, 'policyQa', 'create')).toBe(true);
    expect(can(Role.DistrictBureau, 'policyQa', 'read')).toBe(true);
    expect(can(Role.DistrictBureau, 'policyQa', 'create')).toBe(false);
    expect(can(Role.Enterprise, 'policyQa', 'read')).toBe(false);
  });
});
