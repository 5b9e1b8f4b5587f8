import {
  EnterpriseSize,
  GuidelinePart,
  OrganisationType,
  PilotStatus,
  PriorityCategory,
  Role,
} from '@skillpay/domain';
import { newEnterprise } from '../../../test/enterprise-builders';
import { newProgramme } from '../../../test/programme-builders';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';
import { AttachmentEntity } from '../attachments/attachment.entity';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { WorkflowTransitionEntity } from '../../common/workflow/workflow-transition.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { EnterprisePlanEntity } from './enterprise-plan.entity';
import { PilotApplicationEntity } from './pilot-application.entity';

/** The district's opinion a recommendation carries (推荐意见). */
const OPINION = '制造业骨干企业，劳动关系和谐，同意推荐';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('pilot selection workflow', () => {
  let t: TestApp;
  let cityBureau: OrganisationEntity;
  let huangdaoBureau: OrganisationEntity;
  let city: Session;
  let huangdao: Session;
  let laoshan: Session;
  let huangdaoOfficerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    cityBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: '370200',
    });
    huangdaoBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370211',
    });
    const laoshanBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370212',
    });
    city = await login(t, (await newUser(t.dataSource, cityBureau, Role.CityBureau)).username);
    const officer = await newUser(t.dataSource, huangdaoBureau, Role.DistrictBureau);
    huangdaoOfficerId = officer.id;
    huangdao = await login(t, officer.username);
    laoshan = await login(t, (await newUser(t.dataSource, laoshanBureau, Role.DistrictBureau)).username);
  });
  afterAll(() => t.close());

  async function enterpriseSession(
    overrides: Parameters<typeof newEnterprise>[1] = {},
  ): Promise<{ organisation: OrganisationEntity; session: Session }> {
    const organisation = await newEnterprise(t.dataSource, overrides);
    const session = await login(t, (await newUser(t.dataSource, organisation, Role.Enterprise)).username);
    return { organisation, session };
  }

  const post = (session: Session, path: string, body: object = {}, language = 'zh-CN') =>
    t.http().post(path).set(bearer(session)).set('Accept-Language', language).send(body);

  async function draft(session: Session, programmeId: string): Promise<string> {
    const response = await post(session, '/api/pilot-applications', {
      programmeId,
      reasons: '已建立技能等级自主评价体系，愿意试点',
      priorityCategories: [PriorityCategory.SkillSelfEvaluation],
    }).expect(201);
    return response.body.id as string;
  }

  async function recommended(session: Session, programmeId: string, district: Session): Promise<string> {
    const id = await draft(session, programmeId);
    await post(session, `/api/pilot-applications/${id}/submit`).expect(200);
    await post(district, `/api/pilot-applications/${id}/recommend`, { reason: OPINION }).expect(200);
    return id;
  }

  const notified = (applicationId: string, recipientOrganisationId: string) =>
    t.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.dedupe_key LIKE :key AND n.recipient_organisation_id = :recipientOrganisationId', {
        key: `pilot:${applicationId}:%`,
        recipientOrganisationId,
      })
      .getMany()
      .then((rows) => rows.map((row) => row.kind).sort());

  it('walks draft → submitted → recommended → approved, each step by its actor, notified and audited', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const { organisation, session } = await enterpriseSession({ size: EnterpriseSize.Medium });
    const id = await draft(session, programmeId);

    // the enterprise edits its draft and submits; the district bureau is told
    await t
      .http()
      .patch(`/api/pilot-applications/${id}`)
      .set(bearer(session))
      .send({ reasons: '制造业企业，技能人才集中' })
      .expect(200);
    const submitted = await post(session, `/api/pilot-applications/${id}/submit`).expect(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      reasons: '制造业企业，技能人才集中',
      editable: false,
    });
    expect(submitted.body.availableActions).toEqual(['withdraw']);
    expect(await notified(id, huangdaoBureau.id)).toEqual(['pilot.submit']);

    // the city may not take the district's step; another district does not see it at all
    const early = await post(city, `/api/pilot-applications/${id}/approve`).expect(409);
    expect(early.body.message).toBe('申报当前状态为“已申报”，不能执行“批准”');
    const wrongActor = await post(city, `/api/pilot-applications/${id}/recommend`, {}, 'en').expect(409);
    expect(wrongActor.body.message).toBe('The application is "Submitted"; "Recommend" is not possible now');
    await post(laoshan, `/api/pilot-applications/${id}/recommend`).expect(404);
    await post(session, `/api/pilot-applications/${id}/recommend`).expect(409);

    const queue = await t
      .http()
      .get('/api/pilot-applications?status=submitted&pageSize=200')
      .set(bearer(huangdao))
      .expect(200);
    expect(queue.body.items.find((item: { id: string }) => item.id === id).availableActions).toEqual([
      'recommend',
      'return',
    ]);
    await post(huangdao, `/api/pilot-applications/${id}/recommend`, { reason: OPINION }).expect(200);
    expect(await notified(id, cityBureau.id)).toEqual(['pilot.recommend']);
    await post(huangdao, `/api/pilot-applications/${id}/approve`).expect(409);

    const approved = await post(city, `/api/pilot-applications/${id}/approve`).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', hasPlan: true });
    expect(approved.body.transitions.map((step: { action: string }) => step.action)).toEqual([
      'submit',
      'recommend',
      'approve',
    ]);
    expect(await notified(id, organisation.id)).toEqual(['pilot.approve']);
    const audit = await t.dataSource.getRepository(AuditLogEntity).findBy({ entityId: id });
    // (plus the denied probe of the other district)
    expect(audit.map((row) => row.action).sort()).toEqual([
      'access.denied',
      'pilot.approve',
      'pilot.create',
      'pilot.recommend',
      'pilot.submit',
      'pilot.update',
    ]);
    // approved is final for the enterprise
    const late = await post(session, `/api/pilot-applications/${id}/withdraw`).expect(409);
    expect(late.body.message).toBe('申报当前状态为“已批准”，不能执行“撤回”');

    // the medium-sized enterprise gets the light plan; the recommending officer is in charge
    const plan = await t.http().get(`/api/pilot-applications/${id}/plan`).set(bearer(session)).expect(200);
    expect(plan.body).toMatchObject({
      variant: 'light',
      editable: false,
      officer: { id: huangdaoOfficerId },
    });
    expect(plan.body.guidelineParts).not.toContain(GuidelinePart.HighSkillLeaderIncentives);
    expect(plan.body.milestones).toHaveLength(3);
  });

  it('return and reject need a reason; the enterprise revises and resubmits a returned application', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const { organisation, session } = await enterpriseSession();
    const id = await draft(session, programmeId);
    await post(session, `/api/pilot-applications/${id}/submit`).expect(200);

    const noReason = await post(huangdao, `/api/pilot-applications/${id}/return`, { reason: '  ' }).expect(
      400,
    );
    expect(noReason.body.details).toEqual([{ field: 'reason', message: '请填写退回意见' }]);
    expect((await t.dataSource.getRepository(PilotApplicationEntity).findOneByOrFail({ id })).status).toBe(
      PilotStatus.Submitted,
    );
    await post(huangdao, `/api/pilot-applications/${id}/return`, { reason: '请补充技能人才结构' }).expect(
      200,
    );
    expect(await notified(id, organisation.id)).toEqual(['pilot.return']);
    await t
      .http()
      .patch(`/api/pilot-applications/${id}`)
      .set(bearer(session))
      .send({ reasons: '补充：高级工 139 人，技师 20 人' })
      .expect(200);
    await post(session, `/api/pilot-applications/${id}/submit`).expect(200);
    await post(huangdao, `/api/pilot-applications/${id}/recommend`, { reason: OPINION }).expect(200);
    // once submitted the enterprise can no longer edit
    const locked = await t
      .http()
      .patch(`/api/pilot-applications/${id}`)
      .set(bearer(session))
      .send({ reasons: '再改' })
      .expect(409);
    expect(locked.body.message).toBe('申报当前状态为“区（市）已推荐”，不能修改');

    await post(city, `/api/pilot-applications/${id}/reject`, {}, 'en').expect(400);
    const rejected = await post(city, `/api/pilot-applications/${id}/reject`, {
      reason: '名额已优先安排制造业龙头企业',
    }).expect(200);
    expect(rejected.body.status).toBe('rejected');
    expect(rejected.body.transitions.at(-1)).toMatchObject({
      action: 'reject',
      reason: '名额已优先安排制造业龙头企业',
    });
    expect(await notified(id, organisation.id)).toEqual(['pilot.reject', 'pilot.return']);
    // a rejected application may be followed by a new one
    await draft(session, programmeId);
  });

  it('the enterprise may withdraw before approval; a second live application is refused', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const { session } = await enterpriseSession();
    const id = await draft(session, programmeId);
    const again = await post(session, '/api/pilot-applications', { programmeId, reasons: '再次申报' }).expect(
      409,
    );
    expect(again.body.details).toEqual([{ field: 'programmeId', message: '本企业已申报该工作方案' }]);
    await post(session, `/api/pilot-applications/${id}/submit`).expect(200);
    await post(session, `/api/pilot-applications/${id}/withdraw`).expect(200);
    expect(await notified(id, huangdaoBureau.id)).toEqual(['pilot.submit', 'pilot.withdraw']);
    await post(huangdao, `/api/pilot-applications/${id}/recommend`).expect(409);
  });

  it('for a city-direct enterprise the city bureau takes the district’s step', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const { session } = await enterpriseSession({ regionCode: '370200' });
    const id = await draft(session, programmeId);
    await post(session, `/api/pilot-applications/${id}/submit`).expect(200);
    expect(await notified(id, cityBureau.id)).toEqual(['pilot.submit']);
    await post(huangdao, `/api/pilot-applications/${id}/recommend`).expect(404);
    await post(city, `/api/pilot-applications/${id}/recommend`, { reason: OPINION }).expect(200);
    await post(city, `/api/pilot-applications/${id}/approve`).expect(200);
  });

  it('scopes lists: a district sees its own district, an enterprise itself', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const inHuangdao = await enterpriseSession();
    const inLaoshan = await enterpriseSession({ regionCode: '370212' });
    const a = await draft(inHuangdao.session, programmeId);
    const b = await draft(inLaoshan.session, programmeId);
    const ids = async (session: Session) =>
      (
        (
          await t
            .http()
            .get(`/api/pilot-applications?programmeId=${programmeId}`)
            .set(bearer(session))
            .expect(200)
        ).body.items as Array<{ id: string }>
      ).map((item) => item.id);
    expect(await ids(huangdao)).toEqual([a]);
    expect(await ids(laoshan)).toEqual([b]);
    expect(await ids(inHuangdao.session)).toEqual([a]);
    expect((await ids(city)).sort()).toEqual([a, b].sort());
    await t.http().get(`/api/pilot-applications/${b}`).set(bearer(huangdao)).expect(404);
    await t.http().get(`/api/pilot-applications/${b}`).set(bearer(inHuangdao.session)).expect(404);
    const filtered = await t
      .http()
      .get(`/api/pilot-applications?programmeId=${programmeId}&regionCode=370212`)
      .set(bearer(huangdao))
      .expect(200);
    expect(filtered.body.items).toEqual([]);
  });

  it('never approves beyond the quota, also when two officials approve at the same moment', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const put = await t
      .http()
      .put(`/api/programmes/${programmeId}/quotas`)
      .set(bearer(city))
      .send({ quotas: [{ regionCode: '370211', quota: 1 }] })
      .expect(200);
    expect(put.body.items.find((row: { regionCode: string }) => row.regionCode === '370211')).toMatchObject({
      quota: 1,
      isDefault: false,
      used: 0,
      remaining: 1,
    });
    const first = await enterpriseSession();
    const second = await enterpriseSession();
    const ids = [
      await recommended(first.session, programmeId, huangdao),
      await recommended(second.session, programmeId, huangdao),
    ];
    const otherCity = await login(t, (await newUser(t.dataSource, cityBureau, Role.CityBureau)).username);
    const responses = await Promise.all([
      post(city, `/api/pilot-applications/${ids[0]}/approve`),
      post(otherCity, `/api/pilot-applications/${ids[1]}/approve`),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const refused = responses.find((response) => response.status === 409)!;
    expect(refused.body).toMatchObject({
      message: '黄岛区的试点名额已满（名额 1 家，已批准 1 家）',
      quota: 1,
      used: 1,
      regionCode: '370211',
    });
    const statuses = await t.dataSource
      .getRepository(PilotApplicationEntity)
      .findBy(ids.map((id) => ({ id })));
    expect(statuses.map((row) => row.status).sort()).toEqual([PilotStatus.Approved, PilotStatus.Recommended]);
    expect(
      await t.dataSource
        .getRepository(EnterprisePlanEntity)
        .countBy(ids.map((applicationId) => ({ applicationId }))),
    ).toBe(1);

    const quotas = await t.http().get(`/api/programmes/${programmeId}/quotas`).set(bearer(city)).expect(200);
    expect(quotas.body.items[0]).toMatchObject({
      regionCode: '370200',
      cityDirect: true,
      quota: 3,
      isDefault: true,
    });
    expect(
      quotas.body.items.find((row: { regionCode: string }) => row.regionCode === '370211'),
    ).toMatchObject({
      quota: 1,
      used: 1,
      remaining: 0,
      pending: 1,
    });
    // a district bureau sees its own row only, and cannot change it
    const own = await t.http().get(`/api/programmes/${programmeId}/quotas`).set(bearer(huangdao)).expect(200);
    expect(own.body.items.map((row: { regionCode: string }) => row.regionCode)).toEqual(['370211']);
    await t
      .http()
      .put(`/api/programmes/${programmeId}/quotas`)
      .set(bearer(huangdao))
      .send({ quotas: [{ regionCode: '370211', quota: 2 }] })
      .expect(403);
  });

  it('validates quotas: the city or its districts, 0–10, not below the approved count', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const { session } = await enterpriseSession();
    const id = await recommended(session, programmeId, huangdao);
    await post(city, `/api/pilot-applications/${id}/approve`).expect(200);
    const response = await t
      .http()
      .put(`/api/programmes/${programmeId}/quotas`)
      .set(bearer(city))
      .send({
        quotas: [
          { regionCode: '530302', quota: 1 },
          { regionCode: '370212', quota: 11 },
        ],
      })
      .expect(400);
    expect(response.body.details).toEqual([{ field: 'quotas.1.quota', message: '名额不能大于 10' }]);
    const region = await t
      .http()
      .put(`/api/programmes/${programmeId}/quotas`)
      .set(bearer(city))
      .send({ quotas: [{ regionCode: '370000', quota: 1 }] })
      .expect(400);
    expect(region.body.details).toEqual([
      { field: 'quotas[0].regionCode', message: '行政区划 370000 不是本市或本市所辖区（市）' },
    ]);
    const below = await t
      .http()
      .put(`/api/programmes/${programmeId}/quotas`)
      .set(bearer(city))
      .send({ quotas: [{ regionCode: '370211', quota: 0 }] })
      .expect(400);
    expect(below.body.details).toEqual([
      { field: 'quotas[0].quota', message: '黄岛区已批准 1 家，名额不能少于已批准数' },
    ]);
  });

  it('a large pilot gets the full plan; bureaus edit it and its milestones, the enterprise only reads', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const { session } = await enterpriseSession({ size: EnterpriseSize.Large });
    const id = await recommended(session, programmeId, huangdao);
    await post(city, `/api/pilot-applications/${id}/approve`).expect(200);
    const plan = await t.http().get(`/api/pilot-applications/${id}/plan`).set(bearer(huangdao)).expect(200);
    expect(plan.body).toMatchObject({ variant: 'full', editable: true });
    expect(plan.body.guidelineParts).toContain(GuidelinePart.HighSkillLeaderIncentives);
    expect(plan.body.officerOptions.map((officer: { id: string }) => officer.id)).toContain(
      huangdaoOfficerId,
    );

    await t
      .http()
      .patch(`/api/pilot-applications/${id}/plan`)
      .set(bearer(session))
      .send({ notes: '企业自改' })
      .expect(403);
    await t.http().get(`/api/pilot-applications/${id}/plan`).set(bearer(laoshan)).expect(404);
    const laoshanOfficer = await t.http().get('/api/auth/me').set(bearer(laoshan)).expect(200);
    const wrongOfficer = await t
      .http()
      .patch(`/api/pilot-applications/${id}/plan`)
      .set(bearer(huangdao))
      .send({ officerId: laoshanOfficer.body.id })
      .expect(400);
    expect(wrongOfficer.body.details[0].field).toBe('officerId');

    const updated = await t
      .http()
      .patch(`/api/pilot-applications/${id}/plan`)
      .set(bearer(huangdao))
      .send({ guidelineParts: ['career-channel', 'high-skill-leader-incentives'], notes: '先做职业发展通道' })
      .expect(200);
    expect(updated.body).toMatchObject({
      guidelineParts: ['career-channel', 'high-skill-leader-incentives'],
    });

    const added = await post(huangdao, `/api/pilot-applications/${id}/plan/milestones`, {
      title: '召开职代会审议',
      dueOn: '2026-12-20',
    }).expect(201);
    const milestone = added.body.milestones.find((m: { title: string }) => m.title === '召开职代会审议');
    expect(milestone).toMatchObject({ dueOn: '2026-12-20', doneAt: null });
    const done = await t
      .http()
      .patch(`/api/pilot-applications/${id}/plan/milestones/${milestone.id}`)
      .set(bearer(city))
      .send({ done: true })
      .expect(200);
    expect(done.body.milestones.find((m: { id: string }) => m.id === milestone.id).doneAt).not.toBeNull();
    const badDate = await post(huangdao, `/api/pilot-applications/${id}/plan/milestones`, {
      title: '无效日期',
      dueOn: '2026-13-40',
    }).expect(400);
    expect(badDate.body.details[0].field).toBe('dueOn');
    const removed = await t
      .http()
      .delete(`/api/pilot-applications/${id}/plan/milestones/${milestone.id}`)
      .set(bearer(huangdao))
      .expect(200);
    expect(removed.body.milestones.map((m: { id: string }) => m.id)).not.toContain(milestone.id);
    const audit = await t.dataSource.getRepository(AuditLogEntity).findBy({ entityId: milestone.id });
    expect(audit.map((row) => row.action).sort()).toEqual([
      'plan.milestone.create',
      'plan.milestone.delete',
      'plan.milestone.update',
    ]);
  });

  it('refuses an application without a registry record or to an unknown programme', async () => {
    const bare = await newOrganisation(t.dataSource, {
      type: OrganisationType.Enterprise,
      regionCode: '370211',
    });
    const session = await login(t, (await newUser(t.dataSource, bare, Role.Enterprise)).username);
    const programmeId = await newProgramme(t.dataSource);
    const missing = await post(session, '/api/pilot-applications', { programmeId, reasons: '申报' }).expect(
      409,
    );
    expect(missing.body.message).toBe('请先由区（市）人社局登记本企业信息，再申报');
    const registered = await enterpriseSession();
    const unknown = await post(registered.session, '/api/pilot-applications', {
      programmeId: '00000000-0000-4000-8000-000000000000',
      reasons: '申报',
    }).expect(400);
    expect(unknown.body.details[0].field).toBe('programmeId');
    await post(huangdao, '/api/pilot-applications', { programmeId, reasons: '代为申报' }).expect(403);
  });

  it('recommending takes the district’s opinion, kept on the transition and shown in the history', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const { session } = await enterpriseSession();
    const id = await draft(session, programmeId);
    await post(session, `/api/pilot-applications/${id}/submit`).expect(200);

    // one click is not enough: no opinion, no recommendation
    const bare = await post(huangdao, `/api/pilot-applications/${id}/recommend`, { reason: ' ' }).expect(400);
    expect(bare.body.details).toEqual([{ field: 'reason', message: '请填写推荐意见' }]);
    const bareEn = await post(huangdao, `/api/pilot-applications/${id}/recommend`, {}, 'en').expect(400);
    expect(bareEn.body.details).toEqual([
      { field: 'reason', message: 'Please give your opinion to Recommend' },
    ]);
    expect((await t.dataSource.getRepository(PilotApplicationEntity).findOneByOrFail({ id })).status).toBe(
      PilotStatus.Submitted,
    );

    const done = await post(huangdao, `/api/pilot-applications/${id}/recommend`, {
      reason: `  ${OPINION}  `,
    }).expect(200);
    expect(done.body.transitions.at(-1)).toMatchObject({
      action: 'recommend',
      fromStatus: 'submitted',
      toStatus: 'recommended',
      reason: OPINION,
    });
    // the enterprise reads the opinion in its history too
    const seen = await t.http().get(`/api/pilot-applications/${id}`).set(bearer(session)).expect(200);
    expect(seen.body.transitions.map((step: { reason: string | null }) => step.reason)).toEqual([
      null,
      OPINION,
    ]);
    const stored = await t.dataSource
      .getRepository(WorkflowTransitionEntity)
      .findOneByOrFail({ subjectId: id, action: 'recommend' });
    expect(stored.reason).toBe(OPINION);
    const audit = await t.dataSource
      .getRepository(AuditLogEntity)
      .findOneByOrFail({ entityId: id, action: 'pilot.recommend' });
    expect(audit.after).toMatchObject({ status: 'recommended', reason: OPINION });
  });

  it('a district sees its quota use and cannot recommend once its places are taken', async () => {
    const programmeId = await newProgramme(t.dataSource);
    await t
      .http()
      .put(`/api/programmes/${programmeId}/quotas`)
      .set(bearer(city))
      .send({ quotas: [{ regionCode: '370211', quota: 1 }] })
      .expect(200);
    const first = await enterpriseSession();
    await post(
      city,
      `/api/pilot-applications/${await recommended(first.session, programmeId, huangdao)}/approve`,
    ).expect(200);

    const second = await enterpriseSession();
    const id = await draft(second.session, programmeId);
    await post(second.session, `/api/pilot-applications/${id}/submit`).expect(200);
    // what the recommend dialog shows the district: 1 of 1 approved
    const own = await t.http().get(`/api/programmes/${programmeId}/quotas`).set(bearer(huangdao)).expect(200);
    expect(own.body.items).toEqual([
      expect.objectContaining({ regionCode: '370211', quota: 1, used: 1, remaining: 0, pending: 0 }),
    ]);
    const full = await post(huangdao, `/api/pilot-applications/${id}/recommend`, { reason: OPINION }).expect(
      409,
    );
    expect(full.body).toMatchObject({
      message: '黄岛区的试点名额已满（名额 1 家，已批准 1 家）',
      quota: 1,
      used: 1,
      regionCode: '370211',
    });
    expect((await t.dataSource.getRepository(PilotApplicationEntity).findOneByOrFail({ id })).status).toBe(
      PilotStatus.Submitted,
    );
    expect(
      await t.dataSource
        .getRepository(WorkflowTransitionEntity)
        .countBy({ subjectId: id, action: 'recommend' }),
    ).toBe(0);

    // once the city raises the quota, the district recommends
    const programme = await t
      .http()
      .get(`/api/programmes/${programmeId}/quotas`)
      .set(bearer(city))
      .expect(200);
    await t
      .http()
      .put(`/api/programmes/${programmeId}/quotas`)
      .set(bearer(city))
      .set('If-Match', `"${programmeId}:${programme.body.programmeVersion}"`)
      .send({ quotas: [{ regionCode: '370211', quota: 2 }] })
      .expect(200);
    await post(huangdao, `/api/pilot-applications/${id}/recommend`, { reason: OPINION }).expect(200);
    const after = await t
      .http()
      .get(`/api/programmes/${programmeId}/quotas`)
      .set(bearer(huangdao))
      .expect(200);
    expect(after.body.items[0]).toMatchObject({ quota: 2, used: 1, remaining: 1, pending: 1 });
  });

  it('the enterprise attaches files (工会意见) while it may edit; readers download them, others cannot', async () => {
    const programmeId = await newProgramme(t.dataSource);
    const { session } = await enterpriseSession();
    const other = await enterpriseSession();
    const id = await draft(session, programmeId);
    const attach = (as: Session, file: Buffer, name: string) =>
      t.http().post(`/api/pilot-applications/${id}/attachments`).set(bearer(as)).attach('files', file, name);

    const added = await attach(session, PDF, '工会意见.pdf').expect(201);
    expect(added.body.attachments).toEqual([
      expect.objectContaining({ fileName: '工会意见.pdf', mimeType: 'application/pdf', size: PDF.length }),
    ]);
    // allow-listed types whose content matches: a renamed program or a text file is refused
    const before = await t.dataSource.getRepository(AttachmentEntity).countBy({ ownerId: id });
    const renamed = await attach(session, Buffer.from('MZ\x90\x00 not a pdf'), '职代会决议.pdf').expect(400);
    expect(renamed.body.details).toEqual([
      { field: 'files[0]', message: '文件“职代会决议.pdf”的内容与扩展名不符（不是真正的 PDF 文件）' },
    ]);
    await attach(session, Buffer.from('plain'), 'notes.txt').expect(400);
    expect(await t.dataSource.getRepository(AttachmentEntity).countBy({ ownerId: id })).toBe(before);
    // nobody else attaches: the district (403) and another enterprise (404)
    await attach(huangdao, PDF, '推荐表.pdf').expect(403);
    await attach(other.session, PDF, 'x.pdf').expect(404);

    const fileId = added.body.attachments[0].id as string;
    await post(session, `/api/pilot-applications/${id}/submit`).expect(200);
    const download = await t
      .http()
      .get(`/api/pilot-applications/${id}/attachments/${fileId}`)
      .set(bearer(huangdao))
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.from(download.body as Buffer).equals(PDF)).toBe(true);
    await t
      .http()
      .get(`/api/pilot-applications/${id}/attachments/${fileId}`)
      .set(bearer(laoshan))
      .expect(404);

    // submitted: the files are part of what the district reviews
    const locked = await attach(session, PDF, '补充.pdf').expect(409);
    expect(locked.body.message).toBe('申报已提交，不能再增删附件；退回后可修改');
    await t
      .http()
      .delete(`/api/pilot-applications/${id}/attachments/${fileId}`)
      .set(bearer(session))
      .expect(409);

    // returned: the enterprise replaces the file
    await post(huangdao, `/api/pilot-applications/${id}/return`, { reason: '工会意见未盖章' }).expect(200);
    const removed = await t
      .http()
      .delete(`/api/pilot-applications/${id}/attachments/${fileId}`)
      .set(bearer(session))
      .expect(200);
    expect(removed.body.attachments).toEqual([]);
    const actions = (await t.dataSource.getRepository(AuditLogEntity).findBy({ entityId: id }))
      .map((row) => row.action)
      .filter((action) => action.startsWith('pilot.'))
      .sort();
    expect(actions).toEqual(['pilot.attach', 'pilot.create', 'pilot.detach', 'pilot.return', 'pilot.submit']);
  });
});
