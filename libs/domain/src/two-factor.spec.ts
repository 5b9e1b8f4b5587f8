import { Role } from './roles';
import { isTotpCode, TWO_FACTOR_ENFORCEABLE_ROLES } from './two-factor';

describe('two-factor rules', () => {
  it('tells a 6-digit code (as apps show it, maybe with a space) from a recovery code', () => {
    expect(isTotpCode('123456')).toBe(true);
    expect(isTotpCode('123 456')).toBe(true);
    expect(isTotpCode('12345')).toBe(false);
    expect(isTotpCode('k7m2p-x9qrt')).toBe(false);
  });

  it('can be enforced for the bureaus and the two administrators, not for enterprises or reviewers', () => {
    expect([...TWO_FACTOR_ENFORCEABLE_ROLES].sort()).toEqual(
      [Role.AuditAdmin, Role.CityBureau, Role.DistrictBureau, Role.SystemAdmin].sort(),
    );
  });
});
