import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { type Action, can, type Resource } from '@skillpay/domain';
import { ClsService } from 'nestjs-cls';
import { AuthException } from '../../modules/auth/auth.exception';
import { SessionService } from '../../modules/auth/session.service';
import { type RequestContext } from '../context/request-context';
import { AppException } from '../errors/app.exception';
import { ErrorCode } from '../errors/error-code';
import { TwoFactorException } from '../../modules/two-factor/two-factor.exception';
import {
  type AuthenticatedRequest,
  PENDING_ENROLMENT_OK_KEY,
  PENDING_PASSWORD_OK_KEY,
  PERMISSION_KEY,
  PUBLIC_KEY,
} from './decorators';

export interface AccessTokenPayload {
  sub: string;
  sid: string;
}

/**
 * Global guard: every route needs a valid access token of a live session unless marked
 * @Public(), and the role must hold the route's @Allow() permission.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly sessions: SessionService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw new AppException(ErrorCode.Unauthenticated, HttpStatus.UNAUTHORIZED);
    let payload: AccessTokenPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload>(token);
    } catch {
      throw new AuthException('session_expired');
    }
    const caller = await this.sessions.authenticate(payload.sid);
    request.caller = caller;
    this.cls.set('caller', caller);

    if (
      caller.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean>(PENDING_PASSWORD_OK_KEY, targets)
    ) {
      throw new AuthException('password_change_required');
    }
    if (
      caller.mustEnrolTwoFactor &&
      !this.reflector.getAllAndOverride<boolean>(PENDING_ENROLMENT_OK_KEY, targets)
    ) {
      throw new TwoFactorException('enrolment_required');
    }
    const permission = this.reflector.getAllAndOverride<{ resource: Resource; action: Action }>(
      PERMISSION_KEY,
      targets,
    );
    if (permission && !can(caller.role, permission.resource, permission.action))
      throw AppException.forbidden();
    return true;
  }
}
