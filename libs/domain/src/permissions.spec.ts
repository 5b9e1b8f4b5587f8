import { can, managesAccountsOf } from './permissions';
import { Role } from './roles';
import { RegionLevel, regionLevelOfCode, QINGDAO_REGIONS } from './regions';
import { languageFromHeader } from './api-contract';
import { OrganisationType, roleFitsOrganisation } from './organisation-types';

describe('separation of duties (三权分立)', () => {
  it('lets the system administrator manage users but not read the audit log', () => {
    expect(can(Role.SystemAdmin, 'users', 'create')).toBe(true);
    expect(can(Role.SystemAdmin, 'auditLog', 'read')).toBe(false);
  });

  it('lets the audit administrator read the audit log and nothing else', () => {
    expect(can(Role.AuditAdmin, 'auditLog', 'read')).toBe(true);
    for (const resource of [
      'users',
      'organisations',
      'regions',
      'queues',
      'securitySettings',
      'opinionNotes',
    ] as const) {
      expect(can(Role.AuditAdmin, resource, 'read')).toBe(false);
    }
    // its home (工作台) shows the log's own state: the chain, denials, exports (no to-do source applies)
    expect(can(Role.AuditAdmin, 'dashboard', 'read')).toBe(true);
  });

  it('leaves who must use two-factor authentication to the system administrator alone', () => {
    for (const role of Object.values(Role)) {
      expect(can(role, 'securitySettings', 'update')).toBe(role === Role.SystemAdmin);
    }
  });

  it('lets bureaus administer enterprise accounts only', () => {
    for (const bureau of [Role.CityBureau, Role.DistrictBureau]) {
      expect(can(bureau, 'users', 'create')).toBe(true);
      for (const role of Object.values(Role)) {
        expect(managesAccountsOf(bureau, role)).toBe(role === Role.Enterprise);
      }
    }
    expect(managesAccountsOf(Role.SystemAdmin, Role.AuditAdmin)).toBe(true);
    expect(managesAccountsOf(Role.Enterprise, Role.Enterprise)).toBe(false);
  });

  it('binds accounts to organisations of the fitting type', () => {
    expect(roleFitsOrganisation(Role.Reviewer, OrganisationType.TradeUnion)).toBe(true);
    expect(roleFitsOrganisation(Role.Enterprise, OrganisationType.DistrictBureau)).toBe(false);
  });
});

describe('GB/T 2260 regions', () => {
  it('derives the level from the code', () => {
    expect(regionLevelOfCode('370000')).toBe(RegionLevel.Province);
    expect(regionLevelOfCode('370200')).toBe(RegionLevel.City);
    expect(regionLevelOfCode('370211')).toBe(RegionLevel.District);
  });

  it('ships Qingdao with its ten districts and county-level cities', () => {
    const districts = QINGDAO_REGIONS.filter((r) => r.parentCode === '370200');
    expect(districts).toHaveLength(10);
    expect(districts.map((d) => d.code)).toEqual(expect.arrayContaining(['370211', '370212', '370281']));
    for (const d of districts) expect(regionLevelOfCode(d.code)).toBe(RegionLevel.District);
  });
});

describe('language negotiation', () => {
  it('defaults to zh-CN and honours a preference for English', () => {
    expect(languageFromHeader(undefined)).toBe('zh-CN');
    expect(languageFromHeader('en')).toBe('en');
    expect(languageFromHeader('en-US,en;q=0.9')).toBe('en');
    expect(languageFromHeader('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(languageFromHeader('fr-FR, en;q=0.5')).toBe('en');
    expect(languageFromHeader('fr')).toBe('zh-CN');
  });
});
