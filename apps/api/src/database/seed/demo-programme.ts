import {
  chinaToday,
  GuidanceKind,
  GuidelinePart,
  OrganisationType,
  PilotAction,
  PilotStatus,
  ProgrammeTemplateKey,
  PROGRAMME_TEMPLATES,
  ReportCadence,
  WorkingGroupRole,
  PILOT_WORKFLOW,
  shiftIsoDays,
  summariseTaskProgress,
  TaskStatus,
} from '@skillpay/domain';
import { defaultCheckRules } from '@skillpay/paycalc';
import { type EntityManager, In } from 'typeorm';
import { EnterpriseEntity } from '../../modules/enterprises/enterprise.entity';
import { PilotApplicationEntity } from '../../modules/pilots/pilot-application.entity';
import { WorkflowTransitionEntity } from '../../common/workflow/workflow-transition.entity';
import { seedDemoCaseReview } from './demo-case-review';
import { EnterprisePlansRepository } from '../../modules/pilots/enterprise-plans.repository';
import { txOf } from '../unit-of-work';
import { writeTemplate } from '../../modules/programmes/programme-template.repository';
import { ProgrammeQuotaEntity } from '../../modules/quotas/programme-quota.entity';
import { ProgrammeEntity, ProgrammeStatus } from '../../modules/programmes/programme.entity';
import { WorkingGroupMemberEntity } from '../../modules/working-group/working-group-member.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { DEMO_ENTERPRISES } from './demo-data';
import { ProgrammePhaseEntity } from '../../modules/programme-structure/programme-phase.entity';
import { ProgrammeTaskEntity } from '../../modules/ledger-tasks/programme-task.entity';
import { ProgrammeTaskResponsibleEntity } from '../../modules/ledger-tasks/programme-task-responsible.entity';
import { ProgrammeTaskUpdateEntity } from '../../modules/task-progress/programme-task-update.entity';
import { GuidanceActivityEntity } from '../../modules/guidance/guidance-activity.entity';
import { reportsProgress } from '../../modules/ledger-tasks/ledger-progress.service';
import { DEMO_PILOTS_APPROVED_DAY, seedDemoProgressReports, seedDemoTrainings } from './demo-evaluation';

/**
 * The demo programme: Qingdao's work plan 青人社字〔2021〕61号 from its template for 2026 (the pay
 * year before it is the demo wage data's), already active, with the city's bureaus, union and
 * federations as responsible organisations. Its dates are placed around the day it is loaded
 * (DEMO_PLAN_DAYS), so a newcomer always meets a live plan.
 */
export const DEMO_PROGRAMME = {
  title: '青岛市落实《技能人才薪酬分配指引》工作方案',
  documentNumber: '青人社字〔2021〕61号',
  issuingBodies: ['青岛市人力资源和社会保障局', '青岛市总工会', '青岛市企业联合会', '青岛市工商业联合会'],
  regionCode: '370200',
  year: 2026,
};

/**
 * The demo plan in days from the day it is loaded: 部署发动 is over, 服务指导 under way, 总结评估
 * ahead. Together with DEMO_REPORTS and the demo's pilots, guidance and release it shows some tasks
 * done, some in progress, one due within the week and a few overdue.
 */
export const DEMO_PLAN_DAYS: {
  phases: Record<string, [number, number]>;
  tasks: Record<string, number>;
} = {
  phases: { 部署发动: [-75, -45], 服务指导: [-45, 30], 总结评估: [31, 120] },
  tasks: {
    成立工作小组: -45,
    宣传发动: -45,
    // linked to the pilot quotas: the districts without pilots leave it open, overdue
    选取样本企业: -45,
    // linked to the guidance visits recorded
    一企一策指导: 30,
    专项培训: 5,
    // linked to the releases: the demo's published release completes it
    发布工资价位: 30,
    示范班: 120,
    案例精选: 120,
  },
};

/**
 * Manual progress reports of the demo bureaus, by task: every bureau set up its working group;
 * 宣传发动 left overdue with the city done, 黄岛区 at 60 % and 崂山区 at 20 %; 专项培训 started.
 */
const DEMO_REPORTS: Record<string, { all?: number; byRegion?: Record<string, number> }> = {
  成立工作小组: { all: 100 },
  宣传发动: { byRegion: { '370200': 100, '370211': 60, '370212': 20 } },
  专项培训: { byRegion: { '370211': 40 } },
};

/**
 * The working group 四(一) asks for: a deputy director leading, labour-relations and
 * vocational-skills divisions taking part. Fictional people with reserved demo numbers.
 */
