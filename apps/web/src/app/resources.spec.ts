import { Role } from '@skillpay/domain';
import { allows } from './access';
import { homePathFor, menuFor } from './navigation';
import { RESOURCES } from './resources';

describe('menus per role (one resource declaration)', () => {
  const menu = (role: Role) => menuFor(role).map((entry) => entry.label);

  it.each([
    [
      Role.CityBureau,
      [
        'dashboard',
        'programmes',
        'pilotApplications',
        'progressReports',
        'wageUploads',
        'guidance',
        'enterprises',
        'benchmarks',
        'benchmarkReleases',
        'payTools',
        'organisations',
        'users',
      ],
    ],
    [
      Role.DistrictBureau,
      [
        'dashboard',
        'programmes',
        'pilotApplications',
        'progressReports',
        'wageUploads',
        'guidance',
        'enterprises',
        'benchmarks',
        'benchmarkReleases',
        'payTools',
        'organisations',
        'users',
      ],
    ],
    [
      Role.Enterprise,
      [
        'dashboard',
        'ownOrganisation',
        'ownPilotApplications',
        'ownProgressReports',
        'wageUploads',
        'benchmarkPosition',
        'payTools',
      ],
    ],
    [Role.Reviewer, ['dashboard']],
    [
      Role.SystemAdmin,
      [
        'dashboard',
        'userAdministration',
        'organisations',
        'regions',
        'occupations',
        'queues',
        'securitySettings',
      ],
    ],
    [Role.AuditAdmin, ['auditLog']],
  ])('gives %s exactly %j', (role, expected) => {
    expect(menu(role)).toEqual(expected);
  });

  it('sends each role to its first menu entry', () => {
    expect(homePathFor(Role.CityBureau)).toBe('/dashboard');
    expect(homePathFor(Role.AuditAdmin)).toBe('/audit-logs');
  });

  it('guards write pages with the write permission', () => {
    const users = RESOURCES.find((resource) => resource.key === 'users');
    const create = users?.pages.find((page) => page.path === 'new')?.access;
    expect(create && allows(create, Role.SystemAdmin)).toBe(true);
    expect(create && allows(create, Role.CityBureau)).toBe(false);
  });

  it('keeps the separation of duties: the system administrator never reaches the audit log', () => {
    const audit = RESOURCES.find((resource) => resource.key === 'auditLog');
    expect(audit && allows(audit.access, Role.SystemAdmin)).toBe(false);
  });
});
