import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { type Action, type Resource } from '@skillpay/domain';
import { type Request } from 'express';
import { type Caller } from './caller';

export const PUBLIC_KEY = 'skillpay:public';
export const PERMISSION_KEY = 'skillpay:permission';
export const PENDING_PASSWORD_OK_KEY = 'skillpay:pending-password-ok';
export const PENDING_ENROLMENT_OK_KEY = 'skillpay:pending-two-factor-enrolment-ok';

/** No login needed (health, login, refresh). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The role must hold this permission in libs/domain's PERMISSIONS table. */
export const Allow = (resource: Resource, action: Action) =>
  SetMetadata(PERMISSION_KEY, { resource, action });

/** Reachable while the user still has to change an initial or reset password. */
export const AllowPendingPasswordChange = () => SetMetadata(PENDING_PASSWORD_OK_KEY, true);

/** Reachable while the user's role requires two-factor authentication and they have not enrolled. */
export const AllowPendingTwoFactorEnrolment = () => SetMetadata(PENDING_ENROLMENT_OK_KEY, true);

export type AuthenticatedRequest = Request & { caller?: Caller };

export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<AuthenticatedRequest>().caller;
  if (!caller) throw new Error('CurrentCaller used on a public route');
  return caller;
});
