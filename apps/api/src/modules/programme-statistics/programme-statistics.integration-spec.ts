import { CaseStatus, OrganisationType, PilotStatus, Role } from '@skillpay/domain';
import { newCase } from '../../../test/case-builders';
import { newApplication, newEnterprise, newProgramme } from '../../../test/programme-builders';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';
import { type OrganisationEntity } from '../organisations/organisation.entity';

interface Statistics {
  programmes: Array<{
    id: string;
    status: string;
    pilotsByRegion: Array<{ regionCode: string; cityDirect: boolean; approved: number; pending: number }>;
    progressReports: {
      received: number;
      submitted: number;
      accepted: number;
      returned: number;
      enterprises: number;
    };
    benchmarkReleases: {
      published: number;
      latestYear: number | null;
      latestReleaseNumber: number | null;
      latestEnterpriseCount: number | null;
      latestEmployeeCount: number | null;
    };
  }>;
  casesByStatus: Array<{ status: CaseStatus; count: number }>;
}

/** Every key the payload may hold: figures and what they are counted for, nothing about a person. */
const ALLOWED_KEYS = new Set([
  'programmes',
  'id',
  'title',
  'documentNumber',
  'status',
  'year',
  'pilotsByRegion',
  'regionCode',
  'regionName',
  'cityDirect',
  'approved',
  'pending',
  'progressReports',
  'received',
  'submitted',
  'accepted',
  'returned',
  'enterprises',
  'benchmarkReleases',
  'published',
  'latestYear',
  'latestReleaseNumber',
  'latestPublishedAt',
  'latestEnterpriseCount',
  'latestEmployeeCount',
  'casesByStatus',
  'count',
]);

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, into);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysOf(inner, into);
    }
  return into;
}

/**
 * 统计概览: the union and the federations see the programme in aggregate (domain.md "Actors":
 * aggregated statistics only, never an individual's wage or identity).
 */
