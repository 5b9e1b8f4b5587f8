import { LOGIN_MAX_FAILURES, Role } from '@skillpay/domain';
import {
  bearer,
  createTestApp,
  DEMO_PASSWORD,
  login,
  newIp,
  newOrganisation,
  newUser,
  type TestApp,
  TEST_PASSWORD,
  unique,
} from '../../../test/test-app';
import { AuditLogEntity } from '../audit/audit-log.entity';

describe('authentication (real PostgreSQL and Redis)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function enterpriseUser(overrides = {}) {
    const organisation = await newOrganisation(t.dataSource);
    return newUser(t.dataSource, organisation, Role.Enterprise, overrides);
  }

  it('logs a demo account in with a bearer token and an httpOnly SameSite=Strict refresh cookie', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', newIp())
      .send({ username: 'qd-city', password: DEMO_PASSWORD })
      .expect(200);
    expect(response.body.accessToken).toEqual(expect.any(String));
    expect(response.body.user).toMatchObject({
      username: 'qd-city',
      role: Role.CityBureau,
      region: { code: '370200' },
    });
    const cookie = ([] as string[]).concat(response.headers['set-cookie']).join(';');
    expect(cookie).toMatch(/skillpay_refresh=[^;]+;.*HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);

    const me = await t
      .http()
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${response.body.accessToken}`)
      .expect(200);
    expect(me.body).toMatchObject({
      username: 'qd-city',
      role: 'city_bureau',
      organisation: { name: '青岛市人力资源和社会保障局', type: 'city_bureau', regionCode: '370200' },
      region: { code: '370200', name: '青岛市' },
    });
  });

  it('answers a wrong password with 401 and a message in the caller’s language, and audits it', async () => {
    const user = await enterpriseUser();
    const zh = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', newIp())
      .send({ username: user.username, password: 'Wrong#Password1' })
      .expect(401);
    expect(zh.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: '用户名或密码错误',
      details: [],
      requestId: expect.any(String),
    });
    const en = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', newIp())
      .set('Accept-Language', 'en')
      .send({ username: user.username, password: 'Wrong#Password1' })
      .expect(401);
    expect(en.body.message).toBe('Wrong username or password');
    const failures = await t.dataSource
      .getRepository(AuditLogEntity)
      .countBy({ action: 'auth.login_failed', actorUsername: user.username });
    expect(failures).toBe(2);
  });

  it(`locks the account after ${LOGIN_MAX_FAILURES} failures for 15 minutes, even for the right password`, async () => {
    const user = await enterpriseUser();
    const attempt = (password: string) =>
      t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', newIp())
        .send({ username: user.username, password });
    for (let i = 1; i < LOGIN_MAX_FAILURES; i++) expect((await attempt('Wrong#Password1')).status).toBe(401);
    const fifth = await attempt('Wrong#Password1');
    expect(fifth.status).toBe(423);
    const lockedUntil = new Date(fifth.body.lockedUntil).getTime();
    expect(lockedUntil - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(lockedUntil - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect(fifth.body.message).toMatch(/^登录失败次数过多，账号已锁定，请于 .+ 后再试$/);

    const rightPassword = await attempt(TEST_PASSWORD);
    expect(rightPassword.status).toBe(423);
    expect(rightPassword.body.lockedUntil).toBe(fifth.body.lockedUntil);
    const audit = t.dataSource.getRepository(AuditLogEntity);
    expect(await audit.countBy({ action: 'auth.lockout', actorUsername: user.username })).toBe(1);
  });

  it('locks an unknown username exactly like a real one, so responses reveal nothing', async () => {
    const ghost = unique('nobody');
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < LOGIN_MAX_FAILURES + 1; i++) {
      last = await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', newIp())
        .send({ username: ghost, password: 'Wrong#Password1' });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423, 423]);
    expect(Object.keys(last!.body).sort()).toEqual([
      'details',
      'error',
      'lockedUntil',
      'message',
      'requestId',
      'statusCode',
    ]);
  });

  it('rotates the refresh cookie and revokes the session when an old one is replayed', async () => {
    const user = await enterpriseUser();
    const session = await login(t, user.username);
    const first = await t.http().post('/api/auth/refresh').set('Cookie', session.refreshCookie).expect(200);
    const rotated = ([] as string[])
      .concat(first.headers['set-cookie'])
      .find((c) => c.startsWith('skillpay_refresh='))!
      .split(';')[0];
    expect(rotated).not.toBe(session.refreshCookie);
    expect(first.body.accessToken).toEqual(expect.any(String));
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${first.body.accessToken}`).expect(200);

    // Replaying the first cookie means it was copied: the whole session ends.
    await t.http().post('/api/auth/refresh').set('Cookie', session.refreshCookie).expect(401);
    await t.http().post('/api/auth/refresh').set('Cookie', rotated).expect(401);
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${first.body.accessToken}`).expect(401);
  });

  it('sets a readable session hint beside the refresh cookie, and clears it when the session ends', async () => {
    const user = await enterpriseUser();
    const signedIn = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', newIp())
      .send({ username: user.username, password: TEST_PASSWORD })
      .expect(200);
    // the web app restores a session only where this says there is one: no secret, not HttpOnly
    const hint = ([] as string[])
      .concat(signedIn.headers['set-cookie'])
      .find((c) => c.startsWith('skillpay_session='))!;
    expect(hint).toMatch(/^skillpay_session=1;/);
    expect(hint).toMatch(/Path=\/;/);
    expect(hint).not.toMatch(/HttpOnly/);

    // a refresh that fails clears it with the refresh cookie
    const refused = await t
      .http()
      .post('/api/auth/refresh')
      .set('Cookie', 'skillpay_refresh=forged')
      .expect(401);
    expect(([] as string[]).concat(refused.headers['set-cookie']).join(';')).toMatch(
      /skillpay_session=;.*Expires=Thu, 01 Jan 1970/,
    );
  });

  it('logout revokes the session: the access token and the refresh cookie stop working', async () => {
    const user = await enterpriseUser();
    const session = await login(t, user.username);
    await t.http().post('/api/auth/logout').set(bearer(session)).expect(204);
    await t.http().get('/api/auth/me').set(bearer(session)).expect(401);
    await t.http().post('/api/auth/refresh').set('Cookie', session.refreshCookie).expect(401);
  });

  it('ends sessions after 30 minutes idle and after 12 hours absolute', async () => {
    const user = await enterpriseUser();
    const idle = await login(t, user.username);
    const absolute = await login(t, user.username);
    const sessionOf = (session: { accessToken: string }) =>
      JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString()).sid as string;
    await t.dataSource.query(
      `UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`,
      [sessionOf(idle)],
    );
    await t.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      sessionOf(absolute),
    ]);
    const idleMe = await t.http().get('/api/auth/me').set(bearer(idle)).expect(401);
    expect(idleMe.body.message).toBe('会话已过期，请重新登录');
    await t.http().get('/api/auth/me').set(bearer(absolute)).expect(401);
    await t.http().post('/api/auth/refresh').set('Cookie', idle.refreshCookie).expect(401);
  });

  it('disabling a user ends their sessions at once', async () => {
    const user = await enterpriseUser();
    const session = await login(t, user.username);
    const admin = await login(t, 'sysadmin', DEMO_PASSWORD);
    await t.http().post(`/api/users/${user.id}/disable`).set(bearer(admin)).expect(200);
    await t.http().get('/api/auth/me').set(bearer(session)).expect(401);
    const again = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', newIp())
      .send({ username: user.username, password: TEST_PASSWORD })
      .expect(401);
    expect(again.body.message).toBe('账号已停用，请联系系统管理员');
  });

  it('rate-limits logins per IP address', async () => {
    const ip = newIp();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const response = await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ username: unique('rl'), password: 'x' });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
    // another address is not affected
    await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', newIp())
      .send({ username: unique('rl'), password: 'x' })
      .expect(401);
  });

  it('makes a user with a reset password change it before anything else', async () => {
    const user = await enterpriseUser({ mustChangePassword: true });
    const session = await login(t, user.username);
    const blocked = await t
      .http()
      .get(`/api/organisations/${user.organisationId}`)
      .set(bearer(session))
      .expect(403);
    expect(blocked.body.message).toBe('请先修改初始密码');
    await t
      .http()
      .post('/api/auth/change-password')
      .set(bearer(session))
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'Brand#New2026pw' })
      .expect(204);
    await t.http().get(`/api/organisations/${user.organisationId}`).set(bearer(session)).expect(200);
    await login(t, user.username, 'Brand#New2026pw');
  });
});
