import { HttpStatus } from '@nestjs/common';
import { type Labels } from '@skillpay/domain';
import { AppException } from './app.exception';
import { ErrorCode } from './error-code';

/** What a 503 names: the service as a user knows it, never a host, driver or error text. */
export const UNAVAILABLE_SERVICE = {
  database: { 'zh-CN': '数据库', en: 'The database' },
  redis: { 'zh-CN': '请求限流与任务队列服务', en: 'The rate-limit and job queue service' },
} satisfies Record<string, Labels>;

export type UnavailableService = keyof typeof UNAVAILABLE_SERVICE;

/** 503 with the shared error shape: the request was fine, a dependency did not answer. */
export function serviceUnavailable(service: UnavailableService): AppException {
  return new AppException(ErrorCode.ServiceUnavailable, HttpStatus.SERVICE_UNAVAILABLE, {
    params: { service: UNAVAILABLE_SERVICE[service] },
    extra: { service },
  });
}
