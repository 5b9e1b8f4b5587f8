import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** Logging in, sessions and passwords. */
export class AuthException extends featureException({
  invalid_credentials: {
    status: HttpStatus.UNAUTHORIZED,
    'zh-CN': '用户名或密码错误',
    en: 'Wrong username or password',
  },
  account_locked: {
    status: HttpStatus.LOCKED,
    'zh-CN': '登录失败次数过多，账号已锁定，请于 {{until}} 后再试',
    en: 'Too many failed logins: the account is locked until {{until}}',
  },
  account_disabled: {
    status: HttpStatus.UNAUTHORIZED,
    'zh-CN': '账号已停用，请联系系统管理员',
    en: 'This account is disabled; please contact the system administrator',
  },
  session_expired: {
    status: HttpStatus.UNAUTHORIZED,
    'zh-CN': '会话已过期，请重新登录',
    en: 'Your session has expired; please log in again',
  },
  invalid_refresh_token: {
    status: HttpStatus.UNAUTHORIZED,
    'zh-CN': '登录状态已失效，请重新登录',
    en: 'Your login is no longer valid; please log in again',
  },
  password_change_required: {
    status: HttpStatus.FORBIDDEN,
    'zh-CN': '请先修改初始密码',
    en: 'Please change your initial password first',
  },
  current_password_wrong: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '当前密码不正确',
    en: 'The current password is wrong',
  },
  password_too_short: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '密码至少 {{min}} 个字符',
    en: 'The password must have at least {{min}} characters',
  },
  password_too_long: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '密码最多 {{max}} 个字符',
    en: 'The password must have at most {{max}} characters',
  },
  password_too_few_classes: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '密码须包含大写字母、小写字母、数字、符号中的至少 {{classes}} 类',
    en: 'The password must mix at least {{classes}} of: upper-case letters, lower-case letters, digits, symbols',
  },
  password_contains_username: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '密码不能包含用户名',
    en: 'The password must not contain the username',
  },
  password_common: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '该密码过于常见，容易被猜中',
    en: 'This password is too common and easy to guess',
  },
  password_reused: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
}) {}
