import { Role } from '@skillpay/domain';
import { type Access, allows } from './access';
import { type Translation } from './i18n/locales/zh-cn';

export type MenuLabel = keyof Translation['menu'];

export type ResourceKey =
  | 'dashboard'
  | 'ownOrganisation'
  | 'organisations'
  | 'users'
  | 'regions'
  | 'occupations'
  | 'queues'
  | 'auditLog'
  | 'securitySettings'
  | 'enterprises'
  | 'pilotApplications'
  | 'progressReports'
  | 'programmes'
  | 'guidance'
  | 'benchmarks'
  | 'benchmarkReleases'
  | 'benchmarkPosition'
  | 'wageUploads'
  | 'payTools'
  | 'caseCollections'
  | 'cases'
  | 'talents'
  | 'myTasks'
  | 'myReviews'
  | 'conflictLinks'
  | 'caseRubrics'
  | 'talentLists'
  | 'talentStatistics'
  | 'honours'
  | 'serviceRequests'
  | 'talentContacts'
  | 'opinionNotes'
  | 'evaluationReports'
  | 'evaluation'
  | 'influencedEnterprises'
  | 'demonstrationUnits'
  | 'policyQa';

/** A screen of the portal without its pages: where it lives, who may open it, its menu entry. */
export interface NavigationEntry {
  key: ResourceKey;
  path: string;
  access: Access;
  /**
   * Its pages show wage data or personal data: they carry a watermark with the viewer's name and
   * the time, so a screenshot that leaks says whose screen it came from (shell/viewer-watermark).
   */
  watermark?: boolean;
  menu: {
    /** The icon is in menu-icons.ts, which only the menu and the dashboard load (not the login page's guards). */
    label: MenuLabel | ((role: Role) => MenuLabel);
    /** Position in the menu, lowest first; defaults to the declaration order. */
    order?: (role: Role) => number;
    /** routes only, no menu entry (pages reached from another screen's links) */
    hidden?: boolean;
  };
}

/**
 * The single declaration behind the menu, the routes and the route guards; the pages of each
 * entry are declared in `resources.tsx`, which only the router imports.
 */
