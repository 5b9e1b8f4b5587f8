import {
  CaseStatus,
  emptyAdoption,
  GuidanceKind,
  OrganisationType,
  PilotStatus,
  Role,
} from '@skillpay/domain';
import { randomInt, randomUUID } from 'node:crypto';
import { newWageUpload } from '../benchmark-builders';
import { newCase } from '../case-builders';
import { newActivity } from '../evaluation-builders';
import { newCell } from '../release-builders';
import {
  newApplication,
  newEnterprise,
  newPhase,
  newPlanMilestone,
  newProgramme,
  newTask,
} from '../programme-builders';
import { newTalent } from '../talent-builders';
import { bearer, login, newOrganisation, newUser, type Session, type TestApp, unique } from '../test-app';

/**
 * The world the probe runs in: one identity per role (two enterprises and two district bureaus, in
 * different districts), and one object of every kind a path parameter can name, owned by enterprise
 * A of 黄岛区 (district A) or by its bureau — so that for enterprise B and district B (市南区) each is
 * an object of someone else.
 */
export const IDENTITIES = [
  'anonymous',
  'hrA',
  'hrB',
  'districtA',
  'districtB',
  'city',
  'admin',
  'auditor',
  'reviewer',
] as const;
export type Identity = (typeof IDENTITIES)[number];

export const ROLE_OF: Record<Identity, Role | undefined> = {
  anonymous: undefined,
  hrA: Role.Enterprise,
  hrB: Role.Enterprise,
  districtA: Role.DistrictBureau,
  districtB: Role.DistrictBureau,
  city: Role.CityBureau,
  admin: Role.SystemAdmin,
  auditor: Role.AuditAdmin,
  reviewer: Role.Reviewer,
};

/**
 * One object per kind of path parameter. The key is the path's literal segments up to the
 * parameter, prefixed by the enclosing parameter's key: `{taskId}` in `/api/programmes/{id}/tasks/{taskId}`
 * is `programmes/tasks`. `seenBy` lists who may see it: for every other identity the object and a
 * random id of the same shape must be answered alike. `shared` objects (the city's programme,
 * reference data) are everyone's within the role's permission, so nobody is foreign to them.
 */
export interface Fixture {
  value: string;
  seenBy: readonly Identity[] | 'shared';
}

const OWNER_A: Identity[] = ['hrA', 'districtA', 'city'];

