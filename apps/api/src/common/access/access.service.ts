import { Injectable } from '@nestjs/common';
import { Role } from '@skillpay/domain';
import { type Caller } from '../auth/caller';
import { type OrganisationScope } from './scope';

/**
 * The one place that decides which rows a caller may read or change. Objects outside the scope
 * are answered with 404, exactly like missing ones, so their existence is not revealed.
 */
@Injectable()
export class AccessService {
  organisationScope(caller: Caller): OrganisationScope {
    switch (caller.role) {
      case Role.SystemAdmin:
        return { kind: 'all' };
      case Role.CityBureau:
      case Role.DistrictBureau:
        return { kind: 'region', regionPath: caller.regionPath };
      case Role.Enterprise:
      case Role.Reviewer:
        return { kind: 'organisation', organisationId: caller.organisationId };
      case Role.AuditAdmin:
        return { kind: 'none' };
    }
  }

  /** Users are visible where their organisation is. */
  userScope(caller: Caller): OrganisationScope {
    return this.organisationScope(caller);
  }
}
