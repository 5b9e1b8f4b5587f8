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
        'opinionNotes',
        'evaluation',
        'influencedEnterprises',
        'demonstrationUnits',
        'evaluationReports',
        'cases',
        'talents',
        'talentLists',
        'serviceRequests',
        'talentContacts',
        'talentStatistics',
        'enterprises',
        'caseCollections',
        'policyQa',
        'conflictLinks',
        'caseRubrics',
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
        'opinionNotes',
        'evaluation',
        'influencedEnterprises',
        'demonstrationUnits',
        'evaluationReports',
        'cases',
        'talents',
        'talentLists',
        'serviceRequests',
        'talentContacts',
        'talentStatistics',
        'enterprises',
        'caseCollections',
        'policyQa',
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
        'ownEvaluation',
        'wageUploads',
        'ownCases',
        'talents',
        'serviceRequests',
        'benchmarkPosition',
        'payTools',
      ],
    ],
    [
      Role.Reviewer,
      ['dashboard', 'myReviews', 'myTasks', 'talentStatistics', 'evaluation', 'demonstrationUnits'],
    ],
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
        'honours',
      ],
    ],
    [Role.AuditAdmin, ['dashboard', 'auditLog']],
  ])('gives %s exactly %j', (role, expected) => {
    expect(menu(role)).toEqual(expected);
  });

  it('sends each role to its first menu entry', () => {
    expect(homePathFor(Role.CityBureau)).toBe('/dashboard');
    expect(homePathFor(Role.AuditAdmin)).toBe('/dashboard');
  });

  it('guards write pages with the write permission', () => {
    const users = RESOURCES.find((resource) => resource.key === 'users');
    const create = users?.pages.find((page) => page.path === 'new')?.access;
    expect(create && allows(create, Role.SystemAdmin)).toBe(true);
    // bureaus create their enterprises' accounts; the API holds them to those
    expect(create && allows(create, Role.DistrictBureau)).toBe(true);
    expect(create && allows(create, Role.Enterprise)).toBe(false);
    expect(create && allows(create, Role.Reviewer)).toBe(false);
  });

  it('declares print views apart from the pages in the portal shell', () => {
    const printViews = RESOURCES.flatMap((resource) =>
      resource.pages.filter((page) => page.layout === 'print').map((page) => `${resource.path}/${page.path}`),
    );
    expect(printViews).toEqual([
      '/pilot-applications/:id/print',
      '/pilot-applications/:id/plan/print',
      '/progress-reports/:id/print',
    ]);
  });

  it('keeps the separation of duties: the system administrator never reaches the audit log', () => {
    const audit = RESOURCES.find((resource) => resource.key === 'auditLog');
    expect(audit && allows(audit.access, Role.SystemAdmin)).toBe(false);
  });
});
