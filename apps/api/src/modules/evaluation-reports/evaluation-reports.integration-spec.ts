import {
  emptyAdoption,
  emptyIndicators,
  MAX_EVALUATION_SECTION_LENGTH,
  OrganisationType,
  PilotStatus,
  ProgressReportStatus,
  Role,
  SkillLevel,
} from '@skillpay/domain';
import mammoth from 'mammoth';
import type request from 'supertest';
import { newWageUpload, type WageRowInput } from '../../../test/benchmark-builders';
import { newApplication, newEnterprise, newProgramme } from '../../../test/programme-builders';
import { newOccupation } from '../../../test/release-builders';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newSession,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';

/** A binary body (docx) as a Buffer. */
function binary(response: request.Response, done: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

const HUANGDAO = '370211';
const LAOSHAN = '370212';

describe('evaluation reports (评估报告)', () => {
  let t: TestApp;
  let city: Session;
  let huangdao: Session;
  let laoshan: Session;
  let reviewer: Session;
  let enterprise: Session;
  let programmeId: string;
  let pilotName: string;

  const http = () => t.http();
  const get = (session: Session, url: string) => http().get(url).set(bearer(session));
  const download = (session: Session, url: string) =>
    http().get(url).set(bearer(session)).buffer(true).parse(binary).expect(200);
  const text = async (bytes: Buffer) => (await mammoth.extractRawText({ buffer: bytes })).value;

  /**
   * Three pilots in 黄岛区 with identical wage data, so the city and district roll-ups pass the
   * disclosure rules (at least three enterprises, none above 70 %). Each has five 高级工, five
   * 初级工 and five managers: 高级工 100,000 → 104,800 = +4.80 %; management 200,000 → 206,000 =
   * +3.00 %: high-skill growth is not below management's, the rule holds.
   */
  async function pilotWithWages(occupation: string, index: number) {
    const organisation = await newEnterprise(t.dataSource, HUANGDAO);
    await newApplication(t.dataSource, programmeId, organisation.id, PilotStatus.Approved);
    const rows = (senior: number, junior: number, manager: number): WageRowInput[] => [
      ...Array.from({ length: 5 }, () => ({
        occupationCode: occupation,
        skillLevel: SkillLevel.Level3,
        pay: senior,
      })),
      ...Array.from({ length: 5 }, () => ({
        occupationCode: occupation,
        skillLevel: SkillLevel.Level5,
        pay: junior,
      })),
      // stored as technical rows by the builder, then made management posts below
      ...Array.from({ length: 5 }, () => ({
        occupationCode: occupation,
        skillLevel: 'unrated',
        pay: manager,
      })),
    ];
    for (const [year, senior, junior, manager] of [
      [2025, 100_000, 60_000, 200_000],
      [2026, 104_800, 62_400, 206_000],
    ]) {
      const uploadId = await newWageUpload(t.dataSource, {
        programmeId,
        enterpriseId: organisation.id,
        regionCode: HUANGDAO,
        year,
        rows: rows(senior, junior, manager),
      });
      await t.dataSource.query(
        `UPDATE wage_row SET post_category = 'management' WHERE upload_id = $1 AND skill_level = 'unrated'`,
        [uploadId],
      );
    }
    if (index === 0) {
      // an accepted report whose narrative names a problem, and a returned one with the bureau's comment
      const narrative = '完成岗位评价和职业发展通道设计。部分班组长对津贴标准有顾虑。';
      await progressReport(organisation.id, '2026-Q1', ProgressReportStatus.Accepted, narrative, null);
      await progressReport(
        organisation.id,
        '2026-Q2',
        ProgressReportStatus.Returned,
        '本季度进展。',
        '绩效工资占比未填写',
      );
    }
    return organisation;
  }

  async function progressReport(
    enterpriseId: string,
    period: string,
    status: ProgressReportStatus,
    narrative: string,
    comment: string | null,
  ) {
    const [{ id }] = await t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO progress_report (programme_id, enterprise_id, period, due_on, status, first_submitted_at)
       VALUES ($1, $2, $3, '2026-04-10', $4, now()) RETURNING id`,
      [programmeId, enterpriseId, period, status],
    );
    const [{ id: userId }] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM app_user LIMIT 1`,
    );
    await t.dataSource.query(
      `INSERT INTO progress_report_version (report_id, version, status, adoption, indicators, narrative, created_by,
         submitted_at, reviewed_at, review_comment)
       VALUES ($1, 1, $2, $3, $4, $5, $6, now(), now(), $7)`,
      [
        id,
        status,
        JSON.stringify(emptyAdoption()),
        JSON.stringify(emptyIndicators()),
        narrative,
        userId,
        comment,
      ],
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    city = await newSession(t, OrganisationType.CityBureau, '370200', Role.CityBureau);
    const huangdaoBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: HUANGDAO,
    });
    huangdao = await login(t, (await newUser(t.dataSource, huangdaoBureau, Role.DistrictBureau)).username);
    laoshan = await newSession(t, OrganisationType.DistrictBureau, LAOSHAN, Role.DistrictBureau);
    reviewer = await newSession(t, OrganisationType.TradeUnion, '370200', Role.Reviewer);
    programmeId = await newProgramme(t.dataSource);
    const { code } = await newOccupation(t.dataSource);
    const pilots = [];
    for (let index = 0; index < 3; index += 1) pilots.push(await pilotWithWages(code, index));
    pilotName = pilots[0].name;
    enterprise = await login(t, (await newUser(t.dataSource, pilots[1], Role.Enterprise)).username);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('lets only the bureaus in: reviewers and enterprises get 403', async () => {
    await get(reviewer, `/api/evaluation/reports?programmeId=${programmeId}`).expect(403);
    await get(enterprise, `/api/evaluation/reports?programmeId=${programmeId}`).expect(403);
    await http().post('/api/evaluation/reports').set(bearer(reviewer)).send({ programmeId }).expect(403);
  });

  it('creates, edits with a conflict, generates two kept versions, compiles a submitted district', async () => {
    // the district's report, prefilled: the figures open 取得成效, the problems come from reports and returns
    const district = await http()
      .post('/api/evaluation/reports')
      .set(bearer(huangdao))
      .send({ programmeId })
      .expect(201);
    expect(district.body).toMatchObject({
      regionCode: HUANGDAO,
      scope: 'district',
      state: 'draft',
      versions: [],
    });
    expect(district.body.sections.results).toContain('高技能人才人均年收入增长+4.80%，管理人员增长+3.00%');
    expect(district.body.sections.problems).toContain(
      `${pilotName}（2026-Q1进展报告）：部分班组长对津贴标准有顾虑。`,
    );
    expect(district.body.sections.problems).toContain(
      `${pilotName}（2026-Q2进展报告退回意见）：绩效工资占比未填写。`,
    );
    expect(district.body.sections.problems).not.toContain('完成岗位评价');
    await http().post('/api/evaluation/reports').set(bearer(huangdao)).send({ programmeId }).expect(409);

    // another district reads nothing of it
    await get(laoshan, `/api/evaluation/reports/${district.body.id}`).expect(404);
    expect(
      (await get(laoshan, `/api/evaluation/reports?programmeId=${programmeId}`).expect(200)).body.items,
    ).toEqual([]);

    // the city's report lists the district as being written
    const cityReport = await http()
      .post('/api/evaluation/reports')
      .set(bearer(city))
      .send({ programmeId })
      .expect(201);
    expect(cityReport.body.scope).toBe('city');
    expect(cityReport.body.districts).toEqual([
      expect.objectContaining({ regionCode: HUANGDAO, state: 'draft', reportId: district.body.id }),
    ]);
    // the city reads the district's report but does not edit it
    await get(city, `/api/evaluation/reports/${district.body.id}`).expect(200);
    await http()
      .patch(`/api/evaluation/reports/${district.body.id}`)
      .set(bearer(city))
      .send({ sections: { overview: '市局改写' } })
      .expect(403);

    // edit with If-Match; a stale tag answers 412 and changes nothing
    const opened = await get(city, `/api/evaluation/reports/${cityReport.body.id}`).expect(200);
    const etag = opened.headers.etag;
    const saved = await http()
      .patch(`/api/evaluation/reports/${cityReport.body.id}`)
      .set(bearer(city))
      .set('If-Match', etag)
      .send({ sections: { measures: '组织专题培训和示范班，召开现场推进会。' } })
      .expect(200);
    expect(saved.body.sections.measures).toBe('组织专题培训和示范班，召开现场推进会。');
    expect(saved.body.editVersion).toBe(opened.body.editVersion + 1);
    await http()
      .patch(`/api/evaluation/reports/${cityReport.body.id}`)
      .set(bearer(city))
      .set('If-Match', etag)
      .send({ sections: { measures: '过期的修改' } })
      .expect(412);
    const tooLong = await http()
      .patch(`/api/evaluation/reports/${cityReport.body.id}`)
      .set(bearer(city))
      .send({ sections: { nextSteps: '字'.repeat(MAX_EVALUATION_SECTION_LENGTH + 1) } })
      .expect(400);
    expect(tooLong.body.details).toEqual([
      expect.objectContaining({
        field: 'sections.nextSteps',
        message: expect.stringContaining('下一步工作'),
      }),
    ]);

    // the district generates and submits; the city is told
    await http().post(`/api/evaluation/reports/${district.body.id}/submit`).set(bearer(huangdao)).expect(409);
    const districtVersion = await http()
      .post(`/api/evaluation/reports/${district.body.id}/versions`)
      .set(bearer(huangdao))
      .expect(201);
    expect(districtVersion.body.versionNo).toBe(1);
    const submitted = await http()
      .post(`/api/evaluation/reports/${district.body.id}/submit`)
      .set(bearer(huangdao))
      .expect(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', submittedVersionNo: 1, canSubmit: false });
    await http().post(`/api/evaluation/reports/${district.body.id}/submit`).set(bearer(huangdao)).expect(409);
    await http().post(`/api/evaluation/reports/${cityReport.body.id}/submit`).set(bearer(city)).expect(409);
    // the city's workbench asks it to compile the submission, until its report is generated again
    const toCompile = async () =>
      (await get(city, '/api/workbench').expect(200)).body.groups.find(
        (group: { kind: string }) => group.kind === 'evaluation-reports-to-compile',
      );
    expect(await toCompile()).toMatchObject({
      count: 1,
      listLink: '/evaluation-reports',
      items: [{ title: '黄岛区', link: `/evaluation-reports/${cityReport.body.id}` }],
    });
    expect(
      (await get(huangdao, '/api/workbench').expect(200)).body.groups.map((g: { kind: string }) => g.kind),
    ).not.toContain('evaluation-reports-to-compile');

    // two generations: versions 1 and 2, both kept
    const first = await http()
      .post(`/api/evaluation/reports/${cityReport.body.id}/versions`)
      .set(bearer(city))
      .expect(201);
    const second = await http()
      .post(`/api/evaluation/reports/${cityReport.body.id}/versions`)
      .set(bearer(city))
      .expect(201);
    expect([first.body.versionNo, second.body.versionNo]).toEqual([1, 2]);
    expect(await toCompile()).toBeUndefined();
    const detail = await get(city, `/api/evaluation/reports/${cityReport.body.id}`).expect(200);
    expect(detail.body.versions.map((version: { versionNo: number }) => version.versionNo)).toEqual([2, 1]);
    expect(detail.body.districts[0]).toMatchObject({ state: 'submitted', submittedVersionNo: 1 });

    // the download: a docx named in Chinese, holding the title, the figures and the district's section
    const file = await download(city, `/api/evaluation/reports/${cityReport.body.id}/file`);
    expect(file.headers['content-type']).toContain('wordprocessingml');
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('青岛市')}`);
    expect(decodeURIComponent(file.headers['content-disposition'])).toContain('评估报告（第2版）.docx');
    const document = await text(file.body as Buffer);
    const title = (
      await t.dataSource.query<Array<{ title: string }>>(`SELECT title FROM programme WHERE id = $1`, [
        programmeId,
      ])
    )[0].title;
    expect(document).toContain(title);
    expect(document).toContain('评估报告');
    expect(document).toContain('104,800');
    expect(document).toContain('+4.80%');
    expect(document).toContain('+3.00%');
    expect(document).toContain('符合（高技能人才薪酬增长不低于管理人员）');
    expect(document).toContain('组织专题培训和示范班，召开现场推进会。');
    expect(document).toContain('五、各区市评估情况');
    expect(document).toContain('黄岛区于');
    expect(document).toContain('报送评估报告（第1版）');
    // version 1 stays downloadable as generated
    const older = await download(city, `/api/evaluation/reports/${cityReport.body.id}/file?version=1`);
    expect(decodeURIComponent(older.headers['content-disposition'])).toContain('（第1版）');
    await get(city, `/api/evaluation/reports/${cityReport.body.id}/file?version=9`).expect(404);

    // each version keeps its figures; generation and download are audited
    const [stored] = await t.dataSource.query<Array<{ figures: { outcomes: { highSkillGrowth: number } } }>>(
      `SELECT figures FROM evaluation_report_version v JOIN evaluation_report r ON r.id = v.report_id
        WHERE r.id = $1 AND v.version_no = 1`,
      [cityReport.body.id],
    );
    expect(stored.figures.outcomes.highSkillGrowth).toBe(4.8);
    const audited = await t.dataSource.query<Array<{ action: string }>>(
      `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY occurred_at`,
      [cityReport.body.id],
    );
    expect(audited.map((row) => row.action)).toEqual(
      expect.arrayContaining([
        'evaluation-report.create',
        'evaluation-report.update',
        'evaluation-report.generate',
        'evaluation-report.download',
      ]),
    );
  }, 120_000);
});
