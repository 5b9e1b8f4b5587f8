import { OrganisationType, RegionLevel, Role } from '@skillpay/domain';
import { randomUUID } from 'node:crypto';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';
import { AuditLogEntity } from '../../modules/audit/audit-log.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { RegionEntity } from '../../modules/regions/region.entity';
import { UserEntity, UserStatus } from '../../modules/users/user.entity';

/**
 * The scope matrix: for each role, an organisation or account outside its scope answers 404 —
 * the same body as a missing object — on read and on every change, and nothing is written.
 */
describe('access scope matrix', () => {
  let t: TestApp;
  // Qingdao: two districts; Qujing (530300) is another city.
  let huangdaoEnterprise: OrganisationEntity;
  let laoshanEnterprise: OrganisationEntity;
  let qujingEnterprise: OrganisationEntity;
  let laoshanUser: UserEntity;
  let qujingUser: UserEntity;
  let huangdaoEnterpriseUser: UserEntity;
  const sessions: Partial<Record<string, Session>> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const regions = t.dataSource.getRepository(RegionEntity);
    await regions.upsert(
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
        {
          code: '530302',
          name: '麒麟区',
          nameEn: 'Qilin',
          level: RegionLevel.District,
          parentCode: '530300',
          path: '530000/530300/530302/',
        },
      ],
      ['code'],
    );
    huangdaoEnterprise = await newOrganisation(t.dataSource, { regionCode: '370211' });
    laoshanEnterprise = await newOrganisation(t.dataSource, { regionCode: '370212' });
    qujingEnterprise = await newOrganisation(t.dataSource, { regionCode: '530302' });
    laoshanUser = await newUser(t.dataSource, laoshanEnterprise, Role.Enterprise);
    qujingUser = await newUser(t.dataSource, qujingEnterprise, Role.Enterprise);
    huangdaoEnterpriseUser = await newUser(t.dataSource, huangdaoEnterprise, Role.Enterprise);

    const callers: Array<[string, OrganisationType, string, Role]> = [
      ['city', OrganisationType.CityBureau, '370200', Role.CityBureau],
      ['district', OrganisationType.DistrictBureau, '370211', Role.DistrictBureau],
      ['reviewer', OrganisationType.TradeUnion, '370200', Role.Reviewer],
      ['auditor', OrganisationType.Platform, '370200', Role.AuditAdmin],
    ];
    for (const [key, type, regionCode, role] of callers) {
      const organisation = await newOrganisation(t.dataSource, { type, regionCode });
      sessions[key] = await login(t, (await newUser(t.dataSource, organisation, role)).username);
    }
    sessions.enterprise = await login(t, huangdaoEnterpriseUser.username);
  });
  afterAll(() => t.close());

  /** What each role must not reach: an organisation and an account outside its scope. */
  const cases = () => [
    { role: 'city', organisation: qujingEnterprise, user: qujingUser },
    { role: 'district', organisation: laoshanEnterprise, user: laoshanUser },
    { role: 'enterprise', organisation: laoshanEnterprise, user: laoshanUser },
    { role: 'reviewer', organisation: huangdaoEnterprise, user: huangdaoEnterpriseUser },
    { role: 'auditor', organisation: huangdaoEnterprise, user: huangdaoEnterpriseUser },
  ];

  /** Audit rows about an object, other than the denials of the probes themselves. */
  async function changesAuditedFor(entityId: string): Promise<number> {
    const rows = await t.dataSource.getRepository(AuditLogEntity).findBy({ entityId });
    return rows.filter((row) => row.action !== 'access.denied').length;
  }

  async function deniedProbesOf(entityId: string, session: Session): Promise<string[]> {
    const me = await t.http().get('/api/auth/me').set(bearer(session)).expect(200);
    const rows = await t.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ entityId, action: 'access.denied', actorUsername: me.body.username });
    return rows.map((row) => `${row.outcome} ${(row.after as { route: string }).route}`).sort();
  }

  it.each(['city', 'district', 'enterprise', 'reviewer', 'auditor'])(
    '%s: reading or changing another district’s or city’s organisation answers 404 and writes nothing',
    async (role) => {
      const { organisation } = cases().find((c) => c.role === role)!;
      const session = sessions[role]!;
      const missing = await t
        .http()
        .get(`/api/organisations/${randomUUID()}`)
        .set(bearer(session))
        .expect(404);
      const read = await t
        .http()
        .get(`/api/organisations/${organisation.id}`)
        .set(bearer(session))
        .expect(404);
      expect({ ...read.body, requestId: undefined }).toEqual({ ...missing.body, requestId: undefined });

      const changesBefore = await changesAuditedFor(organisation.id);
      await t
        .http()
        .patch(`/api/organisations/${organisation.id}`)
        .set(bearer(session))
        .send({ address: '被篡改' })
        .expect(404);
      await t
        .http()
        .patch(`/api/organisations/${organisation.id}`)
        .set(bearer(session))
        .send({ name: '被篡改' })
        .expect(404);
      await t.http().delete(`/api/organisations/${organisation.id}`).set(bearer(session)).expect(404);
      const stored = await t.dataSource
        .getRepository('OrganisationEntity')
        .findOneByOrFail({ id: organisation.id });
      expect(stored).toMatchObject({
        name: organisation.name,
        address: organisation.address,
        deletedAt: null,
      });
      expect(await changesAuditedFor(organisation.id)).toBe(changesBefore);
      // the probes are answered like a missing object, yet recorded as denied
      expect(await deniedProbesOf(organisation.id, session)).toEqual([
        'denied DELETE /api/organisations/:id',
        'denied GET /api/organisations/:id',
        'denied PATCH /api/organisations/:id',
        'denied PATCH /api/organisations/:id',
      ]);
    },
  );

  it.each(['city', 'district', 'enterprise', 'reviewer', 'auditor'])(
    '%s: reading or changing an account outside the scope answers 404 and writes nothing',
    async (role) => {
      const { user } = cases().find((c) => c.role === role)!;
      const session = sessions[role]!;
      await t.http().get(`/api/users/${user.id}`).set(bearer(session)).expect(404);
      await t
        .http()
        .patch(`/api/users/${user.id}`)
        .set(bearer(session))
        .send({ displayName: '被篡改' })
        .expect(404);
      await t.http().post(`/api/users/${user.id}/disable`).set(bearer(session)).expect(404);
      await t
        .http()
        .post(`/api/users/${user.id}/reset-password`)
        .set(bearer(session))
        .send({ newPassword: 'Hijack#Pass2026' })
        .expect(404);
      const stored = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
      expect(stored).toMatchObject({
        displayName: user.displayName,
        status: UserStatus.Active,
        passwordHash: user.passwordHash,
      });
      expect(await changesAuditedFor(user.id)).toBe(0);
      expect(await deniedProbesOf(user.id, session)).toHaveLength(4);
    },
  );

  it('lists only what lies in the scope', async () => {
    // by name: other suites sharing the database add many organisations of their own
    const ids = async (role: string, q?: string) => {
      const response = await t
        .http()
        .get('/api/organisations')
        .query({ pageSize: 200, ...(q ? { q } : {}) })
        .set(bearer(sessions[role]!))
        .expect(200);
      return (response.body.items as Array<{ id: string }>).map((item) => item.id);
    };
    const sees = async (role: string, organisation: { id: string; name: string }) =>
      (await ids(role, organisation.name)).includes(organisation.id);
    expect(await sees('city', huangdaoEnterprise)).toBe(true);
    expect(await sees('city', laoshanEnterprise)).toBe(true);
    expect(await sees('city', qujingEnterprise)).toBe(false);
    expect(await sees('district', huangdaoEnterprise)).toBe(true);
    expect(await sees('district', laoshanEnterprise)).toBe(false);
    expect(await ids('enterprise')).toEqual([huangdaoEnterprise.id]);
    expect(await sees('reviewer', huangdaoEnterprise)).toBe(false);
    await t.http().get('/api/organisations').set(bearer(sessions.auditor!)).expect(403);
  });

  it('lets the district bureau change an enterprise of its own district, audited with before and after', async () => {
    const response = await t
      .http()
      .patch(`/api/organisations/${huangdaoEnterprise.id}`)
      .set(bearer(sessions.district!))
      .send({ contactPhone: '0532-88886666' })
      .expect(200);
    expect(response.body.contactPhone).toBe('0532-88886666');
    const [row] = await t.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ entityId: huangdaoEnterprise.id, action: 'organisation.update' });
    expect(row.before).toMatchObject({ contactPhone: null });
    expect(row.after).toMatchObject({ contactPhone: '0532-88886666' });
    expect(row.actorRole).toBe('district_bureau');
  });

  it('lets an enterprise edit its own profile but not its name, type or region', async () => {
    const session = sessions.enterprise!;
    await t
      .http()
      .patch(`/api/organisations/${huangdaoEnterprise.id}`)
      .set(bearer(session))
      .send({ address: '新地址' })
      .expect(200);
    const denied = await t
      .http()
      .patch(`/api/organisations/${huangdaoEnterprise.id}`)
      .set(bearer(session))
      .send({ name: '改名' })
      .expect(403);
    expect(denied.body.details).toEqual([{ field: 'name', message: '无权修改此字段' }]);
  });
});
