import { FootnoteCode, OrganisationType, Role } from '@skillpay/domain';
import ExcelJS from 'exceljs';
import { newEnterprise } from '../../../test/enterprise-builders';
import { newProgramme } from '../../../test/programme-builders';
import { newCell, newCurrentUpload, newOccupation } from '../../../test/release-builders';
import {
  asOwner,
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { type OrganisationEntity } from '../organisations/organisation.entity';

describe('benchmark releases (draft → reviewed → published, numbered and immutable)', () => {
  let t: TestApp;
  let huangdaoBureau: OrganisationEntity;
  let city: Session;
  /** a second officer of the same city bureau: the checker of what `city` makes */
  let checker: Session;
  let checkerUsername: string;
  let cityUsername: string;
  let huangdao: Session;
  let otherCity: Session;
  let enterpriseSession: Session;

  beforeAll(async () => {
    t = await createTestApp();
    const cityBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: '370200',
    });
    huangdaoBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370211',
    });
    cityUsername = (await newUser(t.dataSource, cityBureau, Role.CityBureau)).username;
    city = await login(t, cityUsername);
    checkerUsername = (await newUser(t.dataSource, cityBureau, Role.CityBureau)).username;
    checker = await login(t, checkerUsername);
    huangdao = await login(t, (await newUser(t.dataSource, huangdaoBureau, Role.DistrictBureau)).username);
    // the bureau of another city: 曲靖市 (Yunnan), outside Qingdao's tree
    await t.dataSource.query(
      `INSERT INTO region (code, name, name_en, level, parent_code, path)
       VALUES ('530000', '云南省', 'Yunnan', 'province', NULL, '530000/'),
              ('530300', '曲靖市', 'Qujing', 'city', '530000', '530000/530300/')
       ON CONFLICT (code) DO NOTHING`,
    );
    const qujingBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: '530300',
    });
    otherCity = await login(t, (await newUser(t.dataSource, qujingBureau, Role.CityBureau)).username);
    const enterprise = await newEnterprise(t.dataSource, { regionCode: '370211' });
    enterpriseSession = await login(t, (await newUser(t.dataSource, enterprise, Role.Enterprise)).username);
  });
  afterAll(() => t.close());

  const post = (session: Session, path: string, body: object = {}, language = 'zh-CN') =>
    t.http().post(path).set(bearer(session)).set('Accept-Language', language).send(body);
  const get = (session: Session, path: string, language = 'zh-CN') =>
    t.http().get(path).set(bearer(session)).set('Accept-Language', language);

  /**
   * A programme with computed cells for 2026: one occupation published in the city and 黄岛区,
   * withheld in 崂山区 (A) and 市南区 (C); another withheld city-wide for dominance (B). Three
   * enterprises' current uploads (already aggregated) stand behind them.
   */
  async function computedProgramme() {
    const programmeId = await newProgramme(t.dataSource);
    const lathe = await newOccupation(t.dataSource, {
      nameZh: '车工',
      nameEn: 'Lathe operator',
      urgentlyNeeded: true,
    });
    const welder = await newOccupation(t.dataSource, { nameZh: '焊工', nameEn: 'Welder' });
    await newCell(t.dataSource, {
      programmeId,
      occupationCode: lathe.code,
      regionCode: '370200',
      employees: 60,
      p50: 80_000,
    });
    await newCell(t.dataSource, {
      programmeId,
      occupationCode: lathe.code,
      regionCode: '370211',
      employees: 40,
      p50: 78_000,
    });
    await newCell(t.dataSource, {
      programmeId,
      occupationCode: lathe.code,
      regionCode: '370212',
      employees: 12,
      enterprises: 2,
      footnote: FootnoteCode.TooFewEnterprises,
    });
    await newCell(t.dataSource, {
      programmeId,
      occupationCode: lathe.code,
      regionCode: '370202',
      employees: 8,
      footnote: FootnoteCode.Secondary,
    });
    await newCell(t.dataSource, {
      programmeId,
      occupationCode: welder.code,
      regionCode: '370200',
      footnote: FootnoteCode.Dominance,
    });
    for (const regionCode of ['370211', '370211', '370212']) {
      const enterprise = await newEnterprise(t.dataSource, { regionCode });
      await newCurrentUpload(t.dataSource, {
        programmeId,
        enterpriseId: enterprise.id,
        regionCode,
        rows: [
          { occupationCode: lathe.code, total: 80_000 },
          { occupationCode: welder.code, total: 70_000 },
        ],
      });
    }
    return { programmeId, lathe, welder };
  }

  /** `city` makes the draft of a year; `checker` reviews and publishes it. */
  async function published(programmeId: string, year = 2026): Promise<string> {
    const draft = await post(city, '/api/benchmark-releases', { programmeId, year }).expect(201);
    await post(checker, `/api/benchmark-releases/${draft.body.id}/review`, { comment: '数据已核对' }).expect(
      200,
    );
    await post(checker, `/api/benchmark-releases/${draft.body.id}/publish`).expect(200);
    return draft.body.id as string;
  }

  it('snapshots the computed cells, is reviewed and published as 2026-R1, notified and audited', async () => {
    const { programmeId } = await computedProgramme();
    const draft = await post(city, '/api/benchmark-releases', {
      programmeId,
      year: 2026,
      description: '2026 年度首次发布',
    }).expect(201);
    expect(draft.body).toMatchObject({
      status: 'draft',
      releaseNumber: null,
      label: null,
      enterpriseCount: 3,
      employeeCount: 6,
      minEnterprises: 3,
      maxEnterpriseShare: 70,
      // the maker may drop the draft, never check it
      callerIsMaker: true,
      availableActions: ['discard'],
      outdated: false,
      // 3 of 5 cells withheld: the reviewer is warned
      disclosureWarning: 'mostly-withheld',
      statistics: {
        cells: 5,
        published: 2,
        suppressed: 3,
        suppressedByFootnote: { A: 1, B: 1, C: 1 },
        occupations: 2,
        districts: 3,
      },
    });
    // the method note is generated from the data, in both languages
    const note = draft.body.methodNote as { zhCN: string[]; en: string[] };
    expect(note.zhCN[0]).toContain(
      '2026 年度实际支付给职工的工资水平，由 3 家企业报送的 6 名职工的薪酬数据汇总而成',
    );
    // written for the public: no database function, percentiles in words
    expect(note.zhCN.join('')).not.toContain('percentile_cont');
    expect(note.en.join(' ')).not.toContain('PostgreSQL');
    expect(note.zhCN.join('')).toContain('P50 即中位数，一半职工的工资低于它、一半高于它');
    expect(note.zhCN.join('')).toContain('不少于 3 家企业，且任何一家企业的职工不超过该单元职工总数的 70%');
    expect(note.zhCN.join('')).toContain('本次公布 2 个统计单元，不公布 3 个');
    expect(note.zhCN.join('')).toContain('按全年 8 万元计算');
    expect(note.en.join(' ')).toContain('as reported by 3 enterprises for 6 employees');
    expect(note.en.join(' ')).toContain('A too few enterprises (1); B one enterprise dominates (1)');
    expect(note.zhCN.at(-1)).toBe('说明：2026 年度首次发布');

    // the district bureau reads it but takes no step; an enterprise is refused; another city sees nothing
    const seen = await get(huangdao, `/api/benchmark-releases/${draft.body.id}`).expect(200);
    expect(seen.body.availableActions).toEqual([]);
    await post(huangdao, `/api/benchmark-releases/${draft.body.id}/review`).expect(403);
    await get(enterpriseSession, `/api/benchmark-releases/${draft.body.id}`).expect(403);
    await get(otherCity, `/api/benchmark-releases/${draft.body.id}`).expect(404);
    await post(otherCity, `/api/benchmark-releases/${draft.body.id}/review`).expect(404);

    // maker-checker: whoever generated the draft may not review it …
    const own = await post(city, `/api/benchmark-releases/${draft.body.id}/review`).expect(403);
    expect(own.body.message).toBe('发布稿由您生成，须由另一位人员“审核”（双人复核）');
    const ownEn = await post(city, `/api/benchmark-releases/${draft.body.id}/review`, {}, 'en').expect(403);
    expect(ownEn.body.message).toBe('You made this release; another person must "Review" it (maker-checker)');
    // … the second officer of the bureau sees who made it and may
    const forChecker = await get(checker, `/api/benchmark-releases/${draft.body.id}`).expect(200);
    expect(forChecker.body).toMatchObject({ callerIsMaker: false, availableActions: ['review', 'discard'] });

    // publishing needs a review first
    const early = await post(checker, `/api/benchmark-releases/${draft.body.id}/publish`).expect(409);
    expect(early.body.message).toBe('发布稿当前状态为“待审核”，不能执行“发布”');
    const earlyEn = await post(checker, `/api/benchmark-releases/${draft.body.id}/publish`, {}, 'en').expect(
      409,
    );
    expect(earlyEn.body.message).toBe('The release is "Draft"; "Publish" is not possible now');

    const reviewed = await post(checker, `/api/benchmark-releases/${draft.body.id}/review`, {
      comment: '数据已核对，同意发布',
    }).expect(200);
    expect(reviewed.body).toMatchObject({
      status: 'reviewed',
      reviewComment: '数据已核对，同意发布',
      availableActions: ['publish', 'discard'],
      disclosureWarning: 'mostly-withheld',
    });
    // the maker may not publish it either
    const ownPublish = await post(city, `/api/benchmark-releases/${draft.body.id}/publish`).expect(403);
    expect(ownPublish.body.message).toBe('发布稿由您生成，须由另一位人员“发布”（双人复核）');
    const release = await post(checker, `/api/benchmark-releases/${draft.body.id}/publish`).expect(200);
    expect(release.body).toMatchObject({
      status: 'published',
      releaseNumber: 1,
      label: '2026-R1',
      availableActions: [],
    });
    expect(release.body.publishedAt).toEqual(expect.any(String));
    expect(release.body.methodNote.zhCN.at(-2)).toContain('发布：发布号 2026-R1');

    // nothing more can happen to it
    await post(city, `/api/benchmark-releases/${draft.body.id}/discard`).expect(409);
    await post(checker, `/api/benchmark-releases/${draft.body.id}/publish`).expect(409);

    const notified = await t.dataSource
      .getRepository(NotificationEntity)
      .findBy({ dedupeKey: `benchmark-release:${draft.body.id}:publish` });
    expect(notified.map((n) => n.recipientOrganisationId)).toContain(huangdaoBureau.id);
    // the three contributing enterprises learn that they can compare their pay
    expect(notified.filter((n) => n.link?.startsWith('/benchmark-position'))).toHaveLength(3);

    const audit = await t.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ entityType: 'benchmark_release', entityId: draft.body.id });
    // the other city's two probes are answered like a missing object, yet recorded as denied
    expect(audit.map((row) => row.action).sort()).toEqual([
      'access.denied',
      'access.denied',
      'benchmark_release.create',
      'benchmark_release.publish',
      'benchmark_release.review',
    ]);
    // the steps name both people: the checker acts, the maker it checks is recorded with it
    const step = (action: string) => audit.find((row) => row.action === action)!;
    expect(step('benchmark_release.create').actorUsername).toBe(cityUsername);
    for (const action of ['benchmark_release.review', 'benchmark_release.publish']) {
      expect(step(action).actorUsername).toBe(checkerUsername);
      expect(step(action).after).toMatchObject({ makerUsername: cityUsername });
    }
    expect(step('benchmark_release.publish').after).toMatchObject({ status: 'published', label: '2026-R1' });
  });

  it('refuses to publish a release whose every cell is withheld, and says so before', async () => {
    // one occupation of two enterprises: too few everywhere (16 of 16 withheld in the case)
    const programmeId = await newProgramme(t.dataSource);
    const fitter = await newOccupation(t.dataSource, { nameZh: '钳工', nameEn: 'Fitter' });
    for (const regionCode of ['370200', '370211']) {
      await newCell(t.dataSource, {
        programmeId,
        occupationCode: fitter.code,
        regionCode,
        enterprises: 2,
        footnote: FootnoteCode.TooFewEnterprises,
      });
    }
    const draft = await post(city, '/api/benchmark-releases', { programmeId, year: 2026 }).expect(201);
    expect(draft.body).toMatchObject({
      statistics: { cells: 2, published: 0, suppressed: 2 },
      disclosureWarning: 'nothing-publishable',
    });
    await post(checker, `/api/benchmark-releases/${draft.body.id}/review`).expect(200);
    const refused = await post(checker, `/api/benchmark-releases/${draft.body.id}/publish`).expect(400);
    expect(refused.body.message).toBe(
      '该发布稿的 2 个单元格均因披露规则被隐去，没有可公布的数值，不能发布。请在更多企业报送薪酬数据后重新生成，或作废本稿',
    );
    // nothing changed: still reviewed, unnumbered, and no publication recorded
    const after = await get(checker, `/api/benchmark-releases/${draft.body.id}`).expect(200);
    expect(after.body).toMatchObject({ status: 'reviewed', releaseNumber: null });
    const published = await t.dataSource
      .getRepository(AuditLogEntity)
      .countBy({ action: 'benchmark_release.publish', entityId: draft.body.id });
    expect(published).toBe(0);
    await post(checker, `/api/benchmark-releases/${draft.body.id}/discard`).expect(200);
  });

  it('refuses a draft while uploads await aggregation, or when nothing is computed, and stores nothing', async () => {
    const { programmeId, lathe } = await computedProgramme();
    const enterprise = await newEnterprise(t.dataSource, { regionCode: '370211' });
    await newCurrentUpload(t.dataSource, {
      programmeId,
      enterpriseId: enterprise.id,
      regionCode: '370211',
      aggregatedAt: null,
      rows: [{ occupationCode: lathe.code, total: 90_000 }],
    });
    const pending = await post(city, '/api/benchmark-releases', { programmeId, year: 2026 }).expect(409);
    expect(pending.body.message).toBe('还有 1 份薪酬数据尚未汇总进工资价位，请待汇总完成后再生成发布稿');
    expect(pending.body.pendingUploads).toBe(1);
    const pendingEn = await post(city, '/api/benchmark-releases', { programmeId, year: 2026 }, 'en').expect(
      409,
    );
    expect(pendingEn.body.message).toContain('1 wage-data uploads are not yet aggregated');

    // cells computed under other disclosure rules, or a full recompute owed, are out of date too
    const { programmeId: ruled } = await computedProgramme();
    await t.dataSource.query(
      `INSERT INTO benchmark_state (programme_id, year, computed_at, min_enterprises, max_enterprise_share)
       VALUES ($1, 2026, now(), 5, 70)`,
      [ruled],
    );
    const rules = await post(city, '/api/benchmark-releases', { programmeId: ruled, year: 2026 }).expect(409);
    expect(rules.body.message).toBe('工资价位正在按新的发布规则重新汇总，请待汇总完成后再生成发布稿');
    await t.dataSource.query(
      `UPDATE benchmark_state SET min_enterprises = 3, full_requested_at = now() WHERE programme_id = $1`,
      [ruled],
    );
    await post(city, '/api/benchmark-releases', { programmeId: ruled, year: 2026 }).expect(409);
    await t.dataSource.query(`UPDATE benchmark_state SET full_requested_at = NULL WHERE programme_id = $1`, [
      ruled,
    ]);
    await post(city, '/api/benchmark-releases', { programmeId: ruled, year: 2026 }).expect(201);

    const empty = await post(city, '/api/benchmark-releases', { programmeId, year: 2025 }).expect(409);
    expect(empty.body.message).toBe('该工作方案 2025 年度尚无汇总的工资价位');
    const [{ count }] = await t.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM benchmark_release WHERE programme_id = $1`,
      [programmeId],
    );
    expect(count).toBe(0);

    const invalid = await post(city, '/api/benchmark-releases', {
      programmeId: 'x',
      year: 1999,
      extra: 1,
    }).expect(400);
    expect(invalid.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'extra',
      'programmeId',
      'year',
    ]);
    const otherProgramme = await post(otherCity, '/api/benchmark-releases', {
      programmeId,
      year: 2026,
    }).expect(400);
    expect(otherProgramme.body.details).toEqual([
      { field: 'programmeId', message: '工作方案不存在或不在本辖区' },
    ]);
  });

  it('keeps one release open per programme and year; a draft can be discarded, a published one cannot', async () => {
    const { programmeId } = await computedProgramme();
    const first = await post(city, '/api/benchmark-releases', { programmeId, year: 2026 }).expect(201);
    const second = await post(city, '/api/benchmark-releases', { programmeId, year: 2026 }).expect(409);
    expect(second.body.message).toBe('该工作方案 2026 年度已有一份“待审核”的发布稿，请先发布或作废该稿');
    expect(second.body.releaseId).toBe(first.body.id);

    const discarded = await post(city, `/api/benchmark-releases/${first.body.id}/discard`, {
      reason: '数据有误',
    }).expect(200);
    expect(discarded.body).toMatchObject({
      status: 'discarded',
      discardReason: '数据有误',
      availableActions: [],
    });
    const fresh = await post(city, '/api/benchmark-releases', { programmeId, year: 2026 }).expect(201);
    expect(fresh.body.status).toBe('draft');

    const list = await get(huangdao, `/api/benchmark-releases?programmeId=${programmeId}`).expect(200);
    expect(list.body.total).toBe(2);
    const drafts = await get(city, `/api/benchmark-releases?programmeId=${programmeId}&status=draft`).expect(
      200,
    );
    expect(drafts.body.items.map((item: { id: string }) => item.id)).toEqual([fresh.body.id]);
    await get(enterpriseSession, '/api/benchmark-releases').expect(403);
  });

  it('enforces immutability in the database: a published release and its cells refuse every change', async () => {
    const { programmeId } = await computedProgramme();
    const id = await published(programmeId);
    const refused = async (sql: string, parameters: unknown[] = [id]) => {
      await expect(t.dataSource.query(sql, parameters)).rejects.toThrow(
        /immutable|only while its release is a draft/,
      );
    };
    await refused(`UPDATE benchmark_release SET description = '篡改' WHERE id = $1`);
    await refused(`UPDATE benchmark_release SET status = 'draft' WHERE id = $1`);
    await refused(`DELETE FROM benchmark_release WHERE id = $1`);
    await refused(`UPDATE benchmark_release_cell SET p50 = 1 WHERE release_id = $1`);
    await refused(`DELETE FROM benchmark_release_cell WHERE release_id = $1`);
    await refused(
      `INSERT INTO benchmark_release_cell
         SELECT $1, '9-99-99-99', skill_level, region_code, employees, enterprises, max_enterprise_share, mean, p10,
                p25, p50, p75, p90, share_base, share_post, share_performance, share_allowances, share_other, footnote
           FROM benchmark_release_cell WHERE release_id = $1 LIMIT 1`,
    );
    // the application's role has no TRUNCATE at all; the trigger refuses it to the owner too
    await expect(t.dataSource.query(`TRUNCATE benchmark_release_cell`)).rejects.toThrow(/permission denied/);
    await asOwner((owner) =>
      expect(owner.query(`TRUNCATE benchmark_release_cell`)).rejects.toThrow(
        /immutable|only while its release is a draft/,
      ),
    );
    const [row] = await t.dataSource.query<
      Array<{ status: string; description: string | null; cells: number; changed: number }>
    >(
      `SELECT b.status, b.description,
              (SELECT count(*)::int FROM benchmark_release_cell c WHERE c.release_id = b.id) AS cells,
              (SELECT count(*)::int FROM benchmark_release_cell c WHERE c.release_id = b.id AND c.p50 = 1) AS changed
         FROM benchmark_release b WHERE b.id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'published', description: null, cells: 5, changed: 0 });

    // a reviewed release is frozen too: what was reviewed is what is published
    const { programmeId: other } = await computedProgramme();
    const draft = await post(city, '/api/benchmark-releases', { programmeId: other, year: 2026 }).expect(201);
    await t.dataSource.query(
      `UPDATE benchmark_release_cell SET employees = employees WHERE release_id = $1`,
      [draft.body.id],
    );
    await post(checker, `/api/benchmark-releases/${draft.body.id}/review`).expect(200);
    await refused(`UPDATE benchmark_release_cell SET p50 = 1 WHERE release_id = $1`, [draft.body.id]);
  });

  it('publishes a correction as 2026-R2, keeps R1 readable, and compares them cell by cell', async () => {
    const { programmeId, lathe, welder } = await computedProgramme();
    const first = await published(programmeId);

    // the aggregation recomputes: the city's 车工 median rises, 焊工 disappears, a new level appears
    await t.dataSource.query(
      `UPDATE benchmark_cell SET p50 = 84000, employees = 66, computed_at = now()
        WHERE programme_id = $1 AND occupation_code = $2 AND region_code = '370200'`,
      [programmeId, lathe.code],
    );
    await t.dataSource.query(`DELETE FROM benchmark_cell WHERE programme_id = $1 AND occupation_code = $2`, [
      programmeId,
      welder.code,
    ]);
    await newCell(t.dataSource, {
      programmeId,
      occupationCode: lathe.code,
      skillLevel: 'level-2',
      regionCode: '370200',
      p50: 96_000,
    });
    const second = await published(programmeId);
    const corrected = await get(city, `/api/benchmark-releases/${second}`).expect(200);
    expect(corrected.body).toMatchObject({ releaseNumber: 2, label: '2026-R2' });
    const still = await get(
      city,
      `/api/benchmark-releases/${first}/cells?regionCode=370200&occupation=${lathe.code}`,
    ).expect(200);
    expect(still.body.items).toEqual([
      expect.objectContaining({
        occupationName: '车工',
        urgentlyNeeded: true,
        p50: 80_000,
        employees: 60,
        footnote: null,
      }),
    ]);

    const comparison = await get(city, `/api/benchmark-releases/compare?from=${first}&to=${second}`).expect(
      200,
    );
    expect(comparison.body.from.label).toBe('2026-R1');
    expect(comparison.body.to.label).toBe('2026-R2');
    expect(comparison.body.unchanged).toBe(3);
    expect(comparison.body.added).toEqual([
      expect.objectContaining({
        occupationCode: lathe.code,
        skillLevel: 'level-2',
        regionCode: '370200',
        from: null,
      }),
    ]);
    expect(comparison.body.removed).toEqual([
      expect.objectContaining({ occupationCode: welder.code, regionCode: '370200', to: null }),
    ]);
    expect(comparison.body.changed).toHaveLength(1);
    // 80,000 → 84,000 is +4,000, +5 %; employees 60 → 66
    expect(comparison.body.changed[0].differences).toEqual(
      expect.arrayContaining([
        { field: 'p50', from: '80000', to: '84000', delta: 4000, deltaPercent: 5 },
        { field: 'employees', from: '60', to: '66', delta: 6, deltaPercent: 10 },
      ]),
    );
    const same = await get(city, `/api/benchmark-releases/compare?from=${first}&to=${first}`).expect(400);
    expect(same.body.details).toEqual([{ field: 'to', message: '请选择两份不同的发布进行比较' }]);

    // only releases of one programme and year compare: another year's cells are other pay
    await newCell(t.dataSource, {
      programmeId,
      occupationCode: lathe.code,
      regionCode: '370200',
      year: 2025,
    });
    const earlier = await published(programmeId, 2025);
    const acrossYears = await get(
      city,
      `/api/benchmark-releases/compare?from=${earlier}&to=${second}`,
    ).expect(400);
    expect(acrossYears.body.details).toEqual([
      {
        field: 'to',
        message: '只能比较同一年度的发布（所选为 2025 年和 2026 年），不同年度的工资价位请分别查看',
      },
    ]);
    const { programmeId: otherProgramme } = await computedProgramme();
    const elsewhere = await published(otherProgramme);
    const acrossProgrammes = await get(
      city,
      `/api/benchmark-releases/compare?from=${first}&to=${elsewhere}`,
    ).expect(400);
    expect(acrossProgrammes.body.details[0].field).toBe('to');
    // a discarded draft is no release to compare with
    await t.dataSource.query(
      `UPDATE benchmark_cell SET p50 = 85000, computed_at = now() WHERE programme_id = $1 AND occupation_code = $2 AND region_code = '370200' AND year = 2026`,
      [programmeId, lathe.code],
    );
    const dropped = await post(city, '/api/benchmark-releases', { programmeId, year: 2026 }).expect(201);
    await post(city, `/api/benchmark-releases/${dropped.body.id}/discard`).expect(200);
    const withDiscarded = await get(
      city,
      `/api/benchmark-releases/compare?from=${dropped.body.id}&to=${second}`,
    ).expect(400);
    expect(withDiscarded.body.details).toEqual([
      { field: 'from', message: '已作废的发布稿不能参与比较，请选择已发布或待发布的发布' },
    ]);
  });

  it('shows a district only its own cells and the city roll-up; bureaus see withheld figures with their footnote', async () => {
    const { programmeId, lathe } = await computedProgramme();
    const id = await published(programmeId);
    const all = await get(city, `/api/benchmark-releases/${id}/cells?pageSize=50`).expect(200);
    expect(all.body.total).toBe(5);
    const laoshan = all.body.items.find((cell: { regionCode: string }) => cell.regionCode === '370212');
    expect(laoshan).toMatchObject({ footnote: 'A', employees: 12, enterprises: 2, regionName: '崂山区' });

    const district = await get(huangdao, `/api/benchmark-releases/${id}/cells?pageSize=50`).expect(200);
    expect(district.body.items.map((cell: { regionCode: string }) => cell.regionCode).sort()).toEqual([
      '370200',
      '370200',
      '370211',
    ]);
    const withheld = await get(
      city,
      `/api/benchmark-releases/${id}/cells?suppressed=true&occupation=${lathe.code}`,
    ).expect(200);
    expect(withheld.body.items.map((cell: { footnote: string }) => cell.footnote)).toEqual(['C', 'A']);
    const byName = await get(
      city,
      `/api/benchmark-releases/${id}/cells?occupation=${encodeURIComponent('车')}`,
    ).expect(200);
    expect(byName.body.total).toBe(4);
    await get(city, `/api/benchmark-releases/${id}/cells?skillLevel=grandmaster`).expect(400);
  });

  it('exports the release as published: withheld cells keep only their footnote (csv and xlsx)', async () => {
    const { programmeId, lathe } = await computedProgramme();
    const id = await published(programmeId);
    const csv = await get(city, `/api/benchmark-releases/${id}/export.csv`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain(encodeURIComponent('工资价位-青岛市-2026-R1.csv'));
    const text = csv.text;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\n');
    expect(lines[0]).toContain('P50 中位数 (元/年)');
    const laoshan = lines.find((line) => line.includes('370212'))!;
    // release, year, region, occupation …, then eight empty figures, the footnote and no earlier release
    expect(laoshan.endsWith(',,,,,,,,,A,')).toBe(true);
    const city2026 = lines.find((line) => line.includes('370200') && line.includes(lathe.code))!;
    expect(city2026).toContain(',60,4,81500,60000,68000,80000,98000,115000,');

    const xlsx = await get(city, `/api/benchmark-releases/${id}/export.xlsx`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.body as Buffer).buffer);
    const sheet = workbook.getWorksheet('工资价位 Benchmarks')!;
    expect(sheet.rowCount).toBe(6);
    const notes = workbook.getWorksheet('说明 Notes')!;
    expect(String(notes.getCell('A1').value)).toContain('2026-R1');
    const audit = await t.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ entityId: id, action: 'benchmark_release.export' });
    expect(audit.map((row) => (row.after as { format: string }).format).sort()).toEqual(['csv', 'xlsx']);
  });
});
