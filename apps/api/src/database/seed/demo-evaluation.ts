import {
  AdoptionStatus,
  AllowanceType,
  DemonstrationUnitKind,
  emptyAdoption,
  emptyIndicators,
  GuidanceKind,
  GuidelinePart,
  HIGH_SKILL_LEVELS,
  HighSkillIncentive,
  owedReportPeriods,
  PayUnit,
  PerformancePayMethod,
  PilotStatus,
  PostEvaluationMethod,
  PROGRESS_REPORT_WORKFLOW,
  ProgressReportAction,
  type ProgressReportAdoption,
  type ProgressReportIndicators,
  ProgressReportStatus,
  ReportCadence,
  type ReportPeriod,
  Role,
  shiftIsoDays,
  TrainingAudience,
} from '@skillpay/domain';
import { defaultCheckRules } from '@skillpay/paycalc';
import { type EntityManager, In } from 'typeorm';
import { WorkflowTransitionEntity } from '../../common/workflow/workflow-transition.entity';
import { EnterpriseEntity } from '../../modules/enterprises/enterprise.entity';
import { GuidanceActivityEntity } from '../../modules/guidance/guidance-activity.entity';
import { PilotApplicationEntity } from '../../modules/pilots/pilot-application.entity';
import { ProgrammeEntity, ProgrammeStatus } from '../../modules/programmes/programme.entity';
import { reportChecks } from '../../modules/progress-reports/progress-report-content';
import { ProgressReportVersionEntity } from '../../modules/progress-reports/progress-report-version.entity';
import { ProgressReportEntity } from '../../modules/progress-reports/progress-report.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { DEMO_ACCOUNTS, DEMO_NON_PILOT_ENTERPRISES } from './demo-data';
import { DEMO_OUTCOME_YEAR, DEMO_OUTCOMES, DEMO_WAGE_YEAR, demoWageMeans } from './demo-wage-data';

/** The day the demo pilots were approved, in days from the load date (within 部署发动). */
export const DEMO_PILOTS_APPROVED_DAY = -70;

/**
 * Demo data of the evaluation phase (总结评估, 青人社字〔2021〕61号 三(三)): the pilots' accepted monthly
 * progress reports, adoption advancing from one period to the next at each pilot's own pace; the
 * city's earlier, closed programme in which non-pilot enterprises uploaded wage data; and the
 * trainings and 示范班 those non-pilots attended. The wage files themselves go through the upload
 * pipeline after the seed has committed (demo-benchmarks.ts, seedDemoOutcomeWages).
 */

/**
 * How far each pilot is, as a stage 0–5 in its first and latest report (see `adoptionAt`), and
 * its own choices. ent-a, ent-e and ent-i are far along; ent-b and ent-c start; ent-f declares
 * figures its wage data does not bear out (`declaresOff`).
 */
const PILOT_PROFILES: Record<
  string,
  {
    stages: [number, number];
    grades: number;
    steps: number;
    performancePay: PerformancePayMethod;
    postEvaluation: PostEvaluationMethod;
    skillAllowance: number;
    nightShifts: boolean;
    declaresOff?: boolean;
  }
> = {
  'ent-a': {
    stages: [4, 5],
    grades: 8,
    steps: 12,
    performancePay: PerformancePayMethod.Points,
    postEvaluation: PostEvaluationMethod.PointFactor,
    skillAllowance: 300,
    nightShifts: true,
  },
  'ent-b': {
    stages: [0, 1],
    grades: 5,
    steps: 8,
    performancePay: PerformancePayMethod.Pieces,
    postEvaluation: PostEvaluationMethod.Classification,
    skillAllowance: 200,
    nightShifts: false,
  },
  'ent-c': {
    stages: [0, 1],
    grades: 5,
    steps: 6,
    performancePay: PerformancePayMethod.Appraisal,
    postEvaluation: PostEvaluationMethod.Ranking,
    skillAllowance: 150,
    nightShifts: false,
  },
  'ent-d': {
    stages: [3, 4],
    grades: 7,
    steps: 10,
    performancePay: PerformancePayMethod.Points,
    postEvaluation: PostEvaluationMethod.PointFactor,
    skillAllowance: 280,
    nightShifts: true,
  },
  'ent-e': {
    stages: [3, 5],
    grades: 8,
    steps: 15,
    performancePay: PerformancePayMethod.TeamAllocation,
    postEvaluation: PostEvaluationMethod.FactorComparison,
    skillAllowance: 300,
    nightShifts: true,
  },
  'ent-f': {
    stages: [2, 3],
    grades: 6,
    steps: 10,
    performancePay: PerformancePayMethod.Pieces,
    postEvaluation: PostEvaluationMethod.PointFactor,
    skillAllowance: 200,
    nightShifts: true,
    declaresOff: true,
  },
  'ent-g': {
    stages: [1, 2],
    grades: 6,
    steps: 8,
    performancePay: PerformancePayMethod.Points,
    postEvaluation: PostEvaluationMethod.Classification,
    skillAllowance: 200,
    nightShifts: false,
  },
  'ent-h': {
    stages: [2, 3],
    grades: 8,
    steps: 12,
    performancePay: PerformancePayMethod.TeamAllocation,
    postEvaluation: PostEvaluationMethod.PointFactor,
    skillAllowance: 260,
    nightShifts: true,
  },
  'ent-i': {
    stages: [3, 5],
    grades: 9,
    steps: 15,
    performancePay: PerformancePayMethod.Points,
    postEvaluation: PostEvaluationMethod.PointFactor,
    skillAllowance: 350,
    nightShifts: true,
  },
};

