import { OrganisationType, Role } from '@skillpay/domain';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type TestApp,
  unique,
} from '../../../test/test-app';
import { NotificationsService } from './notifications.service';

describe('in-app notifications', () => {
  let t: TestApp;
  let notifications: NotificationsService;
  beforeAll(async () => {
    t = await createTestApp();
    notifications = t.app.get(NotificationsService);
  });
  afterAll(() => t.close());

  async function bureauWithTwoOfficers() {
    const bureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370211',
    });
    const first = await login(t, (await newUser(t.dataSource, bureau, Role.DistrictBureau)).username);
    const second = await login(t, (await newUser(t.dataSource, bureau, Role.DistrictBureau)).username);
    return { bureau, first, second };
  }

  const message = (key: string) => ({
    recipientOrganisationIds: [] as string[],
    kind: 'pilot.submitted',
    title: {
      'zh-CN': '青岛海晟船舶装备有限公司提交了试点申报',
      en: 'An enterprise submitted a pilot application',
    },
    link: '/pilot-applications/x',
    dedupeKey: key,
  });

  it('reaches every account of the organisation, in the caller’s language, each with its own read mark', async () => {
    const { bureau, first, second } = await bureauWithTwoOfficers();
    expect(
      await notifications.notify({ ...message(unique('k')), recipientOrganisationIds: [bureau.id] }),
    ).toBe(1);

    const zh = await t.http().get('/api/notifications').set(bearer(first)).expect(200);
    expect(zh.body).toMatchObject({ total: 1, unread: 1 });
    expect(zh.body.items[0]).toMatchObject({
      title: '青岛海晟船舶装备有限公司提交了试点申报',
      read: false,
      link: '/pilot-applications/x',
    });
    const en = await t
      .http()
      .get('/api/notifications')
      .set(bearer(first))
      .set('Accept-Language', 'en')
      .expect(200);
    expect(en.body.items[0].title).toBe('An enterprise submitted a pilot application');

    await t.http().post(`/api/notifications/${zh.body.items[0].id}/read`).set(bearer(first)).expect(204);
    expect((await t.http().get('/api/notifications/unread-count').set(bearer(first))).body).toEqual({
      unread: 0,
    });
    expect((await t.http().get('/api/notifications/unread-count').set(bearer(second))).body).toEqual({
      unread: 1,
    });
    await t.http().post('/api/notifications/read-all').set(bearer(second)).expect(204);
    expect((await t.http().get('/api/notifications?unreadOnly=true').set(bearer(second))).body.total).toBe(0);
  });

  it('creates a notification once per dedupe key and recipient, however often a producer runs', async () => {
    const { bureau, first } = await bureauWithTwoOfficers();
    const key = unique('task-overdue');
    const created = await notifications.notify({
      ...message(key),
      recipientOrganisationIds: [bureau.id, bureau.id],
    });
    const again = await notifications.notify({ ...message(key), recipientOrganisationIds: [bureau.id] });
    expect([created, again]).toEqual([1, 0]);
    expect((await t.http().get('/api/notifications').set(bearer(first))).body.total).toBe(1);
  });

  it('keeps other organisations’ notifications out of reach', async () => {
    const { bureau } = await bureauWithTwoOfficers();
    const other = await bureauWithTwoOfficers();
    await notifications.notify({ ...message(unique('k')), recipientOrganisationIds: [bureau.id] });
    const [row] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM notification WHERE recipient_organisation_id = $1`,
      [bureau.id],
    );
    expect((await t.http().get('/api/notifications').set(bearer(other.first))).body.total).toBe(0);
    await t.http().post(`/api/notifications/${row.id}/read`).set(bearer(other.first)).expect(404);
  });
});
