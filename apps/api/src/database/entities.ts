import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { LoginThrottleEntity } from '../modules/auth/login-throttle.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { RegionEntity } from '../modules/regions/region.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Explicit list (not a glob) so the same code runs under jest and from dist. */
export const ENTITIES = [
  RegionEntity,
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  LoginThrottleEntity,
  AuditLogEntity,
];