export const DEMO_REPORTING_PILOTS = Object.keys(PILOT_PROFILES);

const status = (adopted: boolean, started: boolean) =>
  adopted ? AdoptionStatus.Adopted : started ? AdoptionStatus.InProgress : AdoptionStatus.NotStarted;

/**
 * Adoption at a stage: 1 channel, pay units and a skill allowance; 2 post evaluation, performance
 * pay and the mentor allowance; 3 steps per grade and the team-leader (and night-shift) allowances;
 * 4 incentives for high-skill leaders; 5 annual salaries for them too. The element of the next
 * stage is under way.
 */
export function adoptionAt(organisationKey: string, stage: number): ProgressReportAdoption {
  const profile = PILOT_PROFILES[organisationKey];
  const allowances: ProgressReportAdoption['allowances']['items'] = [];
  if (stage >= 1) allowances.push({ type: AllowanceType.Skill, amount: profile.skillAllowance });
  if (stage >= 2) allowances.push({ type: AllowanceType.Mentor, amount: 400 });
  if (stage >= 3) allowances.push({ type: AllowanceType.TeamLeader, amount: 500 });
  if (stage >= 3 && profile.nightShifts) allowances.push({ type: AllowanceType.NightShift, amount: 260 });
  const incentives =
    stage >= 5
      ? [HighSkillIncentive.SpecialAward, HighSkillIncentive.NegotiatedPay, HighSkillIncentive.AnnualSalary]
      : stage >= 4
        ? [HighSkillIncentive.SpecialAward, HighSkillIncentive.NegotiatedPay]
        : [];
  return {
    careerChannel: {
      status: status(stage >= 1, true),
      gradeCount: stage >= 1 ? profile.grades : null,
    },
    payUnits: {
      status: status(stage >= 1, stage >= 0),
      units: stage >= 1 ? [PayUnit.Post, PayUnit.Ability, PayUnit.Performance, PayUnit.Allowances] : [],
    },
    postEvaluation: {
      status: status(stage >= 2, stage >= 1),
      method: stage >= 2 ? profile.postEvaluation : null,
    },
    broadBand: { status: status(stage >= 3, stage >= 2), steps: stage >= 3 ? profile.steps : null },
    performancePay: {
      status: status(stage >= 2, stage >= 1),
      method: stage >= 2 ? profile.performancePay : null,
    },
    allowances: { status: status(stage >= 1, false), items: allowances },
    highSkillIncentives: { status: status(stage >= 4, stage >= 3), incentives },
  };
}

const NARRATIVES = [
  '已成立由企业负责人牵头的薪酬分配改革工作小组，正在梳理技能岗位设置和现行工资结构，对照《技能人才薪酬分配指引》查找差距；下一步拟建立技能人才职业发展通道。',
  '已建立技能人才职业发展通道，明确各职级的技能等级和任职条件；工资结构调整为岗位工资、能力工资、绩效工资和津贴补贴，并设立技能津贴；岗位评价和绩效工资分配办法正在制定。',
  '已完成岗位评价，按评价结果确定岗位工资标准；绩效工资按新的分配办法考核发放，设立师带徒津贴；下一步在各职级内设置多个薪档，实行一岗多薪。',
  '已实行一岗多薪，技能人才按考核结果和技能等级晋档；设立班组长津贴，夜班人员按班次发放夜班津贴；高技能领军人才激励办法正在研究。',
  '已对高技能领军人才实行专项特殊奖励和协议工资，首席技师、特级技师工资水平不低于本单位中层管理人员；技能人才工资增长与企业效益挂钩。',
  '已对高技能领军人才实行年薪制，高技能人才工资增幅高于管理人员；正在总结经验，准备参加全市示范班交流。',
];

