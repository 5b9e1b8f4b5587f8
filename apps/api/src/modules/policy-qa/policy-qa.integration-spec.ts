import { OrganisationType, RegionLevel, Role } from '@skillpay/domain';
import {
  bearer,
  createTestApp,
  login,
  newIp,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
  unique,
} from '../../../test/test-app';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { RegionEntity } from '../regions/region.entity';

/**
 * A city of its own (烟台市 with 芝罘区), so every public search is filtered to this suite's entries
 * (`regionCode=370600`): two people of its city bureau (maker and checker), a district bureau, and
 * Qingdao's city bureau (another city) and an enterprise from outside.
 */
describe('policy Q&A (政策问答)', () => {
  let t: TestApp;
  let maker: Session;
  let checker: Session;
  let zhifu: Session;
  let qingdaoCity: Session;
  let enterprise: Session;

  const CITY = '370600';
  const BASIS = [{ document: '人社厅发〔2021〕7号《技能人才薪酬分配指引》', article: '第三十一条' }];

  const get = (session: Session | null, url: string, language = 'zh-CN') => {
    const call = t.http().get(url).set('Accept-Language', language);
    return session ? call.set(bearer(session)) : call.set('X-Forwarded-For', newIp());
  };
  const send = (
    method: 'post' | 'patch' | 'delete',
    session: Session,
    url: string,
    body: object = {},
    headers: Record<string, string> = {},
  ) => {
    const http = t.http();
    return http[method](url)
      .set(bearer(session))
      .set('Accept-Language', headers['Accept-Language'] ?? 'zh-CN')
      .set(headers)
      .send(body);
  };
  const publicSearch = (query: string) =>
    get(null, `/api/public/policy-qa?regionCode=${CITY}&pageSize=50&${query}`).expect(200);

  async function region(code: string, name: string, nameEn: string, level: RegionLevel, parent: string) {
    const parentPath = parent === '370000' ? '370000/' : `370000/${parent}/`;
    await t.dataSource
      .getRepository(RegionEntity)
      .upsert({ code, name, nameEn, level, parentCode: parent, path: `${parentPath}${code}/` }, ['code']);
  }

  async function draft(overrides: object = {}): Promise<{ id: string; etag: string }> {
    const created = await send('post', maker, '/api/policy-qa', {
      question: unique('技能津贴能否计入最低工资？'),
      answer: '不能。\n技能津贴是对职工技能水平的补偿，不属于最低工资的组成部分。',
      citations: BASIS,
      topics: ['allowances'],
      ...overrides,
    }).expect(201);
    return { id: created.body.id, etag: created.headers.etag };
  }

  async function published(overrides: object = {}): Promise<string> {
    const { id } = await draft(overrides);
    await send('post', checker, `/api/policy-qa/${id}/publish`).expect(200);
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    await region('370600', '烟台市', 'Yantai', RegionLevel.City, '370000');
    await region('370602', '芝罘区', 'Zhifu', RegionLevel.District, '370600');
    const bureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: CITY,
      name: unique('烟台市人社局'),
    });
    maker = await login(t, (await newUser(t.dataSource, bureau, Role.CityBureau)).username);
    checker = await login(t, (await newUser(t.dataSource, bureau, Role.CityBureau)).username);
    const district = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370602',
      name: unique('芝罘区人社局'),
    });
    zhifu = await login(t, (await newUser(t.dataSource, district, Role.DistrictBureau)).username);
    const qingdao = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: '370200',
      name: unique('青岛市人社局'),
    });
    qingdaoCity = await login(t, (await newUser(t.dataSource, qingdao, Role.CityBureau)).username);
    const company = await newOrganisation(t.dataSource, { regionCode: '370602' });
    enterprise = await login(t, (await newUser(t.dataSource, company, Role.Enterprise)).username);
  });

  afterAll(() => t.close());

  it('publishes through a second person; the public finds it by a Chinese substring of its answer', async () => {
    const { id } = await draft({ answer: '不能。\n技能津贴是对职工技能水平的补偿，不计入最低工资。' });
    const own = await get(maker, `/api/policy-qa/${id}`).expect(200);
    expect(own.body).toMatchObject({
      status: 'draft',
      regionName: '烟台市',
      versionNumber: 1,
      callerIsMaker: true,
      editable: true,
      availableActions: [],
    });
    // the author may not publish their own wording (maker-checker): 403 in the reader's language
    const refused = await send('post', maker, `/api/policy-qa/${id}/publish`).expect(403);
    expect(refused.body.message).toContain('政策问答');
    const before = await publicSearch(`q=${encodeURIComponent('技能水平的补偿')}`);
    expect(before.body.items.map((item: { id: string }) => item.id)).not.toContain(id);

    const checked = await get(checker, `/api/policy-qa/${id}`).expect(200);
    expect(checked.body).toMatchObject({ callerIsMaker: false, availableActions: ['publish'] });
    const done = await send(
      'post',
      checker,
      `/api/policy-qa/${id}/publish`,
      {},
      { 'If-Match': checked.headers.etag },
    ).expect(200);
    expect(done.body).toMatchObject({ status: 'published', availableActions: ['withdraw'], editable: false });

    // 技能水平的补偿 is a substring of the answer's second paragraph; 技能 水平 (two words) both occur
    for (const q of ['技能水平的补偿', '技能 水平', '不计入最低工资', '第三十一条']) {
      const found = await publicSearch(`q=${encodeURIComponent(q)}`);
      expect(found.body.items.map((item: { id: string }) => item.id)).toContain(id);
    }
    const miss = await publicSearch(`q=${encodeURIComponent('技能水平的报酬')}`);
    expect(miss.body.items.map((item: { id: string }) => item.id)).not.toContain(id);

    const byTopic = await publicSearch('topic=allowances');
    expect(byTopic.body.items.map((item: { id: string }) => item.id)).toContain(id);
    const otherTopic = await publicSearch('topic=wage-benchmarks');
    expect(otherTopic.body.items.map((item: { id: string }) => item.id)).not.toContain(id);

    const one = await get(null, `/api/public/policy-qa/${id}`).expect(200);
    expect(Object.keys(one.body).sort()).toEqual(
      [
        'answer',
        'citations',
        'id',
        'publishedAt',
        'question',
        'regionCode',
        'regionName',
        'regionNameEn',
        'topics',
        'updatedAt',
      ].sort(),
    );
    expect(one.body).toMatchObject({ regionName: '烟台市', citations: BASIS, topics: ['allowances'] });
    expect(one.body.updatedAt).toBe(one.body.publishedAt);
  });

  it('takes % and _ literally, and full-width characters like their half-width forms', async () => {
    const percent = await published({ answer: '绩效工资占比一般在 30%左右，由企业自定。' });
    const underscore = await published({ answer: '岗位编码 A_1 表示一岗一薪的第一档。' });
    const plain = await published({ answer: '绩效工资占比由企业自定，岗位编码 A1 表示第一档。' });
    const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

    const pct = await publicSearch(`q=${encodeURIComponent('30%左右')}`);
    expect(ids(pct.body)).toEqual([percent]);
    // a lone % matches the one answer holding a percent sign, not every answer
    const lone = await publicSearch(`q=${encodeURIComponent('%')}`);
    expect(ids(lone.body)).toEqual([percent]);
    const us = await publicSearch(`q=${encodeURIComponent('A_1')}`);
    expect(ids(us.body)).toEqual([underscore]);
    // ＡＩ？ no: full-width Ａ＿１ reads as A_1
    const wide = await publicSearch(`q=${encodeURIComponent('ａ＿１')}`);
    expect(ids(wide.body)).toEqual([underscore]);
    expect(ids((await publicSearch(`q=${encodeURIComponent('A1')}`)).body)).toEqual([plain]);
  });

  it('shows the public neither drafts nor withdrawn entries; withdrawing needs a reason', async () => {
    const { id: draftId } = await draft({ answer: '草稿中的解答：一岗多薪的定档规则。' });
    await get(null, `/api/public/policy-qa/${draftId}`).expect(404);
    const id = await published({ answer: '已发布后撤回的解答：一岗多薪的定档规则。' });
    await get(null, `/api/public/policy-qa/${id}`).expect(200);

    const noReason = await send('post', maker, `/api/policy-qa/${id}/withdraw`, { reason: '  ' }).expect(400);
    expect(noReason.body.details[0]).toMatchObject({ field: 'reason', message: '撤回政策问答时请填写原因' });
    const withdrawn = await send('post', maker, `/api/policy-qa/${id}/withdraw`, {
      reason: '表述需与新修订的实施细则一致',
    }).expect(200);
    expect(withdrawn.body).toMatchObject({
      status: 'withdrawn',
      withdrawReason: '表述需与新修订的实施细则一致',
    });

    await get(null, `/api/public/policy-qa/${id}`).expect(404);
    const found = await publicSearch(`q=${encodeURIComponent('一岗多薪的定档规则')}`);
    expect(found.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
    expect(found.body.items.map((item: { id: string }) => item.id)).not.toContain(draftId);
  });

  it('keeps every wording: an edit is a new version, the old one stays readable', async () => {
    const id = await published({
      question: unique('首席技师可否实行年薪制？'),
      answer: '可以。\n年薪由基本年薪和绩效年薪构成。',
      topics: ['high-skill-leaders'],
    });
    // a published entry is withdrawn before it is edited
    const locked = await send('patch', maker, `/api/policy-qa/${id}`, { answer: '改' }).expect(409);
    expect(locked.body.message).toContain('请先撤回');
    await send('post', maker, `/api/policy-qa/${id}/withdraw`, { reason: '补充绩效年薪的说明' }).expect(200);

    const seen = await get(maker, `/api/policy-qa/${id}`).expect(200);
    // a stale If-Match changes nothing
    await send(
      'patch',
      maker,
      `/api/policy-qa/${id}`,
      { answer: '旧版本上的修改' },
      { 'If-Match': `"${id}:1"` },
    ).expect(412);
    const edited = await send(
      'patch',
      maker,
      `/api/policy-qa/${id}`,
      { answer: '可以。\n年薪一般由基本年薪、绩效年薪构成，绩效年薪占比较高。' },
      { 'If-Match': seen.headers.etag },
    ).expect(200);
    expect(edited.body).toMatchObject({ versionNumber: 2, status: 'withdrawn', callerIsMaker: true });
    expect(edited.headers.etag).not.toBe(seen.headers.etag);
    // saving the same wording again adds no version
    const same = await send('patch', maker, `/api/policy-qa/${id}`, {
      topics: ['high-skill-leaders'],
    }).expect(200);
    expect(same.body.versionNumber).toBe(2);

    const versions = await get(maker, `/api/policy-qa/${id}/versions`).expect(200);
    expect(versions.body.map((v: { number: number; current: boolean }) => [v.number, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(versions.body[1].answer).toBe('可以。\n年薪由基本年薪和绩效年薪构成。');
    // the stored row of a version is never rewritten
    await expect(
      t.dataSource.query(`UPDATE policy_qa_version SET answer = 'x' WHERE id = $1`, [versions.body[1].id]),
    ).rejects.toThrow(/immutable/);

    // the maker of version 2 is barred from publishing it; the checker publishes, the public reads version 2
    await send('post', maker, `/api/policy-qa/${id}/publish`).expect(403);
    await send('post', checker, `/api/policy-qa/${id}/publish`).expect(200);
    const pub = await get(null, `/api/public/policy-qa/${id}`).expect(200);
    expect(pub.body.answer).toContain('绩效年薪占比较高');
    expect(new Date(pub.body.updatedAt).getTime()).toBeGreaterThan(new Date(pub.body.publishedAt).getTime());
    const oldWords = await publicSearch(`q=${encodeURIComponent('基本年薪和绩效年薪')}`);
    expect(oldWords.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
  });

  it('keeps each city to its own entries; districts read the published ones; others nothing', async () => {
    const { id: draftId } = await draft();
    const id = await published();

    // the district of the city reads published entries, never drafts, and writes nothing
    await get(zhifu, `/api/policy-qa/${id}`).expect(200);
    await get(zhifu, `/api/policy-qa/${draftId}`).expect(404);
    const list = await get(zhifu, '/api/policy-qa?pageSize=200').expect(200);
    expect(list.body.items.every((item: { status: string }) => item.status === 'published')).toBe(true);
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(id);
    await send('post', zhifu, '/api/policy-qa', {
      question: '区里能否起草？',
      answer: '不能。',
      citations: BASIS,
      topics: ['allowances'],
    }).expect(403);
    await send('post', zhifu, `/api/policy-qa/${id}/withdraw`, { reason: '区里撤回' }).expect(403);

    // another city's bureau: as if the entries did not exist
    await get(qingdaoCity, `/api/policy-qa/${id}`).expect(404);
    await send('post', qingdaoCity, `/api/policy-qa/${id}/withdraw`, { reason: '跨市撤回' }).expect(404);
    const qingdaoList = await get(qingdaoCity, '/api/policy-qa?pageSize=200').expect(200);
    expect(qingdaoList.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
    // an enterprise has no bureau view at all
    await get(enterprise, '/api/policy-qa').expect(403);
  });

  it('deletes drafts softly, never a published entry, and audits every change', async () => {
    const { id, etag } = await draft();
    await send(
      'patch',
      maker,
      `/api/policy-qa/${id}`,
      { question: unique('修改后的问题') },
      { 'If-Match': etag },
    ).expect(200);
    const seen = await get(maker, `/api/policy-qa/${id}`).expect(200);
    await send('delete', maker, `/api/policy-qa/${id}`, {}, { 'If-Match': seen.headers.etag }).expect(204);
    await get(maker, `/api/policy-qa/${id}`).expect(404);

    const live = await published();
    const refused = await send('delete', maker, `/api/policy-qa/${live}`).expect(409);
    expect(refused.body.message).toBe('政策问答“已发布”时不能修改或删除，请先撤回');
    await send('post', maker, `/api/policy-qa/${live}/publish`).expect(409);
    await send('post', maker, `/api/policy-qa/${live}/withdraw`, { reason: '政策调整' }).expect(200);

    const audit = await t.dataSource.getRepository(AuditLogEntity).findBy({ entityId: id });
    expect(audit.map((row) => `${row.action} ${row.outcome}`).sort()).toEqual(
      ['policy_qa.create success', 'policy_qa.delete success', 'policy_qa.update success'].sort(),
    );
    const update = audit.find((row) => row.action === 'policy_qa.update')!;
    expect(update.after).toMatchObject({ versionNumber: 2, changed: ['question'] });
    const liveAudit = await t.dataSource.getRepository(AuditLogEntity).findBy({ entityId: live });
    expect(liveAudit.map((row) => row.action).sort()).toEqual(
      ['policy_qa.create', 'policy_qa.publish', 'policy_qa.withdraw'].sort(),
    );
  });

  it('answers bad input with 400s naming the field, in both languages', async () => {
    const missing = await send('post', maker, '/api/policy-qa', {
      question: '   ',
      answer: '解答',
      citations: BASIS,
      topics: ['allowances'],
    }).expect(400);
    expect(missing.body.details).toEqual([
      expect.objectContaining({ field: 'question', message: '问题不能为空' }),
    ]);

    const english = await send(
      'post',
      maker,
      '/api/policy-qa',
      {
        question: '问题',
        answer: '解答',
        citations: [{ document: '', article: '第一条' }],
        topics: ['minimum-wage'],
      },
      { 'Accept-Language': 'en' },
    ).expect(400);
    const fields = english.body.details.map((detail: { field: string }) => detail.field).sort();
    expect(fields).toEqual(['citations.0.document', 'topics']);
    const documentProblem = english.body.details.find(
      (d: { field: string }) => d.field === 'citations.0.document',
    );
    expect(documentProblem.message).toBe('Document must not be empty');

    const noBasis = await send('post', maker, '/api/policy-qa', {
      question: '问题',
      answer: '解答',
      citations: [],
      topics: ['allowances'],
    }).expect(400);
    expect(noBasis.body.details[0].field).toBe('citations');
    expect(noBasis.body.details[0].message).toContain('政策依据');

    const badTopic = await get(null, `/api/public/policy-qa?topic=nope`).expect(400);
    expect(badTopic.body.details[0].field).toBe('topic');
    await get(null, `/api/public/policy-qa/not-a-uuid`).expect(400);
  });

  it('stores an answer as plain text: markup is kept as typed, never interpreted', async () => {
    const id = await published({ answer: '第一段。\n<script>alert(1)</script>\n\n  第三段。  ' });
    const one = await get(null, `/api/public/policy-qa/${id}`).expect(200);
    expect(one.body.answer).toBe('第一段。\n<script>alert(1)</script>\n第三段。');
    expect(one.headers['content-type']).toContain('application/json');
  });
});
