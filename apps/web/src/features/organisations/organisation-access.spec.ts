import { Role } from '@skillpay/domain';
import { editableOrganisationFields } from './organisation-access';

describe('editable organisation fields', () => {
  it('lets the system administrator change every field', () => {
    expect([...editableOrganisationFields(Role.SystemAdmin)].sort()).toEqual(
      ['address', 'contactPerson', 'contactPhone', 'name', 'regionCode', 'type'].sort(),
    );
  });

  it.each([Role.CityBureau, Role.DistrictBureau, Role.Enterprise])('limits %s to the profile', (role) => {
    expect([...editableOrganisationFields(role)].sort()).toEqual([
      'address',
      'contactPerson',
      'contactPhone',
    ]);
  });

  it.each([Role.Reviewer, Role.AuditAdmin])('gives %s nothing to edit', (role) => {
    expect(editableOrganisationFields(role).size).toBe(0);
  });
});