/**
 * Key indicators from the enterprise's own payroll (the demo wage files): average pay of each skill
 * level this year (2026, annualised to date) and the year before (2025), management's, and totals
 * in 万元 for its whole workforce. ent-f types its figures in too generously: high-skill pay grown
 * about 11 % and management's 1.5 %, where its wage rows measure about 4.6 % and 4.1 %.
 */
export function declaredIndicators(
  organisationKey: string,
  registry: Pick<EnterpriseEntity, 'headcount' | 'skilledHeadcount'>,
  performanceShare: number,
): ProgressReportIndicators {
  const now = demoWageMeans(organisationKey, DEMO_OUTCOME_YEAR);
  const before = demoWageMeans(organisationKey, DEMO_WAGE_YEAR);
  const off = PILOT_PROFILES[organisationKey]?.declaresOff ?? false;
  const skillLevels = [...now.levels].map(([level, { mean }]) => {
    const headcount = registry.skilledHeadcount[level] ?? now.levels.get(level)!.headcount;
    const previous = before.levels.get(level)!.mean;
    return {
      level,
      headcount,
      averagePay: mean,
      previousHeadcount: Math.round(headcount * 0.96),
      previousAveragePay: off && HIGH_SKILL_LEVELS.includes(level) ? Math.round(previous * 0.94) : previous,
    };
  });
  const staff = registry.headcount;
  const wan = (yuan: number) => Math.round(yuan / 100) / 100;
  const wageBill = wan(staff * now.all);
  const wageBillPrevious = wan(Math.round(staff * 0.97) * before.all);
  const economicBenefitPrevious = Math.round(wageBillPrevious * 0.42);
  const skilledBill = wageBill * 0.68;
  return {
    ...emptyIndicators(),
    skillLevels,
    averagePay: now.all,
    averagePayPrevious: before.all,
    managementAveragePay: off ? Math.round(before.management * 1.015) : now.management,
    managementAveragePayPrevious: before.management,
    technicalAveragePay: now.technical,
    technicalAveragePayPrevious: before.technical,
    wageBill,
    wageBillPrevious,
    economicBenefit: Math.round(economicBenefitPrevious * 1.12),
    economicBenefitPrevious,
    labourProductivity: 52.8,
    labourProductivityPrevious: 48,
    educationFund: Math.round(wageBill * 0.085),
    educationFundFrontLine: Math.round(wageBill * 0.085 * 0.65),
    fixedPay: Math.round(skilledBill * (1 - performanceShare)),
    variablePay: Math.round(skilledBill * performanceShare),
  };
}

/** A moment `days` after an ISO day at `time` China time, never later than `now`. */
function at(day: string, days: number, time: string, now: Date): Date {
  const moment = new Date(`${shiftIsoDays(day, days)}T${time}+08:00`);
  return moment > now ? new Date(now.getTime() - 60_000) : moment;
}

/**
 * Every demo pilot's reports for the monthly periods of the programme that ended before `today`
 * since it became a pilot, each submitted a few days after its period and accepted by its
 * district (the city for 市直 enterprises; for 城阳区, without a demo account, the city takes its
 * step as for the pilots' recommendation). Returns how many reports were written.
 */
