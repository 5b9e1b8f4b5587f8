import { CaseStatus, OrganisationType, Role } from '@skillpay/domain';
import { newCase } from '../../../test/case-builders';
import { newWageUpload, type WageRowInput } from '../../../test/benchmark-builders';
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
  unique,
} from '../../../test/test-app';
import { AttachmentEntity } from '../attachments/attachment.entity';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { CaseAssignmentEntity } from '../case-reviews/case-assignment.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { CaseStudyVersionEntity } from './case-study-version.entity';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
/** a Windows program renamed to look like a PDF: its bytes say what it is */
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126, 0x90)]);
const OCCUPATION = '6-18-01-01';

/** A case as 曲靖 case A tells it (附件2): new employees' monthly performance pay 495 → 1,420 元. */
function caseBody(programmeId: string, overrides: Record<string, unknown> = {}) {
  return {
    programmeId,
    title: unique('新员工绩效工资与技能等级挂钩'),
    articles: [25, 20],
    background: '新员工绩效工资偏低，一年内流失率高，技能提升缺乏激励。',
    measures: '按岗位价值和技能等级确定薪点，绩效工资随技能等级晋升提高。',
    results: [
      { indicator: '新员工月度绩效工资', before: 495, after: 1420, unit: '元', period: '2021 → 2022' },
    ],
    resultsNarrative: '新员工月度绩效工资提高近两倍，流失率明显下降。',
    ...overrides,
  };
}

