import { Role } from '@skillpay/domain';
import { type Caller } from '../auth/caller';
import { AccessService } from './access.service';
import { organisationScopeCondition } from './scope';

const caller = (role: Role, overrides: Partial<Caller> = {}): Caller => ({
  userId: 'u1',
  sessionId: 's1',
  username: 'someone',
  role,
  organisationId: 'org-1',
  regionCode: '370211',
  regionPath: '370000/370200/370211/',
  mustChangePassword: false,
  ...overrides,
});

describe('AccessService.scope', () => {
  const access = new AccessService();

  it('gives bureaus their region subtree: the city all its districts, a district only itself', () => {
    expect(
      access.scope(caller(Role.CityBureau, { regionPath: '370000/370200/' }), 'organisations', 'read'),
    ).toEqual({
      kind: 'region',
      regionPath: '370000/370200/',
    });
    expect(access.scope(caller(Role.DistrictBureau), 'users', 'read')).toEqual({
      kind: 'region',
      regionPath: '370000/370200/370211/',
    });
  });

  it('confines an enterprise to itself', () => {
    expect(access.scope(caller(Role.Enterprise), 'organisations', 'update')).toEqual({
      kind: 'organisation',
      organisationId: 'org-1',
    });
  });

  it('gives an empty scope wherever the role lacks the permission, so object routes answer 404', () => {
    expect(access.scope(caller(Role.Enterprise), 'users', 'read')).toEqual({ kind: 'none' });
    expect(access.scope(caller(Role.Reviewer), 'organisations', 'update')).toEqual({ kind: 'none' });
    expect(access.scope(caller(Role.DistrictBureau), 'users', 'update')).toEqual({ kind: 'none' });
    expect(access.scope(caller(Role.AuditAdmin), 'organisations', 'read')).toEqual({ kind: 'none' });
  });

  it('lets the system administrator reach everything it administers', () => {
    expect(access.scope(caller(Role.SystemAdmin), 'users', 'update')).toEqual({ kind: 'all' });
  });
});

describe('organisationScopeCondition', () => {
  it('turns a region scope into one prefix match on the materialised path', () => {
    expect(organisationScopeCondition({ kind: 'region', regionPath: '370000/370200/' }, 'o', 'r')).toEqual({
      sql: 'r.path LIKE :scopeRegionPath',
      params: { scopeRegionPath: '370000/370200/%' },
    });
  });

  it('matches nothing for an empty scope', () => {
    expect(organisationScopeCondition({ kind: 'none' }, 'o', 'r').sql).toBe('FALSE');
  });
});

describe('AccessService.programmeScope', () => {
  const access = new AccessService();

  it('lets districts and enterprises read the plans on their branch, and only the city change them', () => {
    expect(access.programmeScope(caller(Role.DistrictBureau), 'read')).toEqual({
      kind: 'branch',
      regionPath: '370000/370200/370211/',
    });
    expect(access.programmeScope(caller(Role.Enterprise), 'read').kind).toBe('branch');
    expect(access.programmeScope(caller(Role.DistrictBureau), 'update')).toEqual({ kind: 'none' });
    expect(
      access.programmeScope(caller(Role.CityBureau, { regionPath: '370000/370200/' }), 'update'),
    ).toEqual({ kind: 'region', regionPath: '370000/370200/' });
    expect(access.programmeScope(caller(Role.Reviewer), 'read')).toEqual({ kind: 'none' });
  });
});
