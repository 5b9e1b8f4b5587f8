import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, type Labels, type Language } from '@skillpay/domain';

/**
 * Server-side messages in both languages: the cross-cutting errors (`errors.*`), validation
 * constraints (`validation.*`, named after class-validator's constraint keys) and field labels
 * (`fields.*`). A feature's own errors join them from its `xxx.exception.ts` (registerMessages).
 */
const zhCN = {
  errors: {
    validation_failed: '提交的数据有误，请检查标出的字段',
    rate_limited: '请求过于频繁，请稍后再试',
    unauthenticated: '请先登录',
    forbidden: '没有执行此操作的权限',
    field_not_editable: '无权修改此字段',
    not_found: '请求的对象不存在',
    conflict: '数据与现有记录冲突（可能刚被他人修改），请刷新后重试',
    internal: '服务器内部错误，请稍后再试',
    service_unavailable: '{{service}}暂时无法访问，请稍后再试',
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
    isArray: '{{field}}必须是列表',
    arrayUnique: '{{field}}不能有重复项',
    arrayMaxSize: '{{field}}最多 {{c0}} 项',
    arrayMinSize: '{{field}}至少 {{c0}} 项',
    nestedValidation: '{{field}}的格式不正确',
    isDateString: '{{field}}必须是有效的日期（YYYY-MM-DD）',
    unknown: '{{field}}的值无效',
    isNumber: '{{field}}必须是有效的数字（金额最多两位小数）',
    isOccupationCode: '职业编码应为“大类-中类-小类-细类”格式，如 6-18-01-01',
    isObject: '{{field}}必须是对象',
    isPrintableText: '{{field}}不能含控制字符，也不能只由不可见字符组成',
    noControlCharacters: '{{field}}含有不允许的控制字符',
    noLoneSurrogates: '{{field}}含有无效的字符编码',
    forbiddenKey: '不允许提交名为“{{key}}”的字段',
    tooDeep: '{{field}}嵌套层级过深（最多 {{max}} 层）',
    numberTooLarge: '{{field}}超出允许的范围',
  },
  fields: {
    id: '编号',
    template: '模板',
    documentNumber: '文号',
    issuingBodies: '发文单位',
    year: '年度',
    principles: '工作原则',
    phaseId: '所属阶段',
    measureId: '所属举措',
    responsibleOrganisationIds: '责任单位',
    textUnits: '其他责任单位',
    percent: '完成百分比',
    note: '进展情况',
    files: '附件',
    unit: '单位/处室',
    phone: '电话',
    kind: '类别',
    occurredOn: '日期',
    enterpriseIds: '参与企业',
    officerIds: '参与人员',
    trainingAudiences: '培训对象',
    attendeeCount: '参训人数',
    month: '月份',
    description: '说明',
    startsOn: '开始日期',
    endsOn: '结束日期',
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
    creditCode: '统一社会信用代码',
    industrySection: '行业门类',
    ownership: '所有制',
    size: '企业规模',
    headcount: '职工人数',
    skilledHeadcount: '技能人才人数',
    priorityCategories: '优先申报类别',
    programmeId: '工作方案',
    reasons: '申报理由',
    reason: '理由',
    quota: '名额',
    quotas: '名额',
    guidelineParts: '采用的指引内容',
    officerId: '负责人',
    notes: '备注',
    title: '标题',
    dueOn: '完成期限',
    done: '完成',
    file: '文件',
    body: '请求内容',
    version: '版本号',
    // benchmark releases
    comment: '审核意见',
    occupation: '职业',
    skillLevel: '技能等级',
    footnote: '脚注',
    suppressed: '是否隐去',
    releaseId: '发布',
    // benchmark aggregation
    minEnterprises: '最少企业数',
    maxEnterpriseSharePercent: '单一企业最大占比（%）',
    // occupation catalogue
    nameZh: '中文名称',
    urgentlyNeeded: '急需紧缺',
    search: '检索词',
    // progress reports
    period: '报送期',
    cadence: '报送周期',
    narrative: '进展情况说明',
    gradeCount: '职级数',
    units: '采用的工资单元',
    method: '岗位评价方法',
    steps: '每岗薪档数',
    items: '津贴项目',
    amount: '金额',
    incentives: '激励方式',
    skillLevels: '技能等级指标',
    level: '技能等级',
    averagePay: '平均工资',
    previousHeadcount: '上年人数',
    previousAveragePay: '上年平均工资',
    averagePayPrevious: '上年职工平均工资',
    managementAveragePay: '管理人员平均工资',
    managementAveragePayPrevious: '上年管理人员平均工资',
    technicalAveragePay: '专业技术人员平均工资',
    technicalAveragePayPrevious: '上年专业技术人员平均工资',
    wageBill: '工资总额',
    wageBillPrevious: '上年工资总额',
    economicBenefit: '经济效益（利润总额）',
    economicBenefitPrevious: '上年经济效益（利润总额）',
    labourProductivity: '劳动生产率',
    labourProductivityPrevious: '上年劳动生产率',
    educationFund: '职工教育经费',
    educationFundFrontLine: '一线职工教育培训支出',
    fixedPay: '技能人才固定薪酬',
    variablePay: '技能人才浮动薪酬',
  },
};

