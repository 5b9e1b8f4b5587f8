import { type Widen } from '../../app/i18n/widen';

/**
 * This feature's texts: the i18next namespace `audit` (keys `audit:…`). zh-CN is the source of the
 * shape; the English object is typed by it, so a missing or extra key fails the typecheck.
 */
export const auditZhCN = {
  subtitle: '记录所有登录与数据变更操作',
  tableTitle: '审计日志',
  occurredAt: '时间（北京时间）',
  period: '时间范围',
  actor: '操作人',
  actorRole: '操作人角色',
  anonymous: '匿名',
  action: '操作',
  entityType: '对象类型',
  entityId: '对象编号',
  entity: '对象',
  actionCode: '操作代码',
  outcome: '结果',
  outcomes: { success: '成功', failure: '失败', denied: '拒绝' },
  ip: 'IP 地址',
  requestId: '请求编号',
  export: '导出',
  exportCsv: '导出 CSV',
  exportXlsx: '导出 Excel（xlsx）',
  verify: '校验日志链',
  verifyOk: '审计日志链完整',
  verifyBroken: '审计日志链已被破坏',
  verifyChecked: '共校验 {{count}} 条记录',
  verifyFirstBroken: '首条异常记录：',
};

export const auditEn: Widen<typeof auditZhCN> = {
  subtitle: 'Every login and every change to data',
  tableTitle: 'Audit log',
  occurredAt: 'Time (China, UTC+08:00)',
  period: 'Period',
  actor: 'Actor',
  actorRole: 'Actor role',
  anonymous: 'Anonymous',
  action: 'Action',
  entityType: 'Entity type',
  entityId: 'Entity ID',
  entity: 'Object',
  actionCode: 'Action code',
  outcome: 'Outcome',
  outcomes: { success: 'Success', failure: 'Failure', denied: 'Denied' },
  ip: 'IP address',
  requestId: 'Request ID',
  export: 'Export',
  exportCsv: 'Export CSV',
  exportXlsx: 'Export Excel (xlsx)',
  verify: 'Verify chain',
  verifyOk: 'The audit log chain is intact',
  verifyBroken: 'The audit log chain is broken',
  verifyChecked: '{{count}} records checked',
  verifyFirstBroken: 'First broken record:',
};
