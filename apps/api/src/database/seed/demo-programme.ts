import { ProgrammeTemplateKey, PROGRAMME_TEMPLATES, WorkingGroupRole } from '@skillpay/domain';
import { type EntityManager } from 'typeorm';
import { writeTemplate } from '../../modules/programmes/programme-template.writer';
import { ProgrammeEntity, ProgrammeStatus } from '../../modules/programmes/programme.entity';
import { WorkingGroupMemberEntity } from '../../modules/programmes/working-group-member.entity';

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

/** Creates the demo programme unless it exists; returns how many programmes were created. */
export async function seedDemoProgramme(manager: EntityManager): Promise<number> {
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
      createdBy: null,
    }),
  );
  await writeTemplate(manager, programme, ProgrammeTemplateKey.Qingdao2021);
  await manager.insert(
    WorkingGroupMemberEntity,
    DEMO_WORKING_GROUP.map((member) => ({ ...member, programmeId: programme.id })),
  );
  return 1;
}
