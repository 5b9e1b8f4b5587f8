import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { type ApiError, DEFAULT_LANGUAGE, type Language } from '@skillpay/domain';
import { type Request, type Response } from 'express';
import { ClsService } from 'nestjs-cls';
import { STATUS_CODES } from 'node:http';
import { isDatabaseUnavailable, isUniqueViolation } from '../../database/query-errors';
import { AuditService } from '../../modules/audit/audit.service';
import { type RequestContext } from '../context/request-context';
import { AppException } from './app.exception';
import { ErrorCode } from './error-code';
import { fieldLabel, translate } from './messages';
import { isRedisUnavailable } from '../redis/redis-errors';
import { serviceUnavailable } from './service-unavailable';

/** Codes for errors Nest or Express raise themselves (unknown route, malformed JSON, …). */
const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.ValidationFailed,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.Unauthenticated,
  [HttpStatus.FORBIDDEN]: ErrorCode.Forbidden,
  [HttpStatus.NOT_FOUND]: ErrorCode.NotFound,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.RateLimited,
};

/**
 * Shapes every error as `{statusCode, error, message, details, requestId}` in the caller's
 * language, audits denied requests, and answers unknown errors with a bare 500 while logging them.
 */
@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(
    private readonly cls: ClsService<RequestContext>,
    private readonly audit: AuditService,
  ) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    const language: Language = (this.cls.isActive() && this.cls.get('language')) || DEFAULT_LANGUAGE;
    const requestId = this.cls.isActive() ? this.cls.get('requestId') : undefined;
    const app = this.toAppException(exception);

    if (app?.status === HttpStatus.SERVICE_UNAVAILABLE) {
      // one line, not a stack per request while a dependency is down
      this.logger.warn(
        `${request.method} ${request.path} answered 503 [${requestId}]: ${exception instanceof Error ? exception.message : String(exception)}`,
      );
    }
    if (!app) {
      this.logger.error(
        `${request.method} ${request.path} failed [${requestId}]`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    const status = app?.status ?? HttpStatus.INTERNAL_SERVER_ERROR;
    const body: ApiError & Record<string, unknown> = {
      statusCode: status,
      error: STATUS_CODES[status] ?? 'Error',
      message: translate(language, `errors.${app?.code ?? ErrorCode.Internal}`, app?.params),
      details: (app?.fields ?? []).map((problem) => ({
        field: problem.field,
        message: translate(language, problem.code, {
          ...problem.params,
          field:
            problem.code === 'validation.whitelistValidation'
              ? problem.field
              : fieldLabel(language, problem.field),
        }),
        ...problem.extra,
      })),
      requestId,
      ...app?.extra,
    };

    if (status === HttpStatus.FORBIDDEN || app?.hidden) {
      await this.auditDenied(request, app).catch((error: unknown) =>
        this.logger.error(
          'Could not audit a denied request',
          error instanceof Error ? error.stack : String(error),
        ),
      );
    }
    response.status(status).json(body);
  }

  private toAppException(exception: unknown): AppException | undefined {
    if (exception instanceof AppException) return exception;
    // a unique index caught a race the service's own check could not (two requests at once)
    if (isUniqueViolation(exception)) {
      return new AppException(ErrorCode.Conflict, HttpStatus.CONFLICT);
    }
    // a dependency that does not answer is a 503 the client may retry, not a 500
    if (isRedisUnavailable(exception)) return serviceUnavailable('redis');
    if (isDatabaseUnavailable(exception)) return serviceUnavailable('database');
    if (exception instanceof ThrottlerException) {
      return new AppException(ErrorCode.RateLimited, HttpStatus.TOO_MANY_REQUESTS);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status >= 500) return undefined;
      return new AppException(CODE_BY_STATUS[status] ?? ErrorCode.ValidationFailed, status);
    }
    return undefined;
  }

  /** 403s, and 404s that hid an object outside the caller's scope. */
  private auditDenied(request: Request, app: AppException | undefined): Promise<void> {
    const route = `${request.method} ${request.route?.path ?? request.path}`.slice(0, 100);
    return this.audit.record({
      action: 'access.denied',
      outcome: 'denied',
      entityType: app?.hidden?.entityType ?? 'route',
      entityId: app?.hidden?.entityId ?? route,
      after: { reason: app?.hidden ? 'out_of_scope' : (app?.code ?? ErrorCode.Forbidden), route },
    });
  }
}
