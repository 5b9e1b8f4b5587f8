import { BENCHMARK_RELEASE_WORKFLOW } from './benchmark-release';
import { CASE_WORKFLOW } from './case-study';
import { type Labels } from './enterprise';
import { PILOT_WORKFLOW } from './pilot-workflow';
import { PROGRESS_REPORT_WORKFLOW } from './progress-report';
import { POLICY_QA_WORKFLOW } from './policy-qa';
import { TALENT_LIST_WORKFLOW } from './talent-list';
import { TALENT_WORKFLOW } from './talent';
import { SERVICE_REQUEST_WORKFLOW } from './service-window';
import { OPINION_NOTE_WORKFLOW } from './opinion-note';
import { type AnyWorkflow } from './workflow';

/**
 * What the audit log names, in the reader's language. The API's AuditService takes an
 * `AuditAction`, so an action the API writes without a label here does not compile; the actions
 * of the workflows (`<workflow>.<action>`) are labelled from the workflows' own declarations.
 */
export const AUDIT_ACTION_LABELS = {
  'access.denied': { 'zh-CN': '拒绝访问', en: 'Access denied' },
  'audit.export': { 'zh-CN': '导出审计日志', en: 'Export the audit log' },
  'audit.purge': { 'zh-CN': '清理过期审计日志', en: 'Purge old audit records' },
  'auth.lockout': { 'zh-CN': '账号锁定', en: 'Account locked' },
  'auth.login': { 'zh-CN': '登录', en: 'Log in' },
  'auth.login_failed': { 'zh-CN': '登录失败', en: 'Failed login' },
  'auth.login_locked': { 'zh-CN': '锁定期间尝试登录', en: 'Login while locked' },
  'auth.logout': { 'zh-CN': '退出登录', en: 'Log out' },
  'auth.password_verified': { 'zh-CN': '密码验证通过（待双因素）', en: 'Password verified (two-factor due)' },
  'benchmark.recompute': { 'zh-CN': '重新计算工资价位', en: 'Recompute wage benchmarks' },
  'benchmark.rules.update': { 'zh-CN': '修改价位公布规则', en: 'Update the disclosure rules' },
  'benchmark_release.create': { 'zh-CN': '生成价位发布稿', en: 'Create a benchmark release' },
  'benchmark_release.export': { 'zh-CN': '导出价位发布', en: 'Export a benchmark release' },
  'case-collection.create': { 'zh-CN': '新建案例精选', en: 'Create a case collection edition' },
  'case-collection.update': { 'zh-CN': '修改案例精选', en: 'Update a case collection edition' },
  'case-collection.delete': { 'zh-CN': '删除案例精选草稿', en: 'Delete a draft case collection edition' },
  'case-collection.publish': { 'zh-CN': '刊发案例精选', en: 'Publish a case collection edition' },
  'case.create': { 'zh-CN': '撰写典型案例', en: 'Write a case study' },
  'case.update': { 'zh-CN': '修改典型案例', en: 'Update a case study' },
  'case.delete': { 'zh-CN': '删除案例草稿', en: 'Delete a case draft' },
  'case.attach': { 'zh-CN': '上传案例附件', en: 'Attach a file to a case study' },
  'case.detach': { 'zh-CN': '删除案例附件', en: 'Remove a file from a case study' },
  'enterprise.create': { 'zh-CN': '登记企业', en: 'Register an enterprise' },
  'enterprise.import': { 'zh-CN': '批量导入企业', en: 'Import enterprises' },
  'enterprise.update': { 'zh-CN': '修改企业信息', en: 'Update an enterprise' },
  'evaluation-report.create': { 'zh-CN': '新建评估报告', en: 'Create an evaluation report' },
  'evaluation-report.update': { 'zh-CN': '修改评估报告', en: 'Edit an evaluation report' },
  'evaluation-report.generate': { 'zh-CN': '生成评估报告', en: 'Generate an evaluation report version' },
  'evaluation-report.download': { 'zh-CN': '下载评估报告', en: 'Download an evaluation report' },
  'evaluation-report.submit': { 'zh-CN': '报送评估报告', en: 'Submit an evaluation report to the city' },
  'honour.create': { 'zh-CN': '新增荣誉称号', en: 'Add an honour' },
  'honour.update': { 'zh-CN': '修改荣誉称号', en: 'Update an honour' },
  'honour.delete': { 'zh-CN': '删除荣誉称号', en: 'Delete an honour' },
  'talent_list.create': { 'zh-CN': '生成人才名录稿', en: 'Generate a talent list edition' },
  'talent_list.export': { 'zh-CN': '导出人才名录', en: 'Export a talent list edition' },
  'guidance.attach': { 'zh-CN': '上传指导附件', en: 'Attach a file to guidance' },
  'guidance.create': { 'zh-CN': '记录服务指导', en: 'Record guidance' },
  'guidance.delete': { 'zh-CN': '删除服务指导', en: 'Delete guidance' },
  'guidance.update': { 'zh-CN': '修改服务指导', en: 'Update guidance' },
  'list.export': { 'zh-CN': '导出列表', en: 'Export a list' },
  'occupation.create': { 'zh-CN': '新增职业', en: 'Add an occupation' },
  'occupation.delete': { 'zh-CN': '停用职业', en: 'Retire an occupation' },
  'occupation.import': { 'zh-CN': '导入职业目录', en: 'Import occupations' },
  'occupation.restore': { 'zh-CN': '恢复职业', en: 'Restore an occupation' },
  'occupation.update': { 'zh-CN': '修改职业', en: 'Update an occupation' },
  'organisation.create': { 'zh-CN': '新建机构', en: 'Create an organisation' },
  'organisation.delete': { 'zh-CN': '删除机构', en: 'Delete an organisation' },
  'organisation.update': { 'zh-CN': '修改机构信息', en: 'Update an organisation' },
  'pay-plan.create': { 'zh-CN': '保存薪酬方案', en: 'Save a pay plan' },
  'pay-plan.export': { 'zh-CN': '导出薪酬方案', en: 'Export a pay plan' },
  'pay-plan.version': { 'zh-CN': '保存薪酬方案新版本', en: 'Save a new pay plan version' },
  'pilot.create': { 'zh-CN': '创建试点申报', en: 'Create a pilot application' },
  'pilot.update': { 'zh-CN': '修改试点申报', en: 'Update a pilot application' },
  'pilot.attach': { 'zh-CN': '上传申报附件', en: 'Attach a file to a pilot application' },
  'pilot.detach': { 'zh-CN': '删除申报附件', en: 'Remove a file from a pilot application' },
  'plan.create': { 'zh-CN': '创建一企一策方案', en: 'Create an enterprise plan' },
  'plan.milestone.create': { 'zh-CN': '新增方案节点', en: 'Add a plan milestone' },
  'plan.milestone.delete': { 'zh-CN': '删除方案节点', en: 'Delete a plan milestone' },
  'plan.milestone.update': { 'zh-CN': '修改方案节点', en: 'Update a plan milestone' },
  'plan.update': { 'zh-CN': '修改一企一策方案', en: 'Update an enterprise plan' },
  'programme.check-rules': { 'zh-CN': '修改合规检查规则', en: 'Change the compliance-check rules' },
  'programme.create': { 'zh-CN': '创建工作方案', en: 'Create a work plan' },
  'programme.measure.create': { 'zh-CN': '新增工作措施', en: 'Add a measure' },
  'programme.phase.create': { 'zh-CN': '新增工作阶段', en: 'Add a phase' },
  'programme.phase.update': { 'zh-CN': '修改工作阶段', en: 'Update a phase' },
  'programme.quotas.update': { 'zh-CN': '修改试点名额', en: 'Update pilot quotas' },
  'programme.report-cadence': { 'zh-CN': '设置报送周期', en: 'Set the report cadence' },
  'programme.task.create': { 'zh-CN': '新增台账任务', en: 'Add a ledger task' },
  'programme.task.delete': { 'zh-CN': '删除台账任务', en: 'Delete a ledger task' },
  'programme.task.progress': { 'zh-CN': '报告任务进度', en: 'Report task progress' },
  'programme.task.update': { 'zh-CN': '修改台账任务', en: 'Update a ledger task' },
  'programme.update': { 'zh-CN': '修改工作方案', en: 'Update a work plan' },
  'programme.working-group.create': { 'zh-CN': '新增专班成员', en: 'Add a working group member' },
  'programme.working-group.delete': { 'zh-CN': '移除专班成员', en: 'Remove a working group member' },
  'programme.working-group.update': { 'zh-CN': '修改专班成员', en: 'Update a working group member' },
  'progress-report.attach': { 'zh-CN': '上传报送附件', en: 'Attach a file to a report' },
  'progress-report.create': { 'zh-CN': '填写进展报送', en: 'Start a progress report' },
  'progress-report.update': { 'zh-CN': '修改进展报送', en: 'Update a progress report' },
  'region.create': { 'zh-CN': '新增行政区划', en: 'Add a region' },
  'region.update': { 'zh-CN': '修改行政区划', en: 'Update a region' },
  'security_setting.two_factor_update': { 'zh-CN': '修改双因素认证要求', en: 'Change the two-factor rule' },
  'system.seed_demo': { 'zh-CN': '载入演示数据', en: 'Load the demo data' },
  'system.seed_initial_admin': { 'zh-CN': '创建初始管理员', en: 'Create the initial administrator' },
  'two_factor.disable': { 'zh-CN': '关闭双因素认证', en: 'Turn two-factor off' },
  'two_factor.enrol': { 'zh-CN': '启用双因素认证', en: 'Turn two-factor on' },
  'two_factor.enrolment_start': { 'zh-CN': '开始绑定双因素认证', en: 'Start two-factor enrolment' },
  'two_factor.failed': { 'zh-CN': '双因素验证失败', en: 'Failed two-factor check' },
  'two_factor.recovery_code_used': { 'zh-CN': '使用恢复码登录', en: 'Recovery code used' },
  'two_factor.recovery_codes_regenerate': { 'zh-CN': '重新生成恢复码', en: 'Regenerate recovery codes' },
  'user.change_password': { 'zh-CN': '修改密码', en: 'Change password' },
  'user.create': { 'zh-CN': '创建账号', en: 'Create an account' },
  'user.disable': { 'zh-CN': '停用账号', en: 'Disable an account' },
  'user.enable': { 'zh-CN': '启用账号', en: 'Enable an account' },
  'user.reset_password': { 'zh-CN': '重置密码', en: 'Reset a password' },
  'user.reset_two_factor': { 'zh-CN': '重置双因素认证', en: 'Reset two-factor' },
  'user.update': { 'zh-CN': '修改账号', en: 'Update an account' },
  'wage-upload.create': { 'zh-CN': '上传工资数据', en: 'Upload wage data' },
  'wage-upload.fail': { 'zh-CN': '工资数据处理失败', en: 'Wage upload failed' },
  'wage-upload.reject': { 'zh-CN': '工资数据未通过校验', en: 'Wage upload rejected' },
  'wage-upload.store': { 'zh-CN': '工资数据已入库', en: 'Wage data stored' },
  'case-review.assign': { 'zh-CN': '指派案例评审专家', en: 'Assign a case reviewer' },
  'case-review.withdraw': { 'zh-CN': '撤回案例评审指派', en: 'Withdraw a case review assignment' },
  'case-review.declare-conflict': { 'zh-CN': '声明利益冲突', en: 'Declare a conflict of interest' },
  'case-review.update': { 'zh-CN': '保存案例评审意见', en: 'Save a case review' },
  'case-review.submit': { 'zh-CN': '提交案例评审意见', en: 'Submit a case review' },
  'case-rubric.update': { 'zh-CN': '修改案例评审细则', en: 'Update a case review rubric' },
  'conflict-link.create': { 'zh-CN': '登记利益冲突关系', en: 'Register a conflict-of-interest link' },
  'conflict-link.delete': { 'zh-CN': '删除利益冲突关系', en: 'Remove a conflict-of-interest link' },
  // 高技能领军人才库 (the records; the workflow's steps are labelled from TALENT_WORKFLOW)
  'talent.create': { 'zh-CN': '登记高技能人才', en: 'Register a leading talent' },
  'talent.update': { 'zh-CN': '修改人才信息', en: 'Update a talent record' },
  'talent.delete': { 'zh-CN': '删除人才草稿', en: 'Delete a draft talent record' },
  'talent.read': { 'zh-CN': '查看人才详情', en: 'Read a talent record' },
  'talent.reconfirm': { 'zh-CN': '年度复核确认人才信息', en: 'Reconfirm a talent record' },
  'talent.reconfirm_request': { 'zh-CN': '发起人才信息年度复核', en: 'Ask for a talent reconfirmation' },
  'talent.transfer': { 'zh-CN': '人才调动', en: 'Transfer a talent' },
  'talent.attach': { 'zh-CN': '上传荣誉证书', en: 'Attach an honour certificate' },
  'talent.detach': { 'zh-CN': '删除荣誉证书', en: 'Remove an honour certificate' },
  'opinion-note.create': { 'zh-CN': '登记舆情', en: 'Record a public-opinion note' },
  'opinion-note.update': { 'zh-CN': '修改舆情', en: 'Edit a public-opinion note' },
  'opinion-note.delete': { 'zh-CN': '删除舆情', en: 'Delete a public-opinion note' },
  'service-request.create': { 'zh-CN': '受理服务诉求', en: 'Receive a service request' },
  'service-request.reply': { 'zh-CN': '登记部门答复', en: "Record a department's reply" },
  'service-request.rate': { 'zh-CN': '评价服务诉求办理', en: 'Rate a service request' },
  'service-request.attach': { 'zh-CN': '上传服务诉求附件', en: 'Attach a file to a service request' },
  'talent-contact.create': { 'zh-CN': '登记联系服务记录', en: 'Record a contact with a talent' },
  'talent-contact.update': { 'zh-CN': '修改联系服务记录', en: 'Update a contact record' },
  // 政策问答 (the steps are labelled from POLICY_QA_WORKFLOW)
  'policy_qa.create': { 'zh-CN': '新建政策问答', en: 'Create a policy Q&A entry' },
  'policy_qa.update': { 'zh-CN': '修改政策问答（新版本）', en: 'Edit a policy Q&A entry (new version)' },
  'policy_qa.delete': { 'zh-CN': '删除政策问答', en: 'Delete a policy Q&A entry' },
  // 总结评估
  'evaluation.weights': { 'zh-CN': '设置采纳指数权重', en: 'Set the adoption index weights' },
  'influenced-enterprise.create': { 'zh-CN': '登记带动企业', en: 'Record an influenced enterprise' },
  'influenced-enterprise.update': { 'zh-CN': '修改带动企业记录', en: 'Update an influenced enterprise' },
  'influenced-enterprise.delete': { 'zh-CN': '删除带动企业记录', en: 'Delete an influenced enterprise' },
  'demonstration-unit.create': { 'zh-CN': '标记示范单位', en: 'Mark a demonstration unit' },
  'demonstration-unit.update': { 'zh-CN': '修改示范单位', en: 'Update a demonstration unit' },
  'demonstration-unit.delete': { 'zh-CN': '撤销示范单位', en: 'Withdraw a demonstration unit' },
} as const satisfies Record<string, Labels>;

