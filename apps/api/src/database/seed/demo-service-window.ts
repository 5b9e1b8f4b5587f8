import {
  ContactBody,
  ContactForm,
  OrganisationType,
  SERVICE_REQUEST_WORKFLOW,
  ServiceCategory,
  ServiceRequestAction,
  ServiceRequestStatus,
  serviceDueOn,
} from '@skillpay/domain';
import { type EntityManager } from 'typeorm';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { ServiceRequestReplyEntity } from '../../modules/service-requests/service-request-reply.entity';
import { ServiceRequestEntity } from '../../modules/service-requests/service-request.entity';
import { TalentContactEntity } from '../../modules/talent-contacts/talent-contact.entity';

/**
 * Demo data of the service window (服务窗口) and the contact log: Qingdao's government departments
 * the windows route requests to, requests of several categories for the first confirmed talents
 * (open, overdue, resolved with a rating), and monthly contacts of the last months with one
 * talent (the second) not yet contacted this month. Inserted once: nothing is added when requests exist.
 */

/** 政府部门 (no accounts): the city's and two districts' education bureaus. */
export const DEMO_DEPARTMENTS: ReadonlyArray<{ name: string; regionCode: string }> = [
  { name: '青岛市教育局', regionCode: '370200' },
  { name: '青岛市住房和城乡建设局', regionCode: '370200' },
  { name: '青岛市公安局', regionCode: '370200' },
  { name: '青岛市卫生健康委员会', regionCode: '370200' },
  { name: '青岛市科学技术局', regionCode: '370200' },
  { name: '崂山区教育和体育局', regionCode: '370212' },
  { name: '黄岛区教育和体育局', regionCode: '370211' },
];

function shift(day: string, offset: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** Noon China time of a day, for timestamps of the demo's steps. */
const at = (day: string) => new Date(`${day}T04:00:00Z`);

async function ensureDepartments(manager: EntityManager): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const department of DEMO_DEPARTMENTS) {
    const existing = await manager.findOneBy(OrganisationEntity, { name: department.name });
    const id =
      existing?.id ??
      (
        await manager.save(
          OrganisationEntity,
          manager.create(OrganisationEntity, {
            name: department.name,
            type: OrganisationType.GovernmentDepartment,
            regionCode: department.regionCode,
          }),
        )
      ).id;
    ids.set(department.name, id);
  }
  return ids;
}

interface TalentRow {
  id: string;
  name: string;
  enterprise_id: string;
  region_code: string;
  window_id: string | null;
  window_user: string | null;
  requester_user: string | null;
}

