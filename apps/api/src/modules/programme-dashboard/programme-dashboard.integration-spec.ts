import { OrganisationType, PilotStatus, RegionLevel, Role } from '@skillpay/domain';
import {
  chinaDay,
  newApplication,
  newEnterprise,
  newPhase,
  newPlanMilestone,
  newProgramme,
  newTask,
} from '../../../test/programme-builders';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';
import { RegionEntity } from '../regions/region.entity';

describe('programme dashboard', () => {
  let t: TestApp;
  let programmeId: string;
  let city: Session;
  let huangdao: Session;

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    const cityBureau = await newOrganisation(ds, { type: OrganisationType.CityBureau, regionCode: '370200' });
    const huangdaoBureau = await newOrganisation(ds, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370211',
    });
    const laoshanBureau = await newOrganisation(ds, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370212',
    });
    city = await login(t, (await newUser(ds, cityBureau, Role.CityBureau)).username);
    huangdao = await login(t, (await newUser(ds, huangdaoBureau, Role.DistrictBureau)).username);

    programmeId = await newProgramme(ds);
    await ds.query(
      `INSERT INTO programme_quota (programme_id, region_code, quota) VALUES ($1, '370211', 1)`,
      [programmeId],
    );
    const phase = await newPhase(ds, programmeId, '服务指导');
    await newTask(ds, {
      programmeId,
      phaseId: phase,
      title: '黄岛区一企一策指导',
      dueOn: chinaDay(-3),
      status: 'in-progress',
      responsible: [huangdaoBureau.id],
    });
    await newTask(ds, {
      programmeId,
      phaseId: phase,
      title: '崂山区专项培训',
      dueOn: chinaDay(-3),
      status: 'not-started',
      responsible: [laoshanBureau.id],
    });
    await newTask(ds, {
      programmeId,
      phaseId: phase,
      title: '成立工作小组',
      dueOn: chinaDay(-20),
      status: 'done',
      responsible: [cityBureau.id],
    });

    const huangdaoEnterprise = await newEnterprise(ds, '370211');
    const laoshanEnterprise = await newEnterprise(ds, '370212');
    const approved = await newApplication(ds, programmeId, huangdaoEnterprise.id, PilotStatus.Approved);
    await newApplication(ds, programmeId, laoshanEnterprise.id, PilotStatus.Recommended);
    await newApplication(ds, programmeId, (await newEnterprise(ds, '370212')).id, PilotStatus.Submitted);
    await newPlanMilestone(ds, approved, huangdaoBureau, { title: '建立职业发展通道', dueOn: chinaDay(-1) });
    for (const [region, organiser, day] of [
      ['370211', huangdaoBureau.id, '2026-07-10'],
      ['370211', huangdaoBureau.id, '2026-08-05'],
      ['370212', laoshanBureau.id, '2026-08-20'],
    ]) {
      await ds.query(
        `INSERT INTO guidance_activity (programme_id, kind, title, occurred_on, organisation_id, region_code, outcome)
         VALUES ($1, 'visit', '一企一策上门指导', $2, $3, $4, '已指导')`,
        [programmeId, day, organiser, region],
      );
    }
  });
  afterAll(() => t.close());

  it('shows the city every district side by side, with default quotas where none are set', async () => {
    const { body } = await t
      .http()
      .get(`/api/programmes/${programmeId}/dashboard`)
      .set(bearer(city))
      .expect(200);
    const byRegion = Object.fromEntries(
      (body.pilotsByRegion as Array<{ regionCode: string }>).map((row) => [row.regionCode, row]),
    );
    expect(Object.keys(byRegion)).toHaveLength(11); // the city itself and its ten districts
    expect(byRegion['370200']).toMatchObject({ cityDirect: true, quota: 3, approved: 0 });
    expect(byRegion['370211']).toMatchObject({ regionName: '黄岛区', quota: 1, approved: 1, recommended: 0 });
    expect(byRegion['370212']).toMatchObject({ quota: 2, approved: 0, recommended: 1, submitted: 1 });
    expect(body.applicationsByStatus).toEqual([
      { status: 'submitted', count: 1 },
      { status: 'recommended', count: 1 },
      { status: 'approved', count: 1 },
    ]);
    expect(body.taskProgress).toEqual([
      expect.objectContaining({ kind: 'phase', name: '服务指导', tasks: 3, done: 1, overdue: 2 }),
    ]);
    expect(body.overdue.map((item: { title: string }) => item.title).sort()).toEqual(
      ['崂山区专项培训', '建立职业发展通道', '黄岛区一企一策指导'].sort(),
    );
    expect(body.guidanceByMonth).toEqual([
      { month: '2026-07', count: 1 },
      { month: '2026-08', count: 2 },
    ]);
  });

  it('shows a district bureau only its own district and the tasks it is responsible for', async () => {
    const { body } = await t
      .http()
      .get(`/api/programmes/${programmeId}/dashboard`)
      .set(bearer(huangdao))
      .set('Accept-Language', 'en')
      .expect(200);
    expect(body.pilotsByRegion).toEqual([
      expect.objectContaining({ regionCode: '370211', regionName: 'Huangdao', quota: 1, approved: 1 }),
    ]);
    expect(body.applicationsByStatus).toEqual([{ status: 'approved', count: 1 }]);
    expect(body.taskProgress).toEqual([expect.objectContaining({ tasks: 1, done: 0, overdue: 1 })]);
    expect(body.overdue.map((item: { title: string }) => item.title).sort()).toEqual(
      ['建立职业发展通道', '黄岛区一企一策指导'].sort(),
    );
    expect(body.guidanceByRegion).toEqual([{ regionCode: '370211', regionName: 'Huangdao', count: 2 }]);
  });

  it('answers 404 for another city’s programme and 403 for roles without programme work', async () => {
    await t.dataSource.getRepository(RegionEntity).upsert(
      [
        {
          code: '530000',
          name: '云南省',
          nameEn: 'Yunnan',
          level: RegionLevel.Province,
          parentCode: null,
          path: '530000/',
        },
        {
          code: '530300',
          name: '曲靖市',
          nameEn: 'Qujing',
          level: RegionLevel.City,
          parentCode: '530000',
          path: '530000/530300/',
        },
      ],
      ['code'],
    );
    const qujingProgramme = await newProgramme(t.dataSource, '530300');
    await t.http().get(`/api/programmes/${qujingProgramme}/dashboard`).set(bearer(city)).expect(404);
    const union = await newOrganisation(t.dataSource, {
      type: OrganisationType.TradeUnion,
      regionCode: '370200',
    });
    const reviewer = await login(t, (await newUser(t.dataSource, union, Role.Reviewer)).username);
    await t.http().get(`/api/programmes/${programmeId}/dashboard`).set(bearer(reviewer)).expect(403);
  });
});
