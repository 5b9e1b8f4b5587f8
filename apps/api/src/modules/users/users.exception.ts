import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** User administration's errors. */
export class UserException extends featureException({
  username_taken: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '用户名“{{username}}”已被使用',
    en: 'The username "{{username}}" is already taken',
  },
  cannot_disable_self: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '不能停用自己的账号',
    en: 'You cannot disable your own account',
  },
  organisation_not_found: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '单位不存在',
    en: 'The organisation does not exist',
  },
}) {}
