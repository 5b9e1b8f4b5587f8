import { HttpStatus } from '@nestjs/common';
import { featureException } from '../../common/errors/feature-errors';

/** Two-factor authentication: enrolment, the login's second step, recovery codes. */
export class TwoFactorException extends featureException({
  code_invalid: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '验证码错误或已使用，请输入验证器当前显示的 6 位数字或一个未用过的恢复码',
    en: 'The code is wrong or was already used: enter the 6 digits your authenticator shows now, or an unused recovery code',
  },
  second_factor_invalid: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '验证码错误或已使用',
    en: 'The code is wrong or was already used',
  },
  pending_login_expired: {
    status: HttpStatus.UNAUTHORIZED,
    'zh-CN': '登录验证已超时或尝试次数过多，请重新输入用户名和密码',
    en: 'The login timed out or had too many wrong codes; please enter your username and password again',
  },
  already_enabled: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '已启用两步验证；如需更换设备，请先停用再重新设置',
    en: 'Two-factor authentication is already on; to change the device, turn it off and set it up again',
  },
  not_enabled: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '尚未启用两步验证',
    en: 'Two-factor authentication is not on',
  },
  no_pending_enrolment: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '请先开始设置两步验证',
    en: 'Please start setting up two-factor authentication first',
  },
  enrolment_required: {
    status: HttpStatus.FORBIDDEN,
    'zh-CN': '您的角色须使用两步验证，请先完成设置',
    en: 'Your role requires two-factor authentication; please set it up first',
  },
  role_not_enforceable: {
    status: HttpStatus.BAD_REQUEST,
    'zh-CN': '该角色不能强制两步验证（可自愿启用）',
    en: 'Two-factor authentication cannot be enforced for this role (its users may turn it on themselves)',
  },
  secret_unreadable: {
    status: HttpStatus.CONFLICT,
    'zh-CN': '两步验证密钥无法读取（密钥配置已更改），请联系系统管理员重置两步验证',
    en: 'The two-factor secret cannot be read (the key setting changed); ask the system administrator to reset two-factor authentication',
  },
}) {}
