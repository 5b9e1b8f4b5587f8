import { type Role } from '@skillpay/domain';

/** The authenticated caller, as the access layer and the audit log see them. */
export interface Caller {
  userId: string;
  sessionId: string;
  username: string;
  role: Role;
  organisationId: string;
  /** GB/T 2260 code of the caller's organisation's region */
  regionCode: string;
  /** materialised path of that region, e.g. `370000/370200/370211/` */
  regionPath: string;
  mustChangePassword: boolean;
  /** the role requires two-factor authentication and the user has not enrolled yet */
  mustEnrolTwoFactor: boolean;
}