export async function seedDemoProgressReports(
  manager: EntityManager,
  programme: ProgrammeEntity,
  organisationIds: Map<string, string>,
  today: string,
): Promise<number> {
  const since = shiftIsoDays(today, DEMO_PILOTS_APPROVED_DAY);
  const periods: ReportPeriod[] = owedReportPeriods(
    programme.year,
    ReportCadence.Monthly,
    since,
    today,
  ).filter((period) => period.endsOn < today);
  if (periods.length === 0) return 0;
  const users = await manager.find(UserEntity, {
    where: { username: In([...DEMO_REPORTING_PILOTS, 'qd-city', 'qd-huangdao', 'qd-laoshan']) },
  });
  const user = (username: string) => users.find((candidate) => candidate.username === username)!;
  const reviewers: Record<string, UserEntity> = {
    '370211': user('qd-huangdao'),
    '370212': user('qd-laoshan'),
  };
  const now = new Date();
  let written = 0;
  for (const organisationKey of DEMO_REPORTING_PILOTS) {
    const account = DEMO_ACCOUNTS.find(
      (candidate) => candidate.organisationKey === organisationKey && candidate.role === Role.Enterprise,
    )!;
    const author = user(account.username);
    const enterprise = await manager.findOneOrFail(EnterpriseEntity, {
      where: { id: organisationIds.get(organisationKey)! },
      relations: { organisation: true },
    });
    const reviewer = reviewers[enterprise.organisation!.regionCode] ?? user('qd-city');
    const { stages } = PILOT_PROFILES[organisationKey];
    const indicators = declaredIndicators(
      organisationKey,
      enterprise,
      DEMO_OUTCOMES[organisationKey].performanceShare[DEMO_OUTCOME_YEAR],
    );
    for (const [index, period] of periods.entries()) {
      const stage =
        periods.length === 1
          ? stages[1]
          : // rounded down: the latest report takes the last step, so it shows a change since the one before
            Math.floor(stages[0] + ((stages[1] - stages[0]) * index) / (periods.length - 1));
      const content = {
        adoption: adoptionAt(organisationKey, stage),
        indicators,
        narrative: `${NARRATIVES[stage]}（示例数据）`,
      };
      const submittedAt = at(period.endsOn, 4, '10:30:00', now);
      const reviewedAt = at(period.endsOn, 7, '15:00:00', now);
      const report = await manager.save(
        ProgressReportEntity,
        manager.create(ProgressReportEntity, {
          programmeId: programme.id,
          enterpriseId: enterprise.id,
          period: period.key,
          dueOn: period.dueOn,
          status: ProgressReportStatus.Accepted,
          currentVersion: 1,
          firstSubmittedAt: submittedAt,
        }),
      );
      const comment =
        reviewer.username === 'qd-city' && enterprise.organisation!.regionCode !== '370200'
          ? '城阳区人社局已审核，同意（示例数据）。'
          : stage <= 1
            ? '请加快建立岗位评价和绩效工资分配办法，下次报送时说明进度（示例数据）。'
            : '进展符合一企一策方案安排，同意（示例数据）。';
      await manager.insert(ProgressReportVersionEntity, {
        reportId: report.id,
        version: 1,
        status: ProgressReportStatus.Accepted,
        ...content,
        checks: reportChecks(content, enterprise.ownership, programme),
        createdBy: author.id,
        submittedAt,
        submittedBy: author.id,
        reviewedAt,
        reviewedBy: reviewer.id,
        reviewComment: comment,
        createdAt: submittedAt,
      });
      await manager.insert(WorkflowTransitionEntity, [
        {
          workflow: PROGRESS_REPORT_WORKFLOW.name,
          subjectId: report.id,
          action: ProgressReportAction.Submit,
          fromState: ProgressReportStatus.Draft,
          toState: ProgressReportStatus.Submitted,
          actorId: author.id,
          actorOrganisationId: author.organisationId,
          reason: null,
          createdAt: submittedAt,
        },
        {
          workflow: PROGRESS_REPORT_WORKFLOW.name,
          subjectId: report.id,
          action: ProgressReportAction.Accept,
          fromState: ProgressReportStatus.Submitted,
          toState: ProgressReportStatus.Accepted,
          actorId: reviewer.id,
          actorOrganisationId: reviewer.organisationId,
          reason: comment,
          createdAt: reviewedAt,
        },
      ]);
      written += 1;
    }
  }
  return written;
}

/**
 * Trainings and 示范班 of the demo programme, their attendee lists naming pilots and non-pilot
 * enterprises alike: who the programme reached beyond its pilots ("带动一批").
 */