/** An action the API writes itself (the workflows' actions are `WorkflowAuditAction`s). */
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** The workflows whose steps are audited as `<workflow>.<action>`. */
export const AUDITED_WORKFLOWS: readonly AnyWorkflow[] = [
  PILOT_WORKFLOW,
  PROGRESS_REPORT_WORKFLOW,
  BENCHMARK_RELEASE_WORKFLOW,
  CASE_WORKFLOW,
  TALENT_LIST_WORKFLOW,
  TALENT_WORKFLOW,
  SERVICE_REQUEST_WORKFLOW,
  OPINION_NOTE_WORKFLOW,
  POLICY_QA_WORKFLOW,
] as unknown as readonly AnyWorkflow[];

/** `pilot.recommend` → 申报：推荐 / application: Recommend, from the workflow's own labels. */
function workflowActionLabels(): Record<string, Labels> {
  const labels: Record<string, Labels> = {};
  for (const workflow of AUDITED_WORKFLOWS) {
    for (const [action, step] of Object.entries(workflow.actions)) {
      labels[`${workflow.name}.${action}`] = {
        'zh-CN': `${workflow.subject['zh-CN']}：${step.label['zh-CN']}`,
        en: `${step.label.en} (${workflow.subject.en})`,
      };
    }
  }
  return labels;
}