describe('case studies: writing, versions and the district step', () => {
  let t: TestApp;
  let programmeId: string;
  let cityBureau: OrganisationEntity;
  let huangdaoBureau: OrganisationEntity;
  let city: Session;
  let huangdao: Session;
  let huangdaoColleague: Session;
  let laoshan: Session;
  let reviewerOrg: OrganisationEntity;
  let reviewerId: string;
  let reviewer: Session;

  beforeAll(async () => {
    t = await createTestApp();
    programmeId = await newProgramme(t.dataSource);
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
    huangdao = await login(t, (await newUser(t.dataSource, huangdaoBureau, Role.DistrictBureau)).username);
    huangdaoColleague = await login(
      t,
      (await newUser(t.dataSource, huangdaoBureau, Role.DistrictBureau)).username,
    );
    laoshan = await login(t, (await newUser(t.dataSource, laoshanBureau, Role.DistrictBureau)).username);
    reviewerOrg = await newOrganisation(t.dataSource, {
      type: OrganisationType.TradeUnion,
      regionCode: '370200',
    });
    const reviewerUser = await newUser(t.dataSource, reviewerOrg, Role.Reviewer);
    reviewerId = reviewerUser.id;
    reviewer = await login(t, reviewerUser.username);
  });
  afterAll(() => t.close());

  async function enterpriseSession(
    regionCode = '370211',
  ): Promise<{ organisation: OrganisationEntity; session: Session }> {
    const organisation = await newEnterprise(t.dataSource, { regionCode });
    const session = await login(t, (await newUser(t.dataSource, organisation, Role.Enterprise)).username);
    return { organisation, session };
  }

  const post = (session: Session, path: string, body: object = {}, language = 'zh-CN') =>
    t.http().post(path).set(bearer(session)).set('Accept-Language', language).send(body);
  const get = (session: Session, path: string) => t.http().get(path).set(bearer(session));
  const patch = (session: Session, path: string, body: object, ifMatch?: string) => {
    const request = t.http().patch(path).set(bearer(session));
    if (ifMatch) request.set('If-Match', ifMatch);
    return request.send(body);
  };

  async function drafted(session: Session, overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await post(session, '/api/cases', caseBody(programmeId, overrides)).expect(201);
    return response.body.id as string;
  }

  async function submitted(session: Session, overrides: Record<string, unknown> = {}): Promise<string> {
    const id = await drafted(session, overrides);
    await post(session, `/api/cases/${id}/submit`).expect(200);
    return id;
  }

  const notified = (caseId: string, recipientOrganisationId: string) =>
    t.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.dedupe_key LIKE :key AND n.recipient_organisation_id = :recipientOrganisationId', {
        key: `case:${caseId}:%`,
        recipientOrganisationId,
      })
      .getMany()
      .then((rows) => rows.map((row) => row.kind).sort());

  const auditActions = (caseId: string) =>
    t.dataSource
      .getRepository(AuditLogEntity)
      .find({ where: { entityType: 'case_study', entityId: caseId }, order: { id: 'ASC' } })
      .then((rows) => rows.map((row) => row.action));

  it('walks draft → submitted → endorsed: the enterprise edits under If-Match, the district endorses', async () => {
    const { organisation, session } = await enterpriseSession();
    const created = await post(session, '/api/cases', caseBody(programmeId)).expect(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      status: 'draft',
      currentVersionNo: 1,
      articles: [20, 25],
      chapters: ['post-pay', 'performance-pay'],
      editable: true,
      availableActions: ['submit'],
      programmeId,
      authorOrganisationId: organisation.id,
      enterprise: { id: organisation.id, regionCode: '370211', regionName: '黄岛区', external: false },
    });
    expect(created.body.current.results).toEqual([
      { indicator: '新员工月度绩效工资', before: 495, after: 1420, unit: '元', period: '2021 → 2022' },
    ]);
    // a draft is its writer's: the district does not see it yet
    await get(huangdao, `/api/cases/${id}`).expect(404);

    const opened = await get(session, `/api/cases/${id}`).expect(200);
    const etag = opened.headers.etag as string;
    expect(etag).toBe(`"${id}:${opened.body.version}"`);
    const edited = await patch(
      session,
      `/api/cases/${id}`,
      { title: '薪点工资制让新员工留得住' },
      etag,
    ).expect(200);
    expect(edited.body.title).toBe('薪点工资制让新员工留得住');
    expect(edited.headers.etag).not.toBe(etag);
    // a second tab still holding the first ETag changes nothing
    const stale = await patch(session, `/api/cases/${id}`, { title: '旧标签页的标题' }, etag).expect(412);
    expect(stale.body.version).toBe(edited.body.version);
    expect((await get(session, `/api/cases/${id}`)).body.title).toBe('薪点工资制让新员工留得住');

    const sent = await post(session, `/api/cases/${id}/submit`).expect(200);
    expect(sent.body).toMatchObject({ status: 'submitted', editable: false, availableActions: [] });
    expect(sent.body.current.submittedAt).not.toBeNull();
    await patch(session, `/api/cases/${id}`, { title: '提交后再改' }).expect(409);
    expect(await notified(id, huangdaoBureau.id)).toEqual(['case.submit']);

    // another district does not see it; the city may not take the district's step
    await get(laoshan, `/api/cases/${id}`).expect(404);
    await post(laoshan, `/api/cases/${id}/endorse`).expect(404);
    const wrongActor = await post(city, `/api/cases/${id}/endorse`, {}, 'en').expect(409);
    expect(wrongActor.body.message).toBe('The case is "Submitted"; "Endorse" is not possible now');

    const queue = await get(huangdao, '/api/cases?status=submitted&pageSize=200').expect(200);
    expect(queue.body.items.find((item: { id: string }) => item.id === id).availableActions).toEqual([
      'endorse',
      'return',
    ]);
    const endorsed = await post(huangdao, `/api/cases/${id}/endorse`, {
      reason: '做法可复制，推荐参评',
    }).expect(200);
    expect(endorsed.body.status).toBe('endorsed');
    expect(endorsed.body.transitions.map((step: { action: string }) => step.action)).toEqual([
      'submit',
      'endorse',
    ]);
    expect(endorsed.body.transitions[1]).toMatchObject({
      reason: '做法可复制，推荐参评',
      toStatus: 'endorsed',
    });
    expect(await notified(id, cityBureau.id)).toEqual(['case.endorse']);
    expect(await notified(id, organisation.id)).toEqual(['case.endorse']);
    // the review steps are not this route's: nobody sees them offered here
    expect((await get(city, `/api/cases/${id}`)).body.availableActions).toEqual([]);
    const actions = await auditActions(id);
    expect(actions.filter((action) => action !== 'access.denied')).toEqual([
      'case.create',
      'case.update',
      'case.submit',
      'case.endorse',
    ]);
    // the probes from outside the scope (the district's early look, 崂山's two) are on record
    expect(actions.filter((action) => action === 'access.denied')).toHaveLength(3);
  });

  it('edits a returned case as version 2 while version 1 stays readable as submitted', async () => {
    const { organisation, session } = await enterpriseSession();
    const id = await submitted(session);
    const bare = await post(huangdao, `/api/cases/${id}/return`, { reason: ' ' }).expect(400);
    expect(bare.body.details).toEqual([{ field: 'reason', message: '请填写退回理由' }]);
    const bareEn = await post(huangdao, `/api/cases/${id}/return`, {}, 'en').expect(400);
    expect(bareEn.body.details).toEqual([{ field: 'reason', message: 'Please give your reason to Return' }]);

    const returned = await post(huangdao, `/api/cases/${id}/return`, {
      reason: '成效数据请补充实施前后的人数口径',
    }).expect(200);
    expect(returned.body.status).toBe('returned');
    expect(await notified(id, organisation.id)).toEqual(['case.return']);
    expect((await get(session, `/api/cases/${id}`)).body).toMatchObject({
      editable: true,
      availableActions: ['submit'],
    });

    const figures = [
      { indicator: '新员工月度绩效工资', before: 495, after: 1420, unit: '元', period: '2021 → 2022' },
      { indicator: '新员工一年内流失率', before: 38, after: 21, unit: '%', period: '2021 → 2022' },
    ];
    const v2 = await patch(session, `/api/cases/${id}`, { results: figures }).expect(200);
    expect(v2.body.currentVersionNo).toBe(2);
    expect(v2.body.current).toMatchObject({ versionNo: 2, results: figures, submittedAt: null });
    // further edits stay in version 2
    await patch(session, `/api/cases/${id}`, {
      resultsNarrative: '统计口径为当年入职的技能岗位新员工。',
    }).expect(200);
    const versions = await get(session, `/api/cases/${id}/versions`).expect(200);
    expect(versions.body.map((v: { versionNo: number }) => v.versionNo)).toEqual([2, 1]);
    expect(versions.body[1].results).toHaveLength(1);
    expect(versions.body[1].submittedAt).not.toBeNull();
    expect(versions.body[1].resultsNarrative).toBe('新员工月度绩效工资提高近两倍，流失率明显下降。');
    expect(versions.body[0].resultsNarrative).toBe('统计口径为当年入职的技能岗位新员工。');

    const again = await post(session, `/api/cases/${id}/submit`).expect(200);
    expect(
      again.body.versions.map((v: { versionNo: number; submittedAt: string | null }) => v.versionNo),
    ).toEqual([2, 1]);
    expect(again.body.versions.every((v: { submittedAt: string | null }) => v.submittedAt)).toBe(true);
    // the district reads both versions
    expect((await get(huangdao, `/api/cases/${id}/versions`).expect(200)).body).toHaveLength(2);
    expect(await t.dataSource.getRepository(CaseStudyVersionEntity).countBy({ caseId: id })).toBe(2);
  });

  it('lets a district bureau write about an enterprise of its district, endorsed by a colleague', async () => {
    const { organisation, session: enterprise } = await enterpriseSession();
    const { organisation: laoshanEnterprise } = await enterpriseSession('370212');
    const outside = await post(
      huangdao,
      '/api/cases',
      caseBody(programmeId, { enterpriseId: laoshanEnterprise.id }),
    ).expect(400);
    expect(outside.body.details).toEqual([
      { field: 'enterpriseId', message: '只能为本辖区登记的企业撰写案例' },
    ]);
    const none = await post(huangdao, '/api/cases', caseBody(programmeId), 'en').expect(400);
    expect(none.body.details[0].field).toBe('enterpriseId');

    const created = await post(
      huangdao,
      '/api/cases',
      caseBody(programmeId, { enterpriseId: organisation.id }),
    ).expect(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      authorOrganisationId: huangdaoBureau.id,
      authorOrganisationName: huangdaoBureau.name,
      enterprise: { id: organisation.id },
    });
    // the bureau writes it together: a colleague sees the draft and may edit it
    expect((await get(huangdaoColleague, `/api/cases/${id}`).expect(200)).body.editable).toBe(true);
    const sent = await post(huangdao, `/api/cases/${id}/submit`).expect(200);
    // the writer may not endorse what it wrote (maker-checker); a colleague may
    expect(sent.body.availableActions).toEqual(['return']);
    const own = await post(huangdao, `/api/cases/${id}/endorse`).expect(403);
    expect(own.body.message).toContain('推荐');
    expect((await get(huangdaoColleague, `/api/cases/${id}`)).body.availableActions).toEqual([
      'endorse',
      'return',
    ]);
    await post(huangdaoColleague, `/api/cases/${id}/endorse`).expect(200);
    // the enterprise the case is about reads it, but only its writer changes it
    const read = await get(enterprise, `/api/cases/${id}`).expect(200);
    expect(read.body).toMatchObject({ status: 'endorsed', editable: false, availableActions: [] });
  });

  it('puts the district step and the returned cases on the workbenches of those who act on them', async () => {
    const todo = async (session: Session, kind: string) => {
      const { body } = await get(session, '/api/workbench').expect(200);
      const group = body.groups.find((candidate: { kind: string }) => candidate.kind === kind);
      return (group?.items ?? []).map((item: { id: string; link: string }) => item.link);
    };
    const { organisation, session } = await enterpriseSession();
    const id = await submitted(session);
    expect(await todo(huangdao, 'cases-to-endorse')).toContain(`/cases/${id}`);
    expect(await todo(laoshan, 'cases-to-endorse')).not.toContain(`/cases/${id}`);
    // a case the district wrote waits on the colleague's workbench, not on the writer's
    const own = (
      await post(huangdao, '/api/cases', caseBody(programmeId, { enterpriseId: organisation.id })).expect(201)
    ).body.id as string;
    await post(huangdao, `/api/cases/${own}/submit`).expect(200);
    expect(await todo(huangdao, 'cases-to-endorse')).not.toContain(`/cases/${own}`);
    expect(await todo(huangdaoColleague, 'cases-to-endorse')).toContain(`/cases/${own}`);

    await post(huangdao, `/api/cases/${id}/return`, { reason: '请补充实施前后的人数' }).expect(200);
    expect(await todo(session, 'cases-returned')).toEqual([`/cases/${id}`]);
    expect(await todo(huangdaoColleague, 'cases-to-endorse')).not.toContain(`/cases/${id}`);
  });

  it('lets the city bureau take the district step for a 市直 enterprise', async () => {
    const { organisation, session } = await enterpriseSession('370200');
    const id = await submitted(session);
    expect(await notified(id, cityBureau.id)).toEqual(['case.submit']);
    await get(huangdao, `/api/cases/${id}`).expect(404);
    const seen = await get(city, `/api/cases/${id}`).expect(200);
    expect(seen.body.enterprise).toMatchObject({ id: organisation.id, cityDirect: true });
    expect(seen.body.availableActions).toEqual(['endorse', 'return']);
    await post(city, `/api/cases/${id}/endorse`, { reason: '市直企业，同意推荐' }).expect(200);
  });

  it('keeps cases in scope: another enterprise, another district and unassigned reviewers get 404', async () => {
    const { organisation, session } = await enterpriseSession();
    const { session: other } = await enterpriseSession();
    const id = await submitted(session);
    await get(other, `/api/cases/${id}`).expect(404);
    await get(other, `/api/cases/${id}/versions`).expect(404);
    await patch(other, `/api/cases/${id}`, { title: '冒名修改' }).expect(404);
    expect(
      (await get(other, '/api/cases?pageSize=200')).body.items.map((c: { id: string }) => c.id),
    ).not.toContain(id);
    await get(laoshan, `/api/cases/${id}`).expect(404);
    expect((await get(city, `/api/cases/${id}`)).status).toBe(200);

    // a reviewer sees only what it is assigned to
    const { caseStudy, version } = await newCase(t.dataSource, {
      enterpriseId: organisation.id,
      programmeId,
      status: CaseStatus.UnderReview,
    });
    await get(reviewer, `/api/cases/${caseStudy.id}`).expect(404);
    await get(reviewer, `/api/cases/${caseStudy.id}/versions`).expect(404);
    expect((await get(reviewer, '/api/cases?pageSize=200')).body.items).toEqual([]);
    await t.dataSource.getRepository(CaseAssignmentEntity).insert({
      caseId: caseStudy.id,
      caseVersionId: version.id,
      reviewerUserId: reviewerId,
      reviewerOrganisationId: reviewerOrg.id,
      dueDate: '2026-12-31',
      rubric: { criteria: [], disagreementThreshold: 15 },
    });
    const assigned = await get(reviewer, `/api/cases/${caseStudy.id}`).expect(200);
    expect(assigned.body).toMatchObject({ title: version.title, editable: false, availableActions: [] });
    expect(
      (await get(reviewer, '/api/cases?pageSize=200')).body.items.map((c: { id: string }) => c.id),
    ).toEqual([caseStudy.id]);
    await get(reviewer, `/api/cases/${id}`).expect(404);
    // reviewers neither write nor act on cases here
    await post(reviewer, '/api/cases', caseBody(programmeId)).expect(403);
  });

  it('stores allowed attachments, refuses a disguised file by its bytes, and freezes them on submission', async () => {
    const { session } = await enterpriseSession();
    const id = await drafted(session);
    const attached = await t
      .http()
      .post(`/api/cases/${id}/attachments`)
      .set(bearer(session))
      .attach('files', PDF, '薪点工资制实施办法.pdf')
      .expect(201);
    expect(attached.body.attachments.map((a: { fileName: string }) => a.fileName)).toEqual([
      '薪点工资制实施办法.pdf',
    ]);
    const before = await t.dataSource.getRepository(AttachmentEntity).countBy({ ownerType: 'case-study' });
    const refused = await t
      .http()
      .post(`/api/cases/${id}/attachments`)
      .set(bearer(session))
      .attach('files', EXE, '职代会决议.pdf')
      .expect(400);
    expect(refused.body.details[0].field).toBe('files[0]');
    expect(refused.body.details[0].message).toContain('职代会决议.pdf');
    expect(await t.dataSource.getRepository(AttachmentEntity).countBy({ ownerType: 'case-study' })).toBe(
      before,
    );

    await post(session, `/api/cases/${id}/submit`).expect(200);
    const url = `/api/cases/${id}/attachments/${attached.body.attachments[0].id}`;
    const download = await t.http().get(url).set(bearer(huangdao)).buffer(true).expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    await t.http().get(url).set(bearer(laoshan)).expect(404);
    await t
      .http()
      .post(`/api/cases/${id}/attachments`)
      .set(bearer(session))
      .attach('files', PDF, '补充材料.pdf')
      .expect(409);
  });

  it('shows the wage outcome of two years from stored uploads: aggregates only, small cells hidden', async () => {
    const { organisation, session } = await enterpriseSession();
    const rows = (level: string, pays: number[], months = 12): WageRowInput[] =>
      pays.map((pay) => ({ occupationCode: OCCUPATION, skillLevel: level, pay, months }));
    // Worked example (annualised pay = total × 12 ÷ months worked; skilled posts only):
    //   中级工 (level-4) 2025: 54,000 ×3 and 60,000 ×3            → mean 57,000 (6 employees)
    //   中级工 (level-4) 2026: 60,000 ×3, 66,000 ×2 and 33,000 for
    //                         6 months (= 66,000 a year)           → mean 63,000 (6 employees)
    //   change: (63,000 − 57,000) ÷ 57,000 = 10.53 % → 10.5
    //   技师 (level-2): 2 and 3 employees, fewer than 5 → headcounts only, no mean, no change
    //   technical posts (unrated) are not skilled employees: not in the panel at all
    await newWageUpload(t.dataSource, {
      programmeId,
      enterpriseId: organisation.id,
      regionCode: '370211',
      year: 2025,
      rows: [
        ...rows('level-4', [54_000, 54_000, 54_000, 60_000, 60_000, 60_000]),
        ...rows('level-2', [90_000, 96_000]),
        ...rows('unrated', [200_000, 200_000, 200_000, 200_000, 200_000]),
      ],
    });
    await newWageUpload(t.dataSource, {
      programmeId,
      enterpriseId: organisation.id,
      regionCode: '370211',
      year: 2026,
      rows: [
        ...rows('level-4', [60_000, 60_000, 60_000, 66_000, 66_000]),
        ...rows('level-4', [33_000], 6),
        ...rows('level-2', [99_000, 102_000, 105_000]),
      ],
    });
    const id = await drafted(session);
    const missing = await patch(session, `/api/cases/${id}`, {
      wageYears: { fromYear: 2024, toYear: 2026 },
    }).expect(400);
    expect(missing.body.details).toEqual([
      { field: 'wageYears.fromYear', message: '企业尚未报送 2024 年度的工资数据，不能生成工资成效' },
    ]);
    await patch(session, `/api/cases/${id}`, { wageYears: { fromYear: 2026, toYear: 2025 } }).expect(400);

    const panel = await patch(session, `/api/cases/${id}`, {
      wageYears: { fromYear: 2025, toYear: 2026 },
    }).expect(200);
    expect(panel.body.current.wageOutcome).toEqual({
      fromYear: 2025,
      toYear: 2026,
      minHeadcount: 5,
      levels: [
        {
          skillLevel: 'level-4',
          fromHeadcount: 6,
          toHeadcount: 6,
          fromMeanAnnual: 57_000,
          toMeanAnnual: 63_000,
          changePercent: 10.5,
        },
        {
          skillLevel: 'level-2',
          fromHeadcount: 2,
          toHeadcount: 3,
          fromMeanAnnual: null,
          toMeanAnnual: null,
          changePercent: null,
        },
      ],
    });
    // no row, no employee reference, no individual amount leaves the database
    const text = JSON.stringify(panel.body);
    for (const secret of ['E1', '90000', '96000', '99000', '33000', '200000'])
      expect(text).not.toContain(secret);

    // the panel goes with the version: removing it is an edit like any other
    const removed = await patch(session, `/api/cases/${id}`, { wageYears: null }).expect(200);
    expect(removed.body.current.wageOutcome).toBeNull();
  });

  it('answers bad input with 400 naming the field in Chinese and English, and checks a case is complete before submitting', async () => {
    const { session } = await enterpriseSession();
    const bad = {
      title: '',
      articles: [4, 20, 45],
      results: [{ indicator: '', before: 'abc', after: 1, unit: '元', period: '2022' }],
    };
    const zh = await post(session, '/api/cases', { ...bad, programmeId }).expect(400);
    const zhFields = zh.body.details.map((d: { field: string }) => d.field);
    expect(zhFields).toEqual(
      expect.arrayContaining(['title', 'articles', 'results.0.indicator', 'results.0.before']),
    );
    expect(zh.body.details.find((d: { field: string }) => d.field === 'articles').message).toContain(
      '指引条款',
    );
    expect(zh.body.details.find((d: { field: string }) => d.field === 'results.0.indicator').message).toBe(
      '指标不能为空',
    );
    const en = await post(session, '/api/cases', { ...bad, programmeId }, 'en').expect(400);
    expect(en.body.details.find((d: { field: string }) => d.field === 'articles').message).toContain(
      'Guideline articles',
    );
    await post(session, '/api/cases', caseBody(programmeId, { programmeId: 'not-a-uuid' })).expect(400);
    await post(session, '/api/cases', caseBody(programmeId, { payPlanIds: [programmeId] })).expect(400);

    // a bare draft may be saved, but not submitted
    const draft = await post(session, '/api/cases', { programmeId, title: unique('待完善的案例') }).expect(
      201,
    );
    const incomplete = await post(session, `/api/cases/${draft.body.id}/submit`, {}, 'en').expect(400);
    expect(incomplete.body.details).toEqual([
      { field: 'articles', message: 'Guideline articles must not be empty' },
      { field: 'background', message: 'Background and problem must not be empty' },
      { field: 'measures', message: 'Measures taken must not be empty' },
      { field: 'results', message: 'Result figures must not be empty' },
    ]);

    // a draft never submitted can be deleted (softly); a submitted one cannot
    await t.http().delete(`/api/cases/${draft.body.id}`).set(bearer(session)).expect(204);
    await get(session, `/api/cases/${draft.body.id}`).expect(404);
    const kept = await submitted(session);
    await t.http().delete(`/api/cases/${kept}`).set(bearer(session)).expect(409);
    expect(await auditActions(draft.body.id)).toEqual(['case.create', 'case.delete']);
  });

  it('filters the list by status, chapter, region and text, and exports it as xlsx', async () => {
    const { session } = await enterpriseSession();
    const title = unique('带徒津贴激励师徒传承');
    const id = await submitted(session, { title, articles: [31] });
    const ids = async (query: string) =>
      (await get(huangdao, `/api/cases?pageSize=200&${query}`).expect(200)).body.items.map(
        (c: { id: string }) => c.id,
      );
    expect(await ids('chapter=allowances')).toContain(id);
    expect(await ids('chapter=post-pay')).not.toContain(id);
    expect(await ids(`q=${encodeURIComponent('带徒津贴')}`)).toContain(id);
    expect(await ids('status=endorsed')).not.toContain(id);
    expect(await ids('regionCode=370211')).toContain(id);
    await get(huangdao, '/api/cases?chapter=nonsense').expect(400);
    const file = await t
      .http()
      .get(`/api/cases/export?format=xlsx&q=${encodeURIComponent(title)}`)
      .set(bearer(huangdao))
      .buffer(true)
      .expect(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
  });
});
