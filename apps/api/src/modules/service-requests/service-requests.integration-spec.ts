import {
  chinaToday,
  OrganisationType,
  Role,
  ServiceCategory,
  serviceDueOn,
  ServiceRequestStatus,
} from '@skillpay/domain';
import { newEnterprise } from '../../../test/enterprise-builders';
import { newCity, newDepartment, newServiceRequest } from '../../../test/service-window-builders';
import { newTalent } from '../../../test/talent-builders';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { type OrganisationEntity } from '../organisations/organisation.entity';

describe('service window (服务窗口): service requests', () => {
  let t: TestApp;
  let region: { cityCode: string; districtCode: string; otherDistrictCode: string };
  let enterprise: OrganisationEntity;
  let otherEnterprise: OrganisationEntity;
  let education: OrganisationEntity;
  let police: OrganisationEntity;
  let city: Session;
  let district: Session;
  let otherDistrict: Session;
  let company: Session;
  let otherCompany: Session;
  let talentId: string;
  let idNumber: string;
  let otherTalentId: string;

  beforeAll(async () => {
    t = await createTestApp();
    region = await newCity(t.dataSource);
    const session = async (
      type: OrganisationType,
      regionCode: string,
      role: Role,
      org?: OrganisationEntity,
    ) => {
      const organisation = org ?? (await newOrganisation(t.dataSource, { type, regionCode }));
      return login(t, (await newUser(t.dataSource, organisation, role)).username);
    };
    city = await session(OrganisationType.CityBureau, region.cityCode, Role.CityBureau);
    district = await session(OrganisationType.DistrictBureau, region.districtCode, Role.DistrictBureau);
    otherDistrict = await session(
      OrganisationType.DistrictBureau,
      region.otherDistrictCode,
      Role.DistrictBureau,
    );
    enterprise = await newEnterprise(t.dataSource, {
      regionCode: region.districtCode,
      name: '甲区精密机械有限公司',
    });
    otherEnterprise = await newEnterprise(t.dataSource, { regionCode: region.otherDistrictCode });
    company = await session(OrganisationType.Enterprise, region.districtCode, Role.Enterprise, enterprise);
    otherCompany = await session(
      OrganisationType.Enterprise,
      region.otherDistrictCode,
      Role.Enterprise,
      otherEnterprise,
    );
    education = await newDepartment(t.dataSource, region.cityCode, '测试市教育局');
    police = await newDepartment(t.dataSource, region.cityCode, '测试市公安局');
    const made = await newTalent(t.dataSource, {
      enterpriseId: enterprise.id,
      regionCode: region.districtCode,
      name: '王海峰',
    });
    talentId = made.talent.id;
    idNumber = made.idNumber;
    otherTalentId = (
      await newTalent(t.dataSource, {
        enterpriseId: otherEnterprise.id,
        regionCode: region.otherDistrictCode,
      })
    ).talent.id;
  });
  afterAll(() => t.close());

  const post = (session: Session, path: string, body: object = {}, language = 'zh-CN') =>
    t.http().post(path).set(bearer(session)).set('Accept-Language', language).send(body);
  const get = (session: Session, path: string) => t.http().get(path).set(bearer(session));

  it('walks received → assigned → in progress → resolved (rated) → closed, and reopens with a reason', async () => {
    // the enterprise raises it for its talent: due in 20 working days (子女入学)
    const created = await post(company, '/api/service-requests', {
      talentId,
      category: ServiceCategory.Schooling,
      description: '子女今年秋季入学，希望协调就近入读实验小学',
    }).expect(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      status: ServiceRequestStatus.Received,
      talentName: '王海峰',
      enterpriseName: '甲区精密机械有限公司',
      receivedOn: chinaToday(),
      dueOn: serviceDueOn(ServiceCategory.Schooling, chinaToday()),
      overdue: false,
      availableActions: [],
      canRate: false,
    });
    expect(created.headers.etag).toBe(`"${id}:1"`);

    // the district window sees it with its actions; the city does not act for a district talent
    const seen = await get(district, `/api/service-requests/${id}`).expect(200);
    expect(seen.body.availableActions).toEqual(['assign']);
    expect((await get(city, `/api/service-requests/${id}`).expect(200)).body.availableActions).toEqual([]);

    // assigning needs a department of the city: 400 naming the field in the user's language
    const noDepartment = await post(district, `/api/service-requests/${id}/assign`, {
      departmentId: enterprise.id,
    }).expect(400);
    expect(noDepartment.body.details).toEqual([
      expect.objectContaining({ field: 'departmentId', message: '请选择本市的责任部门' }),
    ]);
    // a stale If-Match changes nothing
    await t
      .http()
      .post(`/api/service-requests/${id}/assign`)
      .set(bearer(district))
      .set('If-Match', `"${id}:0"`)
      .send({ departmentId: education.id })
      .expect(412);

    const assigned = await t
      .http()
      .post(`/api/service-requests/${id}/assign`)
      .set(bearer(district))
      .set('If-Match', seen.headers.etag)
      .send({ departmentId: education.id, comment: '请教育局协调学位' })
      .expect(200);
    expect(assigned.body).toMatchObject({
      status: 'assigned',
      departmentName: '测试市教育局',
      canReply: true,
    });
    await post(district, `/api/service-requests/${id}/start`).expect(200);

    // the department's reply, with a file, as the window records it
    const replied = await t
      .http()
      .post(`/api/service-requests/${id}/replies`)
      .set(bearer(district))
      .field('repliedOn', chinaToday())
      .field('text', '已安排入读实验小学一年级')
      .attach('files', Buffer.from('%PDF-1.4 reply'), '教育局复函.pdf')
      .expect(201);
    expect(replied.body.replies).toEqual([
      expect.objectContaining({
        departmentName: '测试市教育局',
        text: '已安排入读实验小学一年级',
        attachments: [expect.objectContaining({ fileName: '教育局复函.pdf' })],
      }),
    ]);
    // a reply dated tomorrow is refused, naming the date
    const tomorrow = new Date(Date.now() + 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
    const future = await t
      .http()
      .post(`/api/service-requests/${id}/replies`)
      .set(bearer(district))
      .set('Accept-Language', 'en')
      .field('repliedOn', tomorrow)
      .field('text', '…')
      .expect(400);
    expect(future.body.details[0]).toMatchObject({
      field: 'repliedOn',
      message: 'The reply date cannot be in the future',
    });

    // the enterprise cannot rate before resolution; resolving needs an outcome
    await post(company, `/api/service-requests/${id}/rating`, { rating: 5 }).expect(409);
    const noOutcome = await post(district, `/api/service-requests/${id}/resolve`, { outcome: ' ' }).expect(
      400,
    );
    expect(noOutcome.body.details[0].field).toBe('outcome');
    const resolved = await post(district, `/api/service-requests/${id}/resolve`, {
      outcome: '已入读实验小学一年级',
    }).expect(200);
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      resolvedOn: chinaToday(),
      availableActions: ['close', 'reopen'],
    });

    // the requester rates it: 1–5, once
    const badRating = await post(company, `/api/service-requests/${id}/rating`, { rating: 6 }).expect(400);
    expect(badRating.body.details[0].field).toBe('rating');
    const rated = await post(company, `/api/service-requests/${id}/rating`, {
      rating: 5,
      comment: '办理很快',
    }).expect(200);
    expect(rated.body).toMatchObject({ rating: 5, ratingComment: '办理很快', canRate: false });
    await post(company, `/api/service-requests/${id}/rating`, { rating: 4 }).expect(409);
    // only the window moves it on
    await post(company, `/api/service-requests/${id}/close`).expect(409);
    await post(district, `/api/service-requests/${id}/close`).expect(200);

    // reopening needs a reason; it goes back in progress, the earlier outcome kept in the audit log
    const noReason = await post(district, `/api/service-requests/${id}/reopen`, {}).expect(400);
    expect(noReason.body.details[0]).toMatchObject({ field: 'comment', message: '重新办理时请填写原因' });
    const reopened = await post(district, `/api/service-requests/${id}/reopen`, {
      comment: '学校距离较远，人才要求调整',
    }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'in-progress', outcome: null, rating: null });
    expect(
      reopened.body.timeline.map(
        (entry: { kind: string; action: string | null }) => entry.action ?? entry.kind,
      ),
    ).toEqual(['step', 'assign', 'start', 'reply', 'resolve', 'close', 'reopen']);

    // every step audited, the requester told of each
    const audit = await t.dataSource
      .getRepository(AuditLogEntity)
      .find({ where: { entityId: id }, order: { occurredAt: 'ASC', id: 'ASC' } });
    expect(audit.map((row) => row.action)).toEqual([
      'service-request.create',
      'service-request.assign',
      'service-request.start',
      'service-request.reply',
      'service-request.resolve',
      'service-request.rate',
      'service-request.close',
      'service-request.reopen',
    ]);
    const notices = await t.dataSource
      .getRepository(NotificationEntity)
      .find({ where: { recipientOrganisationId: enterprise.id, link: `/service-requests/${id}` } });
    expect(notices.map((n) => n.kind).sort()).toEqual(
      ['assign', 'close', 'reopen', 'resolve', 'start'].map((a) => `service-request.${a}`),
    );

    // no response carries the talent's ID number (at most the masked one)
    for (const body of [created.body, resolved.body, reopened.body]) {
      expect(JSON.stringify(body)).not.toContain(idNumber);
    }
    const options = await get(company, '/api/service-requests/talent-options?search=王').expect(200);
    expect(options.body).toEqual([
      expect.objectContaining({
        id: talentId,
        name: '王海峰',
        idNumberMasked: expect.stringMatching(/\*{8}/),
      }),
    ]);
    expect(JSON.stringify(options.body)).not.toContain(idNumber);
    const list = await get(district, '/api/service-requests').expect(200);
    expect(JSON.stringify(list.body)).not.toContain(idNumber);
  });

  it('reaches each role within its scope and answers 404 outside it', async () => {
    const id = (
      await post(district, '/api/service-requests', {
        talentId,
        category: ServiceCategory.Hukou,
        description: '配偶随迁落户',
      }).expect(201)
    ).body.id as string;
    // 落户: 15 calendar days
    const detail = await get(district, `/api/service-requests/${id}`).expect(200);
    const due = new Date(`${chinaToday()}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 15);
    expect(detail.body.dueOn).toBe(due.toISOString().slice(0, 10));

    await get(company, `/api/service-requests/${id}`).expect(200);
    await get(city, `/api/service-requests/${id}`).expect(200);
    await get(otherDistrict, `/api/service-requests/${id}`).expect(404);
    await get(otherCompany, `/api/service-requests/${id}`).expect(404);
    await post(otherDistrict, `/api/service-requests/${id}/assign`, { departmentId: police.id }).expect(404);
    // the other enterprise sees only its own talents' requests and cannot raise one for ours
    const list = await get(otherCompany, '/api/service-requests').expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
    const foreign = await post(otherCompany, '/api/service-requests', {
      talentId,
      category: ServiceCategory.Other,
      description: '…',
    }).expect(400);
    expect(foreign.body.details[0]).toMatchObject({ field: 'talentId' });
    // the other district's window sees its own talent only
    const theirs = await post(otherCompany, '/api/service-requests', {
      talentId: otherTalentId,
      category: ServiceCategory.Housing,
      description: '安家补贴申请',
    }).expect(201);
    await get(district, `/api/service-requests/${theirs.body.id}`).expect(404);
    await get(otherDistrict, `/api/service-requests/${theirs.body.id}`).expect(200);
    // a talent not confirmed is not served
    const draft = await newTalent(t.dataSource, {
      enterpriseId: enterprise.id,
      regionCode: region.districtCode,
      status: 'draft' as never,
    });
    await post(company, '/api/service-requests', {
      talentId: draft.talent.id,
      category: ServiceCategory.Other,
      description: '…',
    }).expect(400);
    // the city's window sees every district's department list, the district its city's
    const departments = await get(district, '/api/service-requests/departments').expect(200);
    expect(departments.body.map((d: { name: string }) => d.name)).toEqual(
      expect.arrayContaining(['测试市教育局', '测试市公安局']),
    );
  });

  it('figures the dashboard: open, overdue, median days to resolution by category and department', async () => {
    // a fresh city, so the figures count only these requests
    const own = await newCity(t.dataSource);
    const bureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: own.districtCode,
    });
    const officer = await newUser(t.dataSource, bureau, Role.DistrictBureau);
    const session = await login(t, officer.username);
    const firm = await newEnterprise(t.dataSource, { regionCode: own.districtCode });
    const talent = (await newTalent(t.dataSource, { enterpriseId: firm.id, regionCode: own.districtCode }))
      .talent;
    const edu = await newDepartment(t.dataSource, own.cityCode, '教育局');
    const gongan = await newDepartment(t.dataSource, own.cityCode, '公安局');
    const housing = await newDepartment(t.dataSource, own.cityCode, '住建局');
    const request = (options: Partial<Parameters<typeof newServiceRequest>[1]>) =>
      newServiceRequest(t.dataSource, {
        talentId: talent.id,
        requesterOrganisationId: firm.id,
        createdBy: officer.id,
        receivedOn: '2026-10-01',
        dueOn: '2026-10-29',
        ...options,
      });
    // 子女入学 at 教育局: 10, 4 and 20 days → median 10
    await request({
      status: ServiceRequestStatus.Resolved,
      resolvedOn: '2026-10-11',
      departmentId: edu.id,
      rating: 5,
    });
    await request({
      status: ServiceRequestStatus.Closed,
      resolvedOn: '2026-10-05',
      departmentId: edu.id,
      rating: 4,
    });
    await request({
      status: ServiceRequestStatus.Closed,
      receivedOn: '2026-10-02',
      resolvedOn: '2026-10-22',
      departmentId: edu.id,
    });
    // 落户 at 公安局: 7 days
    await request({
      category: ServiceCategory.Hukou,
      status: ServiceRequestStatus.Closed,
      resolvedOn: '2026-10-08',
      departmentId: gongan.id,
    });
    // 住房 at 住建局: one open past its due date, one open and not yet due
    await request({
      category: ServiceCategory.Housing,
      status: ServiceRequestStatus.InProgress,
      dueOn: '2026-10-20',
      departmentId: housing.id,
    });
    await request({
      category: ServiceCategory.Housing,
      status: ServiceRequestStatus.Assigned,
      dueOn: '2099-12-31',
      departmentId: housing.id,
    });

    const dashboard = await get(session, '/api/service-requests/dashboard').expect(200);
    // all resolved: 4, 7, 10, 20 days → median (7 + 10) / 2 = 8.5; ratings 5 and 4 → 4.5
    expect(dashboard.body).toMatchObject({
      open: 2,
      overdue: 1,
      resolved: 4,
      medianDays: 8.5,
      averageRating: 4.5,
    });
    expect(dashboard.body.byCategory).toEqual([
      { key: 'housing', label: 'housing', open: 2, overdue: 1, resolved: 0, medianDays: null },
      { key: 'hukou', label: 'hukou', open: 0, overdue: 0, resolved: 1, medianDays: 7 },
      { key: 'schooling', label: 'schooling', open: 0, overdue: 0, resolved: 3, medianDays: 10 },
    ]);
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect([...dashboard.body.byDepartment].sort(byKey)).toEqual(
      [
        { key: gongan.id, label: '公安局', open: 0, overdue: 0, resolved: 1, medianDays: 7 },
        { key: housing.id, label: '住建局', open: 2, overdue: 1, resolved: 0, medianDays: null },
        { key: edu.id, label: '教育局', open: 0, overdue: 0, resolved: 3, medianDays: 10 },
      ].sort(byKey),
    );
    // the list filters: overdue, category, department
    const overdue = await get(session, '/api/service-requests?overdue=true').expect(200);
    expect(
      overdue.body.items.map((i: { category: string; overdue: boolean }) => [i.category, i.overdue]),
    ).toEqual([['housing', true]]);
    expect((await get(session, `/api/service-requests?departmentId=${edu.id}`).expect(200)).body.total).toBe(
      3,
    );
    expect(
      (await get(session, '/api/service-requests?category=hukou&status=closed').expect(200)).body.total,
    ).toBe(1);
    // the window's workbench: what waits to be assigned, and what is overdue
    const waiting = await request({
      category: ServiceCategory.Other,
      receivedOn: '2026-10-01',
      dueOn: '2099-12-31',
    });
    const workbench = await get(session, '/api/workbench').expect(200);
    const group = (kind: string) =>
      workbench.body.groups.find((g: { kind: string }) => g.kind === kind) as
        { count: number; items: Array<{ id: string; subtitle: string; overdue: boolean }> } | undefined;
    expect(group('service-requests-to-assign')).toMatchObject({
      count: 1,
      items: [{ id: waiting, subtitle: '其他' }],
    });
    expect(group('service-requests-overdue')).toMatchObject({
      count: 1,
      items: [{ subtitle: '住房/安家补贴', overdue: true }],
    });
    const bad = await get(session, '/api/service-requests?status=lost').expect(400);
    expect(bad.body.details[0].field).toBe('status');
  });
});
