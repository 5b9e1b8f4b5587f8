import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, type Language } from '@skillpay/domain';

/**
 * Server-side messages in both languages: domain errors (`errors.*`), validation constraints
 * (`validation.*`, named after class-validator's constraint keys) and field labels (`fields.*`).
 */
const zhCN = {
  errors: {
    validation_failed: '提交的数据有误，请检查标出的字段',
    invalid_credentials: '用户名或密码错误',
    account_locked: '登录失败次数过多，账号已锁定，请于 {{until}} 后再试',
    account_disabled: '账号已停用，请联系系统管理员',
    rate_limited: '请求过于频繁，请稍后再试',
    unauthenticated: '请先登录',
    session_expired: '会话已过期，请重新登录',
    invalid_refresh_token: '登录状态已失效，请重新登录',
    password_change_required: '请先修改初始密码',
    current_password_wrong: '当前密码不正确',
    forbidden: '没有执行此操作的权限',
    field_not_editable: '无权修改此字段',
    not_found: '请求的对象不存在',
    username_taken: '用户名“{{username}}”已被使用',
    role_organisation_mismatch: '角色“{{role}}”的账号不能属于该类型的单位',
    organisation_not_found: '单位不存在',
    organisation_name_taken: '单位名称“{{name}}”已存在',
    organisation_in_use: '该单位下仍有 {{count}} 个账号，不能删除',
    region_not_found: '行政区划 {{code}} 不存在',
    region_exists: '行政区划代码 {{code}} 已存在',
    region_parent_mismatch: '行政区划代码 {{code}} 与上级 {{parentCode}} 不匹配',
    cannot_disable_self: '不能停用自己的账号',
    conflict: '数据与现有记录冲突（可能刚被他人修改），请刷新后重试',
    internal: '服务器内部错误，请稍后再试',
    password_too_short: '密码至少 {{min}} 个字符',
    password_too_long: '密码最多 {{max}} 个字符',
    password_too_few_classes: '密码须包含大写字母、小写字母、数字、符号中的至少 {{classes}} 类',
    password_contains_username: '密码不能包含用户名',
    password_common: '该密码过于常见，容易被猜中',
    password_reused: '新密码不能与当前密码相同',
  },
  validation: {
    whitelistValidation: '不允许提交字段“{{field}}”',
    isNotEmpty: '{{field}}不能为空',
    isDefined: '{{field}}不能为空',
    isString: '{{field}}必须是文本',
    isBoolean: '{{field}}必须是布尔值',
    isInt: '{{field}}必须是整数',
    isUuid: '{{field}}格式不正确',
    isEnum: '{{field}}的取值无效，可选值：{{values}}',
    isIn: '{{field}}的取值无效，可选值：{{values}}',
    isISO8601: '{{field}}必须是有效的日期时间',
    minLength: '{{field}}至少 {{c0}} 个字符',
    maxLength: '{{field}}最多 {{c0}} 个字符',
    min: '{{field}}不能小于 {{c0}}',
    max: '{{field}}不能大于 {{c0}}',
    matches: '{{field}}格式不正确',
    isMobilePhone: '{{field}}不是有效的电话号码',
    unknown: '{{field}}的值无效',
  },
  fields: {
    id: '编号',
    username: '用户名',
    password: '密码',
    currentPassword: '当前密码',
    newPassword: '新密码',
    displayName: '姓名',
    role: '角色',
    organisationId: '所属单位',
    name: '名称',
    nameEn: '英文名称',
    type: '类型',
    regionCode: '行政区划',
    code: '区划代码',
    parentCode: '上级区划',
    address: '地址',
    contactPerson: '联系人',
    contactPhone: '联系电话',
    page: '页码',
    pageSize: '每页条数',
    format: '导出格式',
    from: '开始时间',
    to: '结束时间',
    outcome: '结果',
  },
};

