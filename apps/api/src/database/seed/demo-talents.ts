import { randomUUID } from 'node:crypto';
import {
  Gender,
  HonourLevel,
  idCardCheckCharacter,
  PayTreatment,
  SkillLevel,
  TALENT_WORKFLOW,
  TalentAction,
  type TalentPayTreatment,
  TalentRole,
  TalentStatus,
} from '@skillpay/domain';
import { type EntityManager } from 'typeorm';
import { type PersonalDataCipher } from '../../common/crypto/personal-data-cipher';
import { WorkflowTransitionEntity } from '../../common/workflow/workflow-transition.entity';
import { AttachmentEntity } from '../../modules/attachments/attachment.entity';
import { HonourEntity } from '../../modules/talents/honour.entity';
import { TalentAffiliationEntity } from '../../modules/talents/talent-affiliation.entity';
import { TalentHonourEntity } from '../../modules/talents/talent-honour.entity';
import { TalentEntity } from '../../modules/talents/talent.entity';
import { UserEntity } from '../../modules/users/user.entity';

/**
 * The demo's 高技能领军人才库 (中办发〔2018〕16号 三; 人社部发〔2018〕24号 三; 吕产改办发〔2023〕6号 二(一)):
 * talents of the Qingdao demo enterprises with realistic honours, the pay treatments of 人社厅发〔2021〕7号
 * arts. 39–44 and the roles of 三(四). Most are in the database; one is stale (last confirmed 15
 * months ago), one waits for its district, one for the city, one has not consented to be named.
 * The ID numbers are made up but valid (GB 11643 check character), sealed as the API seals them.
 */

/** Provincial and municipal honours the demo's talents hold, added to the reference table. */
export const DEMO_HONOURS: readonly Pick<
  HonourEntity,
  'code' | 'nameZh' | 'nameEn' | 'level' | 'issuer' | 'qualifying' | 'sortOrder'
>[] = [
  {
    code: 'qilu-chief-technician',
    nameZh: '齐鲁首席技师',
    nameEn: 'Qilu Chief Technician',
    level: HonourLevel.Provincial,
    issuer: '山东省人民政府',
    qualifying: true,
    sortOrder: 100,
  },
  {
    code: 'qingdao-technical-expert',
    nameZh: '青岛市技术能手',
    nameEn: 'Qingdao Technical Expert',
    level: HonourLevel.Municipal,
    issuer: '青岛市人力资源和社会保障局',
    qualifying: false,
    sortOrder: 110,
  },
  {
    code: 'qingdao-model-worker',
    nameZh: '青岛市劳动模范',
    nameEn: 'Qingdao Model Worker',
    level: HonourLevel.Municipal,
    issuer: '青岛市人民政府',
    qualifying: false,
    sortOrder: 120,
  },
];

interface DemoTalent {
  name: string;
  gender: Gender;
  /** the first 17 characters of the ID number; the check character is computed */
  idFirst17: string;
  organisationKey: string;
  occupationCode: string;
  skillLevel: SkillLevel;
  honours: { code: string; year: number }[];
  payTreatments: TalentPayTreatment[];
  roles: TalentRole[];
  publicConsent: boolean;
  status: TalentStatus;
  /** months since the last confirmation (confirmed ones) */
  confirmedMonthsAgo?: number;
}

