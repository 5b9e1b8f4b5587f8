import { Injectable } from '@nestjs/common';
import { type Action, can, Role } from '@skillpay/domain';
import { type Caller } from '../auth/caller';
import { type OrganisationScope, type ProgrammeScope } from './scope';

/** Resources whose rows hang off the organisation tree (by the organisation they belong to). */
export type ScopedResource =
  | 'organisations'
  | 'users'
  | 'enterprises'
  | 'pilotApplications'
  | 'guidance'
  | 'tasks'
  | 'progressReports'
  | 'benchmarkPosition'
  | 'wageUploads'
  | 'benchmarks'
  | 'payPlans';

/**
 * The one place that decides which rows a caller may read or change. A role without the
 * permission gets an empty scope, so object routes answer 404 for anything it asks about,
 * exactly like a missing object: neither existence nor location is revealed.
 */
@Injectable()
export class AccessService {
  scope(caller: Caller, resource: ScopedResource, action: Action): OrganisationScope {
    if (!can(caller.role, resource, action)) return { kind: 'none' };
    switch (caller.role) {
      case Role.SystemAdmin:
        return { kind: 'all' };
      case Role.CityBureau:
      case Role.DistrictBureau:
        return { kind: 'region', regionPath: caller.regionPath };
      case Role.Enterprise:
      case Role.Reviewer:
      case Role.AuditAdmin:
        return { kind: 'organisation', organisationId: caller.organisationId };
    }
  }

  /**
   * Programmes: bureaus and enterprises read the plans on their branch of the region tree (the
   * city's plan from a district or an enterprise of the city); changes stay inside the caller's
   * own subtree, so only the city bureau changes a city plan.
   */
  programmeScope(caller: Caller, action: Action): ProgrammeScope {
    if (!can(caller.role, 'programmes', action)) return { kind: 'none' };
    if (caller.role === Role.SystemAdmin) return { kind: 'all' };
    return action === 'read'
      ? { kind: 'branch', regionPath: caller.regionPath }
      : { kind: 'region', regionPath: caller.regionPath };
  }
}
