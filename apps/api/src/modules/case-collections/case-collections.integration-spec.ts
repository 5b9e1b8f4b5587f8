import {
  CaseStatus,
  EnterpriseSize,
  GuidelineChapter,
  OrganisationType,
  Ownership,
  PilotStatus,
  Role,
} from '@skillpay/domain';
import JSZip from 'jszip';
import type request from 'supertest';
import { newCase } from '../../../test/case-builders';
import { newEnterprise } from '../../../test/enterprise-builders';
import { newApplication, newProgramme } from '../../../test/programme-builders';
import {
  bearer,
  createTestApp,
  login,
  newIp,
  newOrganisation,
  newSession,
  newUser,
  type Session,
  type TestApp,
  unique,
} from '../../../test/test-app';
import { QUJING_COLLECTION_TITLE } from '../../database/seed/demo-case-collections';
import { CaseStudyVersionEntity } from '../cases/case-study-version.entity';
import { CaseStudyEntity } from '../cases/case-study.entity';

/** A binary body (docx) as a Buffer. */
function binary(response: request.Response, done: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The text of a docx's main part. */
async function documentXml(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}

describe('case collections (案例精选) and the public case pages', () => {
  let t: TestApp;
  let city: Session;
  let huangdaoBureau: Session;
  let huangdaoBureauId: string;
  let laoshanBureauId: string;
  let otherCity: Session;
  let enterpriseSession: Session;
  /** C, large, state-owned, in 黄岛区 */
  let steelId: string;
  /** M, small, non-public, in 崂山区 */
  let labId: string;
  let steelCase: { id: string; title: string };
  let labCase: { id: string; title: string };
  let thirdCase: { id: string; title: string };
  /** endorsed, not selected: never goes into an edition */
  let endorsedCase: { id: string; title: string };
  /** selected, but in no published edition */
  let waitingCase: { id: string; title: string };
  /** the words only this suite's cases contain (the demo's and other suites' cases aside) */
  const marker = unique('试点标记');

  const get = (session: Session | null, url: string) => {
    const request = t.http().get(url);
    return session ? request.set(bearer(session)) : request.set('X-Forwarded-For', newIp());
  };
  const etag = (response: { headers: Record<string, string> }) => response.headers.etag;

  async function selectedCase(
    enterpriseId: string,
    regionCode: string,
    version: Record<string, unknown>,
    status = CaseStatus.Selected,
  ) {
    const { caseStudy, version: saved } = await newCase(t.dataSource, {
      enterpriseId,
      regionCode,
      status,
      version: version as never,
    });
    return { id: caseStudy.id, title: saved.title };
  }

  async function createEdition(title: string, body: Record<string, unknown> = {}) {
    const response = await t
      .http()
      .post('/api/case-collections')
      .set(bearer(city))
      .send({ title, ...body })
      .expect(201);
    return response;
  }

  async function setEntries(
    id: string,
    entries: Array<{ caseId: string; editorNote?: string }>,
    status = 200,
  ) {
    const current = await get(city, `/api/case-collections/${id}`).expect(200);
    return t
      .http()
      .patch(`/api/case-collections/${id}`)
      .set(bearer(city))
      .set('If-Match', etag(current))
      .send({ entries })
      .expect(status);
  }

  async function publish(id: string, status = 200) {
    const current = await get(city, `/api/case-collections/${id}`).expect(200);
    return t
      .http()
      .post(`/api/case-collections/${id}/publish`)
      .set(bearer(city))
      .set('If-Match', etag(current))
      .expect(status);
  }

  beforeAll(async () => {
    t = await createTestApp();
    city = await newSession(t, OrganisationType.CityBureau, '370200', Role.CityBureau);
    const huangdao = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370211',
    });
    huangdaoBureauId = huangdao.id;
    huangdaoBureau = await login(t, (await newUser(t.dataSource, huangdao, Role.DistrictBureau)).username);
    laoshanBureauId = (
      await newOrganisation(t.dataSource, { type: OrganisationType.DistrictBureau, regionCode: '370212' })
    ).id;
    otherCity = await newSession(t, OrganisationType.CityBureau, '530300', Role.CityBureau);

    const steel = await newEnterprise(t.dataSource, {
      regionCode: '370211',
      industrySection: 'C',
      size: EnterpriseSize.Large,
      ownership: Ownership.StateOwned,
    });
    steelId = steel.id;
    enterpriseSession = await login(t, (await newUser(t.dataSource, steel, Role.Enterprise)).username);
    labId = (
      await newEnterprise(t.dataSource, {
        regionCode: '370212',
        industrySection: 'M',
        size: EnterpriseSize.Small,
        ownership: Ownership.NonPublic,
      })
    ).id;

    steelCase = await selectedCase(steelId, '370211', {
      title: unique('薪点工资制改革'),
      articles: [20, 25],
      measures: `${marker}：推行薪点工资制，按岗位价值和技能等级确定薪点。`,
      results: [
        { indicator: '一线技能人员月均薪点值', before: 8, after: 11, unit: '元/点', period: '2025 → 2026' },
      ],
    });
    labCase = await selectedCase(labId, '370212', {
      title: unique('师带徒激励'),
      articles: [33],
      measures: `${marker}：签订师徒协议。`,
      results: [{ indicator: '带徒津贴', before: 0, after: 300, unit: '元/月', period: '2026' }],
      resultsNarrative: '设立带徒津贴后，新员工三个月内独立上岗的比例明显提高。',
    });
    thirdCase = await selectedCase(steelId, '370211', {
      title: unique('首席技师年薪制'),
      articles: [38, 39],
      measures: `${marker}：首席技师实行年薪制。`,
      results: [],
    });
    endorsedCase = await selectedCase(
      steelId,
      '370211',
      { title: unique('尚在评审的案例'), measures: `${marker}：评审中。` },
      CaseStatus.Endorsed,
    );
    waitingCase = await selectedCase(labId, '370212', {
      title: unique('已入选未刊发'),
      measures: `${marker}：薪点与带徒津贴，尚未刊发。`,
    });
  });

  afterAll(() => t.close());

  describe('the city builds and publishes an edition', () => {
    let editionId: string;

    it('starts a draft from the selected cases: order, foreword and editor’s notes', async () => {
      const candidates = await get(city, '/api/case-collections/candidates').expect(200);
      const candidateIds = candidates.body.items.map((item: { caseId: string }) => item.caseId);
      expect(candidateIds).toEqual(expect.arrayContaining([steelCase.id, labCase.id, thirdCase.id]));
      expect(candidateIds).not.toContain(endorsedCase.id);

      const created = await createEdition('2026年第1辑', {
        foreword: '前言：指导一个，带动一批，影响一片。',
      });
      editionId = created.body.id;
      expect(created.body).toMatchObject({ status: 'draft', editable: true, entries: [], caseCount: 0 });

      const patched = await setEntries(editionId, [
        { caseId: labCase.id, editorNote: '小微企业也能做' },
        { caseId: steelCase.id, editorNote: '薪点制的完整做法' },
      ]);
      expect(
        patched.body.entries.map((e: { caseId: string; position: number; editorNote: string }) => [
          e.caseId,
          e.position,
          e.editorNote,
        ]),
      ).toEqual([
        [labCase.id, 1, '小微企业也能做'],
        [steelCase.id, 2, '薪点制的完整做法'],
      ]);
      expect(patched.body.entries[1]).toMatchObject({
        title: steelCase.title,
        versionNo: 1,
        caseStatus: 'selected',
        chapters: [GuidelineChapter.PostPay, GuidelineChapter.PerformancePay],
        enterprise: { regionCode: '370211', industrySection: 'C', size: 'large', ownership: 'state-owned' },
      });

      // reordered, a third case added: the list is replaced as sent
      const reordered = await setEntries(editionId, [
        { caseId: steelCase.id, editorNote: '薪点制的完整做法' },
        { caseId: thirdCase.id },
        { caseId: labCase.id, editorNote: '小微企业也能做' },
      ]);
      expect(reordered.body.entries.map((e: { caseId: string }) => e.caseId)).toEqual([
        steelCase.id,
        thirdCase.id,
        labCase.id,
      ]);
      expect(candidateIds).toContain(waitingCase.id);
    });

    it('refuses a case that is not selected, a case twice, and a stale edit, naming the field', async () => {
      const notSelected = await setEntries(editionId, [{ caseId: endorsedCase.id }], 400);
      expect(notSelected.body.details).toEqual([expect.objectContaining({ field: 'entries[0].caseId' })]);
      expect(notSelected.body.details[0].message).toContain(endorsedCase.title);
      const twice = await setEntries(editionId, [{ caseId: steelCase.id }, { caseId: steelCase.id }], 400);
      expect(twice.body.details).toEqual([expect.objectContaining({ field: 'entries[1].caseId' })]);
      const nonsense = await t
        .http()
        .patch(`/api/case-collections/${editionId}`)
        .set(bearer(city))
        .send({ entries: [{ caseId: 'not-a-uuid' }] })
        .expect(400);
      expect(JSON.stringify(nonsense.body.details)).toContain('caseId');
      const stale = await t
        .http()
        .patch(`/api/case-collections/${editionId}`)
        .set(bearer(city))
        .set('If-Match', `"${editionId}:1"`)
        .send({ title: '2026年第1辑（改）' })
        .expect(412);
      expect(stale.body.version).toBeGreaterThan(1);
      // nothing of the refused edits was written
      const edition = await get(city, `/api/case-collections/${editionId}`).expect(200);
      expect(edition.body.title).toBe('2026年第1辑');
      expect(edition.body.entries).toHaveLength(3);
    });

    it('is the city’s: its districts read it, other cities and enterprises do not', async () => {
      await get(huangdaoBureau, `/api/case-collections/${editionId}`).expect(200);
      await t
        .http()
        .post('/api/case-collections')
        .set(bearer(huangdaoBureau))
        .send({ title: '区县不能编' })
        .expect(403);
      await get(otherCity, `/api/case-collections/${editionId}`).expect(404);
      const list = await get(otherCity, '/api/case-collections').expect(200);
      expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(editionId);
      await get(enterpriseSession, '/api/case-collections').expect(403);
      // a draft is not public
      await get(null, `/api/public/case-collections/${editionId}`).expect(404);
      await get(null, `/api/public/case-collections/${editionId}/docx`).expect(404);
      await get(null, `/api/public/case-collections/${editionId}/cases/${steelCase.id}`).expect(404);
    });

    it('publishes: immutable, its cases published, their enterprises and districts notified', async () => {
      const published = await publish(editionId);
      expect(published.body).toMatchObject({ status: 'published', editable: false, caseCount: 3 });
      expect(published.body.publishedAt).toBeTruthy();

      const cases = await t.dataSource.query<
        Array<{ id: string; status: string; published_at: Date | null }>
      >(`SELECT id, status, published_at FROM case_study WHERE id = ANY($1::uuid[])`, [
        [steelCase.id, labCase.id, thirdCase.id, waitingCase.id],
      ]);
      const status = Object.fromEntries(cases.map((c) => [c.id, c.status]));
      expect(status).toEqual({
        [steelCase.id]: 'published',
        [labCase.id]: 'published',
        [thirdCase.id]: 'published',
        [waitingCase.id]: 'selected',
      });
      // each case took the workflow's publish step (history row and audit record)
      const transitions = await t.dataSource.query<Array<{ subject_id: string; action: string }>>(
        `SELECT subject_id, action FROM workflow_transition WHERE workflow = 'case' AND subject_id = ANY($1::uuid[])`,
        [[steelCase.id, labCase.id, thirdCase.id]],
      );
      expect(transitions).toHaveLength(3);
      expect(new Set(transitions.map((row) => row.action))).toEqual(new Set(['publish']));
      const audit = await t.dataSource.query<Array<{ action: string }>>(
        `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY occurred_at, id`,
        [editionId],
      );
      // the other city's probe is on record too (404, audited as a denied access)
      expect(audit.map((row) => row.action)).toEqual([
        'case-collection.create',
        'case-collection.update',
        'case-collection.update',
        'access.denied',
        'case-collection.publish',
      ]);
      // the enterprises and the districts (黄岛区 for the steel works' two cases, 崂山区 for the lab's)
      const notified = await t.dataSource.query<
        Array<{ recipient_organisation_id: string; title_zh: string }>
      >(
        `SELECT recipient_organisation_id, title_zh FROM notification WHERE kind = 'case.publish'
          AND recipient_organisation_id = ANY($1::uuid[])`,
        [[steelId, labId, huangdaoBureauId, laoshanBureauId]],
      );
      const count = (id: string) => notified.filter((row) => row.recipient_organisation_id === id).length;
      expect([count(steelId), count(huangdaoBureauId), count(labId), count(laoshanBureauId)]).toEqual([
        2, 2, 1, 1,
      ]);
      expect(notified.find((row) => row.recipient_organisation_id === labId)!.title_zh).toContain(
        labCase.title,
      );
      const bell = await get(enterpriseSession, '/api/notifications').expect(200);
      expect(JSON.stringify(bell.body.items)).toContain(steelCase.title);
    });

    it('answers 409 to any change once published', async () => {
      const current = await get(city, `/api/case-collections/${editionId}`).expect(200);
      const edit = await t
        .http()
        .patch(`/api/case-collections/${editionId}`)
        .set(bearer(city))
        .set('If-Match', etag(current))
        .send({ foreword: '改写' })
        .expect(409);
      expect(edit.body.message).toContain('2026年第1辑');
      await t.http().delete(`/api/case-collections/${editionId}`).set(bearer(city)).expect(409);
      await t.http().post(`/api/case-collections/${editionId}/publish`).set(bearer(city)).expect(409);
      const after = await get(city, `/api/case-collections/${editionId}`).expect(200);
      expect(after.body.foreword).toBe('前言：指导一个，带动一批，影响一片。');
      expect(after.body.version).toBe(current.body.version);
    });

    it('puts it on the public pages, with every case title in its docx', async () => {
      const list = await get(null, '/api/public/case-collections').expect(200);
      expect(list.body.items.map((i: { id: string }) => i.id)).toContain(editionId);
      const edition = await get(null, `/api/public/case-collections/${editionId}`).expect(200);
      expect(edition.body.cases.map((c: { title: string }) => c.title)).toEqual([
        steelCase.title,
        thirdCase.title,
        labCase.title,
      ]);
      const page = await get(null, `/api/public/case-collections/${editionId}/cases/${labCase.id}`).expect(
        200,
      );
      expect(page.body).toMatchObject({
        title: labCase.title,
        editorNote: '小微企业也能做',
        collection: { id: editionId, title: '2026年第1辑' },
        results: [{ indicator: '带徒津贴', before: 0, after: 300, unit: '元/月' }],
      });

      const docx = await get(null, `/api/public/case-collections/${editionId}/docx`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(docx.headers['content-type']).toContain('wordprocessingml');
      expect(docx.headers['content-disposition']).toContain(encodeURIComponent('2026年第1辑'));
      const xml = await documentXml(docx.body as Buffer);
      for (const title of [steelCase.title, thirdCase.title, labCase.title]) expect(xml).toContain(title);
      expect(xml).toContain('目　录');
      expect(xml).toContain('一线技能人员月均薪点值');
      expect(xml).toContain('小微企业也能做');
      // the city's own download of the same edition
      const own = await get(city, `/api/case-collections/${editionId}/docx`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(await documentXml(own.body as Buffer)).toContain(steelCase.title);
    });

    it('corrects it as a new edition; the earlier one stays readable', async () => {
      const correction = await createEdition('2026年第1辑（更正版）', { correctsId: editionId });
      const correctionId = correction.body.id as string;
      expect(correction.body.corrects).toMatchObject({ id: editionId, title: '2026年第1辑' });
      expect(correction.body.foreword).toBe('前言：指导一个，带动一批，影响一片。');
      expect(correction.body.entries.map((e: { caseId: string }) => e.caseId)).toEqual([
        steelCase.id,
        thirdCase.id,
        labCase.id,
      ]);
      // the correction drops the third case, puts the lab first, and rewrites a note
      await setEntries(correctionId, [
        { caseId: labCase.id, editorNote: '小微企业也能做（更正）' },
        { caseId: steelCase.id, editorNote: '薪点制的完整做法' },
      ]);
      await publish(correctionId);

      const earlier = await get(null, `/api/public/case-collections/${editionId}`).expect(200);
      expect(earlier.body.cases).toHaveLength(3);
      expect(earlier.body.correctedBy).toMatchObject({ id: correctionId });
      await get(null, `/api/public/case-collections/${editionId}/cases/${thirdCase.id}`).expect(200);
      const later = await get(null, `/api/public/case-collections/${correctionId}`).expect(200);
      expect(later.body.corrects).toMatchObject({ id: editionId });
      expect(
        later.body.cases.map((c: { caseId: string; editorNote: string }) => [c.caseId, c.editorNote]),
      ).toEqual([
        [labCase.id, '小微企业也能做（更正）'],
        [steelCase.id, '薪点制的完整做法'],
      ]);

      // search reads the current edition: the dropped case is no longer found, the others point to the correction
      const hits = await get(null, `/api/public/cases?q=${encodeURIComponent(marker)}`).expect(200);
      expect(
        hits.body.items.map((hit: { caseId: string; collection: { id: string } }) => [
          hit.caseId,
          hit.collection.id,
        ]),
      ).toEqual([
        [labCase.id, correctionId],
        [steelCase.id, correctionId],
      ]);
      // the enterprises of the carried cases hear of the correction; no case is published twice
      const corrected = await t.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM notification WHERE kind = 'case-collection.correction' AND recipient_organisation_id = $1`,
        [labId],
      );
      expect(corrected[0].n).toBe(1);
      const steps = await t.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM workflow_transition WHERE workflow = 'case' AND subject_id = $1`,
        [labCase.id],
      );
      expect(steps[0].n).toBe(1);
    });
  });

  describe('public search', () => {
    const search = async (query: Record<string, string | number>) => {
      const params = new URLSearchParams(
        Object.entries({ q: marker, ...query }).map(([key, value]): [string, string] => [key, String(value)]),
      );
      const response = await get(null, `/api/public/cases?${params.toString()}`).expect(200);
      return (response.body.items as Array<{ caseId: string }>).map((hit) => hit.caseId).sort();
    };
    const both = () => [labCase.id, steelCase.id].sort();

    it('finds 薪点 and 带徒津贴 in a case’s measures and results', async () => {
      const xindian = await get(
        null,
        `/api/public/cases?q=${encodeURIComponent('薪点')}&pageSize=200`,
      ).expect(200);
      const xindianIds = xindian.body.items.map((hit: { caseId: string }) => hit.caseId);
      expect(xindianIds).toContain(steelCase.id);
      expect(xindianIds).not.toContain(labCase.id);
      // never the case that is selected but in no published edition, though its measures say 薪点
      expect(xindianIds).not.toContain(waitingCase.id);
      const steelHit = xindian.body.items.find((hit: { caseId: string }) => hit.caseId === steelCase.id);
      expect(steelHit.excerpt).toContain('薪点');

      const mentor = await get(
        null,
        `/api/public/cases?q=${encodeURIComponent('带徒津贴')}&pageSize=200`,
      ).expect(200);
      const mentorIds = mentor.body.items.map((hit: { caseId: string }) => hit.caseId);
      expect(mentorIds).toContain(labCase.id);
      expect(mentorIds).not.toContain(steelCase.id);
      expect(mentorIds).not.toContain(waitingCase.id);
      expect(mentorIds).not.toContain(endorsedCase.id);
    });

    it('filters by chapter, article, industry, size, ownership and region', async () => {
      expect(await search({})).toEqual(both());
      expect(await search({ chapter: GuidelineChapter.PostPay })).toEqual([steelCase.id]);
      expect(await search({ chapter: GuidelineChapter.Allowances })).toEqual([labCase.id]);
      expect(await search({ chapter: GuidelineChapter.HighSkillLeaders })).toEqual([]);
      expect(await search({ article: 25 })).toEqual([steelCase.id]);
      expect(await search({ article: 33 })).toEqual([labCase.id]);
      expect(await search({ industry: 'C' })).toEqual([steelCase.id]);
      expect(await search({ industry: 'M' })).toEqual([labCase.id]);
      expect(await search({ size: EnterpriseSize.Small })).toEqual([labCase.id]);
      expect(await search({ ownership: Ownership.StateOwned })).toEqual([steelCase.id]);
      expect(await search({ regionCode: '370211' })).toEqual([steelCase.id]);
      expect(await search({ regionCode: '370200' })).toEqual(both());
      expect(await search({ regionCode: '530300' })).toEqual([]);
    });

    it('answers 400 naming the field for a bad filter', async () => {
      const chapter = await get(null, '/api/public/cases?chapter=nonsense').expect(400);
      expect(JSON.stringify(chapter.body.details)).toContain('chapter');
      const article = await get(null, '/api/public/cases?article=99').expect(400);
      expect(JSON.stringify(article.body.details)).toContain('article');
      await get(null, '/api/public/case-collections/not-a-uuid').expect(400);
    });

    it('offers the regions and industries that have published cases', async () => {
      const filters = await get(null, '/api/public/cases/filters').expect(200);
      const codes = filters.body.regions.map((r: { code: string }) => r.code);
      expect(codes).toEqual(expect.arrayContaining(['370200', '370211', '370212', '530300']));
      expect(codes).not.toContain('370000');
      expect(filters.body.industries).toEqual(expect.arrayContaining(['B', 'C', 'D', 'M']));
    });
  });

  /**
   * 示范企业 in the collections: a case carries the mark when its enterprise is marked in the case's
   * own programme (a live mark). Worked example: the pilot is approved in programmes 甲 and 乙; the
   * city marks it in 乙 first — its case under 甲 stays unmarked; marked in 甲 too, the case is
   * flagged with 甲's reason in the candidates (first), the draft, the published edition, its public
   * page and search (the tag and the reason only); withdrawn in 甲, the flag is gone everywhere. A
   * case about an external enterprise named like the pilot, under 甲, never carries it.
   */
  describe('示范企业 cases', () => {
    const unitsPath = '/api/evaluation/demonstration-units';
    const reason = unique('技能等级与岗位工资挂钩，成效明显');
    const reasonElsewhere = unique('另一方案的示范理由');
    const words = unique('示范标记');
    let programmeA: string;
    let programmeB: string;
    let pilotName: string;
    let pilotCase: { id: string; title: string };
    let externalCaseId: string;
    let plainCase: { id: string; title: string };
    let markA: string;
    let editionId: string;
    let pilot: string;

    type Flagged = { caseId: string; demonstration: boolean; demonstrationReason: string | null };
    const flagOf = (items: Flagged[], caseId: string) => {
      const item = items.find((candidate) => candidate.caseId === caseId);
      return item
        ? { demonstration: item.demonstration, demonstrationReason: item.demonstrationReason }
        : null;
    };
    const candidates = async () =>
      (await get(city, '/api/case-collections/candidates').expect(200)).body.items as Flagged[];
    const mark = (programmeId: string, text: string) =>
      t
        .http()
        .post(unitsPath)
        .set(bearer(city))
        .send({ programmeId, kind: 'enterprise', enterpriseId: pilot, reason: text })
        .expect(201);

    beforeAll(async () => {
      programmeA = await newProgramme(t.dataSource);
      programmeB = await newProgramme(t.dataSource);
      pilotName = unique('示范精工机械有限公司');
      pilot = (await newEnterprise(t.dataSource, { regionCode: '370211', name: pilotName })).id;
      await newApplication(t.dataSource, programmeA, pilot, PilotStatus.Approved);
      await newApplication(t.dataSource, programmeB, pilot, PilotStatus.Approved);
      const built = await newCase(t.dataSource, {
        enterpriseId: pilot,
        programmeId: programmeA,
        status: CaseStatus.Selected,
        version: { title: unique('示范企业的岗位工资改革'), measures: `${words}：岗位工资与技能等级挂钩。` },
      });
      pilotCase = { id: built.caseStudy.id, title: built.version.title };
      // the lab's case under the same programme, its enterprise never marked
      const plain = await newCase(t.dataSource, {
        enterpriseId: labId,
        regionCode: '370212',
        programmeId: programmeA,
        status: CaseStatus.Selected,
        version: { title: unique('未标记企业的案例'), measures: `${words}：带徒津贴。` },
      });
      plainCase = { id: plain.caseStudy.id, title: plain.version.title };
      // an imported case about an external enterprise of the same name, under the same programme
      const external = await t.dataSource.getRepository(CaseStudyEntity).save({
        programmeId: programmeA,
        regionCode: '370211',
        enterpriseId: null,
        externalEnterprise: {
          name: pilotName,
          regionCode: '370211',
          industrySection: 'C',
          size: EnterpriseSize.Medium,
          ownership: Ownership.NonPublic,
        },
        authorOrganisationId: huangdaoBureauId,
        status: CaseStatus.Selected,
        currentVersionNo: 1,
        submittedAt: new Date(),
        decidedAt: new Date(),
      });
      externalCaseId = external.id;
      await t.dataSource.getRepository(CaseStudyVersionEntity).save({
        caseId: external.id,
        versionNo: 1,
        title: unique('外地同名企业的案例'),
        articles: [20],
        background: '背景',
        measures: `${words}：外地做法。`,
        results: [],
        resultsNarrative: '成效',
        submittedAt: new Date(),
      });
    });

    it('does not count a mark in another programme', async () => {
      await mark(programmeB, reasonElsewhere);
      const items = await candidates();
      expect(flagOf(items, pilotCase.id)).toEqual({ demonstration: false, demonstrationReason: null });
      expect(flagOf(items, externalCaseId)).toEqual({ demonstration: false, demonstrationReason: null });
    });

    it('flags the case of a pilot marked in its programme, first among the candidates', async () => {
      markA = (await mark(programmeA, reason)).body.id;
      const items = await candidates();
      expect(flagOf(items, pilotCase.id)).toEqual({ demonstration: true, demonstrationReason: reason });
      // the external enterprise of the same name and the lab's case under the same programme: no mark
      expect(flagOf(items, externalCaseId)).toEqual({ demonstration: false, demonstrationReason: null });
      expect(flagOf(items, plainCase.id)).toEqual({ demonstration: false, demonstrationReason: null });
      // 示范企业 first: every flagged candidate precedes every other one
      const flags = items.map((item) => item.demonstration);
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      expect(items.findIndex((item) => item.caseId === pilotCase.id)).toBeLessThan(
        items.findIndex((item) => item.caseId === plainCase.id),
      );
    });

    it('shows the mark on the edition’s cases and on the public pages, the tag and the reason only', async () => {
      editionId = (await createEdition(unique('示范企业专辑'))).body.id;
      const draft = await setEntries(editionId, [
        { caseId: plainCase.id },
        { caseId: pilotCase.id },
        { caseId: externalCaseId },
      ]);
      expect(draft.body.entries.map((entry: Flagged) => [entry.caseId, entry.demonstration])).toEqual([
        [plainCase.id, false],
        [pilotCase.id, true],
        [externalCaseId, false],
      ]);
      expect(draft.body.entries[1].demonstrationReason).toBe(reason);
      await publish(editionId);

      const edition = await get(null, `/api/public/case-collections/${editionId}`).expect(200);
      expect(flagOf(edition.body.cases, pilotCase.id)).toEqual({
        demonstration: true,
        demonstrationReason: reason,
      });
      expect(flagOf(edition.body.cases, externalCaseId)).toEqual({
        demonstration: false,
        demonstrationReason: null,
      });
      const page = await get(null, `/api/public/case-collections/${editionId}/cases/${pilotCase.id}`).expect(
        200,
      );
      expect(page.body).toMatchObject({ demonstration: true, demonstrationReason: reason });
      // nothing else of the mark: not its figures, not the other programme's reason, not who marked it
      const text = JSON.stringify(page.body);
      for (const hidden of ['snapshot', 'ruleHolds', 'markedBy', reasonElsewhere])
        expect(text).not.toContain(hidden);
      const hits = await get(null, `/api/public/cases?q=${encodeURIComponent(words)}`).expect(200);
      expect(flagOf(hits.body.items, pilotCase.id)).toEqual({
        demonstration: true,
        demonstrationReason: reason,
      });
      expect(flagOf(hits.body.items, plainCase.id)).toEqual({
        demonstration: false,
        demonstrationReason: null,
      });
    });

    it('drops the flag everywhere once the mark is withdrawn', async () => {
      await t
        .http()
        .delete(`${unitsPath}/${markA}`)
        .set(bearer(city))
        .send({ reason: '重新评选' })
        .expect(204);
      const unmarked = { demonstration: false, demonstrationReason: null };
      const own = await get(city, `/api/case-collections/${editionId}`).expect(200);
      expect(flagOf(own.body.entries, pilotCase.id)).toEqual(unmarked);
      const page = await get(null, `/api/public/case-collections/${editionId}/cases/${pilotCase.id}`).expect(
        200,
      );
      expect(page.body).toMatchObject(unmarked);
      const hits = await get(null, `/api/public/cases?q=${encodeURIComponent(words)}`).expect(200);
      expect(flagOf(hits.body.items, pilotCase.id)).toEqual(unmarked);
      // the mark in 乙 still stands and still does not count for the case under 甲
      const units = await get(city, `${unitsPath}?programmeId=${programmeB}`).expect(200);
      expect(units.body.items).toHaveLength(1);
    });
  });

  describe('the demo: 曲靖市 2023年第1辑', () => {
    let qujingId: string;

    beforeAll(async () => {
      const list = await get(null, '/api/public/case-collections').expect(200);
      qujingId = list.body.items.find(
        (item: { regionCode: string; title: string }) =>
          item.regionCode === '530300' && item.title === QUJING_COLLECTION_TITLE,
      ).id;
    });

    it('is published with its five cases and the seed’s figures', async () => {
      const edition = await get(null, `/api/public/case-collections/${qujingId}`).expect(200);
      expect(edition.body).toMatchObject({ regionName: '曲靖市', regionNameEn: 'Qujing', caseCount: 5 });
      const names = edition.body.cases.map((c: { enterprise: { name: string } }) => c.enterprise.name);
      expect(names).toEqual(['A企业', 'B公司', 'C集团股份有限公司', 'D公司', 'F公司某矿']);
      const caseOf = async (position: number) =>
        (
          await get(
            null,
            `/api/public/case-collections/${qujingId}/cases/${edition.body.cases[position - 1].caseId}`,
          ).expect(200)
        ).body as {
          results: Array<{ indicator: string; before: number | null; after: number | null; unit: string }>;
          measures: string;
        };
      const figures = (body: Awaited<ReturnType<typeof caseOf>>) =>
        body.results.map((f) => [f.before, f.after, f.unit]);

      // case A: new employees' monthly performance pay 495 → 1,420 元
      const a = await caseOf(1);
      expect(a.results).toEqual([expect.objectContaining({ before: 495, after: 1420, unit: '元' })]);
      // case B: 98 / 454 / 3,059 certified; allowances 100 / 300 / 400 元; mentor 300 元/月; ≥ 2.8 × average
      const b = await caseOf(2);
      expect(figures(b)).toEqual([
        [null, 98, '人'],
        [null, 454, '人'],
        [null, 3059, '人'],
        [null, 100, '元/月'],
        [null, 300, '元/月'],
        [null, 400, '元/月'],
        [null, 300, '元/月'],
        [null, 2.8, '倍'],
      ]);
      expect(b.measures).toContain('4:6');
      // case D: skill pay 800 / 500 / 300 / 100 元; 82,400 元 a month, 988,800 元 a year; turnover −40 %; 34 → 48 万元
      const d = await caseOf(4);
      expect(figures(d)).toEqual(
        expect.arrayContaining([
          [null, 800, '元/月'],
          [null, 500, '元/月'],
          [null, 300, '元/月'],
          [null, 100, '元/月'],
          [null, 82400, '元'],
          [null, 988800, '元'],
          [null, -40, '%'],
          [34, 48, '万元'],
        ]),
      );
      // case E: a 13-grade skill sequence, evaluation pay for the top 10 %
      const e = await caseOf(5);
      expect(figures(e)).toEqual(
        expect.arrayContaining([
          [null, 13, '级'],
          [null, 10, '%'],
        ]),
      );
    });

    it('is found by 薪点 and 带徒津贴 in 曲靖市, and its docx holds every title and figure', async () => {
      const xindian = await get(
        null,
        `/api/public/cases?q=${encodeURIComponent('薪点')}&regionCode=530300`,
      ).expect(200);
      expect(xindian.body.items.map((hit: { enterprise: { name: string } }) => hit.enterprise.name)).toEqual([
        'A企业',
      ]);
      const mentor = await get(
        null,
        `/api/public/cases?q=${encodeURIComponent('带徒津贴')}&regionCode=530300`,
      ).expect(200);
      expect(mentor.body.items.map((hit: { enterprise: { name: string } }) => hit.enterprise.name)).toEqual([
        'B公司',
        'D公司',
      ]);
      const edition = await get(null, `/api/public/case-collections/${qujingId}`).expect(200);
      const docx = await get(null, `/api/public/case-collections/${qujingId}/docx`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const xml = await documentXml(docx.body as Buffer);
      for (const entry of edition.body.cases as Array<{ title: string }>) expect(xml).toContain(entry.title);
      expect(xml).toContain('曲靖市技能人才薪酬分配');
      expect(xml).toContain('1,420');
      expect(xml).toContain('988,800');
    });
  });
});
