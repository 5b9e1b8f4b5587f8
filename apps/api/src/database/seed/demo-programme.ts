import {
  PilotAction,
  PilotStatus,
  ProgrammeTemplateKey,
  PROGRAMME_TEMPLATES,
  WorkingGroupRole,
  PILOT_WORKFLOW,
} from '@skillpay/domain';
import { defaultCheckRules } from '@skillpay/paycalc';
import { type EntityManager, In } from 'typeorm';
import { EnterpriseEntity } from '../../modules/enterprises/enterprise.entity';
import { PilotApplicationEntity } from '../../modules/pilots/pilot-application.entity';
import { WorkflowTransitionEntity } from '../../common/workflow/workflow-transition.entity';
import { EnterprisePlansRepository } from '../../modules/pilots/enterprise-plans.repository';
import { txOf } from '../unit-of-work';
import { writeTemplate } from '../../modules/programmes/programme-template.repository';
import { ProgrammeQuotaEntity } from '../../modules/quotas/programme-quota.entity';
import { ProgrammeEntity, ProgrammeStatus } from '../../modules/programmes/programme.entity';
import { WorkingGroupMemberEntity } from '../../modules/working-group/working-group-member.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { DEMO_ENTERPRISES } from './demo-data';

/**
 * The demo programme: Qingdao's work plan 青人社字〔2021〕61号 from its template, set in 2026 so
 * that its phases and deadlines are current, already active, with the city's bureaus, union and
 * federations as responsible organisations.
 */
export const DEMO_PROGRAMME = {
  title: '青岛市落实《技能人才薪酬分配指引》工作方案',
  documentNumber: '青人社字〔2021〕61号',
  issuingBodies: ['青岛市人力资源和社会保障局', '青岛市总工会', '青岛市企业联合会', '青岛市工商业联合会'],
  regionCode: '370200',
  year: 2026,
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
  const approvedAt = new Date();
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
        reason: null,
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

/** Creates the demo programme unless it exists; returns how many programmes were created. */
export async function seedDemoProgramme(
  manager: EntityManager,
  organisationIds: Map<string, string>,
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
  await seedDemoPilots(manager, programme.id, organisationIds);
  return 1;
}