describe('programme statistics for reviewer organisations', () => {
  let t: TestApp;
  let union: Session;
  let unionOrganisation: OrganisationEntity;
  const enterprises: OrganisationEntity[] = [];
  let programmeId: string;

  const statistics = async (session: Session) =>
    (await t.http().get('/api/programme-statistics').set(bearer(session)).expect(200)).body as Statistics;

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    unionOrganisation = await newOrganisation(ds, {
      type: OrganisationType.TradeUnion,
      regionCode: '370200',
    });
    union = await login(t, (await newUser(ds, unionOrganisation, Role.Reviewer)).username);
    programmeId = await newProgramme(ds);
    // 黄岛区: two approved pilots and one recommended; 崂山区: one submitted; 市直: one approved
    const pilots: Array<[string, PilotStatus]> = [
      ['370211', PilotStatus.Approved],
      ['370211', PilotStatus.Approved],
      ['370211', PilotStatus.Recommended],
      ['370212', PilotStatus.Submitted],
      ['370200', PilotStatus.Approved],
      ['370212', PilotStatus.Draft],
    ];
    for (const [regionCode, status] of pilots) {
      const enterprise = await newEnterprise(ds, regionCode);
      enterprises.push(enterprise);
      await newApplication(ds, programmeId, enterprise.id, status);
    }
    // reports: two periods from the first pilot (accepted, submitted), one returned, one draft (not received)
    const reports: Array<[number, string, string]> = [
      [0, '2026-01', 'accepted'],
      [0, '2026-02', 'submitted'],
      [1, '2026-01', 'returned'],
      [4, '2026-01', 'draft'],
    ];
    for (const [index, period, status] of reports) {
      await ds.query(
        `INSERT INTO progress_report (programme_id, enterprise_id, period, due_on, status) VALUES ($1, $2, $3, '2026-03-10', $4)`,
        [programmeId, enterprises[index].id, period, status],
      );
    }
    // two releases published (the second a correction), one draft
    for (const [number, status, day] of [
      [1, 'published', '2026-05-01'],
      [2, 'published', '2026-06-01'],
      [null, 'draft', null],
    ] as const) {
      await ds.query(
        `INSERT INTO benchmark_release (programme_id, year, status, release_number, min_enterprises, max_enterprise_share,
           enterprise_count, employee_count, computed_at, published_at)
         VALUES ($1, 2025, $2, $3, 3, 50, 5, 412, now(), $4)`,
        [programmeId, status, number, day],
      );
    }
  });
  afterAll(async () => {
    // the bare reports above have no versions: retire their programme, so no later suite's workbench
    // (which shares the database) offers them as to-dos whose page cannot open
    await t.dataSource.query(`UPDATE programme SET deleted_at = now() WHERE id = $1`, [programmeId]);
    await t.close();
  });

  it('counts pilots per district, reports received and releases published for the city’s programme', async () => {
    const figures = (await statistics(union)).programmes.find((p) => p.id === programmeId)!;
    expect(figures.status).toBe('active');
    const byRegion = Object.fromEntries(
      figures.pilotsByRegion.map((row) => [row.regionCode, [row.approved, row.pending, row.cityDirect]]),
    );
    expect(figures.pilotsByRegion[0].regionCode).toBe('370200');
    expect(byRegion['370200']).toEqual([1, 0, true]);
    expect(byRegion['370211']).toEqual([2, 1, false]);
    // a draft application is the enterprise's own, not yet counted
    expect(byRegion['370212']).toEqual([0, 1, false]);
    // 3 received of 4 (a draft is not received), from 2 enterprises
    expect(figures.progressReports).toEqual({
      received: 3,
      submitted: 1,
      accepted: 1,
      returned: 1,
      enterprises: 2,
    });
    expect(figures.benchmarkReleases).toMatchObject({
      published: 2,
      latestYear: 2025,
      latestReleaseNumber: 2,
      latestEnterpriseCount: 5,
      latestEmployeeCount: 412,
    });
  });

  it('counts the city’s cases by state from submission on, drafts left out', async () => {
    const count = (stats: Statistics, status: CaseStatus) =>
      stats.casesByStatus.find((row) => row.status === status)?.count;
    const before = await statistics(union);
    expect(before.casesByStatus.map((row) => row.status)).not.toContain(CaseStatus.Draft);
    await newCase(t.dataSource, { enterpriseId: enterprises[0].id, status: CaseStatus.UnderReview });
    await newCase(t.dataSource, { enterpriseId: enterprises[1].id, status: CaseStatus.UnderReview });
    await newCase(t.dataSource, {
      enterpriseId: enterprises[4].id,
      regionCode: '370200',
      status: CaseStatus.Selected,
    });
    await newCase(t.dataSource, {
      enterpriseId: enterprises[3].id,
      regionCode: '370212',
      status: CaseStatus.Draft,
    });
    const after = await statistics(union);
    expect(count(after, CaseStatus.UnderReview)! - count(before, CaseStatus.UnderReview)!).toBe(2);
    expect(count(after, CaseStatus.Selected)! - count(before, CaseStatus.Selected)!).toBe(1);
    expect(count(after, CaseStatus.Submitted)).toBe(count(before, CaseStatus.Submitted));
  });

  it('returns counts only: no names, credit codes, ID numbers or wages in the payload', async () => {
    const body = await statistics(union);
    expect([...keysOf(body)].filter((key) => !ALLOWED_KEYS.has(key))).toEqual([]);
    const text = JSON.stringify(body);
    for (const enterprise of enterprises) expect(text).not.toContain(enterprise.name);
    const codes = await t.dataSource.query<Array<{ credit_code: string }>>(
      `SELECT credit_code FROM enterprise WHERE id = ANY($1)`,
      [enterprises.map((e) => e.id)],
    );
    for (const { credit_code } of codes) expect(text).not.toContain(credit_code);
    // no 18-character resident ID number shape anywhere
    expect(text).not.toMatch(/\d{17}[\dXx]/);
  });

  it('is limited to the caller’s region and to reviewer organisations', async () => {
    // a reviewer organisation registered in a district sees the city's programme nowhere
    const districtReviewer = await newOrganisation(t.dataSource, {
      type: OrganisationType.EnterpriseConfederation,
      regionCode: '370212',
    });
    const session = await login(t, (await newUser(t.dataSource, districtReviewer, Role.Reviewer)).username);
    expect((await statistics(session)).programmes.map((p) => p.id)).not.toContain(programmeId);

    const cityBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: '370200',
    });
    const city = await login(t, (await newUser(t.dataSource, cityBureau, Role.CityBureau)).username);
    await t.http().get('/api/programme-statistics').set(bearer(city)).expect(403);
    const enterpriseUser = await login(
      t,
      (await newUser(t.dataSource, enterprises[0], Role.Enterprise)).username,
    );
    await t.http().get('/api/programme-statistics').set(bearer(enterpriseUser)).expect(403);
  });
});