export const NAVIGATION: readonly NavigationEntry[] = [
  {
    key: 'dashboard',
    path: '/dashboard',
    access: { resource: 'dashboard', action: 'read' },
    menu: { label: 'dashboard' },
  },
  {
    key: 'ownOrganisation',
    path: '/my-organisation',
    watermark: true,
    access: { resource: 'organisations', action: 'read', audience: [Role.Enterprise] },
    menu: { label: 'ownOrganisation' },
  },
  {
    key: 'organisations',
    path: '/organisations',
    watermark: true,
    access: {
      resource: 'organisations',
      action: 'read',
      // Reviewers see aggregates only; an enterprise sees its own organisation.
      audience: [Role.CityBureau, Role.DistrictBureau, Role.SystemAdmin],
    },
    menu: { label: 'organisations' },
  },
  {
    key: 'programmes',
    path: '/programmes',
    // Enterprises read programmes through their pilot applications, not through this screen.
    access: { resource: 'programmes', action: 'read', audience: [Role.CityBureau, Role.DistrictBureau] },
    menu: { label: 'programmes', order: () => 12 },
  },
  {
    key: 'pilotApplications',
    path: '/pilot-applications',
    watermark: true,
    access: { resource: 'pilotApplications', action: 'read' },
    menu: {
      // an enterprise sees its own applications; the bureaus their queues
      label: (role) => (role === Role.Enterprise ? 'ownPilotApplications' : 'pilotApplications'),
      order: () => 13,
    },
  },
  {
    key: 'progressReports',
    path: '/progress-reports',
    watermark: true,
    access: { resource: 'progressReports', action: 'read' },
    menu: {
      // an enterprise sees its own reports per period; the bureaus their review queue
      label: (role) => (role === Role.Enterprise ? 'ownProgressReports' : 'progressReports'),
      order: () => 13.5,
    },
  },
  {
    key: 'enterprises',
    path: '/enterprises',
    watermark: true,
    // an enterprise reads its own record on 本单位
    access: { resource: 'enterprises', action: 'read', audience: [Role.CityBureau, Role.DistrictBureau] },
    menu: { label: 'enterprises', order: () => 16 },
  },
  {
    key: 'guidance',
    path: '/guidance',
    access: { resource: 'guidance', action: 'read', audience: [Role.CityBureau, Role.DistrictBureau] },
    menu: { label: 'guidance', order: () => 14 },
  },
  {
    key: 'wageUploads',
    path: '/wage-uploads',
    watermark: true,
    access: { resource: 'wageUploads', action: 'read' },
    menu: { label: 'wageUploads', order: () => 13.7 },
  },
  {
    key: 'benchmarks',
    path: '/benchmarks',
    watermark: true,
    // computed cells, including withheld ones: the bureaus only
    access: { resource: 'benchmarks', action: 'read' },
    menu: { label: 'benchmarks', order: () => 18 },
  },
  {
    key: 'benchmarkReleases',
    path: '/benchmark-releases',
    watermark: true,
    access: { resource: 'benchmarkReleases', action: 'read' },
    menu: { label: 'benchmarkReleases', order: () => 19 },
  },
  {
    key: 'benchmarkPosition',
    path: '/benchmark-position',
    watermark: true,
    access: { resource: 'benchmarkPosition', action: 'read' },
    menu: { label: 'benchmarkPosition', order: () => 19 },
  },
  {
    key: 'payTools',
    path: '/pay-tools',
    watermark: true,
    // the calculators run in the browser for every role that reads plans; saving is the enterprise's
    access: { resource: 'payPlans', action: 'read' },
    menu: { label: 'payTools', order: () => 19.5 },
  },
  {
    key: 'evaluationReports',
    path: '/evaluation-reports',
    // 评估报告: the city's of the programme, each district's of its pilots (the city compiles them)
    access: { resource: 'evaluationReports', action: 'read' },
    menu: { label: 'evaluationReports', order: () => 14.26 },
  },
  {
    key: 'caseCollections',
    path: '/case-collections',
    // 案例精选: the city compiles and publishes editions, its districts read them
    access: { resource: 'caseCollections', action: 'read' },
    menu: { label: 'caseCollections', order: () => 17.4 },
  },
  {
    key: 'policyQa',
    path: '/policy-qa',
    // 政策问答: the city writes and publishes the answers to hot questions, its districts read them
    access: { resource: 'policyQa', action: 'read' },
    menu: { label: 'policyQa', order: () => 17.45 },
  },
  {
    key: 'cases',
    path: '/cases',
    // 典型案例: enterprises and districts write them, districts endorse, the city reviews and selects
    access: {
      resource: 'cases',
      action: 'read',
      audience: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
    },
    menu: {
      label: (role) => (role === Role.Enterprise ? 'ownCases' : 'cases'),
      order: () => 14.5,
    },
  },
  {
    key: 'talents',
    path: '/talents',
    // 高技能人才库: personal data (names, masked ID numbers) — watermarked like the enterprise registry
    watermark: true,
    access: {
      resource: 'talents',
      action: 'read',
      audience: [Role.CityBureau, Role.DistrictBureau, Role.Enterprise],
    },
    menu: { label: 'talents', order: () => 14.6 },
  },
  {
    key: 'serviceRequests',
    path: '/service-requests',
    // 服务窗口: talents' requests; an enterprise raises and rates its own, the bureaus' windows route them
    watermark: true,
    access: { resource: 'serviceRequests', action: 'read' },
    menu: { label: 'serviceRequests', order: () => 14.64 },
  },
  {
    key: 'opinionNotes',
    path: '/opinion-notes',
    // 舆情: the bureaus follow and answer public opinion on the guideline (Qingdao 四(三)), next to guidance
    access: {
      resource: 'opinionNotes',
      action: 'read',
      audience: [Role.CityBureau, Role.DistrictBureau],
    },
    menu: { label: 'opinionNotes', order: () => 14.1 },
  },
  {
    key: 'talentContacts',
    path: '/talent-contacts',
    // 联系服务记录: contacts with talents and the monthly coverage (bureaus)
    watermark: true,
    access: { resource: 'talentContacts', action: 'read' },
    menu: { label: 'talentContacts', order: () => 14.66 },
  },
  {
    key: 'users',
    path: '/users',
    watermark: true,
    access: { resource: 'users', action: 'read' },
    menu: {
      // The system administrator manages accounts; bureaus look them up and give their
      // enterprises theirs (MANAGED_ACCOUNT_ROLES).
      label: (role) => (role === Role.SystemAdmin ? 'userAdministration' : 'users'),
      order: (role) => (role === Role.SystemAdmin ? 15 : 25),
    },
  },
  {
    key: 'regions',
    path: '/regions',
    // The region list is reference data every role reads through forms; the screen is for its upkeep.
    access: { resource: 'regions', action: 'update' },
    menu: { label: 'regions' },
  },
  {
    key: 'occupations',
    path: '/occupations',
    // Reference data every role reads through forms and lists; the screen is for its upkeep.
    access: { resource: 'occupations', action: 'update' },
    menu: { label: 'occupations' },
  },
  {
    key: 'queues',
    path: '/queues',
    access: { resource: 'queues', action: 'read' },
    menu: { label: 'queues' },
  },
  {
    key: 'securitySettings',
    path: '/security-settings',
    access: { resource: 'securitySettings', action: 'update' },
    menu: { label: 'securitySettings' },
  },
  {
    key: 'auditLog',
    path: '/audit-logs',
    watermark: true,
    access: { resource: 'auditLog', action: 'read' },
    menu: { label: 'auditLog' },
  },
  {
    // 我的台账任务: a reviewer organisation's own ledger tasks (the bureaus work on the ledger itself)
    key: 'myTasks',
    path: '/my-tasks',
    access: { resource: 'responsibleTasks', action: 'read' },
    menu: { label: 'myTasks', order: () => 12 },
  },
  {
    key: 'myReviews',
    path: '/my-reviews',
    // 我的评审: the cases a reviewer is assigned to score
    access: { resource: 'caseReviews', action: 'update', audience: [Role.Reviewer] },
    menu: { label: 'myReviews', order: () => 11 },
  },
  {
    key: 'conflictLinks',
    path: '/conflict-links',
    watermark: true,
    access: { resource: 'conflictLinks', action: 'read' },
    menu: { label: 'conflictLinks', order: () => 17.5 },
  },
  {
    key: 'caseRubrics',
    path: '/case-rubrics',
    access: { resource: 'caseRubrics', action: 'update' },
    menu: { label: 'caseRubrics', order: () => 17.6 },
  },
  {
    key: 'talentLists',
    path: '/talent-lists',
    // 人才名录: the city publishes editions of its leading talents; its districts read the departments' edition
    watermark: true,
    access: { resource: 'talentLists', action: 'read' },
    menu: { label: 'talentLists', order: () => 14.62 },
  },
  {
    key: 'talentStatistics',
    path: '/talent-statistics',
    // 人才统计: counts only, for the bureaus and the reviewer organisations
    access: { resource: 'talentStatistics', action: 'read' },
    menu: { label: 'talentStatistics', order: (role) => (role === Role.Reviewer ? 13 : 14.68) },
  },
  {
    key: 'evaluation',
    path: '/evaluation',
    // 总结评估: the roll-ups for the bureaus and reviewers (reviewers without the pilot list), an
    // enterprise's own evaluation for it; wage figures, so watermarked
    watermark: true,
    access: { resource: 'evaluation', action: 'read' },
    menu: {
      label: (role) => (role === Role.Enterprise ? 'ownEvaluation' : 'evaluation'),
      order: (role) => (role === Role.Reviewer ? 13.1 : role === Role.Enterprise ? 13.6 : 14.2),
    },
  },
  {
    key: 'influencedEnterprises',
    path: '/influenced-enterprises',
    // 带动企业: non-pilot enterprises reached by the bureaus' trainings and 示范班
    access: { resource: 'influencedEnterprises', action: 'read' },
    menu: { label: 'influencedEnterprises', order: () => 14.22 },
  },
  {
    key: 'demonstrationUnits',
    path: '/demonstration-units',
    // 示范企业 and 典型区市: the city marks them, districts and reviewers read them
    access: { resource: 'demonstrationUnits', action: 'read' },
    menu: { label: 'demonstrationUnits', order: (role) => (role === Role.Reviewer ? 13.2 : 14.24) },
  },
  {
    key: 'honours',
    path: '/honours',
    // 荣誉称号目录: reference data every bureau and enterprise reads through forms; the screen is for its upkeep
    access: { resource: 'honours', action: 'update' },
    menu: { label: 'honours' },
  },
];

export interface MenuEntry {
  key: ResourceKey;
  path: string;
  label: MenuLabel;
}

/** The menu of a role, in order. */
export function menuFor(role: Role): MenuEntry[] {
  return NAVIGATION.map((entry, index) => ({ entry, order: entry.menu.order?.(role) ?? index * 10 }))
    .filter(({ entry }) => allows(entry.access, role) && !entry.menu.hidden)
    .sort((a, b) => a.order - b.order)
    .map(({ entry }) => ({
      key: entry.key,
      path: entry.path,
      label: typeof entry.menu.label === 'function' ? entry.menu.label(role) : entry.menu.label,
    }));
}

/** Whether a role may open the screen of a resource (for cross-links between screens). */
export function canOpen(key: ResourceKey, role: Role): boolean {
  const entry = NAVIGATION.find((candidate) => candidate.key === key);
  return entry ? allows(entry.access, role) : false;
}

/** Where a role lands after login: its first menu entry. */
export function homePathFor(role: Role): string {
  return menuFor(role)[0]?.path ?? '/account/password';
}