export interface ProbeWorld {
  sessions: Record<Exclude<Identity, 'anonymous'>, Session>;
  fixtures: Record<string, Fixture>;
  /** the ids of every object and organisation of the world, for generated bodies to refer to */
  ids: string[];
  /** a fresh login of `identity`'s role in its organisation (for routes that end or spend a session) */
  freshSession: (identity: Exclude<Identity, 'anonymous'>) => Promise<Session>;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

export async function buildProbeWorld(t: TestApp): Promise<ProbeWorld> {
  const ds = t.dataSource;
  const entA = await newEnterprise(ds, '370211');
  const entB = await newEnterprise(ds, '370202');
  const organisations = {
    hrA: entA,
    hrB: entB,
    districtA: await newOrganisation(ds, { type: OrganisationType.DistrictBureau, regionCode: '370211' }),
    districtB: await newOrganisation(ds, { type: OrganisationType.DistrictBureau, regionCode: '370202' }),
    city: await newOrganisation(ds, { type: OrganisationType.CityBureau, regionCode: '370200' }),
    admin: await newOrganisation(ds, { type: OrganisationType.Platform, regionCode: '370200' }),
    auditor: await newOrganisation(ds, { type: OrganisationType.Platform, regionCode: '370200' }),
    reviewer: await newOrganisation(ds, { type: OrganisationType.TradeUnion, regionCode: '370200' }),
  };
  const freshSession = async (identity: Exclude<Identity, 'anonymous'>) =>
    login(t, (await newUser(ds, organisations[identity], ROLE_OF[identity]!)).username);
  const identities = Object.keys(organisations) as Array<Exclude<Identity, 'anonymous'>>;
  const sessions = Object.fromEntries(
    await Promise.all(identities.map(async (id) => [id, await freshSession(id)] as const)),
  ) as ProbeWorld['sessions'];
  const hrAUser = await ds.query<Array<{ id: string }>>(
    `SELECT id FROM app_user WHERE organisation_id = $1 LIMIT 1`,
    [entA.id],
  );

  const expectCreated = async (what: string, request: ReturnType<ReturnType<TestApp['http']>['post']>) => {
    const response = await request;
    if (response.status !== 201 && response.status !== 200)
      throw new Error(
        `probe set-up: creating ${what} answered ${response.status} ${JSON.stringify(response.body)}`,
      );
    return response.body as Record<string, unknown> & { id: string };
  };

  const programmeId = await newProgramme(ds);
  const phaseId = await newPhase(ds, programmeId, unique('阶段'));
  const taskId = await newTask(ds, {
    programmeId,
    phaseId,
    title: unique('台账任务'),
    dueOn: '2026-12-31',
    status: 'in-progress',
    responsible: [organisations.districtA.id],
  });
  const applicationId = await newApplication(ds, programmeId, entA.id, PilotStatus.Draft);
  await expectCreated(
    'a pilot-application attachment',
    t
      .http()
      .post(`/api/pilot-applications/${applicationId}/attachments`)
      .set(bearer(sessions.hrA))
      .attach('files', PDF, '工会意见.pdf'),
  );
  // approved after the upload: an enterprise attaches files only while it may still edit its application
  await ds.query(`UPDATE pilot_application SET status = $2 WHERE id = $1`, [
    applicationId,
    PilotStatus.Approved,
  ]);
  await newPlanMilestone(ds, applicationId, organisations.districtA, {
    title: unique('节点'),
    dueOn: '2026-10-01',
  });
  const [{ id: milestoneId }] = await ds.query<Array<{ id: string }>>(
    `SELECT m.id FROM plan_milestone m JOIN enterprise_plan p ON p.id = m.plan_id WHERE p.application_id = $1`,
    [applicationId],
  );
  const member = await expectCreated(
    'a working-group member',
    t
      .http()
      .post(`/api/programmes/${programmeId}/working-group`)
      .set(bearer(sessions.city))
      .send({ name: '张三', unit: '市人社局', role: 'member' }),
  );
  await expectCreated(
    'a task update with an attachment',
    t
      .http()
      .post(`/api/programmes/${programmeId}/tasks/${taskId}/updates`)
      .set(bearer(sessions.districtA))
      .field('note', '黄岛区正在动员企业申报')
      .field('status', 'in-progress')
      .field('percent', '40')
      .attach('files', PDF, '通知.pdf'),
  );
  // a task the reviewer organisation answers for, with its report and attachment (我的台账任务)
  const reviewerTaskId = await newTask(ds, {
    programmeId,
    phaseId,
    title: unique('宣传发动'),
    dueOn: '2026-12-31',
    status: 'in-progress',
    responsible: [organisations.districtA.id, organisations.reviewer.id],
  });
  const reviewerUpdate = await expectCreated(
    'a reviewer organisation’s task update with an attachment',
    t
      .http()
      .post(`/api/my-tasks/${reviewerTaskId}/updates`)
      .set(bearer(sessions.reviewer))
      .field('note', '市总工会已在集体协商培训中宣讲')
      .field('status', 'in-progress')
      .field('percent', '50')
      .attach('files', PDF, '宣讲材料.pdf'),
  );
  const reviewerAttachmentId = (reviewerUpdate.attachments as Array<{ id: string }>)[0].id;
  const guidance = await expectCreated(
    'a guidance activity',
    t
      .http()
      .post('/api/guidance-activities')
      .set(bearer(sessions.districtA))
      .send({ kind: 'visit', occurredOn: '2026-08-12', title: '一企一策上门指导', enterpriseIds: [entA.id] }),
  );
  await expectCreated(
    'a guidance attachment',
    t
      .http()
      .post(`/api/guidance-activities/${guidance.id}/attachments`)
      .set(bearer(sessions.districtA))
      .attach('files', PNG, '现场照片.png'),
  );
  const report = await expectCreated(
    'a progress report',
    t
      .http()
      .post('/api/progress-reports')
      .set(bearer(sessions.hrA))
      .send({ programmeId, period: '2026-Q1', ...progressReportBody() }),
  );
  await expectCreated(
    'a progress-report attachment',
    t
      .http()
      .post(`/api/progress-reports/${report.id}/attachments`)
      .set(bearer(sessions.hrA))
      .attach('files', PDF, '岗位工资标准表.pdf'),
  );
  const payPlan = await expectCreated(
    'a pay plan',
    t.http().post('/api/pay-plans').set(bearer(sessions.hrA)).send({
      pilotApplicationId: applicationId,
      calculator: 'pay-table',
      title: '2026 年岗位工资表',
      input: PAY_TABLE,
    }),
  );
  // the release first (a draft is refused while an upload waits to be aggregated), from one computed cell
  const [{ code: occupationCode }] = await ds.query<Array<{ code: string }>>(
    `SELECT code FROM occupation ORDER BY code LIMIT 1`,
  );
  await newCell(ds, { programmeId, occupationCode, regionCode: '370200' });
  const release = await expectCreated(
    'a benchmark release',
    t.http().post('/api/benchmark-releases').set(bearer(sessions.city)).send({ programmeId, year: 2026 }),
  );
  const wageUploadId = await newWageUpload(ds, {
    programmeId,
    enterpriseId: entA.id,
    regionCode: '370211',
    rows: [],
  });
  const caseStudy = await expectCreated(
    'a case study',
    t
      .http()
      .post('/api/cases')
      .set(bearer(sessions.hrA))
      .send({ title: unique('典型案例'), articles: [20], programmeId }),
  );
  await expectCreated(
    'a case attachment',
    t
      .http()
      .post(`/api/cases/${caseStudy.id}/attachments`)
      .set(bearer(sessions.hrA))
      .attach('files', PDF, '薪酬制度.pdf'),
  );
  // endorsed after the upload: a draft is its writer's alone, an endorsed case its district's and
  // the city's too, and the city assigns it to reviewers below
  await ds.query(`UPDATE case_study SET status = 'endorsed', submitted_at = now() WHERE id = $1`, [
    caseStudy.id,
  ]);
  await ds.query(`UPDATE case_study_version SET submitted_at = now() WHERE case_id = $1`, [caseStudy.id]);
  const [{ id: notificationId }] = await ds.query<Array<{ id: string }>>(
    `INSERT INTO notification (recipient_organisation_id, kind, title_zh, title_en, dedupe_key)
     VALUES ($1, 'probe', '探针通知', 'Probe notice', $2) RETURNING id`,
    [entA.id, randomUUID()],
  );

  // the case of enterprise A goes under review: the probe's reviewer and a confederation's are assigned
  const [{ id: reviewerUserId }] = await ds.query<Array<{ id: string }>>(
    `SELECT id FROM app_user WHERE organisation_id = $1 LIMIT 1`,
    [organisations.reviewer.id],
  );
  const confederation = await newOrganisation(ds, {
    type: OrganisationType.EnterpriseConfederation,
    regionCode: '370200',
  });
  const confederationReviewer = await newUser(ds, confederation, Role.Reviewer);
  const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const assigned = await expectCreated(
    'case review assignments',
    t
      .http()
      .post(`/api/cases/${caseStudy.id}/assignments`)
      .set(bearer(sessions.city))
      .send({
        reviewers: [
          { userId: reviewerUserId, dueDate },
          { userId: confederationReviewer.id, dueDate },
        ],
      }),
  );
  const assignmentId = (assigned.items as Array<{ id: string; reviewer: { userId: string } }>).find(
    (a) => a.reviewer.userId === reviewerUserId,
  )!.id;
  const conflictLink = await expectCreated(
    'a conflict-of-interest link',
    t.http().post('/api/conflict-links').set(bearer(sessions.city)).send({
      reviewerOrganisationId: confederation.id,
      enterpriseId: entB.id,
      kind: 'membership',
    }),
  );

  // 高技能人才库: a confirmed record of enterprise A (黄岛区) with one honour.
  // 服务窗口: a request of enterprise A for that talent, with a file; a contact of district A
  const { talent } = await newTalent(ds, { enterpriseId: entA.id, regionCode: '370211' });
  const serviceRequest = await expectCreated(
    'a service request',
    t
      .http()
      .post('/api/service-requests')
      .set(bearer(sessions.hrA))
      .send({ talentId: talent.id, category: 'schooling', description: '子女入学' }),
  );
  await expectCreated(
    'a service request attachment',
    t
      .http()
      .post(`/api/service-requests/${serviceRequest.id}/attachments`)
      .set(bearer(sessions.hrA))
      .attach('files', PDF, '申请材料.pdf'),
  );
  const talentContact = await expectCreated(
    'a talent contact',
    t.http().post('/api/talent-contacts').set(bearer(sessions.districtA)).send({
      talentId: talent.id,
      contactedOn: '2026-10-08',
      form: 'visit',
      contactBody: 'party-committee',
      contactPerson: '区委组织部',
      heard: '工作室场地紧张',
    }),
  );

  // 舆情: a note district A recorded (the city reads its city's notes; district B does not)
  const opinionNote = await expectCreated(
    'an opinion note',
    t
      .http()
      .post('/api/opinion-notes')
      .set(bearer(sessions.districtA))
      .send({
        programmeId,
        source: 'hotline-12333',
        notedOn: '2026-10-08',
        summary: '来电询问技能津贴是否计入最低工资（探针）',
        topics: ['allowances'],
        sentiment: 'neutral',
        heat: 3,
      }),
  );

  // 总结评估: a non-pilot enterprise of district A attended its training and later reported
  // adopting pay units, as district A records; the city marks 黄岛区 a 典型区市
  const attendee = await newEnterprise(ds, '370211');
  const trainingId = await newActivity(ds, {
    programmeId,
    organisationId: organisations.districtA.id,
    regionCode: '370211',
    kind: GuidanceKind.Training,
    occurredOn: '2026-08-20',
    enterpriseIds: [attendee.id],
  });
  const influenced = await expectCreated(
    'an influenced enterprise',
    t
      .http()
      .post('/api/evaluation/influenced-enterprises')
      .set(bearer(sessions.districtA))
      .send({
        programmeId,
        enterpriseId: attendee.id,
        activityId: trainingId,
        reportedOn: '2026-09-01',
        adoption: {
          ...emptyAdoption(),
          payUnits: { status: 'adopted', units: ['post', 'performance'] },
        },
      }),
  );
  const demonstrationUnit = await expectCreated(
    'a demonstration unit',
    t
      .http()
      .post('/api/evaluation/demonstration-units')
      .set(bearer(sessions.city))
      .send({ programmeId, kind: 'district', regionCode: '370211', reason: '试点企业全部建立技能等级通道' }),
  );

  // the attachments just uploaded by the fresh accounts of enterprise A and district A, by kind
  const attachments = new Map(
    (
      await ds.query<Array<{ id: string; owner_type: string }>>(
        `SELECT a.id, a.owner_type FROM attachment a JOIN app_user u ON u.id = a.uploaded_by
         WHERE u.organisation_id = ANY($1)`,
        [[entA.id, organisations.districtA.id]],
      )
    ).map((row) => [row.owner_type, row.id]),
  );
  const attachmentOf = (ownerType: string) => {
    const id = attachments.get(ownerType);
    if (!id) throw new Error(`probe set-up: no ${ownerType} attachment stored`);
    return id;
  };
  // 案例精选: a draft edition of the city (its districts read it), and a published one with a case (public)
  const draftEdition = await expectCreated(
    'a case collection edition',
    t
      .http()
      .post('/api/case-collections')
      .set(bearer(sessions.city))
      .send({ title: unique('探针辑') }),
  );
  const { caseStudy: publishedCase, version: publishedVersion } = await newCase(ds, {
    enterpriseId: entA.id,
    status: CaseStatus.Published,
  });
  const [{ id: publishedEditionId }] = await ds.query<Array<{ id: string }>>(
    `INSERT INTO case_collection (region_code, title, status, published_at)
     VALUES ('370200', $1, 'published', now()) RETURNING id`,
    [unique('探针已刊发辑')],
  );
  await ds.query(
    `INSERT INTO case_collection_entry (collection_id, case_id, case_version_id, position) VALUES ($1, $2, $3, 1)`,
    [publishedEditionId, publishedCase.id, publishedVersion.id],
  );
  // 人才名录: a published edition of the city (its districts and the public read it; drafts are the city's)
  const [{ id: talentListId }] = await ds.query<Array<{ id: string }>>(
    `INSERT INTO talent_list (region_code, year, status, edition_number, talent_count, snapshot_at, published_at)
     VALUES ('370200', 2099, 'published', $1, 0, now(), now()) RETURNING id`,
    [randomInt(1, 1_000_000)],
  );
  // 政策问答: a published entry of the city (its districts and the public read it; drafts are the city's)
  const [{ id: policyQaId }] = await ds.query<Array<{ id: string }>>(
    `INSERT INTO policy_qa (region_code, status, created_by, first_published_at, published_at)
     VALUES ('370200', 'published', $1, now(), now()) RETURNING id`,
    [randomUUID()],
  );
  const [{ id: policyQaVersionId }] = await ds.query<Array<{ id: string }>>(
    `INSERT INTO policy_qa_version (qa_id, number, question, answer, basis, topics, search_text, created_by)
     VALUES ($1, 1, '探针问题', '探针解答', '[{"document":"探针文件","article":null}]', '{allowances}', '探针问题探针解答', $2)
     RETURNING id`,
    [policyQaId, randomUUID()],
  );
  await ds.query(`UPDATE policy_qa SET current_version_id = $1 WHERE id = $2`, [
    policyQaVersionId,
    policyQaId,
  ]);
  const [{ id: honourId }] = await ds.query<Array<{ id: string }>>(
    `SELECT id FROM honour WHERE code = 'may-day-medal'`,
  );
  // 高技能人才库: the record of enterprise A (黄岛区) above, its honour with a certificate
  const [{ id: talentHonourId }] = await ds.query<Array<{ id: string }>>(
    `SELECT id FROM talent_honour WHERE talent_id = $1 LIMIT 1`,
    [talent.id],
  );
  const [{ id: certificateId }] = await ds.query<Array<{ id: string }>>(
    `INSERT INTO attachment (owner_type, owner_id, file_name, mime_type, size, content)
     VALUES ('talent-honour', $1, '证书.pdf', 'application/pdf', $2, $3) RETURNING id`,
    [talentHonourId, PDF.length, PDF],
  );
  // 评估报告: district A's report of the programme (the city reads it too, district B does not)
  const [{ id: evaluationReportId }] = await ds.query<Array<{ id: string }>>(
    `INSERT INTO evaluation_report (programme_id, region_code, sections)
     VALUES ($1, '370211', $2) RETURNING id`,
    [
      programmeId,
      JSON.stringify({ overview: '探针', measures: '', results: '', problems: '', nextSteps: '' }),
    ],
  );
  const fixtures: Record<string, Fixture> = {
    users: { value: hrAUser[0].id, seenBy: ['hrA', 'districtA', 'city', 'admin'] },
    organisations: { value: entA.id, seenBy: ['hrA', 'districtA', 'city', 'admin', 'reviewer'] },
    regions: { value: '370211', seenBy: 'shared' },
    notifications: { value: notificationId, seenBy: ['hrA'] },
    programmes: { value: programmeId, seenBy: 'shared' },
    'programmes/phases': { value: phaseId, seenBy: 'shared' },
    'programmes/tasks': { value: taskId, seenBy: 'shared' },
    'programmes/attachments': { value: attachmentOf('task-update'), seenBy: ['districtA', 'city'] },
    'programmes/working-group': { value: member.id, seenBy: 'shared' },
    'guidance-activities': { value: guidance.id, seenBy: OWNER_A },
    'guidance-activities/attachments': { value: attachmentOf('guidance-activity'), seenBy: OWNER_A },
    enterprises: { value: entA.id, seenBy: OWNER_A },
    'pilot-applications': { value: applicationId, seenBy: OWNER_A },
    'pilot-applications/attachments': { value: attachmentOf('pilot-application'), seenBy: OWNER_A },
    'pilot-applications/plan/milestones': { value: milestoneId, seenBy: OWNER_A },
    'wage-uploads': { value: wageUploadId, seenBy: OWNER_A },
    'progress-reports': { value: report.id, seenBy: OWNER_A },
    'progress-reports/versions': { value: '1', seenBy: OWNER_A },
    'progress-reports/attachments': { value: attachmentOf('progress-report'), seenBy: OWNER_A },
    'benchmark-releases': { value: release.id, seenBy: 'shared' },
    occupations: { value: occupationCode, seenBy: 'shared' },
    'pay-plans': { value: payPlan.id, seenBy: OWNER_A },
    'pay-plans/versions': { value: '1', seenBy: OWNER_A },
    'cases/attachments': { value: attachmentOf('case-study'), seenBy: [...OWNER_A, 'reviewer'] },
    // the reviewer organisation's task is on the city's ledger, which every bureau reads
    'my-tasks': { value: reviewerTaskId, seenBy: ['reviewer', 'city', 'districtA', 'districtB'] },
    'my-tasks/attachments': { value: reviewerAttachmentId, seenBy: ['reviewer', 'city'] },
    'case-collections': { value: draftEdition.id, seenBy: ['districtA', 'districtB', 'city'] },
    'public/case-collections': { value: publishedEditionId, seenBy: 'shared' },
    'public/case-collections/cases': { value: publishedCase.id, seenBy: 'shared' },
    cases: { value: caseStudy.id, seenBy: [...OWNER_A, 'reviewer'] },
    'cases/assignments': { value: assignmentId, seenBy: ['city', 'reviewer'] },
    'conflict-links': { value: conflictLink.id, seenBy: ['city'] },
    'case-rubrics': { value: programmeId, seenBy: 'shared' },
    honours: { value: honourId, seenBy: 'shared' },
    'talent-lists': { value: talentListId, seenBy: ['city', 'districtA', 'districtB'] },
    'public/talent-lists': { value: talentListId, seenBy: 'shared' },
    'policy-qa': { value: policyQaId, seenBy: ['city', 'districtA', 'districtB'] },
    'public/policy-qa': { value: policyQaId, seenBy: 'shared' },
    talents: { value: talent.id, seenBy: OWNER_A },
    'talents/honours': { value: talentHonourId, seenBy: OWNER_A },
    'talents/certificates': { value: certificateId, seenBy: OWNER_A },
    'service-requests': { value: serviceRequest.id, seenBy: OWNER_A },
    'service-requests/attachments': { value: attachmentOf('service-request'), seenBy: OWNER_A },
    'talent-contacts': { value: talentContact.id, seenBy: ['districtA', 'city'] },
    'opinion-notes': { value: opinionNote.id, seenBy: ['districtA', 'city'] },
    'evaluation/programmes': { value: programmeId, seenBy: 'shared' },
    'evaluation/enterprises': { value: entA.id, seenBy: OWNER_A },
    'evaluation/influenced-enterprises': { value: influenced.id, seenBy: ['districtA', 'city'] },
    // marked units are published (GET /api/public/demonstration-units): nobody is foreign to them
    'evaluation/demonstration-units': { value: demonstrationUnit.id, seenBy: 'shared' },
    'evaluation/reports': { value: evaluationReportId, seenBy: ['districtA', 'city'] },
    // a month for query parameters (the coverage check)
    month: { value: '2026-10', seenBy: 'shared' },
  };
  const ids = [
    ...Object.values(fixtures).map((f) => f.value),
    ...Object.values(organisations).map((o) => o.id),
  ];
  return { sessions, fixtures, ids: ids.filter((id) => UUID.test(id)), freshSession };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id of the same shape as `value` that names nothing. */
export function randomLike(value: string): string {
  if (UUID.test(value)) return randomUUID();
  if (/^\d{1,9}$/.test(value)) return String(900_000_000 + randomInt(0, 99_999_999));
  return value.replace(/\d/g, () => String(randomInt(0, 10))).replace(/[a-z]/gi, 'z') + '9';
}

export interface FilledPath {
  url: string;
  /** per parameter: its fixture key and value */
  params: Array<{ name: string; key: string; fixture: Fixture }>;
}

/** The path with every parameter filled from the fixtures; a parameter without one fails loudly. */
export function fillPath(
  path: string,
  fixtures: Record<string, Fixture>,
  override: Record<string, string> = {},
): FilledPath {
  const params: FilledPath['params'] = [];
  let parent = '';
  let literal: string[] = [];
  for (const segment of path.replace(/^\/api\//, '').split('/')) {
    const match = /^\{(\w+)\}$/.exec(segment);
    if (!match) {
      literal.push(segment);
      continue;
    }
    const key = [parent, ...literal].filter(Boolean).join('/');
    const fixture = fixtures[key];
    if (!fixture)
      throw new Error(
        `${path}: no probe fixture for {${match[1]}} (key "${key}"). Add an object of that kind to ` +
          `buildProbeWorld in apps/api/test/probe/probe-world.ts, owned by enterprise A / district A, with who may see it.`,
      );
    params.push({ name: match[1], key, fixture });
    parent = key;
    literal = [];
  }
  let url = path;
  for (const param of params)
    url = url.replace(`{${param.name}}`, encodeURIComponent(override[param.name] ?? param.fixture.value));
  return { url, params };
}

const PAY_TABLE = {
  ladder: 'national',
  keyPoints: [
    { grade: 'apprentice', ratio: 1 },
    { grade: 'chief', ratio: '3.8' },
  ],
  fill: 'arithmetic',
  form: 'amount',
  base: 2000,
  steps: 5,
  stepIncrement: { percent: 3 },
};

function progressReportBody() {
  return {
    adoption: {
      careerChannel: { status: 'adopted', gradeCount: 8 },
      payUnits: { status: 'adopted', units: ['post', 'performance', 'allowances'] },
      postEvaluation: { status: 'in-progress', method: null },
      broadBand: { status: 'adopted', steps: 12 },
      performancePay: { status: 'adopted', method: 'points' },
      allowances: { status: 'adopted', items: [{ type: 'skill', amount: 300 }] },
      highSkillIncentives: { status: 'not-started', incentives: [] },
    },
    indicators: {
      skillLevels: [
        {
          level: 'level-3',
          headcount: 139,
          averagePay: 90000,
          previousHeadcount: 130,
          previousAveragePay: 86000,
        },
      ],
      averagePay: 99400,
      averagePayPrevious: 94850,
      managementAveragePay: 130000,
      managementAveragePayPrevious: 125000,
      technicalAveragePay: null,
      technicalAveragePayPrevious: null,
      wageBill: 9180,
      wageBillPrevious: 8800,
      economicBenefit: 5200,
      economicBenefitPrevious: 4600,
      labourProductivity: 48,
      labourProductivityPrevious: 34,
      educationFund: 900,
      educationFundFrontLine: 600,
      fixedPay: 4000,
      variablePay: 6000,
    },
    narrative: '已建立技能等级与岗位工资挂钩的分配制度',
  };
}
