import { HttpStatus } from '@nestjs/common';
import { featureException } from '../errors/feature-errors';

/** Errors of the Idempotency-Key header (IETF draft "The Idempotency-Key HTTP Header Field"). */
export class IdempotencyException extends featureException({
  idempotency_key_invalid: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': 'Idempotency-Key 请求头应为 1 至 255 个可见 ASCII 字符（建议使用 UUID）',
    en: 'The Idempotency-Key header must be 1 to 255 visible ASCII characters (a UUID is best)',
  },
  idempotency_key_reused: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    'zh-CN': '此 Idempotency-Key 已用于另一个请求（{{route}}），新的提交请使用新的键',
    en: 'This Idempotency-Key was already used for another request ({{route}}); use a new key for a new submission',
  },
}) {}
