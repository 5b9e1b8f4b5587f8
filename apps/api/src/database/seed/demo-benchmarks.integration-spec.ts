import { benchmarkReleaseLabel, FootnoteCode } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { freshDatabase } from '../../../test/fresh-database';
import { type AppConfig } from '../../common/config/app-config';
import {
  DEMO_BENCHMARKS_REQUEST_ID,
  seedDemoBenchmarks,
  seedDemoEvaluationRecords,
  seedDemoOutcomeWages,
} from './demo-benchmarks';
import { DEMO_WAGE_ENTERPRISES, DEMO_WAGE_YEAR } from './demo-wage-data';
import { Seeder } from './seeder';

/** The demo benchmarks as `setup` seeds them, on a database of their own. */
describe('demo wage benchmarks', () => {
  let config: AppConfig;
  let dataSource: DataSource;

  beforeEach(async () => {
    ({ config, owner: dataSource } = await freshDatabase('demo', {
      NODE_ENV: 'development',
      LOAD_DEMO_DATA: 'true',
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}-demo`,
    }));
    await new Seeder(dataSource, config).run();
  });
  afterEach(() => dataSource?.destroy());

  it('uploads, aggregates and publishes release 1 through the product code, once', async () => {
    const first = await seedDemoBenchmarks(config);
    expect(first).toMatchObject({
      uploads: DEMO_WAGE_ENTERPRISES.length,
      published: benchmarkReleaseLabel(DEMO_WAGE_YEAR, 1),
    });
    expect(first.rows).toBeGreaterThan(700);
    expect(first.cells).toBeGreaterThan(0);

    // every demo pilot has one current version, stored by the worker's path
    const uploads = await dataSource.query<
      Array<{
        key: string;
        region_code: string;
        version_number: number;
        row_count: number;
        uploader: string | null;
      }>
    >(
      `SELECT o.name AS key, u.region_code, u.version_number, u.row_count, a.username AS uploader
       FROM wage_upload u JOIN organisation o ON o.id = u.enterprise_id LEFT JOIN app_user a ON a.id = u.uploaded_by
       WHERE u.year = $1 AND u.status = 'current' AND u.aggregated_at IS NOT NULL ORDER BY u.region_code`,
      [DEMO_WAGE_YEAR],
    );
    expect(uploads).toHaveLength(DEMO_WAGE_ENTERPRISES.length);
    expect(uploads.map((upload) => upload.version_number)).toEqual(uploads.map(() => 1));
    expect(uploads.reduce((sum, upload) => sum + upload.row_count, 0)).toBe(first.rows);
    expect(
      uploads
        .map((upload) => upload.uploader)
        .filter(Boolean)
        .sort(),
    ).toEqual(DEMO_WAGE_ENTERPRISES);
    const rows = await dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM wage_row`,
    );
    expect(rows[0].count).toBe(first.rows);

    // the published release, made by qd-city, reviewed and published by the second person (maker-checker)
    const releases = await dataSource.query<
      Array<{
        status: string;
        release_number: number;
        enterprise_count: number;
        employee_count: number;
        maker: string;
        reviewer: string;
        publisher: string;
      }>
    >(
      `SELECT b.status, b.release_number, b.enterprise_count, b.employee_count, m.username AS maker,
              r.username AS reviewer, p.username AS publisher
       FROM benchmark_release b JOIN app_user m ON m.id = b.created_by
       JOIN app_user r ON r.id = b.reviewed_by JOIN app_user p ON p.id = b.published_by
       WHERE b.year = $1`,
      [DEMO_WAGE_YEAR],
    );
    expect(releases).toEqual([
      {
        status: 'published',
        release_number: 1,
        enterprise_count: 8,
        employee_count: first.rows,
        maker: 'qd-city',
        reviewer: 'qd-city-checker',
        publisher: 'qd-city-checker',
      },
    ]);

    // disclosure control at work on a trade every pilot employs: 城阳区 has one enterprise (A),
    // which 崂山区's 3 would let anyone recover from the city total (C); the city is published
    const cells = (occupationCode: string) =>
      dataSource.query<Array<{ region_code: string; enterprises: number; footnote: FootnoteCode | null }>>(
        `SELECT c.region_code, c.enterprises, c.footnote FROM benchmark_release_cell c
         JOIN benchmark_release b ON b.id = c.release_id
         WHERE b.year = $1 AND c.occupation_code = $2 AND c.skill_level = 'level-4'
         ORDER BY c.region_code`,
        [DEMO_WAGE_YEAR, occupationCode],
      );
    expect(await cells('6-18-01-01')).toEqual([
      { region_code: '370200', enterprises: 8, footnote: null },
      { region_code: '370211', enterprises: 4, footnote: null },
      { region_code: '370212', enterprises: 3, footnote: FootnoteCode.Secondary },
      { region_code: '370214', enterprises: 1, footnote: FootnoteCode.TooFewEnterprises },
    ]);
    // electricians: none in 城阳区, so both districts are published with the city
    expect(await cells('6-31-01-03')).toEqual([
      { region_code: '370200', enterprises: 7, footnote: null },
      { region_code: '370211', enterprises: 4, footnote: null },
      { region_code: '370212', enterprises: 3, footnote: null },
    ]);
    // a trade of one enterprise alone is withheld everywhere
    expect(await cells('6-23-02-01')).toEqual([
      { region_code: '370200', enterprises: 1, footnote: FootnoteCode.TooFewEnterprises },
      { region_code: '370211', enterprises: 1, footnote: FootnoteCode.TooFewEnterprises },
    ]);

    // the audit trail names who did what: the uploaders, the worker's storing, the two city officers' steps
    const audit = await dataSource.query<Array<{ action: string; actor: string | null; count: number }>>(
      `SELECT action, actor_username AS actor, count(*)::int AS count FROM audit_log
       WHERE request_id = $1 OR request_id LIKE 'job:wage-imports:%'
       GROUP BY action, actor_username ORDER BY action, actor_username`,
      [DEMO_BENCHMARKS_REQUEST_ID],
    );
    expect(audit).toEqual([
      { action: 'benchmark_release.create', actor: 'qd-city', count: 1 },
      { action: 'benchmark_release.publish', actor: 'qd-city-checker', count: 1 },
      { action: 'benchmark_release.review', actor: 'qd-city-checker', count: 1 },
      // every pilot uploads through its own account; the worker stores as the uploader
      ...DEMO_WAGE_ENTERPRISES.map((actor) => ({ action: 'wage-upload.create', actor, count: 1 })),
      ...DEMO_WAGE_ENTERPRISES.map((actor) => ({ action: 'wage-upload.store', actor, count: 1 })),
    ]);

    // a second setup changes nothing
    const counts = () =>
      dataSource.query(
        `SELECT (SELECT count(*) FROM wage_upload) AS uploads, (SELECT count(*) FROM benchmark_release) AS releases,
                (SELECT count(*) FROM benchmark_cell) AS cells, (SELECT max(computed_at) FROM benchmark_cell) AS computed,
                (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM notification) AS notifications`,
      );
    const before = await counts();
    expect(await seedDemoBenchmarks(config)).toEqual({ uploads: 0, rows: 0, cells: 0, published: null });
    expect(await counts()).toEqual(before);
  });

  it('stores the evaluation years after the release: pilots and non-pilots, 2025 and 2026, once', async () => {
    await seedDemoBenchmarks(config);
    const first = await seedDemoOutcomeWages(config);
    // ent-a … ent-h have their 2025 file from the release: their 2026, and the 市直 pilot's and the
    // four non-pilots' two years
    expect(first.uploads).toBe(8 + 2 + 4 * 2);
    expect(await seedDemoOutcomeWages(config)).toEqual({ uploads: 0, rows: 0 });

    // measured from the rows (annualised): 海晟's high-skill pay +6.8 %, management's +3.9 %
    // (the central opinions' rule holds); 瑞和's +3.2 % against +4.6 % (it does not)
    const growth = await dataSource.query<Array<{ name: string; high: string; management: string }>>(
      `WITH r AS (
         SELECT o.name, u.year, w.post_category::text AS category,
                w.skill_level IN ('level-3', 'level-2', 'level-1', 'special', 'chief') AS high,
                (w.base_pay + w.post_pay + w.performance_pay + w.allowances + w.other_pay) * 12 / w.months_worked AS pay
         FROM wage_row w JOIN wage_upload u ON u.id = w.upload_id AND u.status = 'current'
         JOIN organisation o ON o.id = u.enterprise_id)
       SELECT name,
              round(100 * (avg(pay) FILTER (WHERE year = 2026 AND high) / avg(pay) FILTER (WHERE year = 2025 AND high) - 1), 1)::text AS high,
              round(100 * (avg(pay) FILTER (WHERE year = 2026 AND category = 'management')
                / avg(pay) FILTER (WHERE year = 2025 AND category = 'management') - 1), 1)::text AS management
       FROM r WHERE name IN ('青岛海晟船舶装备有限公司', '青岛瑞和精密机械有限公司') GROUP BY name ORDER BY name`,
    );
    expect(growth).toEqual([
      { name: '青岛海晟船舶装备有限公司', high: '6.8', management: '3.9' },
      { name: '青岛瑞和精密机械有限公司', high: '3.2', management: '4.6' },
    ]);
    // the non-pilots' files sit in the city's earlier, closed programme
    const [earlier] = await dataSource.query<Array<{ uploads: number }>>(
      `SELECT count(*)::int AS uploads FROM wage_upload u JOIN programme p ON p.id = u.programme_id
       WHERE p.status = 'closed' AND u.status = 'current'`,
    );
    expect(earlier.uploads).toBe(8);

    // the evaluation's records come last, through the service, once: the demonstration units'
    // snapshots carry the measured figures (海晟 as above)
    expect(await seedDemoEvaluationRecords(config, '2026-12-08')).toEqual({
      influenced: 4,
      demonstrationUnits: 2,
    });
    expect(await seedDemoEvaluationRecords(config, '2026-12-08')).toEqual({
      influenced: 0,
      demonstrationUnits: 0,
    });
    const units = await dataSource.query<Array<{ kind: string; snapshot: Record<string, unknown> }>>(
      `SELECT kind::text, snapshot FROM demonstration_unit ORDER BY kind`,
    );
    expect(units.map((unit) => unit.kind)).toEqual(['district', 'enterprise']);
    expect(units[1].snapshot).toMatchObject({ highSkillGrowth: 6.8, managementGrowth: 3.9, ruleHolds: true });
    expect(units[0].snapshot).toMatchObject({ pilots: expect.any(Number) });
  });

  it('fails loudly on a demo file the validation refuses, and the next setup finishes the job', async () => {
    // ent-f's own trade withdrawn from the catalogue: its file no longer passes
    await dataSource.query(`UPDATE occupation SET deleted_at = now() WHERE code = '6-22-02-01'`);
    await expect(seedDemoBenchmarks(config)).rejects.toThrow(
      /demo wage file of ent-f \(2025\) was not stored/,
    );
    const statuses = () =>
      dataSource.query<Array<{ status: string; count: number }>>(
        `SELECT status, count(*)::int AS count FROM wage_upload GROUP BY status ORDER BY status::text`,
      );
    expect(await statuses()).toEqual([
      { status: 'current', count: 5 },
      { status: 'rejected', count: 1 },
    ]);
    expect(await dataSource.query(`SELECT id FROM benchmark_release`)).toEqual([]);

    await dataSource.query(`UPDATE occupation SET deleted_at = NULL WHERE code = '6-22-02-01'`);
    expect(await seedDemoBenchmarks(config)).toMatchObject({
      uploads: 3,
      published: benchmarkReleaseLabel(DEMO_WAGE_YEAR, 1),
    });
    // the refused version stays on record beside the eight current ones
    expect(await statuses()).toEqual([
      { status: 'current', count: 8 },
      { status: 'rejected', count: 1 },
    ]);
    const [release] = await dataSource.query<Array<{ enterprise_count: number }>>(
      `SELECT enterprise_count FROM benchmark_release WHERE status = 'published'`,
    );
    expect(release.enterprise_count).toBe(8);
  });
});