export async function seedDemoTrainings(
  manager: EntityManager,
  programmeId: string,
  organisationIds: Map<string, string>,
  today: string,
): Promise<number> {
  const officers = await manager.findBy(UserEntity, {
    username: In(['qd-city', 'qd-huangdao', 'qd-laoshan']),
  });
  const officer = (username: string) => officers.find((candidate) => candidate.username === username)!;
  const ids = (keys: string[]) => keys.map((key) => organisationIds.get(key)!);
  const activities = [
    {
      kind: GuidanceKind.Training,
      day: -40,
      by: 'qd-city',
      regionCode: '370200',
      title: '《技能人才薪酬分配指引》专项培训班（第一期）（示例数据）',
      attendees: ['ent-a', 'ent-b', 'ent-e', 'ent-i', 'np-a', 'np-b', 'np-d'],
      audiences: [TrainingAudience.HrManagers],
      attendeeCount: 46,
      parts: [GuidelinePart.CareerChannel, GuidelinePart.PostEvaluation, GuidelinePart.PerformancePay],
      outcome: '讲解职业发展通道、岗位评价和绩效工资分配方法，发放薪酬分配指引汇编（示例数据）。',
    },
    {
      kind: GuidanceKind.Training,
      day: -25,
      by: 'qd-huangdao',
      regionCode: '370211',
      title: '黄岛区技能人才薪酬分配专题培训（示例数据）',
      attendees: ['ent-a', 'ent-f', 'np-a', 'np-b'],
      audiences: [TrainingAudience.Owners, TrainingAudience.HrManagers],
      attendeeCount: 28,
      parts: [GuidelinePart.PostPayTable, GuidelinePart.PerformancePay, GuidelinePart.Allowances],
      outcome: '企业经营者和人力资源负责人共同参训，交流一岗多薪和计件工资做法（示例数据）。',
    },
    {
      kind: GuidanceKind.DemonstrationClass,
      day: -12,
      by: 'qd-city',
      regionCode: '370200',
      title: '技能人才薪酬分配示范班（海联重装现场教学）（示例数据）',
      attendees: ['ent-i', 'ent-d', 'ent-g', 'np-c', 'np-d'],
      audiences: [],
      attendeeCount: 35,
      parts: [GuidelinePart.PostEvaluation, GuidelinePart.HighSkillLeaderIncentives],
      outcome: '现场观摩岗位评价和高技能领军人才年薪制做法，参训企业交流落实计划（示例数据）。',
    },
    {
      kind: GuidanceKind.DemonstrationClass,
      day: -8,
      by: 'qd-laoshan',
      regionCode: '370212',
      title: '崂山区技能人才薪酬分配示范班（蓝湾生物制药）（示例数据）',
      attendees: ['ent-d', 'ent-c', 'ent-g', 'np-c'],
      audiences: [],
      attendeeCount: 22,
      parts: [GuidelinePart.CareerChannel, GuidelinePart.PerformancePay],
      outcome: '介绍技能等级与岗位工资挂钩、绩效工资按积分分配的做法（示例数据）。',
    },
  ];
  await manager.insert(
    GuidanceActivityEntity,
    activities.map((activity) => ({
      kind: activity.kind,
      occurredOn: shiftIsoDays(today, activity.day),
      title: activity.title,
      programmeId,
      organisationId: officer(activity.by).organisationId,
      regionCode: activity.regionCode,
      enterpriseIds: ids(activity.attendees),
      officerIds: [officer(activity.by).id],
      guidelineParts: activity.parts,
      outcome: activity.outcome,
      trainingAudiences: activity.audiences,
      attendeeCount: activity.attendeeCount,
      createdBy: officer(activity.by).id,
    })),
  );
  return activities.length;
}

/**
 * The city's earlier work plan, closed: the non-pilot enterprises took part in it (approved) and
 * uploaded their 2025 and 2026 wage files to it. Returns 1 when it was created.
 */
export const DEMO_EARLIER_PROGRAMME = {
  title: '青岛市企业技能人才薪酬状况专项调查工作方案',
  documentNumber: '青人社办字〔2025〕18号',
  issuingBodies: ['青岛市人力资源和社会保障局'],
  regionCode: '370200',
  year: 2025,
};

export async function seedDemoEarlierProgramme(
  manager: EntityManager,
  organisationIds: Map<string, string>,
): Promise<number> {
  const exists = await manager.existsBy(ProgrammeEntity, {
    documentNumber: DEMO_EARLIER_PROGRAMME.documentNumber,
    regionCode: DEMO_EARLIER_PROGRAMME.regionCode,
  });
  if (exists) return 0;
  const programme = await manager.save(
    ProgrammeEntity,
    manager.create(ProgrammeEntity, {
      ...DEMO_EARLIER_PROGRAMME,
      status: ProgrammeStatus.Closed,
      template: null,
      checkRules: defaultCheckRules(DEMO_EARLIER_PROGRAMME.regionCode),
      createdBy: null,
    }),
  );
  const decidedAt = new Date('2025-04-15T10:00:00+08:00');
  await manager.insert(
    PilotApplicationEntity,
    DEMO_NON_PILOT_ENTERPRISES.map((enterprise) => ({
      programmeId: programme.id,
      enterpriseId: organisationIds.get(enterprise.organisationKey)!,
      status: PilotStatus.Approved,
      reasons: '参加全市技能人才薪酬状况专项调查，按年度报送职工工资数据（示例数据）。',
      priorityCategories: enterprise.priorityCategories,
      submittedAt: decidedAt,
      decidedAt,
    })),
  );
  return 1;
}

