import { Role } from './roles';

/**
 * What each role may do, per resource. One declaration drives the API guards and the web's
 * menu and routes. Row-level scope (which district, which enterprise) is decided separately by
 * the API's access layer; this table only says whether a role may act on a resource at all.
 */
export const PERMISSIONS = {
  dashboard: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise, Role.Reviewer, Role.SystemAdmin],
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
  notifications: {
    read: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise, Role.Reviewer, Role.SystemAdmin],
  },
  queues: { read: [Role.SystemAdmin] },
  /** who must use two-factor authentication, per role (安全管理: the system administrator) */
  securitySettings: { read: [Role.SystemAdmin], update: [Role.SystemAdmin] },
  auditLog: { read: [Role.AuditAdmin] },
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
