import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  LOGIN_MAX_FAILURES,
  OrganisationType,
  PENDING_LOGIN_MAX_ATTEMPTS,
  Role,
  TOTP_PERIOD_SECONDS,
} from '@skillpay/domain';
import {
  bearer,
  createTestApp,
  DEMO_PASSWORD,
  login,
  newIp,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
  TEST_PASSWORD,
} from '../../../test/test-app';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { type UserEntity } from '../users/user.entity';
import { totpCodeAt } from './two-factor.crypto';
import { UserTwoFactorEntity } from './user-two-factor.entity';

const STEP_MS = TOTP_PERIOD_SECONDS * 1000;

/** What an unenrolled user of an enforced role may still reach. */
const ENROLMENT_ROUTES = [
  'GET /api/auth/me',
  'POST /api/auth/logout',
  'POST /api/auth/change-password',
  'POST /api/auth/refresh',
  'GET /api/auth/two-factor',
  'POST /api/auth/two-factor/enrolment',
  'POST /api/auth/two-factor/enrolment/confirm',
];

interface Enrolled {
  user: UserEntity;
  secret: string;
  recoveryCodes: string[];
  /** the code that confirmed the enrolment: its time step is used up */
  confirmCode: string;
}

describe('two-factor authentication (real PostgreSQL and Redis)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** The code `steps` time steps from now (the window accepts −1, 0 and +1). */
  const codeAt = (secret: string, steps = 0) => totpCodeAt(secret, Date.now() + steps * STEP_MS);

  async function newAccount(role: Role, type: OrganisationType, regionCode: string): Promise<UserEntity> {
    const organisation = await newOrganisation(t.dataSource, { type, regionCode });
    return newUser(t.dataSource, organisation, role);
  }

  async function enrol(user: UserEntity): Promise<Enrolled> {
    const session = await login(t, user.username);
    const started = await t.http().post('/api/auth/two-factor/enrolment').set(bearer(session)).expect(200);
    const secret = started.body.secret as string;
    const confirmCode = codeAt(secret);
    const confirmed = await t
      .http()
      .post('/api/auth/two-factor/enrolment/confirm')
      .set(bearer(session))
      .send({ code: confirmCode })
      .expect(200);
    return { user, secret, recoveryCodes: confirmed.body.recoveryCodes as string[], confirmCode };
  }

  function passwordStep(username: string, password = TEST_PASSWORD, ip = newIp()) {
    return t.http().post('/api/auth/login').set('X-Forwarded-For', ip).send({ username, password });
  }

  async function pendingToken(username: string): Promise<string> {
    const response = await passwordStep(username).expect(200);
    expect(response.body).toEqual({
      secondFactorRequired: true,
      pendingToken: expect.any(String),
      expiresIn: 300,
    });
    expect(response.headers['set-cookie']).toBeUndefined();
    return response.body.pendingToken as string;
  }

  function secondStep(token: string, code: string) {
    return t
      .http()
      .post('/api/auth/login/second-factor')
      .set('X-Forwarded-For', newIp())
      .send({ pendingToken: token, code });
  }

  async function setEnforced(admin: Session, role: Role, enforced: boolean) {
    await t
      .http()
      .put('/api/security-settings/two-factor')
      .set(bearer(admin))
      .send({ items: [{ role, enforced }] })
      .expect(200);
  }

  /** Calls every authenticated route of the committed OpenAPI document but `except`. */
  async function everyRouteStatus(session: Session, except: string[]) {
    const document = JSON.parse(readFileSync(path.join(__dirname, '../../../openapi.json'), 'utf8')) as {
      paths: Record<string, Record<string, { security?: unknown }>>;
    };
    const results: Array<{ route: string; status: number }> = [];
    for (const [route, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const key = `${method.toUpperCase()} ${route}`;
        if (!operation.security || except.includes(key)) continue;
        const url = route.replace(/\{[^}]+\}/g, randomUUID());
        const verb = method as 'get' | 'post' | 'put' | 'patch' | 'delete';
        const response = await t.http()[verb](url).set(bearer(session)).send({});
        results.push({ route: key, status: response.status });
      }
    }
    return results;
  }

  function auditOf(user: UserEntity) {
    return t.dataSource
      .getRepository(AuditLogEntity)
      .find({ where: [{ entityId: user.id }, { actorUsername: user.username }], order: { id: 'ASC' } });
  }

  it('enrols with an otpauth link and secret, confirmed by a code, and hands out 10 recovery codes once', async () => {
    const user = await newAccount(Role.Enterprise, OrganisationType.Enterprise, '370211');
    const session = await login(t, user.username);
    expect((await t.http().get('/api/auth/two-factor').set(bearer(session)).expect(200)).body).toEqual({
      enabled: false,
      enabledAt: null,
      recoveryCodesRemaining: 0,
      required: false,
    });

    const started = await t.http().post('/api/auth/two-factor/enrolment').set(bearer(session)).expect(200);
    const uri = new URL(started.body.otpauthUri as string);
    expect(uri.protocol).toBe('otpauth:');
    expect(decodeURIComponent(uri.pathname)).toContain(user.username);
    expect(uri.searchParams.get('secret')).toBe(started.body.secret);
    // stored encrypted, never in clear
    const row = await t.dataSource.getRepository(UserTwoFactorEntity).findOneByOrFail({ userId: user.id });
    expect(row.secretEncrypted).not.toContain(started.body.secret);
    expect(row.enabledAt).toBeNull();

    // a wrong code does not enable it
    const wrong = await t
      .http()
      .post('/api/auth/two-factor/enrolment/confirm')
      .set(bearer(session))
      .set('Accept-Language', 'en')
      .send({ code: codeAt(started.body.secret, 3) })
      .expect(400);
    expect(wrong.body.details).toEqual([expect.objectContaining({ field: 'code' })]);

    const code = codeAt(started.body.secret);
    const confirmed = await t
      .http()
      .post('/api/auth/two-factor/enrolment/confirm')
      .set(bearer(session))
      .send({ code })
      .expect(200);
    const codes = confirmed.body.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await t.http().get('/api/auth/two-factor').set(bearer(session)).expect(200)).body).toMatchObject({
      enabled: true,
      recoveryCodesRemaining: 10,
    });
    // a second enrolment is refused while one is on
    await t.http().post('/api/auth/two-factor/enrolment').set(bearer(session)).expect(409);
    // the codes are stored only as hashes
    const hashes = await t.dataSource.query<Array<{ code_hash: string }>>(
      `SELECT code_hash FROM two_factor_recovery_code WHERE user_id = $1`,
      [user.id],
    );
    expect(hashes).toHaveLength(10);
    for (const { code_hash } of hashes) expect(codes.map((c) => c.replace('-', ''))).not.toContain(code_hash);

    const audit = await auditOf(user);
    expect(audit.map((r) => r.action)).toEqual(
      expect.arrayContaining(['two_factor.enrolment_start', 'two_factor.failed', 'two_factor.enrol']),
    );
    const text = JSON.stringify(audit);
    expect(text).not.toContain(started.body.secret);
    expect(text).not.toContain(code);
    for (const recovery of codes) expect(text).not.toContain(recovery);
  });

  it('asks for the code after the password, creates the session only then, and refuses a used time step', async () => {
    const { user, secret, confirmCode } = await enrol(
      await newAccount(Role.DistrictBureau, OrganisationType.DistrictBureau, '370211'),
    );
    const token = await pendingToken(user.username);
    // the pending token is no access token
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);

    // the enrolment's code: same time step, a replay
    const replay = await secondStep(token, confirmCode).expect(400);
    expect(replay.body.details).toEqual([{ field: 'code', message: '验证码错误或已使用' }]);

    const fresh = codeAt(secret, 1);
    const signedIn = await secondStep(token, fresh).expect(200);
    expect(signedIn.body.user).toMatchObject({
      username: user.username,
      twoFactorEnabled: true,
      mustEnrolTwoFactor: false,
    });
    expect(([] as string[]).concat(signedIn.headers['set-cookie']).join(';')).toMatch(/skillpay_refresh=/);
    await t
      .http()
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${signedIn.body.accessToken}`)
      .expect(200);

    // one pending login gives one session
    await secondStep(token, codeAt(secret, 1)).expect(401);
    // the same code on a new pending login: replayed
    await secondStep(await pendingToken(user.username), fresh).expect(400);

    const audit = await auditOf(user);
    const failures = audit.filter((r) => r.action === 'two_factor.failed');
    expect(failures.map((r) => r.after)).toEqual([
      { method: 'totp', reason: 'replayed', failedCount: 1 },
      { method: 'totp', reason: 'replayed', failedCount: 1 },
    ]);
    expect(audit.filter((r) => r.action === 'auth.login').at(-1)?.after).toEqual({ secondFactor: 'totp' });
    const text = JSON.stringify(audit);
    expect(text).not.toContain(fresh);
    expect(text).not.toContain(secret);
  });

  it('accepts each recovery code once, in any case and spacing', async () => {
    const { user, recoveryCodes } = await enrol(
      await newAccount(Role.Reviewer, OrganisationType.TradeUnion, '370200'),
    );
    const [first] = recoveryCodes;
    const typed = first.toUpperCase().replace('-', ' ');
    const signedIn = await secondStep(await pendingToken(user.username), typed).expect(200);
    await t
      .http()
      .get('/api/auth/two-factor')
      .set('Authorization', `Bearer ${signedIn.body.accessToken}`)
      .expect(200)
      .expect(({ body }) => expect(body.recoveryCodesRemaining).toBe(9));
    await secondStep(await pendingToken(user.username), first).expect(400);

    const audit = await auditOf(user);
    expect(audit.find((r) => r.action === 'two_factor.recovery_code_used')).toMatchObject({
      actorUsername: user.username,
      after: { recoveryCodesRemaining: 9 },
    });
    expect(audit.filter((r) => r.action === 'auth.login').at(-1)?.after).toEqual({
      secondFactor: 'recovery_code',
    });
    const text = JSON.stringify(audit);
    for (const code of recoveryCodes) expect(text).not.toContain(code);
  });

  it(`counts wrong codes towards the lockout (${LOGIN_MAX_FAILURES}), which the password alone does not reset`, async () => {
    const { user, secret } = await enrol(
      await newAccount(Role.CityBureau, OrganisationType.CityBureau, '370200'),
    );
    const wrong = codeAt(secret, 5);
    let token = await pendingToken(user.username);
    await secondStep(token, wrong).expect(400);
    await secondStep(token, 'not-a-code').expect(400);
    // the right password again: the count goes on
    token = await pendingToken(user.username);
    for (let i = 3; i < LOGIN_MAX_FAILURES; i++) await secondStep(token, wrong).expect(400);
    const locked = await secondStep(token, wrong).expect(423);
    expect(locked.body.details).toBeDefined();
    // locked: neither the password nor a right code gets in
    await passwordStep(user.username).expect(423);
    await secondStep(token, codeAt(secret, 1)).expect(401);
    const audit = t.dataSource.getRepository(AuditLogEntity);
    expect(await audit.countBy({ action: 'auth.lockout', actorUsername: user.username })).toBe(1);
    expect(await audit.countBy({ action: 'two_factor.failed', entityId: user.id })).toBe(LOGIN_MAX_FAILURES);
  });

  it(`ends a pending login after ${PENDING_LOGIN_MAX_ATTEMPTS} wrong codes or when it expires`, async () => {
    const { user, secret } = await enrol(
      await newAccount(Role.Enterprise, OrganisationType.Enterprise, '370212'),
    );
    const token = await pendingToken(user.username);
    await t.dataSource.query(
      `UPDATE pending_login SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [user.id],
    );
    const expired = await secondStep(token, codeAt(secret, 1)).expect(401);
    expect(expired.body.message).toBe('登录验证已超时或尝试次数过多，请重新输入用户名和密码');
    await secondStep('not-a-token', '123456').expect(401);
  });

  it('under enforcement sends an unenrolled user to enrolment and refuses everything else until then', async () => {
    const admin = await login(t, 'sysadmin', DEMO_PASSWORD);
    const user = await newAccount(Role.DistrictBureau, OrganisationType.DistrictBureau, '370212');
    await setEnforced(admin, Role.DistrictBureau, true);
    try {
      // the password alone still signs in, but only to enrol
      const session = await login(t, user.username);
      const me = await t.http().get('/api/auth/me').set(bearer(session)).expect(200);
      expect(me.body).toMatchObject({ mustEnrolTwoFactor: true, twoFactorEnabled: false });
      const refused = await t.http().get('/api/enterprises').set(bearer(session)).expect(403);
      expect(refused.body.message).toBe('您的角色须使用两步验证，请先完成设置');
      // every other route of the API, whatever its method, is refused before it is reached
      const refusedRoutes = await everyRouteStatus(session, ENROLMENT_ROUTES);
      expect(refusedRoutes.filter(({ status }) => status !== 403)).toEqual([]);
      expect(refusedRoutes.length).toBeGreaterThan(100);
      expect(
        (await t.http().get('/api/auth/two-factor').set(bearer(session)).expect(200)).body.required,
      ).toBe(true);
      expect(
        await t.dataSource
          .getRepository(AuditLogEntity)
          .countBy({ action: 'access.denied', actorUsername: user.username }),
      ).toBeGreaterThanOrEqual(3);

      const started = await t.http().post('/api/auth/two-factor/enrolment').set(bearer(session)).expect(200);
      await t
        .http()
        .post('/api/auth/two-factor/enrolment/confirm')
        .set(bearer(session))
        .send({ code: codeAt(started.body.secret) })
        .expect(200);
      // the same session may now do its work
      await t.http().get('/api/enterprises').set(bearer(session)).expect(200);
      expect(
        (await t.http().get('/api/auth/me').set(bearer(session)).expect(200)).body.mustEnrolTwoFactor,
      ).toBe(false);
      // and the next login asks for the code
      await pendingToken(user.username);
    } finally {
      await setEnforced(admin, Role.DistrictBureau, false);
    }
  });

  it('asks for the password change first, then the enrolment', async () => {
    const admin = await login(t, 'sysadmin', DEMO_PASSWORD);
    const organisation = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: '370200',
    });
    const user = await newUser(t.dataSource, organisation, Role.CityBureau, { mustChangePassword: true });
    await setEnforced(admin, Role.CityBureau, true);
    try {
      const session = await login(t, user.username);
      const pending = await t.http().post('/api/auth/two-factor/enrolment').set(bearer(session)).expect(403);
      expect(pending.body.message).toBe('请先修改初始密码');
      await t
        .http()
        .post('/api/auth/change-password')
        .set(bearer(session))
        .send({ currentPassword: TEST_PASSWORD, newPassword: 'Second#Factor2026x' })
        .expect(204);
      await t.http().post('/api/auth/two-factor/enrolment').set(bearer(session)).expect(200);
    } finally {
      await setEnforced(admin, Role.CityBureau, false);
    }
  });

  it('lets only the system administrator set enforcement, for the four roles, audited', async () => {
    const admin = await login(t, 'sysadmin', DEMO_PASSWORD);
    const settings = await t.http().get('/api/security-settings/two-factor').set(bearer(admin)).expect(200);
    // the demo data leaves it off so the demo accounts log in in one step
    expect(settings.body.items).toEqual([
      { role: Role.CityBureau, enforced: false },
      { role: Role.DistrictBureau, enforced: false },
      { role: Role.SystemAdmin, enforced: false },
      { role: Role.AuditAdmin, enforced: false },
    ]);
    const refused = await t
      .http()
      .put('/api/security-settings/two-factor')
      .set(bearer(admin))
      .send({ items: [{ role: Role.Enterprise, enforced: true }] })
      .expect(400);
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'items.0.role' })]);
    const city = await login(t, 'qd-city', DEMO_PASSWORD);
    await t.http().get('/api/security-settings/two-factor').set(bearer(city)).expect(403);
    await t
      .http()
      .put('/api/security-settings/two-factor')
      .set(bearer(city))
      .send({ items: [{ role: Role.CityBureau, enforced: false }] })
      .expect(403);
    const auditor = await login(t, 'auditor', DEMO_PASSWORD);
    await t.http().get('/api/security-settings/two-factor').set(bearer(auditor)).expect(403);

    await setEnforced(admin, Role.AuditAdmin, true);
    await setEnforced(admin, Role.AuditAdmin, false);
    const rows = await t.dataSource
      .getRepository(AuditLogEntity)
      .find({ where: { action: 'security_setting.two_factor_update' }, order: { id: 'DESC' }, take: 2 });
    expect(rows[1].after).toMatchObject({
      items: expect.arrayContaining([{ role: Role.AuditAdmin, enforced: true }]),
    });
    expect(rows[0].before).toMatchObject({
      items: expect.arrayContaining([{ role: Role.AuditAdmin, enforced: true }]),
    });
    expect(rows[0].actorUsername).toBe('sysadmin');
  });

  it('lets the system administrator reset a user’s two-factor with a reason: sessions end, audited', async () => {
    const { user } = await enrol(await newAccount(Role.CityBureau, OrganisationType.CityBureau, '370200'));
    const admin = await login(t, 'sysadmin', DEMO_PASSWORD);
    const listed = await t.http().get(`/api/users/${user.id}`).set(bearer(admin)).expect(200);
    expect(listed.body.twoFactorEnabled).toBe(true);

    const noReason = await t
      .http()
      .post(`/api/users/${user.id}/reset-two-factor`)
      .set(bearer(admin))
      .send({})
      .expect(400);
    expect(noReason.body.details).toContainEqual(expect.objectContaining({ field: 'reason' }));
    const city = await login(t, 'qd-city', DEMO_PASSWORD);
    await t
      .http()
      .post(`/api/users/${user.id}/reset-two-factor`)
      .set(bearer(city))
      .send({ reason: '手机遗失' })
      .expect(403); // a bureau manages only enterprise accounts, not a colleague's

    const reset = await t
      .http()
      .post(`/api/users/${user.id}/reset-two-factor`)
      .set(bearer(admin))
      .send({ reason: '手机遗失，本人来电核实' })
      .expect(200);
    expect(reset.body.twoFactorEnabled).toBe(false);
    // a second reset has nothing to reset
    await t
      .http()
      .post(`/api/users/${user.id}/reset-two-factor`)
      .set(bearer(admin))
      .send({ reason: '重复' })
      .expect(409);
    const record = await t.dataSource
      .getRepository(AuditLogEntity)
      .findOneByOrFail({ action: 'user.reset_two_factor', entityId: user.id });
    expect(record).toMatchObject({
      actorUsername: 'sysadmin',
      before: expect.objectContaining({ twoFactorEnabled: true }),
      after: expect.objectContaining({ twoFactorEnabled: false, reason: '手机遗失，本人来电核实' }),
    });
    // the password alone signs in again (the role is not enforced in the demo data)
    expect((await passwordStep(user.username).expect(200)).body.accessToken).toEqual(expect.any(String));
  });

  it('turns two-factor off only with the password and a current code', async () => {
    const { user, secret, recoveryCodes } = await enrol(
      await newAccount(Role.Enterprise, OrganisationType.Enterprise, '370211'),
    );
    const signedIn = await secondStep(await pendingToken(user.username), recoveryCodes[0]).expect(200);
    const auth = { Authorization: `Bearer ${signedIn.body.accessToken}` };
    const badPassword = await t
      .http()
      .post('/api/auth/two-factor/disable')
      .set(auth)
      .send({ password: 'Wrong#Password1', code: codeAt(secret, 1) })
      .expect(400);
    expect(badPassword.body.details).toEqual([expect.objectContaining({ field: 'password' })]);
    await t
      .http()
      .post('/api/auth/two-factor/disable')
      .set(auth)
      .send({ password: TEST_PASSWORD, code: codeAt(secret, 4) })
      .expect(400);
    // regenerating replaces the codes: an old one stops working
    const regenerated = await t
      .http()
      .post('/api/auth/two-factor/recovery-codes')
      .set(auth)
      .send({ code: recoveryCodes[1] })
      .expect(200);
    expect(regenerated.body.recoveryCodes).toHaveLength(10);
    await t
      .http()
      .post('/api/auth/two-factor/disable')
      .set(auth)
      .send({ password: TEST_PASSWORD, code: recoveryCodes[2] })
      .expect(400);
    await t
      .http()
      .post('/api/auth/two-factor/disable')
      .set(auth)
      .send({ password: TEST_PASSWORD, code: regenerated.body.recoveryCodes[0] })
      .expect(204);
    expect((await passwordStep(user.username).expect(200)).body.accessToken).toEqual(expect.any(String));
    const actions = (await auditOf(user)).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['two_factor.recovery_codes_regenerate', 'two_factor.disable']),
    );
  });
});
