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
  role_not_managed: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '您只能创建{{roles}}账号，其他账号由系统管理员维护',
    en: 'You may only create {{roles}} accounts; other accounts are managed by the system administrator',
  },
  account_not_managed: {
    status: HttpStatus.FORBIDDEN,
    'zh-CN': '该账号由系统管理员维护；区（市）人社局只管理本辖区企业的账号',
    en: 'This account is managed by the system administrator; a bureau manages only the enterprise accounts of its region',
  },
  organisation_not_found: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '单位不存在',
    en: 'The organisation does not exist',
  },
}) {}
