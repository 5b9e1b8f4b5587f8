import { Role } from './roles';

/**
 * What each role may do, per resource. One declaration drives the API guards and the web's
 * menu and routes. Row-level scope (which district, which enterprise) is decided separately by
 * the API's access layer; this table only says whether a role may act on a resource at all.
 */
export const PERMISSIONS = {
  /** the home page (工作台); the audit administrator's shows the audit chain and what waits in the log */
  dashboard: {
    read: [
      Role.CityBureau,
      Role.DistrictBureau,
      Role.Enterprise,
      Role.Reviewer,
      Role.SystemAdmin,
      Role.AuditAdmin,
    ],
  },
  organisations: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise, Role.Reviewer, Role.SystemAdmin],
    /** profile fields within scope; name, type and region only by the system administrator */
    update: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise, Role.SystemAdmin],
    create: [Role.SystemAdmin],
    delete: [Role.SystemAdmin],
  },
  /** bureaus create and disable only the enterprise accounts of their region (MANAGED_ACCOUNT_ROLES) */
  users: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.SystemAdmin],
    create: [Role.CityBureau, Role.DistrictBureau, Role.SystemAdmin],
    update: [Role.CityBureau, Role.DistrictBureau, Role.SystemAdmin],
  },
  regions: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise, Role.Reviewer, Role.SystemAdmin],
    create: [Role.SystemAdmin],
    update: [Role.SystemAdmin],
  },
  enterprises: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
    create: [Role.CityBureau, Role.DistrictBureau],
    update: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
    delete: [Role.CityBureau, Role.DistrictBureau],
  },
  programmes: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
    create: [Role.CityBureau],
    update: [Role.CityBureau],
    delete: [Role.CityBureau],
  },
  /** ledger tasks: the city plans them, responsible bureaus report progress on their own */
  tasks: {
    read: [Role.CityBureau, Role.DistrictBureau],
    create: [Role.CityBureau],
    update: [Role.CityBureau, Role.DistrictBureau],
  },
  /** transitions are checked against PILOT_TRANSITIONS on top of this */
  pilotApplications: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
    create: [Role.Enterprise],
    update: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
  },
  guidance: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
    create: [Role.CityBureau, Role.DistrictBureau],
    update: [Role.CityBureau, Role.DistrictBureau],
  },
  /** 进展报送: enterprises report, district bureaus (the city for city-direct enterprises) accept or return */
  progressReports: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
    create: [Role.Enterprise],
    update: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
  },
  /** employee-level wage data: enterprises upload; bureaus see uploads and their status, not rows */
  wageUploads: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
    create: [Role.Enterprise],
  },
  /** computed (draft) benchmark cells; the public reads published releases without this */
  benchmarks: {
    read: [Role.CityBureau, Role.DistrictBureau],
    update: [Role.CityBureau],
  },
  benchmarkReleases: {
    read: [Role.CityBureau, Role.DistrictBureau],
    create: [Role.CityBureau],
    update: [Role.CityBureau],
  },
  /** an enterprise's own pay beside the published benchmarks */
  benchmarkPosition: { read: [Role.Enterprise] },
  /** 职业分类大典 occupation catalogue: reference data kept by the system administrator */
  occupations: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise, Role.Reviewer, Role.SystemAdmin],
    create: [Role.SystemAdmin],
    update: [Role.SystemAdmin],
    delete: [Role.SystemAdmin],
  },
  /** 薪酬设计方案: an enterprise saves calculator results against its pilot; bureaus open them in guidance */
  payPlans: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
    create: [Role.Enterprise],
    update: [Role.Enterprise],
  },
  /** 典型案例: enterprises and district bureaus write, the district endorses, the city decides; reviewers read the cases assigned to them */
  cases: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise, Role.Reviewer],
    create: [Role.DistrictBureau, Role.Enterprise],
    update: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
    delete: [Role.DistrictBureau, Role.Enterprise],
  },
  /** reviewers score the cases assigned to them; the city assigns and reads the reviews */
  caseReviews: {
    read: [Role.CityBureau, Role.Reviewer],
    create: [Role.CityBureau],
    update: [Role.CityBureau, Role.Reviewer],
  },
  /** the review rubric of a programme */
  caseRubrics: { read: [Role.CityBureau, Role.Reviewer], update: [Role.CityBureau] },
  /** 利益冲突登记: links between reviewers and enterprises, kept by the city bureau */
  conflictLinks: {
    read: [Role.CityBureau],
    create: [Role.CityBureau],
    delete: [Role.CityBureau],
  },
  /** 案例精选 editions; the public reads published ones without this */
  caseCollections: {
    read: [Role.CityBureau, Role.DistrictBureau],
    create: [Role.CityBureau],
    update: [Role.CityBureau],
    delete: [Role.CityBureau],
  },
  /** 高技能领军人才库: enterprises and district bureaus register, the district verifies, the city confirms */
  talents: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
    create: [Role.DistrictBureau, Role.Enterprise],
    update: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
    delete: [Role.DistrictBureau, Role.Enterprise],
  },
  /** the honours reference table, kept by the system administrator */
  honours: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise, Role.SystemAdmin],
    create: [Role.SystemAdmin],
    update: [Role.SystemAdmin],
    delete: [Role.SystemAdmin],
  },
  /** 人才名录 editions: the city publishes; districts read the departments' edition; the public reads published ones without this */
  talentLists: {
    read: [Role.CityBureau, Role.DistrictBureau],
    create: [Role.CityBureau],
    update: [Role.CityBureau],
  },
  /** the talents in aggregate (by honour, industry, district, level, age): reviewers see nothing else of them */
  talentStatistics: { read: [Role.CityBureau, Role.DistrictBureau, Role.Reviewer] },
  /** 服务窗口: requests raised by or for a talent, handled by the bureaus' window officers */
  serviceRequests: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
    create: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
    update: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
  },
  /**
   * 总结评估: adoption and wage outcomes. Enterprises see their own evaluation only, reviewers the
   * city and district roll-ups only (row scope in the API); the city sets the programme's weights.
   */
  evaluation: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise, Role.Reviewer],
    update: [Role.CityBureau],
  },
  /** non-pilot enterprises a district records as influenced by its trainings and 示范班 */
  influencedEnterprises: {
    read: [Role.CityBureau, Role.DistrictBureau],
    create: [Role.CityBureau, Role.DistrictBureau],
    update: [Role.CityBureau, Role.DistrictBureau],
    delete: [Role.CityBureau, Role.DistrictBureau],
  },
  /** 示范企业 and 典型区市, marked by the city bureau */
  demonstrationUnits: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Reviewer],
    create: [Role.CityBureau],
    update: [Role.CityBureau],
    delete: [Role.CityBureau],
  },
  /** the evaluation report: the city's for the programme, each district's for its pilots */
  evaluationReports: {
    read: [Role.CityBureau, Role.DistrictBureau],
    create: [Role.CityBureau, Role.DistrictBureau],
    update: [Role.CityBureau, Role.DistrictBureau],
  },
  /** contacts with talents by Party committees and bureau officers (Lüliang 二(一)1: monthly) */
  talentContacts: {
    read: [Role.CityBureau, Role.DistrictBureau],
    create: [Role.CityBureau, Role.DistrictBureau],
    update: [Role.CityBureau, Role.DistrictBureau],
  },
  /**
   * 舆情 (Qingdao 四(三)): city and district bureaus record and answer notes (a district its own and
   * those the city assigns it); nobody else (the audit administrator reads the audit log only)
   */
  opinionNotes: {
    read: [Role.CityBureau, Role.DistrictBureau],
    create: [Role.CityBureau, Role.DistrictBureau],
    update: [Role.CityBureau, Role.DistrictBureau],
    delete: [Role.CityBureau, Role.DistrictBureau],
  },
  /**
   * 政策问答: the city bureau writes and publishes (a second person publishes); its districts read
   * the published entries; the public reads them without this
   */
  policyQa: {
    read: [Role.CityBureau, Role.DistrictBureau],
    create: [Role.CityBureau],
    update: [Role.CityBureau],
    delete: [Role.CityBureau],
  },
  notifications: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise, Role.Reviewer, Role.SystemAdmin],
  },
  queues: { read: [Role.SystemAdmin] },
  /** who must use two-factor authentication, per role (安全管理: the system administrator) */
  securitySettings: { read: [Role.SystemAdmin], update: [Role.SystemAdmin] },
  auditLog: { read: [Role.AuditAdmin] },
  /**
   * 台账任务 a reviewer organisation (总工会, 企业联合会, 工商联) is named responsible for: it opens
   * those tasks and reports its own progress (the bureaus work with the whole ledger, `tasks`)
   */
  responsibleTasks: { read: [Role.Reviewer], update: [Role.Reviewer] },
  /** the programme in aggregate for the reviewer organisations: counts only, never a person's wage or identity */
  programmeStatistics: { read: [Role.Reviewer] },
} as const satisfies Record<string, Partial<Record<Action, readonly Role[]>>>;

export type Action = 'read' | 'create' | 'update' | 'delete';

/**
 * Whose accounts a role administers: the system administrator every account; a bureau the
 * enterprise accounts of the enterprises it registers (its region, by the access scope), so an
 * enterprise gets its account where it is registered. Everything else stays with the administrator.
 */
export const MANAGED_ACCOUNT_ROLES: Partial<Record<Role, readonly Role[]>> = {
  [Role.SystemAdmin]: Object.values(Role),
  [Role.CityBureau]: [Role.Enterprise],
  [Role.DistrictBureau]: [Role.Enterprise],
};

/** Whether `role` may create or change an account of role `accountRole` (within its scope). */
export function managesAccountsOf(role: Role, accountRole: Role): boolean {
  return MANAGED_ACCOUNT_ROLES[role]?.includes(accountRole) ?? false;
}
export type Resource = keyof typeof PERMISSIONS;

export function can(role: Role, resource: Resource, action: Action): boolean {
  const allowed = (PERMISSIONS[resource] as Partial<Record<Action, readonly Role[]>>)[action];
  return allowed?.includes(role) ?? false;
}