export const DEMO_TALENTS: readonly DemoTalent[] = [
  {
    name: '王海涛',
    gender: Gender.Male,
    idFirst17: '37021119760315231',
    organisationKey: 'ent-a',
    occupationCode: '6-18-02-04',
    skillLevel: SkillLevel.Chief,
    honours: [
      { code: 'national-technical-expert', year: 2019 },
      { code: 'qilu-chief-technician', year: 2021 },
    ],
    payTreatments: [
      { treatment: PayTreatment.AnnualSalary, annualAmountYuan: 286000 },
      { treatment: PayTreatment.SpecialAward, annualAmountYuan: 30000 },
    ],
    roles: [TalentRole.MasterStudioLead, TalentRole.PartyContactExpert],
    publicConsent: true,
    status: TalentStatus.Confirmed,
    confirmedMonthsAgo: 3,
  },
  {
    name: '刘春梅',
    gender: Gender.Female,
    idFirst17: '37021119810922402',
    organisationKey: 'ent-a',
    occupationCode: '6-20-01-01',
    skillLevel: SkillLevel.Level1,
    honours: [
      { code: 'may-day-medal', year: 2021 },
      { code: 'qingdao-model-worker', year: 2018 },
    ],
    payTreatments: [{ treatment: PayTreatment.NegotiatedPay, annualAmountYuan: 215000 }],
    roles: [TalentRole.MassOrganisationPost],
    publicConsent: true,
    status: TalentStatus.Confirmed,
    confirmedMonthsAgo: 5,
  },
  {
    name: '赵立新',
    gender: Gender.Male,
    idFirst17: '37021119690604151',
    organisationKey: 'ent-b',
    occupationCode: '6-18-01-01',
    skillLevel: SkillLevel.Special,
    honours: [{ code: 'china-skill-award', year: 2016 }],
    payTreatments: [
      { treatment: PayTreatment.AnnualSalary, annualAmountYuan: 320000 },
      { treatment: PayTreatment.EquityIncentive, annualAmountYuan: null },
    ],
    roles: [TalentRole.MasterStudioLead],
    publicConsent: true,
    status: TalentStatus.Confirmed,
    // stale: not reconfirmed within TALENT_STALE_MONTHS
    confirmedMonthsAgo: 15,
  },
  {
    name: '孙建华',
    gender: Gender.Male,
    idFirst17: '37021219780212333',
    organisationKey: 'ent-c',
    occupationCode: '6-31-01-02',
    skillLevel: SkillLevel.Level1,
    honours: [{ code: 'qilu-chief-technician', year: 2022 }],
    payTreatments: [{ treatment: PayTreatment.PostProjectDividend, annualAmountYuan: 48000 }],
    roles: [],
    // has not consented to being named on the public list (某某)
    publicConsent: false,
    status: TalentStatus.Confirmed,
    confirmedMonthsAgo: 2,
  },
  {
    name: '周文静',
    gender: Gender.Female,
    idFirst17: '37021219850830122',
    organisationKey: 'ent-g',
    occupationCode: '6-20-01-03',
    skillLevel: SkillLevel.Level1,
    honours: [{ code: 'national-technical-expert', year: 2020 }],
    payTreatments: [{ treatment: PayTreatment.ExcessProfitSharing, annualAmountYuan: 60000 }],
    roles: [TalentRole.MasterStudioLead],
    publicConsent: true,
    status: TalentStatus.Confirmed,
    confirmedMonthsAgo: 7,
  },
  {
    name: '陈国栋',
    gender: Gender.Male,
    idFirst17: '37021119830117251',
    organisationKey: 'ent-a',
    occupationCode: '6-18-01-11',
    skillLevel: SkillLevel.Level2,
    honours: [
      { code: 'qingdao-technical-expert', year: 2023 },
      { code: 'national-technical-expert', year: 2024 },
    ],
    payTreatments: [{ treatment: PayTreatment.SpecialAward, annualAmountYuan: 20000 }],
    roles: [],
    publicConsent: true,
    // waits for 黄岛区 to verify the certificates
    status: TalentStatus.Submitted,
  },
  {
    name: '马晓东',
    gender: Gender.Male,
    idFirst17: '37021119740509331',
    organisationKey: 'ent-e',
    occupationCode: '6-18-01-02',
    skillLevel: SkillLevel.Chief,
    honours: [{ code: 'may-day-medal', year: 2022 }],
    payTreatments: [{ treatment: PayTreatment.AnnualSalary, annualAmountYuan: 298000 }],
    roles: [TalentRole.PartyContactExpert],
    publicConsent: true,
    // verified by 黄岛区, waits for the city to confirm
    status: TalentStatus.Verified,
  },
];