const DEMO_WORKING_GROUP = [
  { name: '王建国（示例）', unit: '局领导', role: WorkingGroupRole.Leader, phone: '13800000001' },
  { name: '李晓梅（示例）', unit: '劳动关系处', role: WorkingGroupRole.DeputyLeader, phone: '13800000002' },
  { name: '赵志强（示例）', unit: '职业能力建设处', role: WorkingGroupRole.Member, phone: '13800000003' },
  { name: '陈静（示例）', unit: '劳动关系处', role: WorkingGroupRole.Liaison, phone: '13800000004' },
];

/**
 * Quotas the demo city set above the default 1–2 for its two pilot-rich districts, so that their
 * wage benchmarks have enough enterprises to be published.
 */
const DEMO_QUOTAS = [
  { regionCode: '370211', quota: 4 },
  { regionCode: '370212', quota: 3 },
];

/**
 * The demo enterprises as approved pilots of the demo programme (within its quotas), recommended by their district officer and approved by the city, each with its
 * 一企一策 plan, so reports and wage data can be submitted at once.
 */
async function seedDemoPilots(
  manager: EntityManager,
  programmeId: string,
  organisationIds: Map<string, string>,
  today: string,
) {
  const officers = await manager.findBy(UserEntity, {
    username: In(['qd-city', 'qd-huangdao', 'qd-laoshan']),
  });
  const officer = (username: string) => officers.find((user) => user.username === username)!;
  const districtOfficer: Record<string, UserEntity> = {
    '370211': officer('qd-huangdao'),
    '370212': officer('qd-laoshan'),
  };
  const cityOfficer = officer('qd-city');
  await manager.insert(
    ProgrammeQuotaEntity,
    DEMO_QUOTAS.map((quota) => ({ ...quota, programmeId })),
  );
  // chosen in 部署发动, ten weeks before the load date: long enough for two monthly reports
  const approvedAt = new Date(`${shiftIsoDays(today, DEMO_PILOTS_APPROVED_DAY)}T10:00:00+08:00`);
  for (const demo of DEMO_ENTERPRISES) {
    const enterprise = await manager.findOneOrFail(EnterpriseEntity, {
      where: { id: organisationIds.get(demo.organisationKey)! },
      relations: { organisation: true },
    });
    // districts without a demo account: the city bureau takes the district's step
    const recommender = districtOfficer[enterprise.organisation!.regionCode] ?? cityOfficer;
    const application = await manager.save(
      PilotApplicationEntity,
      manager.create(PilotApplicationEntity, {
        programmeId,
        enterpriseId: enterprise.id,
        status: PilotStatus.Approved,
        reasons: '企业自愿申报，已建立技能人才职业发展通道，具备开展薪酬分配改革的基础（示例数据）。',
        priorityCategories: demo.priorityCategories,
        submittedAt: approvedAt,
        decidedAt: approvedAt,
      }),
    );
    await manager.insert(WorkflowTransitionEntity, [
      {
        workflow: PILOT_WORKFLOW.name,
        subjectId: application.id,
        action: PilotAction.Recommend,
        fromState: PilotStatus.Submitted,
        toState: PilotStatus.Recommended,
        actorId: recommender.id,
        actorOrganisationId: recommender.organisationId,
        // a recommendation carries the district's opinion (推荐意见)
        reason: '企业申报材料齐全，劳动关系和谐，人力资源管理基础较好，同意推荐（示例数据）。',
      },
      {
        workflow: PILOT_WORKFLOW.name,
        subjectId: application.id,
        action: PilotAction.Approve,
        fromState: PilotStatus.Recommended,
        toState: PilotStatus.Approved,
        actorId: cityOfficer.id,
        actorOrganisationId: cityOfficer.organisationId,
        reason: null,
      },
    ]);
    await new EnterprisePlansRepository(manager.connection).create(
      application.id,
      enterprise.size,
      recommender.id,
      approvedAt,
      txOf(manager),
    );
  }
}

/** Places the template's phases and tasks around the load date (DEMO_PLAN_DAYS). */
async function placeDemoDates(manager: EntityManager, programmeId: string, today: string) {
  for (const [name, [starts, ends]] of Object.entries(DEMO_PLAN_DAYS.phases)) {
    await manager.update(
      ProgrammePhaseEntity,
      { programmeId, name },
      { startsOn: shiftIsoDays(today, starts), endsOn: shiftIsoDays(today, ends) },
    );
  }
  for (const [title, due] of Object.entries(DEMO_PLAN_DAYS.tasks)) {
    await manager.update(ProgrammeTaskEntity, { programmeId, title }, { dueOn: shiftIsoDays(today, due) });
  }
}