/** Returns how many requests it created (0 when the window already holds requests). */
export async function seedDemoServiceWindow(manager: EntityManager, today: string): Promise<number> {
  const departments = await ensureDepartments(manager);
  if (await manager.exists(ServiceRequestEntity)) return 0;
  // the first confirmed talents whose district has a window bureau with an account
  const talents = await manager.query<TalentRow[]>(
    `SELECT t.id, t.name, t.enterprise_id, t.region_code, b.id AS window_id,
            (SELECT u.id FROM app_user u WHERE u.organisation_id = b.id ORDER BY u.username LIMIT 1) AS window_user,
            (SELECT u.id FROM app_user u WHERE u.organisation_id = t.enterprise_id ORDER BY u.username LIMIT 1) AS requester_user
     FROM talent t
     JOIN organisation b ON b.region_code = t.region_code AND b.type = 'district_bureau' AND b.deleted_at IS NULL
     WHERE t.status = 'confirmed' AND t.deleted_at IS NULL
     ORDER BY t.confirmed_at, t.name LIMIT 4`,
  );
  const usable = talents.filter((talent) => talent.window_user);
  if (usable.length === 0) return 0;
  const talent = (index: number) => usable[index % usable.length];
  const education = (row: TalentRow) =>
    departments.get(row.region_code === '370212' ? '崂山区教育和体育局' : '黄岛区教育和体育局')!;

  type Step = { action: ServiceRequestAction; on: string; reason?: string };
  const request = async (
    row: TalentRow,
    spec: {
      category: ServiceCategory;
      description: string;
      receivedOn: string;
      status: ServiceRequestStatus;
      departmentId?: string;
      steps: Step[];
      reply?: { on: string; text: string };
      outcome?: string;
      rating?: { value: number; comment: string; on: string };
    },
  ) => {
    const resolve = spec.steps.find((step) => step.action === ServiceRequestAction.Resolve);
    const close = spec.steps.find((step) => step.action === ServiceRequestAction.Close);
    const assign = spec.steps.find((step) => step.action === ServiceRequestAction.Assign);
    const saved = await manager.save(
      ServiceRequestEntity,
      manager.create(ServiceRequestEntity, {
        talentId: row.id,
        category: spec.category,
        description: spec.description,
        status: spec.status,
        requesterOrganisationId: row.requester_user ? row.enterprise_id : row.window_id!,
        createdBy: row.requester_user ?? row.window_user!,
        receivedOn: spec.receivedOn,
        dueOn: serviceDueOn(spec.category, spec.receivedOn),
        departmentId: spec.departmentId ?? null,
        assignedAt: assign ? at(assign.on) : null,
        resolvedOn: resolve?.on ?? null,
        outcome: spec.outcome ?? null,
        closedAt: close ? at(close.on) : null,
        rating: spec.rating?.value ?? null,
        ratingComment: spec.rating?.comment ?? null,
        ratedAt: spec.rating ? at(spec.rating.on) : null,
      }),
    );
    await manager.query(`UPDATE service_request SET created_at = $2 WHERE id = $1`, [
      saved.id,
      at(spec.receivedOn),
    ]);
    let state: string = ServiceRequestStatus.Received;
    for (const step of spec.steps) {
      const to = SERVICE_REQUEST_WORKFLOW.actions[step.action].to;
      await manager.query(
        `INSERT INTO workflow_transition (workflow, subject_id, action, from_state, to_state, actor_id, actor_organisation_id, reason, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          SERVICE_REQUEST_WORKFLOW.name,
          saved.id,
          step.action,
          state,
          to,
          row.window_user,
          row.window_id,
          step.reason ?? null,
          at(step.on),
        ],
      );
      state = to;
    }
    if (spec.reply && spec.departmentId) {
      await manager.save(
        ServiceRequestReplyEntity,
        manager.create(ServiceRequestReplyEntity, {
          requestId: saved.id,
          departmentId: spec.departmentId,
          repliedOn: spec.reply.on,
          text: spec.reply.text,
          recordedBy: row.window_user!,
          // recorded on the day the department answered, so the timeline reads in order
          createdAt: at(spec.reply.on),
        }),
      );
    }
  };

  // resolved and rated: 子女入学 of the first talent
  const first = talent(0);
  await request(first, {
    category: ServiceCategory.Schooling,
    description: '子女今年秋季升入小学，希望协调就近入读辖区公办小学。',
    receivedOn: shift(today, -45),
    status: ServiceRequestStatus.Closed,
    departmentId: education(first),
    steps: [
      { action: ServiceRequestAction.Assign, on: shift(today, -44), reason: '请协调学位' },
      { action: ServiceRequestAction.Start, on: shift(today, -42) },
      { action: ServiceRequestAction.Resolve, on: shift(today, -33) },
      { action: ServiceRequestAction.Close, on: shift(today, -30) },
    ],
    reply: { on: shift(today, -34), text: '已安排入读实验小学一年级，请于开学前持户口簿办理手续。' },
    outcome: '子女已入读实验小学一年级。',
    rating: { value: 5, comment: '办理及时，解决了后顾之忧。', on: shift(today, -32) },
  });
  // open, in time: 住房/安家补贴 of the first talent
  await request(first, {
    category: ServiceCategory.Housing,
    description: '申请高技能领军人才安家补贴，材料已由企业汇总。',
    receivedOn: shift(today, -3),
    status: ServiceRequestStatus.Assigned,
    departmentId: departments.get('青岛市住房和城乡建设局'),
    steps: [{ action: ServiceRequestAction.Assign, on: shift(today, -2) }],
  });
  // overdue: 落户 (15 days) received 30 days ago, still in progress
  const second = talent(1);
  await request(second, {
    category: ServiceCategory.Hukou,
    description: '配偶及子女随迁落户青岛。',
    receivedOn: shift(today, -30),
    status: ServiceRequestStatus.InProgress,
    departmentId: departments.get('青岛市公安局'),
    steps: [
      { action: ServiceRequestAction.Assign, on: shift(today, -29) },
      { action: ServiceRequestAction.Start, on: shift(today, -27) },
    ],
    reply: { on: shift(today, -20), text: '已受理，待原籍派出所出具迁出证明。' },
  });
  // just received: 体检/疗休养, waiting to be assigned
  await request(talent(2), {
    category: ServiceCategory.HealthCheck,
    description: '申请参加本年度高技能人才疗休养活动。',
    receivedOn: today,
    status: ServiceRequestStatus.Received,
    steps: [],
  });
  // resolved, not yet rated: 待遇政策落实
  await request(talent(3), {
    category: ServiceCategory.TreatmentPolicy,
    description: '咨询享受政府特殊津贴人员的体检待遇如何落实。',
    receivedOn: shift(today, -20),
    status: ServiceRequestStatus.Resolved,
    departmentId: departments.get('青岛市卫生健康委员会'),
    steps: [
      { action: ServiceRequestAction.Assign, on: shift(today, -19) },
      { action: ServiceRequestAction.Start, on: shift(today, -18) },
      { action: ServiceRequestAction.Resolve, on: shift(today, -8) },
    ],
    reply: { on: shift(today, -9), text: '已纳入年度专项体检名单，体检时间另行通知。' },
    outcome: '已纳入年度专项体检名单。',
  });

  // contacts: monthly in the last two months for all; this month for all but the second talent
  const month = (offset: number) => {
    const date = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() + offset);
    return date.toISOString().slice(0, 7);
  };
  const contacts: Array<[TalentRow, string, ContactForm, ContactBody, string]> = [];
  for (const [index, row] of usable.entries()) {
    contacts.push([
      row,
      `${month(-2)}-1${index}`,
      ContactForm.Visit,
      ContactBody.PartyCommittee,
      '反映技能大师工作室场地偏小，希望扩建。',
    ]);
    contacts.push([
      row,
      `${month(-1)}-0${index + 5}`,
      ContactForm.Phone,
      ContactBody.HrBureau,
      '了解年薪制落实情况，企业已兑现。',
    ]);
    // the second talent (the first district's other one) is not yet contacted this month
    if (index !== 1) {
      const day = shift(today, -index) < `${today.slice(0, 7)}-01` ? today : shift(today, -index);
      contacts.push([
        row,
        day,
        ContactForm.Online,
        ContactBody.TradeUnion,
        '近况良好，提出参加境外研修的意向。',
      ]);
    }
  }
  for (const [row, contactedOn, form, contactBody, heard] of contacts) {
    await manager.save(
      TalentContactEntity,
      manager.create(TalentContactEntity, {
        talentId: row.id,
        contactedOn,
        form,
        contactBody,
        contactPerson:
          contactBody === ContactBody.PartyCommittee ? '区委组织部 人才科' : '区人社局 人才服务窗口',
        heard,
        followUp: null,
        organisationId: row.window_id!,
        createdBy: row.window_user!,
      }),
    );
  }
  return 5;
}
