import { Role } from '@skillpay/domain';
import { editableOrganisationFields } from './organisation-access';
import { createInputOf, formValuesOf, updateInputOf } from './organisation-values';
import { type Organisation } from './organisations.api';

const organisation: Organisation = {
  id: '0b0c6b1e-1c1a-4a57-9a57-2d6c1f9d0001',
  name: '青岛甲企业有限公司',
  type: 'enterprise',
  regionCode: '370211',
  regionName: '黄岛区',
  address: '黄岛区长江中路 1 号',
  contactPerson: '张三',
  contactPhone: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  version: 1,
};

describe('organisation form values', () => {
  it('sends nothing when nothing changed', () => {
    const values = formValuesOf(organisation);
    expect(updateInputOf(organisation, values, editableOrganisationFields(Role.SystemAdmin))).toEqual({});
  });

  it('sends only changed profile fields, trimmed, and null for a cleared one', () => {
    const values = { ...formValuesOf(organisation), address: '  ', contactPhone: ' 0532-12345678 ' };
    expect(updateInputOf(organisation, values, editableOrganisationFields(Role.Enterprise))).toEqual({
      address: null,
      contactPhone: '0532-12345678',
    });
  });

  it('ignores identity fields a role may not edit, even if the form carries them', () => {
    const values = { ...formValuesOf(organisation), name: 'Renamed', regionCode: '370212' };
    expect(updateInputOf(organisation, values, editableOrganisationFields(Role.DistrictBureau))).toEqual({});
    expect(updateInputOf(organisation, values, editableOrganisationFields(Role.SystemAdmin))).toEqual({
      name: 'Renamed',
      regionCode: '370212',
    });
  });

  it('omits empty optional fields on create', () => {
    expect(
      createInputOf({
        name: ' 新单位 ',
        type: 'enterprise',
        regionCode: '370211',
        address: '',
        contactPerson: ' ',
      }),
    ).toEqual({
      name: '新单位',
      type: 'enterprise',
      regionCode: '370211',
      address: undefined,
      contactPerson: undefined,
      contactPhone: undefined,
    });
  });
});
