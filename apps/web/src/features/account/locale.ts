import { type Widen } from '../../app/i18n/widen';

/**
 * Two-factor authentication (两步验证): one's own enrolment and the login's second step. The
 * i18next namespace `twoFactor`; English typed by the zh-CN object.
 */
export const twoFactorZhCN = {
  title: '两步验证',
  intro: '登录时除密码外，还需输入手机验证器应用生成的 6 位动态验证码（TOTP），账号被盗用的风险大为降低。',
  required: '您的角色须使用两步验证（等保 2.0 身份鉴别要求）：完成设置前无法使用其他功能。',
  statusOn: '已启用',
  statusOff: '未启用',
  enabledAt: '启用时间',
  recoveryCodesRemaining: '剩余恢复码',
  start: '开始设置',
  step1: '在手机上安装支持 TOTP 的验证器应用，例如 Microsoft Authenticator、FreeOTP 或手机自带的密码管理器。',
  step2: '用验证器扫描下面的二维码；无法扫码时，选择“手动输入密钥”并输入下面的密钥。',
  step3: '输入验证器中显示的 6 位验证码，完成设置。',
  qrLabel: '两步验证二维码',
  secret: '密钥（手动输入用）',
  code: '验证码',
  codeRequired: '请输入 6 位验证码',
  codeOrRecovery: '验证码或恢复码',
  codeOrRecoveryRequired: '请输入验证码或一个恢复码',
  confirm: '完成设置',
  recoveryTitle: '恢复码',
  recoveryHint:
    '手机丢失或无法使用验证器时，可用恢复码代替验证码登录。每个恢复码只能使用一次。请立即下载或抄写并妥善保管——离开此页后将无法再次查看。',
  recoveryDownload: '下载（.txt）',
  recoveryCopy: '复制',
  recoveryCopied: '已复制恢复码',
  recoverySaved: '我已保存恢复码',
  recoveryFileHeader:
    'SkillPay 两步验证恢复码（账号：{{username}}，生成于 {{time}}）。每个恢复码只能使用一次。',
  enabled: '两步验证已启用',
  regenerate: '重新生成恢复码',
  regenerateHint: '旧的恢复码将全部失效。请输入当前验证码（或一个恢复码）确认。',
  disable: '停用两步验证',
  disableHint: '停用后登录只需密码。如您的角色须使用两步验证，停用后须立即重新设置（更换手机即按此操作）。',
  disabled: '两步验证已停用',
  password: '登录密码',
  passwordRequired: '请输入登录密码',
  login: {
    title: '两步验证',
    hint: '请输入验证器应用中显示的 6 位验证码',
    recoveryHint: '请输入一个未使用过的恢复码（如 k7m2p-x9qrt）',
    useRecovery: '手机不在身边？使用恢复码',
    useApp: '使用验证器验证码',
    submit: '验证并登录',
    back: '返回，重新输入密码',
  },
};

export const twoFactorEn: Widen<typeof twoFactorZhCN> = {
  title: 'Two-factor authentication',
  intro:
    'Besides the password, logging in asks for the 6-digit code (TOTP) that an authenticator app on your phone shows, so a stolen password alone is not enough.',
  required:
    'Your role must use two-factor authentication (等保 2.0 identification and authentication): set it up before using anything else.',
  statusOn: 'On',
  statusOff: 'Off',
  enabledAt: 'Turned on',
  recoveryCodesRemaining: 'Recovery codes left',
  start: 'Set up',
  step1:
    'Install an authenticator app that supports TOTP on your phone, e.g. Microsoft Authenticator, FreeOTP or the phone’s own password manager.',
  step2:
    'Scan the QR code below with the app; if you cannot scan, choose “enter a setup key” and type the key below.',
  step3: 'Enter the 6-digit code the app shows to finish.',
  qrLabel: 'Two-factor QR code',
  secret: 'Key (to type by hand)',
  code: 'Code',
  codeRequired: 'Enter the 6-digit code',
  codeOrRecovery: 'Code or recovery code',
  codeOrRecoveryRequired: 'Enter a code or a recovery code',
  confirm: 'Finish set-up',
  recoveryTitle: 'Recovery codes',
  recoveryHint:
    'If you lose your phone, a recovery code logs you in instead of the app’s code. Each works once. Download or write them down now and keep them safe: they are not shown again after you leave this page.',
  recoveryDownload: 'Download (.txt)',
  recoveryCopy: 'Copy',
  recoveryCopied: 'Recovery codes copied',
  recoverySaved: 'I have saved the recovery codes',
  recoveryFileHeader:
    'SkillPay two-factor recovery codes (account {{username}}, made {{time}}). Each code works once.',
  enabled: 'Two-factor authentication is on',
  regenerate: 'New recovery codes',
  regenerateHint: 'All old recovery codes stop working. Confirm with a current code (or a recovery code).',
  disable: 'Turn off two-factor authentication',
  disableHint:
    'Logging in then needs only the password. If your role requires two-factor authentication, you must set it up again at once (this is how to move to a new phone).',
  disabled: 'Two-factor authentication is off',
  password: 'Password',
  passwordRequired: 'Enter your password',
  login: {
    title: 'Two-factor authentication',
    hint: 'Enter the 6-digit code your authenticator app shows',
    recoveryHint: 'Enter an unused recovery code (like k7m2p-x9qrt)',
    useRecovery: 'No phone at hand? Use a recovery code',
    useApp: 'Use the app’s code',
    submit: 'Verify and log in',
    back: 'Back to the password',
  },
};