const en: typeof zhCN = {
  errors: {
    validation_failed: 'Some fields are invalid; please check the marked fields',
    rate_limited: 'Too many requests; please try again later',
    unauthenticated: 'Please log in',
    forbidden: 'You are not allowed to do this',
    field_not_editable: 'You may not change this field',
    not_found: 'The requested object does not exist',
    conflict:
      'This conflicts with an existing record (perhaps just changed by someone else); please reload and retry',
    internal: 'Internal server error; please try again later',
    service_unavailable: '{{service}} is temporarily unavailable; please try again later',
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
    isArray: '{{field}} must be a list',
    arrayUnique: '{{field}} must not contain duplicates',
    arrayMaxSize: '{{field}} may have at most {{c0}} items',
    arrayMinSize: '{{field}} needs at least {{c0}} items',
    nestedValidation: '{{field}} has an invalid format',
    isDateString: '{{field}} must be a valid date (YYYY-MM-DD)',
    unknown: '{{field}} is invalid',
    isNumber: '{{field}} must be a valid number (amounts: at most two decimals)',
    isOccupationCode: 'The occupation code must read major-middle-minor-detail, e.g. 6-18-01-01',
    isObject: '{{field}} must be an object',
    isPrintableText: '{{field}} must not contain control characters or consist only of invisible characters',
    noControlCharacters: '{{field}} contains control characters that are not allowed',
    noLoneSurrogates: '{{field}} contains invalid character encoding',
    forbiddenKey: 'A field named "{{key}}" is not allowed',
    tooDeep: '{{field}} is nested too deeply (at most {{max}} levels)',
    numberTooLarge: '{{field}} is out of range',
  },
  fields: {
    id: 'ID',
    template: 'Template',
    documentNumber: 'Document number',
    issuingBodies: 'Issuing bodies',
    year: 'Year',
    principles: 'Principles',
    phaseId: 'Phase',
    measureId: 'Measure',
    responsibleOrganisationIds: 'Responsible organisations',
    textUnits: 'Other responsible units',
    percent: 'Percent complete',
    note: 'Progress',
    files: 'Attachments',
    unit: 'Unit / division',
    phone: 'Phone',
    kind: 'Kind',
    occurredOn: 'Date',
    enterpriseIds: 'Enterprises',
    officerIds: 'Officers',
    trainingAudiences: 'Audience',
    attendeeCount: 'Attendees',
    month: 'Month',
    description: 'Description',
    startsOn: 'Start date',
    endsOn: 'End date',
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
    creditCode: 'Credit code',
    industrySection: 'Industry',
    ownership: 'Ownership',
    size: 'Size',
    headcount: 'Headcount',
    skilledHeadcount: 'Skilled headcount',
    priorityCategories: 'Priority categories',
    programmeId: 'Programme',
    reasons: 'Reasons',
    reason: 'Reason',
    quota: 'Quota',
    quotas: 'Quotas',
    guidelineParts: 'Guideline parts',
    officerId: 'Officer in charge',
    notes: 'Notes',
    title: 'Title',
    dueOn: 'Due on',
    done: 'Done',
    file: 'File',
    body: 'Request body',
    version: 'Version',
    // benchmark releases
    comment: 'Review comment',
    occupation: 'Occupation',
    skillLevel: 'Skill level',
    footnote: 'Footnote',
    suppressed: 'Withheld',
    releaseId: 'Release',
    // benchmark aggregation
    minEnterprises: 'Minimum enterprises',
    maxEnterpriseSharePercent: 'Largest enterprise share (%)',
    // occupation catalogue
    nameZh: 'Chinese name',
    urgentlyNeeded: 'Urgently needed',
    search: 'Search',
    // progress reports
    period: 'Period',
    cadence: 'Cadence',
    narrative: 'Progress description',
    gradeCount: 'Number of grades',
    units: 'Pay units adopted',
    method: 'Post-evaluation method',
    steps: 'Steps per grade',
    items: 'Allowances',
    amount: 'Amount',
    incentives: 'Incentives',
    skillLevels: 'Skill-level indicators',
    level: 'Skill level',
    averagePay: 'Average pay',
    previousHeadcount: 'Headcount last year',
    previousAveragePay: 'Average pay last year',
    averagePayPrevious: 'Average pay last year',
    managementAveragePay: 'Management staff’s average pay',
    managementAveragePayPrevious: 'Management staff’s average pay last year',
    technicalAveragePay: 'Technical staff’s average pay',
    technicalAveragePayPrevious: 'Technical staff’s average pay last year',
    wageBill: 'Wage bill',
    wageBillPrevious: 'Wage bill last year',
    economicBenefit: 'Economic benefit (profit)',
    economicBenefitPrevious: 'Economic benefit (profit) last year',
    labourProductivity: 'Labour productivity',
    labourProductivityPrevious: 'Labour productivity last year',
    educationFund: 'Education fund',
    educationFundFrontLine: 'Education spending on front-line staff',
    fixedPay: 'Skilled staff’s fixed pay',
    variablePay: 'Skilled staff’s variable pay',
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

type MessageTree = { [key: string]: string | MessageTree };

/**
 * Adds a feature's messages (by language, nested like the tables above). Called when the
 * feature's module is loaded, so they are in place before the first request. A key that
 * another feature already uses with another text is a programming error, caught at boot.
 */
export function registerMessages(messages: Record<Language, MessageTree>): void {
  for (const [language, tree] of Object.entries(messages) as [Language, MessageTree][]) {
    for (const [key, text] of flatten(tree)) {
      const existing = translator.getResource(language, 'translation', key) as unknown;
      if (existing !== undefined && existing !== text) {
        throw new Error(`Message ${key} (${language}) is declared twice with different texts`);
      }
    }
    translator.addResourceBundle(language, 'translation', tree, true, false);
  }
}

function flatten(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );
}

export type Translate = TFunction;

/** A message in `language`; arguments given as a Labels pair ({'zh-CN', en}) are shown in it. */
export function translate(language: Language, key: string, params: Record<string, unknown> = {}): string {
  const resolved = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, isLabels(value) ? value[language] : value]),
  );
  return translator.t(key, { ...resolved, lng: language }) as string;
}

function isLabels(value: unknown): value is Labels {
  return typeof value === 'object' && value !== null && 'zh-CN' in value && 'en' in value;
}

/**
 * The label of a request field in the caller's language, or the field name itself: the label of
 * the leaf within its parent (`fieldsIn.<parent>.<leaf>`) where one is registered, since the same
 * leaf can mean different things (`postEvaluation.method`, `performancePay.method`), else the
 * leaf's own (`fields.<leaf>`).
 */
export function fieldLabel(language: Language, field: string): string {
  const path = field.split('.');
  const leaf = path.pop() ?? field;
  const parent = path.reverse().find((part) => !/^\d+$/.test(part));
  const keys = [...(parent ? [`fieldsIn.${parent}.${leaf}`] : []), `fields.${leaf}`];
  const key = keys.find((candidate) => translator.exists(candidate, { lng: language }));
  return key ? translate(language, key) : field;
}
