import { EnterpriseSize, OrganisationType, Ownership, PriorityCategory, Role } from '@skillpay/domain';
import {
  bearer,
  createTestApp,
  login,
  newSession,
  newUser,
  type Session,
  type TestApp,
  unique,
} from '../../../test/test-app';
import { enterpriseInput } from '../../../test/enterprise-builders';
import { validCreditCode as newCreditCode } from '../../../test/programme-builders';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { EnterpriseEntity } from './enterprise.entity';

describe('enterprise registry', () => {
  let t: TestApp;
  let city: Session;
  let huangdao: Session;
  let laoshan: Session;

  beforeAll(async () => {
    t = await createTestApp();
    city = await newSession(t, OrganisationType.CityBureau, '370200', Role.CityBureau);
    huangdao = await newSession(t, OrganisationType.DistrictBureau, '370211', Role.DistrictBureau);
    laoshan = await newSession(t, OrganisationType.DistrictBureau, '370212', Role.DistrictBureau);
  });
  afterAll(() => t.close());

  const create = (session: Session, body: object, language = 'zh-CN') =>
    t.http().post('/api/enterprises').set(bearer(session)).set('Accept-Language', language).send(body);

  it('registers an enterprise with its organisation in one step, audited', async () => {
    const input = enterpriseInput({ creditCode: '91440300708461136T', regionCode: '370211' });
    const response = await create(huangdao, input).expect(201);
    expect(response.body).toMatchObject({
      creditCode: '91440300708461136T',
      name: input.name,
      regionCode: '370211',
      regionName: '黄岛区',
      cityDirect: false,
      industrySection: 'C',
      ownership: 'non-public',
      size: 'medium',
      headcount: 320,
      skilledHeadcount: { 'level-3': 40, 'level-2': 6 },
      priorityCategories: ['skill-self-evaluation'],
      contactPerson: '王经理',
    });
    const organisation = await t.dataSource
      .getRepository(OrganisationEntity)
      .findOneByOrFail({ id: response.body.id });
    expect(organisation).toMatchObject({ type: OrganisationType.Enterprise, name: input.name });
    const audit = await t.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ entityId: response.body.id, action: 'enterprise.create' });
    expect(audit).toHaveLength(1);

    // the same code again is a conflict on creditCode, however it is typed
    const again = await create(
      city,
      enterpriseInput({ creditCode: '91440300708461136t'.replace(/(.{6})/, '$1 '), regionCode: '370211' }),
    ).expect(409);
    expect(again.body.details).toEqual([
      { field: 'creditCode', message: '统一社会信用代码 91440300708461136T 已登记' },
    ]);
  });

  it('city-direct enterprises belong to the city itself', async () => {
    const response = await create(
      city,
      enterpriseInput({ regionCode: '370200', creditCode: newCreditCode('370200') }),
    ).expect(201);
    expect(response.body).toMatchObject({ regionCode: '370200', regionName: '青岛市', cityDirect: true });
  });

  it.each([
    // 91440300708461136T with the check character changed: the expected one is named
    ['zh-CN', '91440300708461136X', '统一社会信用代码校验位（第 18 位）应为“T”，当前为“X”'],
    ['en', '91440300708461136X', 'The check character (18th) of the credit code should be "T", not "X"'],
    // I is not in the GB 32100 character set: its position is named
    [
      'zh-CN',
      '9144030070846I136T',
      '统一社会信用代码第 14 位字符“I”不允许（只可使用数字和除 I、O、S、V、Z 以外的大写字母）',
    ],
    [
      'en',
      '9144030070846I136T',
      'Character 14 of the credit code, "I", is not allowed (digits and capital letters other than I, O, S, V, Z only)',
    ],
    ['zh-CN', '91440300708461136', '统一社会信用代码应为 18 位，当前为 17 位'],
    ['en', '9144030070846113', 'A unified social credit code has 18 characters, not 16'],
  ])(
    '%s: rejects %s with a message on creditCode, and stores nothing',
    async (language, creditCode, message) => {
      const input = enterpriseInput({ creditCode });
      const response = await create(huangdao, input, language).expect(400);
      expect(response.body.details).toEqual([{ field: 'creditCode', message }]);
      expect(
        await t.dataSource.getRepository(OrganisationEntity).existsBy({ name: input.name as string }),
      ).toBe(false);
    },
  );

  it('a district officer cannot register an enterprise in another district: 403, nothing written', async () => {
    const input = enterpriseInput({ regionCode: '370212', creditCode: newCreditCode('370212') });
    const response = await create(huangdao, input).expect(403);
    expect(response.body.details).toEqual([
      { field: 'regionCode', message: '不能在本辖区以外的行政区划 370212 登记企业' },
    ]);
    expect(
      await t.dataSource.getRepository(OrganisationEntity).existsBy({ name: input.name as string }),
    ).toBe(false);
    expect(
      await t.dataSource.getRepository(EnterpriseEntity).existsBy({ creditCode: input.creditCode as string }),
    ).toBe(false);
    // nor may it move one of its own there
    const own = await create(huangdao, enterpriseInput()).expect(201);
    await t
      .http()
      .patch(`/api/enterprises/${own.body.id}`)
      .set(bearer(huangdao))
      .send({ regionCode: '370212' })
      .expect(403);
    const stored = await t.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ id: own.body.id });
    expect(stored.regionCode).toBe('370211');
  });

  it('lists only the caller’s district; the city sees every district and the city-direct ones', async () => {
    const inHuangdao = (await create(huangdao, enterpriseInput()).expect(201)).body;
    const inLaoshan = (
      await create(
        laoshan,
        enterpriseInput({ regionCode: '370212', creditCode: newCreditCode('370212') }),
      ).expect(201)
    ).body;
    const ids = async (session: Session) =>
      (
        (await t.http().get('/api/enterprises?pageSize=200').set(bearer(session)).expect(200)).body
          .items as Array<{
          id: string;
        }>
      ).map((item) => item.id);
    const huangdaoIds = await ids(huangdao);
    expect(huangdaoIds).toContain(inHuangdao.id);
    expect(huangdaoIds).not.toContain(inLaoshan.id);
    // asking for the other district by filter changes nothing
    const filtered = await t
      .http()
      .get('/api/enterprises?regionCode=370212')
      .set(bearer(huangdao))
      .expect(200);
    expect(filtered.body.items).toEqual([]);
    await t.http().get(`/api/enterprises/${inLaoshan.id}`).set(bearer(huangdao)).expect(404);
    await t
      .http()
      .patch(`/api/enterprises/${inLaoshan.id}`)
      .set(bearer(huangdao))
      .send({ headcount: 1 })
      .expect(404);
    expect(await ids(city)).toEqual(expect.arrayContaining([inHuangdao.id, inLaoshan.id]));
  });

  it('sorts by priority focus: more categories, manufacturing, large, state-owned, then name', async () => {
    const tag = unique('排序');
    const make = (name: string, overrides: Record<string, unknown>) =>
      create(
        huangdao,
        enterpriseInput({ name: `${tag}${name}`, priorityCategories: [], ...overrides }),
      ).expect(201);
    await make('丁', { industrySection: 'F', size: EnterpriseSize.Small });
    await make('丙', { industrySection: 'C', size: EnterpriseSize.Small });
    await make('乙', { industrySection: 'C', size: EnterpriseSize.Large, ownership: Ownership.NonPublic });
    await make('甲', { industrySection: 'C', size: EnterpriseSize.Large, ownership: Ownership.StateOwned });
    await make('戊', {
      industrySection: 'F',
      size: EnterpriseSize.Micro,
      priorityCategories: [PriorityCategory.SkillMasterStudio],
    });
    const response = await t
      .http()
      .get(`/api/enterprises?q=${encodeURIComponent(tag)}`)
      .set(bearer(huangdao))
      .expect(200);
    expect(response.body.items.map((item: { name: string }) => item.name.slice(tag.length))).toEqual([
      '戊',
      '甲',
      '乙',
      '丙',
      '丁',
    ]);
    const byName = await t
      .http()
      .get(`/api/enterprises?q=${encodeURIComponent(tag)}&sort=name&industrySection=C&size=large`)
      .set(bearer(huangdao))
      .expect(200);
    expect(byName.body.items.map((item: { name: string }) => item.name.slice(tag.length))).toEqual([
      '乙',
      '甲',
    ]);
  });

  it('an enterprise account sees and edits only its own profile fields', async () => {
    const own = (await create(huangdao, enterpriseInput()).expect(201)).body;
    const other = (await create(huangdao, enterpriseInput()).expect(201)).body;
    const organisation = await t.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ id: own.id });
    const session = await login(t, (await newUser(t.dataSource, organisation, Role.Enterprise)).username);
    const list = await t.http().get('/api/enterprises').set(bearer(session)).expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([own.id]);
    await t.http().get(`/api/enterprises/${other.id}`).set(bearer(session)).expect(404);
    const updated = await t
      .http()
      .patch(`/api/enterprises/${own.id}`)
      .set(bearer(session))
      .send({ headcount: 333, contactPhone: '0532-86660000' })
      .expect(200);
    expect(updated.body).toMatchObject({ headcount: 333, contactPhone: '0532-86660000' });
    const denied = await t
      .http()
      .patch(`/api/enterprises/${own.id}`)
      .set(bearer(session))
      .send({ size: 'large', headcount: 1 })
      .expect(403);
    expect(denied.body.details).toEqual([{ field: 'size', message: '无权修改此字段' }]);
    await t.http().post('/api/enterprises').set(bearer(session)).send(enterpriseInput()).expect(403);
  });
});
