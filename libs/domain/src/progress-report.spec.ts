import { ReportCadence } from './benchmark';
import { SkillLevel } from './enterprise';
import {
  AdoptionStatus,
  emptyAdoption,
  emptyIndicators,
  isReportOverdue,
  owedReportPeriods,
  parseReportPeriod,
  PostEvaluationMethod,
  ProgressReportAction,
  PROGRESS_REPORT_WORKFLOW,
  ProgressReportStatus,
  reportPeriodLabel,
  reportPeriods,
  submissionProblems,
} from './progress-report';
import { actionsFrom } from './workflow';

describe('report periods and due dates', () => {
  it('splits a year into 12 months due on the 10th of the next month', () => {
    const months = reportPeriods(2026, ReportCadence.Monthly);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({
      key: '2026-01',
      cadence: ReportCadence.Monthly,
      year: 2026,
      startsOn: '2026-01-01',
      endsOn: '2026-01-31',
      dueOn: '2026-02-10',
    });
    // February of a non-leap year ends on the 28th; December's report is due in the next year
    expect([months[1].endsOn, months[1].dueOn]).toEqual(['2026-02-28', '2026-03-10']);
    expect(parseReportPeriod('2028-02')?.endsOn).toBe('2028-02-29');
    expect(months[11].dueOn).toBe('2027-01-10');
  });

  it('splits a year into 4 quarters due on the 15th of the month after the quarter', () => {
    expect(
      reportPeriods(2026, ReportCadence.Quarterly).map((p) => [p.key, p.startsOn, p.endsOn, p.dueOn]),
    ).toEqual([
      ['2026-Q1', '2026-01-01', '2026-03-31', '2026-04-15'],
      ['2026-Q2', '2026-04-01', '2026-06-30', '2026-07-15'],
      ['2026-Q3', '2026-07-01', '2026-09-30', '2026-10-15'],
      ['2026-Q4', '2026-10-01', '2026-12-31', '2027-01-15'],
    ]);
  });

  it('refuses keys that are not periods', () => {
    for (const key of ['2026-13', '2026-00', '2026-Q5', '2026-1', 'Q1-2026', '']) {
      expect(parseReportPeriod(key)).toBeNull();
    }
  });

  it('owes the periods ending after the approval that have begun, overdue the day after the due date', () => {
    // approved on 2026-05-20, looked at on 2026-10-16
    const owed = owedReportPeriods(2026, ReportCadence.Quarterly, '2026-05-20', '2026-10-16');
    expect(owed.map((p) => p.key)).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
    expect(owed.map((p) => isReportOverdue(p, '2026-10-15'))).toEqual([true, false, false]);
    expect(owed.map((p) => isReportOverdue(p, '2026-10-16'))).toEqual([true, true, false]);
  });

  it('labels periods in both languages', () => {
    expect(reportPeriodLabel('2026-Q3', 'zh-CN')).toBe('2026年第3季度');
    expect(reportPeriodLabel('2026-Q3', 'en')).toBe('Q3 2026');
    expect(reportPeriodLabel('2026-03', 'zh-CN')).toBe('2026年3月');
    expect(reportPeriodLabel('2026-03', 'en')).toBe('Mar 2026');
  });
});

describe('report workflow', () => {
  it('lets the enterprise submit a draft, the bureau accept or return it, and a returned one be revised', () => {
    expect(actionsFrom(PROGRESS_REPORT_WORKFLOW, ProgressReportStatus.Draft)).toEqual([
      ProgressReportAction.Submit,
    ]);
    expect(actionsFrom(PROGRESS_REPORT_WORKFLOW, ProgressReportStatus.Submitted)).toEqual([
      ProgressReportAction.Accept,
      ProgressReportAction.Return,
    ]);
    expect(actionsFrom(PROGRESS_REPORT_WORKFLOW, ProgressReportStatus.Returned)).toEqual([
      ProgressReportAction.Revise,
    ]);
    expect(actionsFrom(PROGRESS_REPORT_WORKFLOW, ProgressReportStatus.Accepted)).toEqual([]);
  });
});

describe('what a report needs before submission', () => {
  it('asks for the details of each adopted element, a narrative, skill levels and the wage bill', () => {
    const adoption = emptyAdoption();
    adoption.careerChannel.status = AdoptionStatus.Adopted;
    adoption.postEvaluation = { status: AdoptionStatus.Adopted, method: PostEvaluationMethod.PointFactor };
    adoption.allowances.status = AdoptionStatus.InProgress; // details only once adopted
    const indicators = emptyIndicators();
    indicators.skillLevels = [
      {
        level: SkillLevel.Level3,
        headcount: 139,
        averagePay: null,
        previousHeadcount: null,
        previousAveragePay: null,
      },
    ];
    expect(submissionProblems(adoption, indicators, '  ')).toEqual([
      { field: 'adoption.careerChannel.gradeCount', code: 'detail-required' },
      { field: 'narrative', code: 'narrative-required' },
      { field: 'indicators.skillLevels.0.averagePay', code: 'value-required' },
      { field: 'indicators.wageBill', code: 'value-required' },
    ]);

    adoption.careerChannel.gradeCount = 8;
    indicators.skillLevels[0].averagePay = 99_400;
    indicators.wageBill = 12_000;
    expect(submissionProblems(adoption, indicators, '已建立八级技能等级通道')).toEqual([]);
  });

  it('needs at least one skill level', () => {
    expect(submissionProblems(emptyAdoption(), { ...emptyIndicators(), wageBill: 1 }, '进展')).toEqual([
      { field: 'indicators.skillLevels', code: 'skill-levels-required' },
    ]);
  });
});