/** A non-pilot's adoption as its district recorded it: `adopted` fully, `underWay` in progress. */
function influencedAdoption(
  adopted: { skillAllowance?: number; performancePay?: PerformancePayMethod; postEvaluation?: boolean },
  underWay: { careerChannel?: boolean } = {},
): ProgressReportAdoption {
  const adoption = emptyAdoption();
  if (adopted.skillAllowance) {
    adoption.allowances = {
      status: AdoptionStatus.Adopted,
      items: [{ type: AllowanceType.Skill, amount: adopted.skillAllowance }],
    };
  }
  if (adopted.performancePay) {
    adoption.performancePay = { status: AdoptionStatus.Adopted, method: adopted.performancePay };
  }
  if (adopted.postEvaluation) {
    adoption.postEvaluation = { status: AdoptionStatus.Adopted, method: PostEvaluationMethod.PointFactor };
  }
  if (underWay.careerChannel) {
    adoption.careerChannel = { status: AdoptionStatus.InProgress, gradeCount: null };
  }
  return adoption;
}

/**
 * Non-pilots the districts recorded after the trainings and 示范班 of seedDemoTrainings (days
 * relative to the load date): three adopting something, one still only under way — 带动一批 in figures.
 */
export const DEMO_INFLUENCED_RECORDS: Array<{
  organisationKey: string;
  by: string;
  reportedDay: number;
  adoption: ProgressReportAdoption;
  note: string;
}> = [
  {
    organisationKey: 'np-a',
    by: 'qd-huangdao',
    reportedDay: -6,
    adoption: influencedAdoption(
      { skillAllowance: 200, performancePay: PerformancePayMethod.Points },
      { careerChannel: true },
    ),
    note: '参加区专题培训后，按技能等级设立技能津贴，车间绩效改为计点分配；职业发展通道正在设计（示例数据）。',
  },
  {
    organisationKey: 'np-b',
    by: 'qd-huangdao',
    reportedDay: -4,
    adoption: influencedAdoption({}, { careerChannel: true }),
    note: '已启动职业发展通道设计，尚未形成制度（示例数据）。',
  },
  {
    organisationKey: 'np-c',
    by: 'qd-laoshan',
    reportedDay: -2,
    adoption: influencedAdoption({ postEvaluation: true, skillAllowance: 150 }),
    note: '参加崂山区示范班后，用要素计分法完成岗位评价，设立技能津贴（示例数据）。',
  },
  {
    organisationKey: 'np-d',
    by: 'qd-city',
    reportedDay: -5,
    adoption: influencedAdoption({ performancePay: PerformancePayMethod.Pieces, skillAllowance: 300 }),
    note: '参加市级示范班后，装配车间实行计件工资，设立技能津贴（示例数据）。',
  },
];

/**
 * The city's demonstration units (示范单位), marked last so their snapshots carry the figures: the
 * pilot furthest along as 示范企业, and 黄岛区, whose pilots and trainings lead, as 典型区市.
 */
export const DEMO_DEMONSTRATION_UNITS: Array<{
  kind: DemonstrationUnitKind;
  /** the enterprise's organisation key, for 示范企业 */
  organisationKey?: string;
  /** the district, for 典型区市 */
  regionCode?: string;
  reason: string;
}> = [
  {
    kind: DemonstrationUnitKind.Enterprise,
    organisationKey: 'ent-a',
    reason:
      '职业发展通道、岗位评价、一岗多薪和技能津贴全部落地，高技能人才工资增长快于管理人员，可在船舶装备行业推广（示例数据）。',
  },
  {
    kind: DemonstrationUnitKind.District,
    regionCode: '370211',
    reason: '试点企业全部按月报送进展，专题培训和示范班带动两家非试点企业跟进（示例数据）。',
  },
];