/** Every action code the audit log can hold, with its label. */
export const ALL_AUDIT_ACTION_LABELS: Readonly<Record<string, Labels>> = {
  ...workflowActionLabels(),
  ...AUDIT_ACTION_LABELS,
};

/** The kinds of object an audit record names. */
export const AUDIT_ENTITY_LABELS = {
  attachment: { 'zh-CN': '附件', en: 'Attachment' },
  audit_log: { 'zh-CN': '审计日志', en: 'Audit log' },
  benchmark: { 'zh-CN': '工资价位', en: 'Wage benchmark' },
  benchmark_release: { 'zh-CN': '价位发布', en: 'Benchmark release' },
  case_collection: { 'zh-CN': '案例精选', en: 'Case collection' },
  case_study: { 'zh-CN': '典型案例', en: 'Case study' },
  enterprise: { 'zh-CN': '企业', en: 'Enterprise' },
  enterprise_plan: { 'zh-CN': '一企一策方案', en: 'Enterprise plan' },
  evaluation_report: { 'zh-CN': '评估报告', en: 'Evaluation report' },
  evaluation_setting: { 'zh-CN': '评估设置', en: 'Evaluation settings' },
  influenced_enterprise: { 'zh-CN': '带动企业', en: 'Influenced enterprise' },
  demonstration_unit: { 'zh-CN': '示范单位', en: 'Demonstration unit' },
  guidance_activity: { 'zh-CN': '服务指导', en: 'Guidance' },
  honour: { 'zh-CN': '荣誉称号', en: 'Honour' },
  occupation: { 'zh-CN': '职业', en: 'Occupation' },
  organisation: { 'zh-CN': '机构', en: 'Organisation' },
  pay_plan: { 'zh-CN': '薪酬方案', en: 'Pay plan' },
  pilot_application: { 'zh-CN': '试点申报', en: 'Pilot application' },
  plan_milestone: { 'zh-CN': '方案节点', en: 'Plan milestone' },
  programme: { 'zh-CN': '工作方案', en: 'Work plan' },
  programme_measure: { 'zh-CN': '工作措施', en: 'Measure' },
  programme_phase: { 'zh-CN': '工作阶段', en: 'Phase' },
  programme_task: { 'zh-CN': '台账任务', en: 'Ledger task' },
  progress_report: { 'zh-CN': '进展报送', en: 'Progress report' },
  region: { 'zh-CN': '行政区划', en: 'Region' },
  route: { 'zh-CN': '页面或接口', en: 'Route' },
  security_setting: { 'zh-CN': '安全设置', en: 'Security setting' },
  session: { 'zh-CN': '会话', en: 'Session' },
  talent_list: { 'zh-CN': '人才名录', en: 'Talent list edition' },
  two_factor_setting: { 'zh-CN': '双因素设置', en: 'Two-factor setting' },
  user: { 'zh-CN': '账号', en: 'Account' },
  wage_upload: { 'zh-CN': '工资数据上传', en: 'Wage upload' },
  working_group_member: { 'zh-CN': '专班成员', en: 'Working group member' },
  case_assignment: { 'zh-CN': '案例评审指派', en: 'Case review assignment' },
  case_review: { 'zh-CN': '案例评审意见', en: 'Case review' },
  case_rubric: { 'zh-CN': '案例评审细则', en: 'Case review rubric' },
  conflict_link: { 'zh-CN': '利益冲突登记', en: 'Conflict-of-interest link' },
  talent: { 'zh-CN': '高技能人才', en: 'Leading talent' },
  service_request: { 'zh-CN': '服务诉求', en: 'Service request' },
  opinion_note: { 'zh-CN': '舆情', en: 'Public-opinion note' },
  talent_contact: { 'zh-CN': '联系服务记录', en: 'Contact record' },
  policy_qa: { 'zh-CN': '政策问答', en: 'Policy Q&A entry' },
} as const satisfies Record<string, Labels>;

export type AuditEntityType = keyof typeof AUDIT_ENTITY_LABELS;

/** The time zone of every time the portal shows or exports: China (UTC+8, no daylight saving). */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

const CHINA_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: CHINA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `2026-03-01T00:30:00Z` → `2026-03-01 08:30:00` (北京时间), whatever the machine's zone. */
export function formatChinaTime(value: Date | string): string {
  const parts = Object.fromEntries(
    CHINA_TIME.formatToParts(typeof value === 'string' ? new Date(value) : value).map((part) => [
      part.type,
      part.value,
    ]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** How an audited attempt ended. */
export const AUDIT_OUTCOME_LABELS = {
  success: { 'zh-CN': '成功', en: 'Success' },
  failure: { 'zh-CN': '失败', en: 'Failure' },
  denied: { 'zh-CN': '拒绝', en: 'Denied' },
} as const satisfies Record<string, Labels>;
