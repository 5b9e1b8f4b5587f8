import { type Widen } from '../../app/i18n/widen';

/** 安全设置: who must use two-factor authentication. The i18next namespace `securitySettings`. */
export const securitySettingsZhCN = {
  title: '安全设置',
  twoFactorTitle: '两步验证（双因素认证）',
  twoFactorIntro:
    '开启后，该角色的用户登录时除密码外还须输入验证器应用的动态验证码；尚未设置的用户在输入密码后只能先完成设置，不能使用其他功能。企业和评审单位的用户可自愿启用。',
  defaultsNote:
    '正式部署的初始设置：市人社局、区（市）人社局、系统管理员、审计管理员均强制启用（等保 2.0 第三级 8.1.4.1 d）。演示数据将其全部关闭，以便演示账号一步登录；用于正式业务前请开启。',
  role: '角色',
  enforced: '强制启用',
  saved: '已保存两步验证设置',
  resetHint: '用户手机遗失时，可在“用户管理”中为其重置两步验证（需填写原因，记入审计日志）。',
};

export const securitySettingsEn: Widen<typeof securitySettingsZhCN> = {
  title: 'Security settings',
  twoFactorTitle: 'Two-factor authentication',
  twoFactorIntro:
    'When enforced, users of the role enter their authenticator app’s code after the password; users who have not set it up can only do that after the password, nothing else. Enterprise and reviewer users may turn it on themselves.',
  defaultsNote:
    'A production install starts with it enforced for the city and district bureaus, the system administrator and the auditor (等保 2.0 level 3, 8.1.4.1 d)). The demo data turns it off so the demo accounts log in in one step; turn it on before real use.',
  role: 'Role',
  enforced: 'Enforced',
  saved: 'Two-factor settings saved',
  resetHint:
    'When a user loses their phone, reset their two-factor authentication under User administration (with a reason, recorded in the audit log).',
};
