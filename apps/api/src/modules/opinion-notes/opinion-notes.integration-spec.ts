import {
  chinaToday,
  GuidelineChapter,
  ProgrammeMeasureTopic,
  OpinionNoteStatus,
  OpinionResponseChannel,
  OpinionSentiment,
  OpinionSource,
  OrganisationType,
  Role,
} from '@skillpay/domain';
import { chinaDay, newProgramme } from '../../../test/programme-builders';
import { newCity } from '../../../test/service-window-builders';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { type OrganisationEntity } from '../organisations/organisation.entity';

describe('public-opinion notes (舆情)', () => {
  let t: TestApp;
  let programmeId: string;
  let cityBureau: OrganisationEntity;
  let districtBureau: OrganisationEntity;
  let otherDistrictBureau: OrganisationEntity;
  let city: Session;
  let district: Session;
  let otherDistrict: Session;
  let company: Session;

  beforeAll(async () => {
    t = await createTestApp();
    const region = await newCity(t.dataSource);
    programmeId = await newProgramme(t.dataSource, region.cityCode);
    const session = async (organisation: OrganisationEntity, role: Role) =>
      login(t, (await newUser(t.dataSource, organisation, role)).username);
    cityBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: region.cityCode,
      name: '测试市人社局',
    });
    districtBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: region.districtCode,
      name: '甲区人社局',
    });
    otherDistrictBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: region.otherDistrictCode,
      name: '乙区人社局',
    });
    city = await session(cityBureau, Role.CityBureau);
    district = await session(districtBureau, Role.DistrictBureau);
    otherDistrict = await session(otherDistrictBureau, Role.DistrictBureau);
    company = await session(
      await newOrganisation(t.dataSource, {
        type: OrganisationType.Enterprise,
        regionCode: region.districtCode,
      }),
      Role.Enterprise,
    );
  });
  afterAll(() => t.close());

  const send = (
    method: 'post' | 'patch' | 'delete',
    session: Session,
    path: string,
    body: object = {},
    headers: Record<string, string> = {},
  ) => {
    const { 'Accept-Language': language = 'zh-CN', ...others } = headers;
    const http = t.http();
    const request =
      method === 'post' ? http.post(path) : method === 'patch' ? http.patch(path) : http.delete(path);
    return request.set(bearer(session)).set('Accept-Language', language).set(others).send(body);
  };
  const get = (session: Session, path: string) => t.http().get(path).set(bearer(session));
  const note = (overrides: object = {}) => ({
    programmeId,
    source: OpinionSource.Hotline,
    notedOn: chinaDay(-3),
    summary: '来电询问技能津贴是否计入最低工资（测试）',
    topics: [GuidelineChapter.Allowances],
    sentiment: OpinionSentiment.Neutral,
    heat: 3,
    ...overrides,
  });
  const audits = (entityId: string) =>
    t.dataSource.getRepository(AuditLogEntity).find({ where: { entityId }, order: { occurredAt: 'ASC' } });

  it('walks monitoring → responding → responded → closed and reopens, each step by the responsible unit and audited', async () => {
    const created = await send('post', district, '/api/opinion-notes', note()).expect(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      status: OpinionNoteStatus.Monitoring,
      recorderName: '甲区人社局',
      responsibleName: '甲区人社局',
      availableActions: ['take'],
      canEdit: true,
      canDelete: true,
    });
    expect(created.headers.etag).toBe(`"${id}:1"`);
    // the city sees it but does not act for the responsible district
    expect((await get(city, `/api/opinion-notes/${id}`).expect(200)).body.availableActions).toEqual([]);
    await send('post', city, `/api/opinion-notes/${id}/take`, { explanation: '口径' }).expect(409);

    // taking it up needs the agreed explanation: 400 naming the field, in the reader's language
    const noExplanation = await send('post', district, `/api/opinion-notes/${id}/take`, {}).expect(400);
    expect(noExplanation.body.details).toEqual([
      expect.objectContaining({ field: 'explanation', message: '研判回应时请填写解释口径' }),
    ]);
    const inEnglish = await send(
      'post',
      district,
      `/api/opinion-notes/${id}/take`,
      {},
      { 'Accept-Language': 'en' },
    ).expect(400);
    expect(inEnglish.body.details[0].message).toBe(
      'Please give the agreed explanation when taking the note up',
    );
    // a stale If-Match changes nothing
    await send(
      'post',
      district,
      `/api/opinion-notes/${id}/take`,
      { explanation: '口径' },
      { 'If-Match': `"${id}:0"` },
    ).expect(412);
    const explanation =
      '技能津贴属于工资组成部分，但最低工资不包括加班工资和特殊环境津贴，以《最低工资规定》第十二条为准。';
    const taken = await send(
      'post',
      district,
      `/api/opinion-notes/${id}/take`,
      { explanation },
      { 'If-Match': `"${id}:1"` },
    ).expect(200);
    expect(taken.body).toMatchObject({
      status: OpinionNoteStatus.Responding,
      explanation,
      availableActions: ['respond'],
    });
    // not closable before it was answered: 409 with the state
    const early = await send('post', district, `/api/opinion-notes/${id}/close`).expect(409);
    expect(early.body.status).toBe(OpinionNoteStatus.Responding);

    // the response: text, date and channel, each named when missing or wrong
    const missing = await send('post', district, `/api/opinion-notes/${id}/respond`, {
      respondedOn: chinaDay(-4),
    }).expect(400);
    expect(missing.body.details.map((problem: { field: string }) => problem.field)).toEqual([
      'response',
      'respondedOn',
      'responseChannel',
    ]);
    expect(missing.body.details[1].message).toBe('回应日期不能早于舆情日期');
    const responded = await send('post', district, `/api/opinion-notes/${id}/respond`, {
      response: '已电话回复来电人并告知口径。',
      respondedOn: chinaDay(-1),
      responseChannel: OpinionResponseChannel.HotlineReply,
    }).expect(200);
    expect(responded.body).toMatchObject({
      status: OpinionNoteStatus.Responded,
      respondedOn: chinaDay(-1),
      responseChannel: OpinionResponseChannel.HotlineReply,
      canEdit: false,
    });
    // no edits once responded
    await send('patch', district, `/api/opinion-notes/${id}`, { heat: 4 }).expect(409);
    await send('post', district, `/api/opinion-notes/${id}/close`, { comment: '已答复' }).expect(200);
    // reopening needs a reason
    const noReason = await send('post', district, `/api/opinion-notes/${id}/reopen`).expect(400);
    expect(noReason.body.details).toEqual([
      expect.objectContaining({ field: 'comment', message: '重新回应时请填写原因' }),
    ]);
    const reopened = await send('post', district, `/api/opinion-notes/${id}/reopen`, {
      comment: '同类来电增多，需补充口径',
    }).expect(200);
    expect(reopened.body.status).toBe(OpinionNoteStatus.Responding);
    expect(reopened.body.history.map((step: { action: string }) => step.action)).toEqual([
      'take',
      'respond',
      'close',
      'reopen',
    ]);
    expect(reopened.body.history[3]).toMatchObject({
      actor: '甲区人社局',
      comment: '同类来电增多，需补充口径',
    });

    expect((await audits(id)).map((row) => row.action)).toEqual([
      'opinion-note.create',
      'opinion-note.take',
      'opinion-note.respond',
      'opinion-note.close',
      'opinion-note.reopen',
    ]);
  });

  it('scopes notes: a district sees its own and those assigned to it, the city all, others 404', async () => {
    const own = (
      await send('post', district, '/api/opinion-notes', note({ summary: '甲区自记舆情' })).expect(201)
    ).body.id;
    const cityOwn = (
      await send('post', city, '/api/opinion-notes', note({ summary: '市局自记舆情' })).expect(201)
    ).body.id;
    // the city assigns a note to the other district at once; a district cannot
    const assigned = await send(
      'post',
      city,
      '/api/opinion-notes',
      note({
        summary: '市局交乙区回应的舆情',
        responsibleOrganisationId: otherDistrictBureau.id,
      }),
    ).expect(201);
    expect(assigned.body.responsibleName).toBe('乙区人社局');
    const refused = await send(
      'post',
      district,
      '/api/opinion-notes',
      note({ responsibleOrganisationId: otherDistrictBureau.id }),
    ).expect(400);
    expect(refused.body.details).toEqual([
      expect.objectContaining({
        field: 'responsibleOrganisationId',
        message: '只有市人社局可以指定其他责任单位',
      }),
    ]);

    const ids = async (session: Session) =>
      (
        (await get(session, `/api/opinion-notes?programmeId=${programmeId}&pageSize=200`).expect(200)).body
          .items as Array<{ id: string }>
      ).map((item) => item.id);
    const cityIds = await ids(city);
    expect(cityIds).toEqual(expect.arrayContaining([own, cityOwn, assigned.body.id]));
    const otherIds = await ids(otherDistrict);
    expect(otherIds).toContain(assigned.body.id);
    expect(otherIds).not.toContain(own);
    expect(otherIds).not.toContain(cityOwn);
    expect(await ids(district)).not.toContain(assigned.body.id);

    // a note of another district is 404, read or written; enterprises have no access at all
    await get(otherDistrict, `/api/opinion-notes/${own}`).expect(404);
    await send('patch', otherDistrict, `/api/opinion-notes/${own}`, { heat: 5 }).expect(404);
    await get(company, '/api/opinion-notes').expect(403);

    // the assigned district acts on it; the city, which recorded it, does not
    const seen = await get(otherDistrict, `/api/opinion-notes/${assigned.body.id}`).expect(200);
    expect(seen.body.availableActions).toEqual(['take']);
    expect(
      (await get(city, `/api/opinion-notes/${assigned.body.id}`).expect(200)).body.availableActions,
    ).toEqual([]);

    // the city reassigns its own note to the first district, which then sees it
    const etag = (await get(city, `/api/opinion-notes/${cityOwn}`).expect(200)).headers.etag;
    const moved = await send(
      'patch',
      city,
      `/api/opinion-notes/${cityOwn}`,
      { responsibleOrganisationId: districtBureau.id },
      { 'If-Match': etag },
    ).expect(200);
    expect(moved.body).toMatchObject({ responsibleName: '甲区人社局', version: 2 });
    expect(moved.body.revisions).toEqual([
      expect.objectContaining({
        version: 1,
        changedFields: ['responsibleOrganisationId'],
        editor: '测试市人社局',
      }),
    ]);
    expect(await ids(district)).toContain(cityOwn);
    // a district cannot move a note it answers for
    const move = await send('patch', district, `/api/opinion-notes/${cityOwn}`, {
      responsibleOrganisationId: otherDistrictBureau.id,
    }).expect(400);
    expect(move.body.details[0].field).toBe('responsibleOrganisationId');
  });

  it('keeps each edit as a revision, answers 412 to a stale one, and deletes softly with a reason', async () => {
    const created = await send(
      'post',
      district,
      '/api/opinion-notes',
      note({ summary: '编辑前摘要' }),
    ).expect(201);
    const id = created.body.id as string;
    const edited = await send(
      'patch',
      district,
      `/api/opinion-notes/${id}`,
      { summary: '编辑后摘要', heat: 4 },
      { 'If-Match': created.headers.etag },
    ).expect(200);
    expect(edited.body).toMatchObject({ summary: '编辑后摘要', heat: 4, version: 2 });
    expect(edited.body.revisions[0]).toMatchObject({ version: 1, changedFields: ['summary', 'heat'] });
    const stale = await send(
      'patch',
      district,
      `/api/opinion-notes/${id}`,
      { heat: 5 },
      { 'If-Match': created.headers.etag },
    ).expect(412);
    expect(stale.body.version).toBe(2);
    // bad content, each field named: 其他 without the source, a future day, an unknown topic, heat 6
    const bad = await send('patch', district, `/api/opinion-notes/${id}`, {
      source: OpinionSource.Other,
      notedOn: chinaDay(2),
      topics: ['salary-of-mayor'],
      heat: 6,
      summary: '   ',
    }).expect(400);
    expect(bad.body.details.map((problem: { field: string }) => problem.field)).toEqual([
      'sourceDetail',
      'notedOn',
      'topics',
      'heat',
      'summary',
    ]);
    // the revision's content is the earlier note
    const [revision] = await t.dataSource.query<Array<{ content: { summary: string; heat: number } }>>(
      `SELECT content FROM opinion_note_revision WHERE note_id = $1 AND version = 1`,
      [id],
    );
    expect(revision.content).toMatchObject({ summary: '编辑前摘要', heat: 3 });

    await send('delete', district, `/api/opinion-notes/${id}`, { reason: ' ' }).expect(400);
    await send('delete', otherDistrict, `/api/opinion-notes/${id}`, { reason: '误录' }).expect(404);
    await send(
      'delete',
      district,
      `/api/opinion-notes/${id}`,
      { reason: '重复登记' },
      { 'If-Match': `"${id}:2"` },
    ).expect(204);
    await get(district, `/api/opinion-notes/${id}`).expect(404);
    const [row] = await t.dataSource.query<Array<{ delete_reason: string; deleted: boolean }>>(
      `SELECT delete_reason, deleted_at IS NOT NULL AS deleted FROM opinion_note WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ delete_reason: '重复登记', deleted: true });
    expect((await audits(id)).map((audit) => audit.action)).toEqual([
      'opinion-note.create',
      'opinion-note.update',
      // the other district's probe is answered 404 and audited as a denial
      'access.denied',
      'opinion-note.delete',
    ]);
  });

  it('lists with filters (topic, sentiment, month, Chinese substring) newest first', async () => {
    const programme = await newProgramme(
      t.dataSource,
      (await t.dataSource.query(`SELECT region_code FROM programme WHERE id = $1`, [programmeId]))[0]
        .region_code,
    );
    const make = (overrides: object) =>
      send('post', district, '/api/opinion-notes', note({ programmeId: programme, ...overrides })).expect(
        201,
      );
    await make({
      summary: '网民担心工资价位公布泄露企业薪酬',
      source: OpinionSource.Online,
      topics: [ProgrammeMeasureTopic.WageBenchmarks],
      sentiment: OpinionSentiment.Negative,
      notedOn: chinaDay(-40),
    });
    await make({
      summary: '座谈会建议放开高级技师比例限制',
      source: OpinionSource.Symposium,
      topics: [GuidelineChapter.CareerChannel],
      notedOn: chinaDay(-2),
    });
    await make({
      summary: '媒体报道试点企业技能津贴落实_100%',
      source: OpinionSource.Media,
      topics: [GuidelineChapter.Allowances, ProgrammeMeasureTopic.PilotEnterprises],
      sentiment: OpinionSentiment.Positive,
      notedOn: chinaDay(-1),
    });
    const list = async (query: string) =>
      (
        (await get(district, `/api/opinion-notes?programmeId=${programme}${query}`).expect(200)).body
          .items as Array<{ summary: string }>
      ).map((item) => item.summary);
    expect(await list('')).toEqual([
      '媒体报道试点企业技能津贴落实_100%',
      '座谈会建议放开高级技师比例限制',
      '网民担心工资价位公布泄露企业薪酬',
    ]);
    expect(await list(`&topic=${ProgrammeMeasureTopic.WageBenchmarks}`)).toEqual([
      '网民担心工资价位公布泄露企业薪酬',
    ]);
    expect(await list(`&sentiment=${OpinionSentiment.Positive}`)).toEqual([
      '媒体报道试点企业技能津贴落实_100%',
    ]);
    expect(await list(`&search=${encodeURIComponent('技师比例')}`)).toEqual([
      '座谈会建议放开高级技师比例限制',
    ]);
    // % and _ are searched literally
    expect(await list(`&search=${encodeURIComponent('_100%')}`)).toEqual([
      '媒体报道试点企业技能津贴落实_100%',
    ]);
    expect(await list(`&search=${encodeURIComponent('%')}`)).toHaveLength(1);
    const month = chinaDay(-40).slice(0, 7);
    expect(await list(`&from=${month}&to=${month}`)).toContain('网民担心工资价位公布泄露企业薪酬');
    const bad = await get(district, `/api/opinion-notes?topic=mayor`).expect(400);
    expect(bad.body.details[0].field).toBe('topic');
    await get(district, `/api/opinion-notes?from=2026-12&to=2026-01`).expect(400);
  });

  it('counts by topic, sentiment, month and status exactly as the rows in the scope', async () => {
    const programme = await newProgramme(
      t.dataSource,
      (await t.dataSource.query(`SELECT region_code FROM programme WHERE id = $1`, [programmeId]))[0]
        .region_code,
    );
    const make = (session: Session, overrides: object) =>
      send('post', session, '/api/opinion-notes', note({ programmeId: programme, ...overrides })).expect(201);
    // district: two notes in month A (one about two topics), one in month B; the other district one
    const monthA = chinaDay(-35);
    const monthB = chinaDay(-1);
    await make(district, {
      notedOn: monthA,
      topics: [GuidelineChapter.Allowances, ProgrammeMeasureTopic.PayDataCollection],
      sentiment: OpinionSentiment.Negative,
    });
    await make(district, { notedOn: monthA, topics: [GuidelineChapter.Allowances] });
    const taken = (
      await make(district, {
        notedOn: monthB,
        topics: [ProgrammeMeasureTopic.PilotEnterprises],
        sentiment: OpinionSentiment.Positive,
      })
    ).body.id;
    await send('post', district, `/api/opinion-notes/${taken}/take`, {
      explanation: '按试点方案解释',
    }).expect(200);
    await make(otherDistrict, { notedOn: monthB, topics: [GuidelineChapter.Allowances] });

    const stats = async (session: Session) =>
      (await get(session, `/api/opinion-notes/statistics?programmeId=${programme}`).expect(200)).body;
    const mine = await stats(district);
    expect(mine.total).toBe(3);
    expect(mine.open).toBe(3);
    // a note counts once per topic: allowances 2, pay data collection 1, pilot enterprises 1
    expect(mine.byTopic).toEqual([
      { key: GuidelineChapter.Allowances, count: 2 },
      { key: ProgrammeMeasureTopic.PayDataCollection, count: 1 },
      { key: ProgrammeMeasureTopic.PilotEnterprises, count: 1 },
    ]);
    expect(mine.bySentiment).toEqual(
      expect.arrayContaining([
        { key: OpinionSentiment.Negative, count: 1 },
        { key: OpinionSentiment.Neutral, count: 1 },
        { key: OpinionSentiment.Positive, count: 1 },
      ]),
    );
    expect(mine.byStatus).toEqual(
      expect.arrayContaining([
        { key: OpinionNoteStatus.Monitoring, count: 2 },
        { key: OpinionNoteStatus.Responding, count: 1 },
      ]),
    );
    // every month from the first to the last, empty ones as 0
    expect(mine.byMonth[0]).toEqual({ key: monthA.slice(0, 7), count: 2 });
    expect(mine.byMonth[mine.byMonth.length - 1]).toEqual({ key: monthB.slice(0, 7), count: 1 });
    expect(mine.byMonth.reduce((sum: number, row: { count: number }) => sum + row.count, 0)).toBe(3);

    // the city counts both districts; the figures equal its list
    const all = await stats(city);
    expect(all.total).toBe(4);
    const listed = (await get(city, `/api/opinion-notes?programmeId=${programme}&pageSize=200`).expect(200))
      .body.total;
    expect(all.total).toBe(listed);
    expect(all.byTopic[0]).toEqual({ key: GuidelineChapter.Allowances, count: 3 });
    // a month range narrows the counts
    const onlyB = (
      await get(
        city,
        `/api/opinion-notes/statistics?programmeId=${programme}&from=${monthB.slice(0, 7)}&to=${monthB.slice(0, 7)}`,
      ).expect(200)
    ).body;
    expect(onlyB.total).toBe(2);
    expect(onlyB.byMonth).toEqual([{ key: monthB.slice(0, 7), count: 2 }]);
    expect(chinaToday() >= monthB).toBe(true);
  });
});
