import {
  chinaToday,
  ContactBody,
  ContactForm,
  OrganisationType,
  Role,
  ServiceCategory,
  TalentStatus,
} from '@skillpay/domain';
import { newEnterprise } from '../../../test/enterprise-builders';
import { newCity } from '../../../test/service-window-builders';
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

describe('contact log (联系服务记录) and its monthly coverage', () => {
  let t: TestApp;
  let district: Session;
  let otherDistrict: Session;
  let company: Session;
  let talents: Record<'wang' | 'li' | 'zhao' | 'sun', { id: string; idNumber: string }>;

  beforeAll(async () => {
    t = await createTestApp();
    // a city of its own: the coverage counts exactly the talents built here
    const region = await newCity(t.dataSource);
    const bureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: region.districtCode,
    });
    const otherBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: region.otherDistrictCode,
    });
    district = await login(t, (await newUser(t.dataSource, bureau, Role.DistrictBureau)).username);
    otherDistrict = await login(t, (await newUser(t.dataSource, otherBureau, Role.DistrictBureau)).username);
    const firm = await newEnterprise(t.dataSource, {
      regionCode: region.districtCode,
      name: '甲区船舶装备有限公司',
    });
    company = await login(t, (await newUser(t.dataSource, firm, Role.Enterprise)).username);
    const talent = async (name: string, status = TalentStatus.Confirmed) => {
      const made = await newTalent(t.dataSource, {
        enterpriseId: firm.id,
        regionCode: region.districtCode,
        name,
        status,
      });
      return { id: made.talent.id, idNumber: made.idNumber };
    };
    talents = {
      wang: await talent('王海峰'),
      li: await talent('李春明'),
      zhao: await talent('赵卫东'),
      // submitted, not in the database yet: no coverage expected
      sun: await talent('孙立新', TalentStatus.Submitted),
    };
  });
  afterAll(() => t.close());

  const post = (session: Session, path: string, body: object, language = 'zh-CN') =>
    t.http().post(path).set(bearer(session)).set('Accept-Language', language).send(body);
  const get = (session: Session, path: string) => t.http().get(path).set(bearer(session));
  const contact = (talentId: string, contactedOn: string, extra: object = {}) => ({
    talentId,
    contactedOn,
    form: ContactForm.Visit,
    contactBody: ContactBody.PartyCommittee,
    contactPerson: '区委组织部 王科长',
    heard: '反映技能大师工作室场地紧张',
    ...extra,
  });

  it('lists exactly the confirmed talents without a contact in the month, with counts', async () => {
    // 2026-10: 王 twice, 李 once; 赵 only in September
    await post(district, '/api/talent-contacts', contact(talents.wang.id, '2026-10-08')).expect(201);
    await post(
      district,
      '/api/talent-contacts',
      contact(talents.wang.id, '2026-10-30', { form: ContactForm.Phone }),
    ).expect(201);
    await post(
      district,
      '/api/talent-contacts',
      contact(talents.li.id, '2026-10-31', { form: ContactForm.Online }),
    ).expect(201);
    await post(district, '/api/talent-contacts', contact(talents.zhao.id, '2026-09-30')).expect(201);

    const october = await get(district, '/api/talent-contacts/coverage?month=2026-10').expect(200);
    expect(october.body).toMatchObject({
      month: '2026-10',
      talents: 3,
      covered: 2,
      uncovered: 1,
      contacts: 3,
    });
    expect(october.body.uncoveredTalents).toEqual([
      {
        id: talents.zhao.id,
        name: '赵卫东',
        enterpriseName: '甲区船舶装备有限公司',
        regionName: '甲区',
        lastContactOn: '2026-09-30',
      },
    ]);
    const september = await get(district, '/api/talent-contacts/coverage?month=2026-09').expect(200);
    expect(september.body).toMatchObject({ talents: 3, covered: 1, uncovered: 2, contacts: 1 });
    expect(september.body.uncoveredTalents.map((row: { name: string }) => row.name).sort()).toEqual(
      ['李春明', '王海峰'].sort(),
    );
    // the other district's bureau has no talents here; a bad month is a 400 naming it
    expect(
      (await get(otherDistrict, '/api/talent-contacts/coverage?month=2026-10').expect(200)).body.talents,
    ).toBe(0);
    const bad = await get(district, '/api/talent-contacts/coverage?month=2026-13').expect(400);
    expect(bad.body.details[0].field).toBe('month');
    // the enterprise keeps no contact log
    await get(company, '/api/talent-contacts/coverage?month=2026-10').expect(403);
    // no ID number in any answer
    const list = await get(district, '/api/talent-contacts?month=2026-10').expect(200);
    expect(list.body.total).toBe(3);
    for (const body of [october.body, september.body, list.body]) {
      for (const { idNumber } of Object.values(talents)) expect(JSON.stringify(body)).not.toContain(idNumber);
    }
  });

  it('raises the follow-up as a linked service request in one step, and refuses bad input by field', async () => {
    const created = await post(
      district,
      '/api/talent-contacts',
      contact(talents.li.id, chinaToday(), {
        followUp: '转服务窗口协调子女入学',
        serviceRequest: { category: ServiceCategory.Schooling, description: '子女明年入学，希望就近安排' },
      }),
    ).expect(201);
    const requestId = created.body.serviceRequestId as string;
    expect(requestId).toEqual(expect.any(String));
    const request = await get(district, `/api/service-requests/${requestId}`).expect(200);
    expect(request.body).toMatchObject({
      contactId: created.body.id,
      category: 'schooling',
      status: 'received',
      talentName: '李春明',
    });
    // the enterprise sees the request raised for its talent
    await get(company, `/api/service-requests/${requestId}`).expect(200);

    // outside the scope: 404; edits with a stale version: 412
    await get(otherDistrict, `/api/talent-contacts/${created.body.id}`).expect(404);
    const { form, contactBody, contactPerson, heard } = created.body;
    const edit = { contactedOn: chinaToday(), form, contactBody, contactPerson, heard: `${heard}（已核实）` };
    await t
      .http()
      .put(`/api/talent-contacts/${created.body.id}`)
      .set(bearer(district))
      .set('If-Match', `"${created.body.id}:9"`)
      .send(edit)
      .expect(412);
    const edited = await t
      .http()
      .put(`/api/talent-contacts/${created.body.id}`)
      .set(bearer(district))
      .set('If-Match', created.headers.etag)
      .send(edit)
      .expect(200);
    expect(edited.body).toMatchObject({ version: 2, heard: '反映技能大师工作室场地紧张（已核实）' });

    // a talent not yet in the database, a future date, an unknown form: 400 naming the field
    const notConfirmed = await post(
      district,
      '/api/talent-contacts',
      contact(talents.sun.id, '2026-10-01'),
    ).expect(400);
    expect(notConfirmed.body.details).toEqual([
      { field: 'talentId', message: '请选择本辖区已入库的高技能领军人才' },
    ]);
    const future = await post(
      district,
      '/api/talent-contacts',
      contact(talents.li.id, '2099-01-01'),
      'en',
    ).expect(400);
    expect(future.body.details).toEqual([
      { field: 'contactedOn', message: 'The contact date cannot be in the future' },
    ]);
    const badForm = await post(
      district,
      '/api/talent-contacts',
      contact(talents.li.id, '2026-10-01', { form: 'letter' }),
    ).expect(400);
    expect(badForm.body.details[0].field).toBe('form');
  });
});
