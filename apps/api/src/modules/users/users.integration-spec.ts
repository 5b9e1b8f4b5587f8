import { Role } from '@skillpay/domain';
import {
  bearer,
  createTestApp,
  DEMO_PASSWORD,
  login,
  newIp,
  newUser,
  type Session,
  type TestApp,
  unique,
} from '../../../test/test-app';
import { newEnterprise } from '../../../test/enterprise-builders';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from './user.entity';

describe('account administration by the system administrator', () => {
  let t: TestApp;
  let admin: Session;
  let platformId: string;
  let huangdaoBureauId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t, 'sysadmin', DEMO_PASSWORD);
    const organisations = await t
      .http()
      .get('/api/organisations?pageSize=200')
      .set(bearer(admin))
      .expect(200);
    const byName = (name: string) =>
      (organisations.body.items as Array<{ id: string; name: string }>).find((o) => o.name === name)!.id;
    platformId = byName('技能人才薪酬分配指引实施服务平台运维中心');
    huangdaoBureauId = byName('黄岛区人力资源和社会保障局');
  });
  afterAll(() => t.close());

  /** POST /api/users as the system administrator: a district-bureau account unless overridden. */
  function createUser(overrides: Record<string, unknown>, language = 'zh-CN') {
    return t
      .http()
      .post('/api/users')
      .set(bearer(admin))
      .set('Accept-Language', language)
      .send({
        username: unique('user'),
        displayName: '测试用户',
        role: Role.DistrictBureau,
        organisationId: huangdaoBureauId,
        password: 'Initial#Pass2026',
        ...overrides,
      });
  }

  it('rejects a weak password with one field message per broken rule, in Chinese by default', async () => {
    const response = await createUser({ password: 'password' }).expect(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      message: '提交的数据有误，请检查标出的字段',
    });
    expect(response.body.details).toEqual([
      { field: 'password', message: '密码至少 12 个字符' },
      { field: 'password', message: '密码须包含大写字母、小写字母、数字、符号中的至少 3 类' },
      { field: 'password', message: '该密码过于常见，容易被猜中' },
    ]);
  });

  it('rejects a common password dressed up with digits and symbols, in English when asked', async () => {
    const response = await createUser({ password: 'Password@2026' }, 'en').expect(400);
    expect(response.body.details).toEqual([
      { field: 'password', message: 'This password is too common and easy to guess' },
    ]);
  });

  it('answers invalid fields and unknown fields with field-level messages in both languages, writing nothing', async () => {
    const body = {
      username: 'A b',
      displayName: '',
      role: 'king',
      organisationId: 'nope',
      password: 'Valid#Pass2026',
      isAdmin: true,
    };
    const zh = await t.http().post('/api/users').set(bearer(admin)).send(body).expect(400);
    expect(zh.body.details).toEqual(
      expect.arrayContaining([
        { field: 'isAdmin', message: '不允许提交字段“isAdmin”' },
        { field: 'username', message: '用户名格式不正确' },
        { field: 'displayName', message: '姓名不能为空' },
        {
          field: 'role',
          message: expect.stringMatching(/^角色的取值无效，可选值：city_bureau, district_bureau/),
        },
        { field: 'organisationId', message: '所属单位格式不正确' },
      ]),
    );
    const en = await t
      .http()
      .post('/api/users')
      .set(bearer(admin))
      .set('Accept-Language', 'en-US,en;q=0.9')
      .send(body)
      .expect(400);
    expect(en.body.message).toBe('Some fields are invalid; please check the marked fields');
    expect(en.body.details).toEqual(
      expect.arrayContaining([
        { field: 'isAdmin', message: 'The field "isAdmin" is not allowed' },
        { field: 'displayName', message: 'Name must not be empty' },
      ]),
    );
    expect(await t.dataSource.getRepository(UserEntity).countBy({ username: 'A b' })).toBe(0);
  });

  it('creates an account that must change its password at first login, audited without the password', async () => {
    const username = unique('qd-jimo');
    const created = await createUser({ username }).expect(201);
    expect(created.body).toMatchObject({
      username,
      status: 'active',
      mustChangePassword: true,
      organisation: { id: huangdaoBureauId },
    });
    const [row] = await t.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ action: 'user.create', entityId: created.body.id });
    expect(row.actorUsername).toBe('sysadmin');
    expect(JSON.stringify(row)).not.toContain('Initial#Pass2026');
    expect(JSON.stringify(row)).not.toMatch(/argon2/);
    // redaction goes by key name, not substring: the flag stays visible to the auditor
    expect(row.after).toMatchObject({ username, mustChangePassword: true });

    const duplicate = await createUser({ username }).expect(409);
    expect(duplicate.body.details).toEqual([{ field: 'username', message: `用户名“${username}”已被使用` }]);
  });

  it('creates one account when two administrators submit the same username at the same moment', async () => {
    const username = unique('race');
    const responses = await Promise.all([createUser({ username }), createUser({ username })]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await t.dataSource.getRepository(UserEntity).countBy({ username })).toBe(1);
  });

  it('answers a malformed id with a field message, not a server error', async () => {
    const response = await t.http().get('/api/users/not-a-uuid').set(bearer(admin)).expect(400);
    expect(response.body.details).toEqual([{ field: 'id', message: '编号格式不正确' }]);
  });

  it('refuses an account whose role does not fit its organisation', async () => {
    const response = await createUser({ role: Role.Enterprise, organisationId: platformId }).expect(400);
    expect(response.body.details[0].field).toBe('role');
  });

  it('resetting a password lifts a lockout and forces a change at next login', async () => {
    const username = unique('locked');
    const created = await createUser({ username }).expect(201);
    for (let i = 0; i < 5; i++) {
      await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', newIp())
        .send({ username, password: 'Wrong#Pass2026x' });
    }
    const locked = await t.http().get(`/api/users/${created.body.id}`).set(bearer(admin)).expect(200);
    expect(locked.body.lockedUntil).toEqual(expect.any(String));
    const reset = await t
      .http()
      .post(`/api/users/${created.body.id}/reset-password`)
      .set(bearer(admin))
      .send({ newPassword: 'Reset#Pass2026' })
      .expect(200);
    expect(reset.body).toMatchObject({ lockedUntil: null, mustChangePassword: true });
    const audited = await t.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ action: 'user.reset_password', entityId: created.body.id });
    expect(audited).toHaveLength(1);
    expect(audited[0].after).toMatchObject({ mustChangePassword: true });
    expect(JSON.stringify(audited[0])).not.toContain('Reset#Pass2026');
    const session = await login(t, username, 'Reset#Pass2026');
    await t.http().get('/api/regions').set(bearer(session)).expect(403);
  });

  it('keeps the system administrator out of the audit log and away from disabling itself', async () => {
    await t.http().get('/api/audit-logs').set(bearer(admin)).expect(403);
    await t.http().get('/api/audit-logs/verify').set(bearer(admin)).expect(403);
    const me = await t.http().get('/api/auth/me').set(bearer(admin)).expect(200);
    await t.http().post(`/api/users/${me.body.id}/disable`).set(bearer(admin)).expect(409);
    const denied = await t.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ action: 'access.denied', actorUsername: 'sysadmin' });
    expect(denied.map((row) => row.entityId)).toEqual(
      expect.arrayContaining(['GET /api/audit-logs', 'GET /api/audit-logs/verify']),
    );
  });

  it('lets a district bureau give the enterprises of its district accounts, and touch no other account', async () => {
    const district = await login(t, 'qd-huangdao', DEMO_PASSWORD);
    const own = await newEnterprise(t.dataSource, { regionCode: '370211' });
    const elsewhere = await newEnterprise(t.dataSource, { regionCode: '370212' });
    const as = (session: Session) => ({
      post: (path: string, body: object = {}) => t.http().post(path).set(bearer(session)).send(body),
      patch: (path: string, body: object) => t.http().patch(path).set(bearer(session)).send(body),
    });
    const account = (overrides: Record<string, unknown>) => ({
      username: unique('hr'),
      displayName: '人力资源部',
      role: Role.Enterprise,
      organisationId: own.id,
      password: 'Initial#Pass2026',
      ...overrides,
    });

    // reads stay as they were: its region's accounts, the enterprise ones marked as its to manage
    const list = await t.http().get('/api/users?pageSize=200').set(bearer(district)).expect(200);
    const byName = new Map(
      (list.body.items as Array<{ username: string; manageable: boolean }>).map((u) => [u.username, u]),
    );
    expect(byName.get('ent-a')?.manageable).toBe(true);
    expect(byName.get('qd-huangdao')?.manageable).toBe(false);
    expect(byName.has('qd-laoshan')).toBe(false);

    // an enterprise of its own district: created as the administrator would, with a first-login change
    const created = await as(district).post('/api/users', account({})).expect(201);
    expect(created.body).toMatchObject({
      role: Role.Enterprise,
      status: 'active',
      mustChangePassword: true,
      manageable: true,
      organisation: { id: own.id },
    });
    const [audited] = await t.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ action: 'user.create', entityId: created.body.id });
    expect(audited.actorUsername).toBe('qd-huangdao');
    expect(JSON.stringify(audited)).not.toContain('Initial#Pass2026');
    const id = created.body.id as string;
    const disabled = await as(district).post(`/api/users/${id}/disable`).expect(200);
    expect(disabled.body.status).toBe('disabled');
    await as(district).post(`/api/users/${id}/enable`).expect(200);
    await as(district)
      .post(`/api/users/${id}/reset-password`, { newPassword: 'Temporary#Pass2026' })
      .expect(200);
    const changes = await t.dataSource.getRepository(AuditLogEntity).findBy({ entityId: id });
    expect(changes.map((row) => [row.action, row.actorUsername]).sort()).toEqual([
      ['user.create', 'qd-huangdao'],
      ['user.disable', 'qd-huangdao'],
      ['user.enable', 'qd-huangdao'],
      ['user.reset_password', 'qd-huangdao'],
    ]);

    // another district's enterprise is not in its scope; other roles are the administrator's
    const foreign = await as(district)
      .post('/api/users', account({ organisationId: elsewhere.id }))
      .expect(400);
    expect(foreign.body.details).toEqual([{ field: 'organisationId', message: '单位不存在' }]);
    const bureauAccount = await as(district)
      .post('/api/users', account({ role: Role.DistrictBureau, organisationId: huangdaoBureauId }))
      .expect(400);
    expect(bureauAccount.body.details).toEqual([
      { field: 'role', message: '您只能创建企业账号，其他账号由系统管理员维护' },
    ]);
    await as(district).patch(`/api/users/${id}`, { role: Role.DistrictBureau }).expect(400);

    const bureau = (await t.dataSource.getRepository(UserEntity).findOneByOrFail({ username: 'qd-huangdao' }))
      .organisationId;
    const colleague = await newUser(t.dataSource, { id: bureau } as OrganisationEntity, Role.DistrictBureau);
    const refused = await as(district).post(`/api/users/${colleague.id}/disable`).expect(403);
    expect(refused.body.message).toBe('该账号由系统管理员维护；区（市）人社局只管理本辖区企业的账号');
    await as(district).patch(`/api/users/${colleague.id}`, { displayName: '改名' }).expect(403);
    const foreignAccount = await newUser(t.dataSource, elsewhere, Role.Enterprise);
    await as(district).post(`/api/users/${foreignAccount.id}/disable`).expect(404);
    for (const untouched of [colleague, foreignAccount]) {
      expect(
        await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: untouched.id }),
      ).toMatchObject({
        status: 'active',
        displayName: untouched.displayName,
      });
      expect(
        (await t.dataSource.getRepository(AuditLogEntity).findBy({ entityId: untouched.id })).filter((row) =>
          row.action.startsWith('user.'),
        ),
      ).toEqual([]);
    }

    // the city bureau registers in every district and gives those enterprises accounts too
    const cityBureau = await login(t, 'qd-city', DEMO_PASSWORD);
    await as(cityBureau)
      .post('/api/users', account({ organisationId: elsewhere.id }))
      .expect(201);
    await as(cityBureau).post(`/api/users/${colleague.id}/disable`).expect(403);
  });
});