const en: typeof zhCN = {
  errors: {
    validation_failed: 'Some fields are invalid; please check the marked fields',
    invalid_credentials: 'Wrong username or password',
    account_locked: 'Too many failed logins: the account is locked until {{until}}',
    account_disabled: 'This account is disabled; please contact the system administrator',
    rate_limited: 'Too many requests; please try again later',
    unauthenticated: 'Please log in',
    session_expired: 'Your session has expired; please log in again',
    invalid_refresh_token: 'Your login is no longer valid; please log in again',
    password_change_required: 'Please change your initial password first',
    current_password_wrong: 'The current password is wrong',
    forbidden: 'You are not allowed to do this',
    field_not_editable: 'You may not change this field',
    not_found: 'The requested object does not exist',
    username_taken: 'The username "{{username}}" is already taken',
    role_organisation_mismatch: 'An account with role "{{role}}" cannot belong to this kind of organisation',
    organisation_not_found: 'The organisation does not exist',
    organisation_name_taken: 'An organisation named "{{name}}" already exists',
    organisation_in_use: 'The organisation still has {{count}} accounts and cannot be deleted',
    region_not_found: 'Region {{code}} does not exist',
    region_exists: 'Region code {{code}} already exists',
    region_parent_mismatch: 'Region code {{code}} does not fit under {{parentCode}}',
    cannot_disable_self: 'You cannot disable your own account',
    conflict:
      'This conflicts with an existing record (perhaps just changed by someone else); please reload and retry',
    internal: 'Internal server error; please try again later',
    password_too_short: 'The password must have at least {{min}} characters',
    password_too_long: 'The password must have at most {{max}} characters',
    password_too_few_classes:
      'The password must mix at least {{classes}} of: upper-case letters, lower-case letters, digits, symbols',
    password_contains_username: 'The password must not contain the username',
    password_common: 'This password is too common and easy to guess',
    password_reused: 'The new password must differ from the current one',
  },
  validation: {
    whitelistValidation: 'The field "{{field}}" is not allowed',
    isNotEmpty: '{{field}} must not be empty',
    isDefined: '{{field}} is required',
    isString: '{{field}} must be text',
    isBoolean: '{{field}} must be true or false',
    isInt: '{{field}} must be a whole number',
    isUuid: '{{field}} has an invalid format',
    isEnum: '{{field}} must be one of: {{values}}',
    isIn: '{{field}} must be one of: {{values}}',
    isISO8601: '{{field}} must be a valid date and time',
    minLength: '{{field}} must have at least {{c0}} characters',
    maxLength: '{{field}} must have at most {{c0}} characters',
    min: '{{field}} must not be less than {{c0}}',
    max: '{{field}} must not be greater than {{c0}}',
    matches: '{{field}} has an invalid format',
    isMobilePhone: '{{field}} is not a valid phone number',
    unknown: '{{field}} is invalid',
  },
  fields: {
    id: 'ID',
    username: 'Username',
    password: 'Password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    displayName: 'Name',
    role: 'Role',
    organisationId: 'Organisation',
    name: 'Name',
    nameEn: 'English name',
    type: 'Type',
    regionCode: 'Region',
    code: 'Region code',
    parentCode: 'Parent region',
    address: 'Address',
    contactPerson: 'Contact person',
    contactPhone: 'Contact phone',
    page: 'Page',
    pageSize: 'Page size',
    format: 'Export format',
    from: 'From',
    to: 'To',
    outcome: 'Outcome',
  },
};

const translator = i18next.createInstance();
void translator.init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  initAsync: false,
  interpolation: { escapeValue: false },
});

export type Translate = TFunction;

export function translate(language: Language, key: string, params: Record<string, unknown> = {}): string {
  return translator.t(key, { ...params, lng: language }) as string;
}

/** The label of a request field in the caller's language, or the field name itself. */
export function fieldLabel(language: Language, field: string): string {
  const leaf = field.split('.').pop() ?? field;
  const key = `fields.${leaf}`;
  return translator.exists(key, { lng: language }) ? translate(language, key) : field;
}