/** The bureaus' reports (DEMO_REPORTS), dated in the past, and the statuses they give their tasks. */
async function seedDemoReports(manager: EntityManager, programmeId: string, today: string) {
  const officers = await manager.findBy(UserEntity, {
    username: In(['qd-city', 'qd-huangdao', 'qd-laoshan']),
  });
  for (const [title, plan] of Object.entries(DEMO_REPORTS)) {
    const task = await manager.findOneByOrFail(ProgrammeTaskEntity, { programmeId, title });
    // the union and the federations report for themselves and have not yet: their parts stay open
    const reporters = (
      await manager.find(ProgrammeTaskResponsibleEntity, {
        where: { taskId: task.id },
        relations: { organisation: true },
      })
    )
      .map((row) => row.organisation!)
      .filter(reportsProgress);
    const reports = reporters.map((unit) => {
      const isBureau =
        unit.type === OrganisationType.CityBureau || unit.type === OrganisationType.DistrictBureau;
      const percent = isBureau ? (plan.all ?? plan.byRegion?.[unit.regionCode]) : undefined;
      return percent === undefined
        ? null
        : {
            taskId: task.id,
            organisationId: unit.id,
            // bureaus without a demo account reported through the city, as 四(四) has it
            authorId: officers.find((user) => user.organisationId === unit.id)?.id ?? null,
            note: percent === 100 ? '已完成（示例数据）。' : `按计划推进，已完成约${percent}%（示例数据）。`,
            status: percent === 100 ? TaskStatus.Done : TaskStatus.InProgress,
            percent,
            createdAt: new Date(`${shiftIsoDays(today, percent === 100 ? -50 : -10)}T10:00:00+08:00`),
          };
    });
    const made = reports.filter((report) => report !== null);
    if (made.length > 0) await manager.insert(ProgrammeTaskUpdateEntity, made);
    await manager.update(
      ProgrammeTaskEntity,
      { id: task.id },
      { status: summariseTaskProgress(reports).status },
    );
  }
}

/** 黄岛区 visited two of its four pilots: what the linked 一企一策指导 task counts. */
async function seedDemoGuidance(manager: EntityManager, programmeId: string, today: string) {
  const officer = await manager.findOneByOrFail(UserEntity, { username: 'qd-huangdao' });
  const pilots: Array<{ enterprise_id: string }> = await manager.query(
    `SELECT a.enterprise_id FROM pilot_application a JOIN organisation o ON o.id = a.enterprise_id
     WHERE a.programme_id = $1 AND o.region_code = '370211' ORDER BY o.name LIMIT 2`,
    [programmeId],
  );
  await manager.insert(
    GuidanceActivityEntity,
    pilots.map((pilot, index) => ({
      kind: GuidanceKind.Visit,
      occurredOn: shiftIsoDays(today, -20 + index * 10),
      title: '一企一策上门指导（示例数据）',
      programmeId,
      organisationId: officer.organisationId,
      regionCode: '370211',
      enterpriseIds: [pilot.enterprise_id],
      officerIds: [officer.id],
      guidelineParts: [GuidelinePart.CareerChannel, GuidelinePart.PostPayTable],
      outcome: '梳理了技能岗位序列，提出岗位工资表调整建议（示例数据）。',
      createdBy: officer.id,
    })),
  );
}

/**
 * Creates the demo programme unless it exists, its dates placed around `today` (China time, the
 * load date; tests may pin it); returns how many programmes were created.
 */
export async function seedDemoProgramme(
  manager: EntityManager,
  organisationIds: Map<string, string>,
  today: string = chinaToday(),
): Promise<number> {
  const exists = await manager.existsBy(ProgrammeEntity, {
    documentNumber: DEMO_PROGRAMME.documentNumber,
    regionCode: DEMO_PROGRAMME.regionCode,
    year: DEMO_PROGRAMME.year,
  });
  if (exists) return 0;
  const programme = await manager.save(
    ProgrammeEntity,
    manager.create(ProgrammeEntity, {
      ...DEMO_PROGRAMME,
      // the pilots report monthly while the bureaus guide them (服务指导)
      reportCadence: ReportCadence.Monthly,
      principles: PROGRAMME_TEMPLATES[ProgrammeTemplateKey.Qingdao2021].principles,
      status: ProgrammeStatus.Active,
      template: ProgrammeTemplateKey.Qingdao2021,
      // the national checks: Qingdao's plan (青人社字〔2021〕61号) sets no threshold of its own
      checkRules: defaultCheckRules(DEMO_PROGRAMME.regionCode),
      createdBy: null,
    }),
  );
  await writeTemplate(manager, programme, ProgrammeTemplateKey.Qingdao2021);
  await manager.insert(
    WorkingGroupMemberEntity,
    DEMO_WORKING_GROUP.map((member) => ({ ...member, programmeId: programme.id })),
  );
  await seedDemoPilots(manager, programme.id, organisationIds, today);
  await placeDemoDates(manager, programme.id, today);
  await seedDemoReports(manager, programme.id, today);
  await seedDemoGuidance(manager, programme.id, today);
  await seedDemoCaseReview(manager, programme.id, organisationIds, today);
  await seedDemoProgressReports(manager, programme, organisationIds, today);
  await seedDemoTrainings(manager, programme.id, organisationIds, today);
  return 1;
}