const CERTIFICATE = Buffer.from('%PDF-1.4\n% 荣誉证书（演示）\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Adds the demo honours and talents that are missing (by honour code, by ID-number hash). */
export async function seedDemoTalents(
  manager: EntityManager,
  organisations: ReadonlyMap<string, string>,
  cipher: PersonalDataCipher,
): Promise<number> {
  for (const honour of DEMO_HONOURS) {
    if (!(await manager.existsBy(HonourEntity, { code: honour.code }))) {
      await manager.insert(HonourEntity, honour);
    }
  }
  const honours = new Map((await manager.find(HonourEntity)).map((honour) => [honour.code, honour]));
  let created = 0;
  for (const demo of DEMO_TALENTS) {
    const idNumber = demo.idFirst17 + idCardCheckCharacter(demo.idFirst17);
    if (await manager.existsBy(TalentEntity, { idNumberHash: cipher.lookupHash(idNumber) })) continue;
    const enterpriseId = organisations.get(demo.organisationKey)!;
    const [{ region_code: regionCode }] = await manager.query<{ region_code: string }[]>(
      `SELECT region_code FROM organisation WHERE id = $1`,
      [enterpriseId],
    );
    const id = randomUUID();
    const sealed = cipher.seal(id, idNumber);
    const confirmedAt =
      demo.confirmedMonthsAgo === undefined ? null : monthsAgo(Math.max(demo.confirmedMonthsAgo, 14));
    const lastConfirmedAt = demo.confirmedMonthsAgo === undefined ? null : monthsAgo(demo.confirmedMonthsAgo);
    await manager.insert(TalentEntity, {
      id,
      name: demo.name,
      gender: demo.gender,
      birthYear: Number(idNumber.slice(6, 10)),
      idNumberCipher: sealed.cipher,
      idNumberHash: sealed.hash,
      idNumberMasked: sealed.masked,
      enterpriseId,
      regionCode,
      occupationCode: demo.occupationCode,
      skillLevel: demo.skillLevel,
      payTreatments: demo.payTreatments,
      roles: demo.roles,
      publicConsent: demo.publicConsent,
      status: demo.status,
      authorOrganisationId: enterpriseId,
      confirmedAt,
      lastConfirmedAt,
    });
    for (const held of demo.honours) {
      const honour = honours.get(held.code)!;
      const entry = await manager.save(TalentHonourEntity, {
        talentId: id,
        honourId: honour.id,
        awardedYear: held.year,
      });
      await manager.insert(AttachmentEntity, {
        ownerType: 'talent-honour',
        ownerId: entry.id,
        fileName: `${honour.nameZh}证书.pdf`,
        mimeType: 'application/pdf',
        size: CERTIFICATE.length,
        content: CERTIFICATE,
      });
    }
    const startedAt = confirmedAt ?? monthsAgo(1);
    await manager.insert(TalentAffiliationEntity, { talentId: id, enterpriseId, regionCode, startedAt });
    await recordDemoSteps(manager, { id, status: demo.status, enterpriseId, regionCode, startedAt });
    created += 1;
  }
  return created;
}

/** The district bureaus of the demo's talents: who verified them. */
const DEMO_DISTRICT_ACCOUNTS: Record<string, string> = { '370211': 'qd-huangdao', '370212': 'qd-laoshan' };

/**
 * The steps a demo record went through to reach its state (submitted by its enterprise, verified by
 * its district, confirmed by the city), so its history reads as the API would have written it.
 */
async function recordDemoSteps(
  manager: EntityManager,
  talent: { id: string; status: TalentStatus; enterpriseId: string; regionCode: string; startedAt: Date },
): Promise<void> {
  const enterpriseUser = await manager.findOneBy(UserEntity, { organisationId: talent.enterpriseId });
  const district = await manager.findOneBy(UserEntity, {
    username: DEMO_DISTRICT_ACCOUNTS[talent.regionCode],
  });
  const city = await manager.findOneBy(UserEntity, { username: 'qd-city' });
  const steps: [TalentAction, TalentStatus, TalentStatus, UserEntity | null][] = [
    [TalentAction.Submit, TalentStatus.Draft, TalentStatus.Submitted, enterpriseUser],
    [TalentAction.Verify, TalentStatus.Submitted, TalentStatus.Verified, district],
    [TalentAction.Confirm, TalentStatus.Verified, TalentStatus.Confirmed, city],
  ];
  const reached = steps.findIndex(([, , to]) => to === talent.status) + 1;
  // the last step taken on the day the record took its state (its confirmation, or today), each earlier one 4 days before
  const lastStepAt = talent.status === TalentStatus.Confirmed ? talent.startedAt.getTime() : Date.now();
  const rows = steps.slice(0, reached).flatMap(([action, from, to, actor], index) =>
    actor
      ? [
          {
            workflow: TALENT_WORKFLOW.name,
            subjectId: talent.id,
            action,
            fromState: from,
            toState: to,
            actorId: actor.id,
            actorOrganisationId: actor.organisationId,
            reason: null,
            createdAt: new Date(lastStepAt - (reached - 1 - index) * 4 * 24 * 60 * 60 * 1000),
          },
        ]
      : [],
  );
  if (rows.length > 0) await manager.insert(WorkflowTransitionEntity, rows);
}

function monthsAgo(months: number): Date {
  const date = new Date();
  date.setMonth(date.getMonth() - months);
  return date;
}
