/**
 * Roles of the portal. The system administrator and the audit administrator are kept apart
 * (等保 三权分立): the first manages accounts but cannot read the audit log, the second reads
 * the audit log and nothing else.
 */
export enum Role {
  /** 市人社局: programme owner, sees the whole city */
  CityBureau = 'city_bureau',
  /** 区/县/市 人社局: field officer, sees one district */
  DistrictBureau = 'district_bureau',
  /** 试点/样本企业 HR staff: sees only its own enterprise */
  Enterprise = 'enterprise',
  /** 总工会 / 企业联合会 / 工商联: reviews cases, aggregated statistics only */
  Reviewer = 'reviewer',
  /** 系统管理员: users, organisations, regions, queues */
  SystemAdmin = 'sysadmin',
  /** 审计管理员: reads and exports the audit log */
  AuditAdmin = 'auditor',
}

export const ROLES: readonly Role[] = Object.values(Role);

export const ROLE_LABELS: Record<Role, { 'zh-CN': string; en: string }> = {
  [Role.CityBureau]: { 'zh-CN': '市人社局', en: 'City bureau' },
  [Role.DistrictBureau]: { 'zh-CN': '区（市）人社局', en: 'District bureau' },
  [Role.Enterprise]: { 'zh-CN': '企业', en: 'Enterprise' },
  [Role.Reviewer]: { 'zh-CN': '评审单位', en: 'Reviewer' },
  [Role.SystemAdmin]: { 'zh-CN': '系统管理员', en: 'System administrator' },
  [Role.AuditAdmin]: { 'zh-CN': '审计管理员', en: 'Audit administrator' },
};
