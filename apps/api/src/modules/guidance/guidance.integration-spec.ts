import {
  bearer,
  createTestApp,
  DEMO_PASSWORD,
  login,
  type Session,
  type TestApp,
} from '../../../test/test-app';
import { AttachmentEntity } from '../attachments/attachment.entity';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { GuidanceActivityEntity } from './guidance-activity.entity';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('guidance activities', () => {
  let t: TestApp;
  let city: Session;
  let huangdao: Session;
  let laoshan: Session;
  let entA: Session;
  let entB: Session;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    [city, huangdao, laoshan, entA, entB] = await Promise.all([
      login(t, 'qd-city', DEMO_PASSWORD),
      login(t, 'qd-huangdao', DEMO_PASSWORD),
      login(t, 'qd-laoshan', DEMO_PASSWORD),
      login(t, 'ent-a', DEMO_PASSWORD),
      login(t, 'ent-b', DEMO_PASSWORD),
    ]);
    const organisations = t.dataSource.getRepository(OrganisationEntity);
    ids.entA = (await organisations.findOneByOrFail({ name: '青岛海晟船舶装备有限公司' })).id;
    ids.entC = (await organisations.findOneByOrFail({ name: '青岛崂山智能电子科技有限公司' })).id;
    const users = t.dataSource.getRepository(UserEntity);
    ids.huangdaoOfficer = (await users.findOneByOrFail({ username: 'qd-huangdao' })).id;
    ids.laoshanOfficer = (await users.findOneByOrFail({ username: 'qd-laoshan' })).id;
  });
  afterAll(() => t.close());

  function create(session: Session, body: Record<string, unknown>, language = 'zh-CN') {
    return t
      .http()
      .post('/api/guidance-activities')
      .set(bearer(session))
      .set('Accept-Language', language)
      .send({ kind: 'visit', occurredOn: '2026-08-12', title: '一企一策上门指导', ...body });
  }

  it('requires the audience and the attendee count for a training, in both languages, storing nothing', async () => {
    const activities = t.dataSource.getRepository(GuidanceActivityEntity);
    const before = await activities.count();
    const zh = await create(huangdao, { kind: 'training', title: '薪酬分配专项培训' }).expect(400);
    expect(zh.body.details).toEqual([
      { field: 'trainingAudiences', message: '专项培训须注明培训对象' },
      { field: 'attendeeCount', message: '专项培训须填写参训人数' },
    ]);
    const en = await create(
      huangdao,
      { kind: 'training', title: 'Training', trainingAudiences: ['owners'] },
      'en',
    ).expect(400);
    expect(en.body.details).toEqual([
      { field: 'attendeeCount', message: 'A training must give the number of attendees' },
    ]);
    expect(await activities.count()).toBe(before);

    const ok = await create(huangdao, {
      kind: 'training',
      title: '企业经营者专项培训',
      trainingAudiences: ['owners', 'hr-managers'],
      attendeeCount: 86,
      guidelineParts: ['post-evaluation', 'performance-pay'],
    }).expect(201);
    expect(ok.body).toMatchObject({
      kind: 'training',
      attendeeCount: 86,
      regionCode: '370211',
      editable: true,
    });
  });

  it('refuses enterprises outside the district and officers of another bureau', async () => {
    const response = await create(huangdao, {
      enterpriseIds: [ids.entC],
      officerIds: [ids.laoshanOfficer],
    }).expect(400);
    expect(response.body.details.map((d: { field: string }) => d.field)).toEqual([
      'enterpriseIds',
      'officerIds',
    ]);
  });

  it('shows a district only its own activities, the city all, an enterprise those it took part in', async () => {
    const created = await create(huangdao, {
      title: '海晟船舶岗位评价指导',
      enterpriseIds: [ids.entA],
      officerIds: [ids.huangdaoOfficer],
      guidelineParts: ['post-evaluation'],
      outcome: '完成岗位评价要素设计',
    }).expect(201);
    const id = created.body.id as string;
    expect(created.body.enterprises).toEqual([{ id: ids.entA, name: '青岛海晟船舶装备有限公司' }]);
    expect(created.body.officers).toEqual([{ id: ids.huangdaoOfficer, name: '黄岛区业务员' }]);
    const audit = await t.dataSource
      .getRepository(AuditLogEntity)
      .findOneBy({ action: 'guidance.create', entityId: id });
    expect(audit).not.toBeNull();

    const listIds = async (session: Session, query = '') =>
      (
        (await t.http().get(`/api/guidance-activities?pageSize=200${query}`).set(bearer(session)).expect(200))
          .body.items as Array<{ id: string }>
      ).map((item) => item.id);

    expect(await listIds(laoshan)).not.toContain(id);
    await t.http().get(`/api/guidance-activities/${id}`).set(bearer(laoshan)).expect(404);
    await t
      .http()
      .patch(`/api/guidance-activities/${id}`)
      .set(bearer(laoshan))
      .send({ outcome: 'x' })
      .expect(404);
    expect(await listIds(city)).toContain(id);
    expect(await listIds(city, '&regionCode=370212')).not.toContain(id);
    expect(await listIds(city, '&month=2026-08&kind=visit')).toContain(id);
    expect(await listIds(city, '&month=2026-09')).not.toContain(id);
    expect(await listIds(entA)).toContain(id);
    expect(await listIds(entB)).not.toContain(id);
    await t.http().get(`/api/guidance-activities/${id}`).set(bearer(entB)).expect(404);
    await t.http().post('/api/guidance-activities').set(bearer(entA)).send({}).expect(403);

    // attachments: the district uploads, the city downloads, the other district gets 404
    const attached = await t
      .http()
      .post(`/api/guidance-activities/${id}/attachments`)
      .set(bearer(huangdao))
      .attach('files', PNG, '现场照片.png')
      .expect(201);
    const attachmentId = attached.body.attachments[0].id as string;
    const url = `/api/guidance-activities/${id}/attachments/${attachmentId}`;
    const download = await t.http().get(url).set(bearer(city)).buffer(true).expect(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('现场照片.png'));
    await t.http().get(url).set(bearer(laoshan)).expect(404);

    const before = await t.dataSource.getRepository(AttachmentEntity).count();
    const refused = await t
      .http()
      .post(`/api/guidance-activities/${id}/attachments`)
      .set(bearer(huangdao))
      .attach('files', Buffer.from('plain text'), 'notes.txt')
      .expect(400);
    expect(refused.body.details[0]).toEqual({
      field: 'files[0]',
      message: '文件“notes.txt”的类型不允许，只能上传 PDF、Word、Excel、JPG、PNG 或 ZIP 文件',
    });
    expect(await t.dataSource.getRepository(AttachmentEntity).count()).toBe(before);

    await t.http().delete(`/api/guidance-activities/${id}`).set(bearer(huangdao)).expect(204);
    expect(await listIds(city)).not.toContain(id);
  });
});
