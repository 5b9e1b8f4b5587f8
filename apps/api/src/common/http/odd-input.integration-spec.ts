import { OrganisationType, Role } from '@skillpay/domain';
import { randomUUID } from 'node:crypto';
import { newEnterprise } from '../../../test/enterprise-builders';
import { newProgramme } from '../../../test/programme-builders';
import {
  bearer,
  createTestApp,
  login,
  newSession,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';

/** Odd input found by the probe (issue 13, defect 8): each answers 400 naming the field, and changes nothing. */
describe('odd input', () => {
  let t: TestApp;
  let admin: Session;
  let city: Session;
  let huangdao: Session;
  let enterprise: Session;
  let enterpriseId: string;
  let programmeId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await newSession(t, OrganisationType.Platform, '370200', Role.SystemAdmin);
    city = await newSession(t, OrganisationType.CityBureau, '370200', Role.CityBureau);
    huangdao = await newSession(t, OrganisationType.DistrictBureau, '370211', Role.DistrictBureau);
    const organisation = await newEnterprise(t.dataSource, { regionCode: '370211' });
    enterpriseId = organisation.id;
    enterprise = await login(t, (await newUser(t.dataSource, organisation, Role.Enterprise)).username);
    programmeId = await newProgramme(t.dataSource);
  });
  afterAll(() => t.close());

  const snapshot = async () => ({
    enterprise: await t.dataSource.query(`SELECT * FROM enterprise WHERE id = $1`, [enterpriseId]),
    organisation: await t.dataSource.query(`SELECT * FROM organisation WHERE id = $1`, [enterpriseId]),
    programme: await t.dataSource.query(`SELECT * FROM programme WHERE id = $1`, [programmeId]),
    regions: await t.dataSource.query(`SELECT * FROM region ORDER BY code`),
    audits: await t.dataSource.query(`SELECT count(*) FROM audit_log`),
  });

  async function expectRefused(
    send: () => Promise<{ status: number; body: { details?: Array<{ field: string; message: string }> } }>,
    field: string,
  ) {
    const before = await snapshot();
    const response = await send();
    expect(response.status).toBe(400);
    expect(response.body.details?.map((d) => d.field)).toContain(field);
    expect(await snapshot()).toEqual(before);
    return response;
  }

  it('refuses NUL in a text field, naming it in the caller’s language', async () => {
    const response = await expectRefused(
      () =>
        t
          .http()
          .patch(`/api/enterprises/${enterpriseId}`)
          .set(bearer(huangdao))
          .set('Accept-Language', 'en')
          .send({ address: 'a\u0000b' }),
      'address',
    );
    expect(response.body.details![0].message).toContain('control characters');
  });

  it('refuses a lone surrogate in an audited field', async () => {
    const body = '{"address":"\\ud800"}';
    await expectRefused(
      () =>
        t
          .http()
          .patch(`/api/enterprises/${enterpriseId}`)
          .set(bearer(huangdao))
          .set('Content-Type', 'application/json')
          .send(body),
      'address',
    );
  });

  it.each([
    ['an enterprise address', () => `/api/enterprises/${enterpriseId}`, 'address'],
    ['an enterprise contact person', () => `/api/enterprises/${enterpriseId}`, 'contactPerson'],
    ['a programme title', () => `/api/programmes/${programmeId}`, 'title'],
  ])('refuses NUL and lone surrogates in %s', async (_, path, field) => {
    const session = () => (path().startsWith('/api/programmes') ? city : huangdao);
    for (const text of ['a\\u0000b', '\\ud800', 'x\\udc00y']) {
      await expectRefused(
        () =>
          t
            .http()
            .patch(path())
            .set(bearer(session()))
            .set('Content-Type', 'application/json')
            .send(`{"${field}":"${text}"}`),
        field,
      );
    }
  });

  it('refuses NUL in a query string, naming the parameter', async () => {
    await expectRefused(() => t.http().get('/api/enterprises?q=a%00b').set(bearer(huangdao)), 'q');
  });

  it('refuses NUL in a new record, creating nothing (the regions are in the snapshot)', async () => {
    await expectRefused(
      () =>
        t
          .http()
          .post('/api/regions')
          .set(bearer(admin))
          .send({ code: '370299', name: 'a\u0000b', nameEn: 'X', parentCode: '370200' }),
      'name',
    );
  });

  it.each([
    ['without adoption', { indicators: {} }, 'adoption'],
    ['without indicators', { adoption: {} }, 'indicators'],
    ['with adoption []', { adoption: [], indicators: {} }, 'adoption'],
    ['with indicators []', { adoption: {}, indicators: [] }, 'indicators'],
  ])('refuses a progress report %s (POST and PUT)', async (_, parts, field) => {
    const body = { programmeId, period: '2026-Q3', narrative: '进展', ...parts };
    await expectRefused(
      () => t.http().post('/api/progress-reports').set(bearer(enterprise)).send(body),
      field,
    );
    await expectRefused(
      () => t.http().put(`/api/progress-reports/${randomUUID()}`).set(bearer(enterprise)).send(body),
      field,
    );
  });

  it('refuses null for a programme title', async () => {
    await expectRefused(
      () => t.http().patch(`/api/programmes/${programmeId}`).set(bearer(city)).send({ title: null }),
      'title',
    );
  });

  it('refuses a version number that overflows', async () => {
    await expectRefused(
      () =>
        t.http().get(`/api/pay-plans/${randomUUID()}/versions/99999999999999999999`).set(bearer(enterprise)),
      'version',
    );
  });

  it('refuses NUL in a path parameter', async () => {
    await expectRefused(
      () => t.http().patch('/api/regions/%00').set(bearer(admin)).send({ name: '黄岛区' }),
      'code',
    );
  });

  it('refuses JSON nested 5,000 deep', async () => {
    const body = `{"address":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    await expectRefused(
      () =>
        t
          .http()
          .patch(`/api/enterprises/${enterpriseId}`)
          .set(bearer(huangdao))
          .set('Content-Type', 'application/json')
          .send(body),
      'body',
    );
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key anywhere in the body', async (key) => {
    const body = `{"skilledHeadcount":{"${key}":{"x":1}}}`;
    await expectRefused(
      () =>
        t
          .http()
          .patch(`/api/enterprises/${enterpriseId}`)
          .set(bearer(huangdao))
          .set('Content-Type', 'application/json')
          .send(body),
      `skilledHeadcount.${key}`,
    );
  });

  it.each([
    ['a control character', '黄岛\u0007区'],
    ['a line break', '黄岛\n区'],
    ['only zero-width characters', '\u200b\u200c\u200d'],
  ])('refuses a name with %s', async (_, name) => {
    await expectRefused(
      () => t.http().patch('/api/regions/370211').set(bearer(admin)).send({ name }),
      'name',
    );
  });
});
