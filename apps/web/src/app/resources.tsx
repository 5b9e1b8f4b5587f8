import { type ComponentType } from 'react';
import {
  ApartmentOutlined,
  FileDoneOutlined,
  FlagOutlined,
  AimOutlined,
  BarChartOutlined,
  FundOutlined,
  ReconciliationOutlined,
  CloudUploadOutlined,
  ShopOutlined,
  SolutionOutlined,
  AuditOutlined,
  BankOutlined,
  ClusterOutlined,
  IdcardOutlined,
  DashboardOutlined,
  ScheduleOutlined,
  TeamOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import { type Action, type Resource, Role, can } from '@skillpay/domain';
import { type Translation } from './i18n/locales/zh-cn';

/**
 * Who may use a screen. `can()` (PERMISSIONS in @skillpay/domain) decides whether the role may act
 * on the resource at all; `audience` narrows a screen to the roles it was designed for, e.g. an
 * enterprise reads organisations too, but through "my organisation" rather than the list.
 */
export interface Access {
  resource: Resource;
  action: Action;
  audience?: readonly Role[];
}

export function allows(access: Access, role: Role): boolean {
  return can(role, access.resource, access.action) && (access.audience?.includes(role) ?? true);
}

type PageModule = Promise<{ Component: ComponentType }>;

export interface ResourcePage {
  /** Relative to the resource path; '' is the index page. */
  path: string;
  load: () => PageModule;
  /** Defaults to the resource's access. */
  access?: Access;
}

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
  | 'enterprises'
  | 'pilotApplications'
  | 'progressReports'
  | 'programmes'
  | 'guidance'
  | 'benchmarks'
  | 'benchmarkReleases'
  | 'benchmarkPosition'
  | 'wageUploads'
  | 'payTools';

export interface AppResource {
  key: ResourceKey;
  path: string;
  access: Access;
  menu: {
    label: MenuLabel | ((role: Role) => MenuLabel);
    icon: ComponentType;
    /** Position in the menu, lowest first; defaults to the declaration order. */
    order?: (role: Role) => number;
  };
  pages: readonly ResourcePage[];
}

/** A lazily loaded page: the module and the name of its (named) export. */
function page<K extends string, T extends Record<K, ComponentType>>(load: () => Promise<T>, name: K) {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

/** The single declaration behind the menu, the routes and the route guards. */
export const RESOURCES: readonly AppResource[] = [
  {
    key: 'dashboard',
    path: '/dashboard',
    access: { resource: 'dashboard', action: 'read' },
    menu: { label: 'dashboard', icon: DashboardOutlined },
    pages: [{ path: '', load: page(() => import('../features/dashboard/dashboard-page'), 'DashboardPage') }],
  },
  {
    key: 'ownOrganisation',
    path: '/my-organisation',
    access: { resource: 'organisations', action: 'read', audience: [Role.Enterprise] },
    menu: { label: 'ownOrganisation', icon: BankOutlined },
    pages: [
      {
        path: '',
        load: page(() => import('../features/organisations/own-organisation-page'), 'OwnOrganisationPage'),
      },
      {
        path: 'edit',
        access: { resource: 'organisations', action: 'update', audience: [Role.Enterprise] },
        load: page(
          () => import('../features/organisations/own-organisation-page'),
          'OwnOrganisationEditPage',
        ),
      },
    ],
  },
  {
    key: 'organisations',
    path: '/organisations',
    access: {
      resource: 'organisations',
      action: 'read',
      // Reviewers see aggregates only; an enterprise sees its own organisation.
      audience: [Role.CityBureau, Role.DistrictBureau, Role.SystemAdmin],
    },
    menu: { label: 'organisations', icon: ApartmentOutlined },
    pages: [
      {
        path: '',
        load: page(() => import('../features/organisations/organisation-list-page'), 'OrganisationListPage'),
      },
      {
        path: 'new',
        access: { resource: 'organisations', action: 'create' },
        load: page(
          () => import('../features/organisations/organisation-form-page'),
          'OrganisationCreatePage',
        ),
      },
      {
        path: ':id',
        load: page(
          () => import('../features/organisations/organisation-detail-page'),
          'OrganisationDetailPage',
        ),
      },
      {
        path: ':id/edit',
        access: { resource: 'organisations', action: 'update' },
        load: page(() => import('../features/organisations/organisation-form-page'), 'OrganisationEditPage'),
      },
    ],
  },
  {
    key: 'programmes',
    path: '/programmes',
    // Enterprises read programmes through their pilot applications, not through this screen.
    access: { resource: 'programmes', action: 'read', audience: [Role.CityBureau, Role.DistrictBureau] },
    menu: { label: 'programmes', icon: FileDoneOutlined, order: () => 12 },
    pages: [
      {
        path: '',
        load: page(() => import('../features/programmes/programme-list-page'), 'ProgrammeListPage'),
      },
      {
        path: 'new',
        access: { resource: 'programmes', action: 'create' },
        load: page(() => import('../features/programmes/programme-create-page'), 'ProgrammeCreatePage'),
      },
      {
        path: ':id',
        load: page(() => import('../features/programmes/programme-detail-page'), 'ProgrammeDetailPage'),
      },
    ],
  },
  {
    key: 'pilotApplications',
    path: '/pilot-applications',
    access: { resource: 'pilotApplications', action: 'read' },
    menu: {
      // an enterprise sees its own applications; the bureaus their queues
      label: (role) => (role === Role.Enterprise ? 'ownPilotApplications' : 'pilotApplications'),
      icon: FlagOutlined,
      order: () => 13,
    },
    pages: [
      { path: '', load: page(() => import('../features/pilots/pilot-list-page'), 'PilotListPage') },
      {
        path: 'new',
        access: { resource: 'pilotApplications', action: 'create' },
        load: page(() => import('../features/pilots/pilot-form-page'), 'PilotApplyPage'),
      },
      {
        path: 'quotas',
        access: { resource: 'programmes', action: 'update' },
        load: page(() => import('../features/pilots/quota-page'), 'QuotaPage'),
      },
      {
        path: 'profile/edit',
        access: { resource: 'enterprises', action: 'update', audience: [Role.Enterprise] },
        load: page(() => import('../features/enterprises/enterprise-form-page'), 'EnterpriseProfileEditPage'),
      },
      { path: ':id', load: page(() => import('../features/pilots/pilot-detail-page'), 'PilotDetailPage') },
      {
        path: ':id/edit',
        access: { resource: 'pilotApplications', action: 'create' },
        load: page(() => import('../features/pilots/pilot-form-page'), 'PilotEditPage'),
      },
    ],
  },
  {
    key: 'progressReports',
    path: '/progress-reports',
    access: { resource: 'progressReports', action: 'read' },
    menu: {
      // an enterprise sees its own reports per period; the bureaus their review queue
      label: (role) => (role === Role.Enterprise ? 'ownProgressReports' : 'progressReports'),
      icon: ReconciliationOutlined,
      order: () => 13.5,
    },
    pages: [
      {
        path: '',
        load: page(
          () => import('../features/progress-reports/progress-report-list-page'),
          'ProgressReportListPage',
        ),
      },
      {
        path: 'new',
        access: { resource: 'progressReports', action: 'create' },
        load: page(
          () => import('../features/progress-reports/progress-report-form-page'),
          'ProgressReportCreatePage',
        ),
      },
      {
        path: ':id',
        load: page(
          () => import('../features/progress-reports/progress-report-detail-page'),
          'ProgressReportDetailPage',
        ),
      },
      {
        path: ':id/edit',
        access: { resource: 'progressReports', action: 'create' },
        load: page(
          () => import('../features/progress-reports/progress-report-form-page'),
          'ProgressReportEditPage',
        ),
      },
    ],
  },
  {
    key: 'enterprises',
    path: '/enterprises',
    // an enterprise reads its own record on 本单位
    access: { resource: 'enterprises', action: 'read', audience: [Role.CityBureau, Role.DistrictBureau] },
    menu: { label: 'enterprises', icon: ShopOutlined, order: () => 16 },
    pages: [
      {
        path: '',
        load: page(() => import('../features/enterprises/enterprise-list-page'), 'EnterpriseListPage'),
      },
      {
        path: 'new',
        access: { resource: 'enterprises', action: 'create' },
        load: page(() => import('../features/enterprises/enterprise-form-page'), 'EnterpriseCreatePage'),
      },
      {
        path: 'import',
        access: { resource: 'enterprises', action: 'create' },
        load: page(() => import('../features/enterprises/enterprise-import-page'), 'EnterpriseImportPage'),
      },
      {
        path: ':id',
        load: page(() => import('../features/enterprises/enterprise-detail-page'), 'EnterpriseDetailPage'),
      },
      {
        path: ':id/edit',
        access: { resource: 'enterprises', action: 'update' },
        load: page(() => import('../features/enterprises/enterprise-form-page'), 'EnterpriseEditPage'),
      },
    ],
  },
  {
    key: 'guidance',
    path: '/guidance',
    access: { resource: 'guidance', action: 'read', audience: [Role.CityBureau, Role.DistrictBureau] },
    menu: { label: 'guidance', icon: SolutionOutlined, order: () => 14 },
    pages: [
      { path: '', load: page(() => import('../features/guidance/guidance-list-page'), 'GuidanceListPage') },
      {
        path: 'new',
        access: { resource: 'guidance', action: 'create' },
        load: page(() => import('../features/guidance/guidance-form-page'), 'GuidanceCreatePage'),
      },
      {
        path: ':id',
        load: page(() => import('../features/guidance/guidance-detail-page'), 'GuidanceDetailPage'),
      },
      {
        path: ':id/edit',
        access: { resource: 'guidance', action: 'update' },
        load: page(() => import('../features/guidance/guidance-form-page'), 'GuidanceEditPage'),
      },
    ],
  },
  {
    key: 'wageUploads',
    path: '/wage-uploads',
    access: { resource: 'wageUploads', action: 'read' },
    menu: { label: 'wageUploads', icon: CloudUploadOutlined, order: () => 13.7 },
    pages: [
      {
        path: '',
        load: page(() => import('../features/wage-uploads/wage-uploads-page'), 'WageUploadsPage'),
      },
      {
        path: ':id',
        load: page(() => import('../features/wage-uploads/wage-upload-detail-page'), 'WageUploadDetailPage'),
      },
    ],
  },
  {
    key: 'benchmarks',
    path: '/benchmarks',
    // computed cells, including withheld ones: the bureaus only
    access: { resource: 'benchmarks', action: 'read' },
    menu: { label: 'benchmarks', icon: BarChartOutlined, order: () => 18 },
    pages: [
      {
        path: '',
        load: page(() => import('../features/benchmarks/computed-cells-page'), 'ComputedCellsPage'),
      },
    ],
  },
  {
    key: 'benchmarkReleases',
    path: '/benchmark-releases',
    access: { resource: 'benchmarkReleases', action: 'read' },
    menu: { label: 'benchmarkReleases', icon: FundOutlined, order: () => 19 },
    pages: [
      {
        path: '',
        load: page(() => import('../features/benchmarks/release-list-page'), 'ReleaseListPage'),
      },
      {
        path: 'compare',
        load: page(() => import('../features/benchmarks/release-compare-page'), 'ReleaseComparePage'),
      },
      {
        path: ':id',
        load: page(() => import('../features/benchmarks/release-detail-page'), 'ReleaseDetailPage'),
      },
    ],
  },
  {
    key: 'benchmarkPosition',
    path: '/benchmark-position',
    access: { resource: 'benchmarkPosition', action: 'read' },
    menu: { label: 'benchmarkPosition', icon: AimOutlined, order: () => 19 },
    pages: [{ path: '', load: page(() => import('../features/benchmarks/position-page'), 'PositionPage') }],
  },
  {
    key: 'payTools',
    path: '/pay-tools',
    // the calculators run in the browser for every role that reads plans; saving is the enterprise's
    access: { resource: 'payPlans', action: 'read' },
    menu: { label: 'payTools', icon: ToolOutlined, order: () => 19.5 },
    pages: [
      { path: '', load: page(() => import('../features/pay-tools/tools-index-page'), 'PayToolsIndexPage') },
      { path: 'pay-table', load: page(() => import('../features/pay-tools/pay-table-page'), 'PayTablePage') },
      {
        path: 'allowances',
        load: page(() => import('../features/pay-tools/allowances-page'), 'AllowancesPage'),
      },
      {
        path: 'profit-sharing',
        load: page(() => import('../features/pay-tools/profit-sharing-page'), 'ProfitSharingPage'),
      },
      { path: 'checks', load: page(() => import('../features/pay-tools/checks-page'), 'ChecksPage') },
      { path: 'plans', load: page(() => import('../features/pay-tools/plan-list-page'), 'PlanListPage') },
      {
        path: 'plans/:id',
        load: page(() => import('../features/pay-tools/plan-detail-page'), 'PlanDetailPage'),
      },
      {
        path: 'step-movement',
        load: page(() => import('../features/pay-tools/step-movement-page'), 'StepMovementPage'),
      },
      {
        path: 'post-evaluation',
        load: page(() => import('../features/pay-tools/post-evaluation-page'), 'PostEvaluationPage'),
      },
      {
        path: 'performance-pay',
        load: page(() => import('../features/pay-tools/performance-pay-page'), 'PerformancePayPage'),
      },
    ],
  },
  {
    key: 'users',
    path: '/users',
    access: { resource: 'users', action: 'read' },
    menu: {
      // Account administrators manage users; bureaus only look them up.
      label: (role) => (can(role, 'users', 'create') ? 'userAdministration' : 'users'),
      icon: TeamOutlined,
      order: (role) => (can(role, 'users', 'create') ? 15 : 25),
    },
    pages: [
      { path: '', load: page(() => import('../features/users/user-list-page'), 'UserListPage') },
      {
        path: 'new',
        access: { resource: 'users', action: 'create' },
        load: page(() => import('../features/users/user-form-page'), 'UserCreatePage'),
      },
      { path: ':id', load: page(() => import('../features/users/user-detail-page'), 'UserDetailPage') },
      {
        path: ':id/edit',
        access: { resource: 'users', action: 'update' },
        load: page(() => import('../features/users/user-form-page'), 'UserEditPage'),
      },
    ],
  },
  {
    key: 'regions',
    path: '/regions',
    // The region list is reference data every role reads through forms; the screen is for its upkeep.
    access: { resource: 'regions', action: 'update' },
    menu: { label: 'regions', icon: ClusterOutlined },
    pages: [{ path: '', load: page(() => import('../features/regions/region-list-page'), 'RegionListPage') }],
  },
  {
    key: 'occupations',
    path: '/occupations',
    // Reference data every role reads through forms and lists; the screen is for its upkeep.
    access: { resource: 'occupations', action: 'update' },
    menu: { label: 'occupations', icon: IdcardOutlined },
    pages: [
      {
        path: '',
        load: page(() => import('../features/occupations/occupation-list-page'), 'OccupationListPage'),
      },
      {
        path: 'import',
        access: { resource: 'occupations', action: 'create' },
        load: page(() => import('../features/occupations/occupation-import-page'), 'OccupationImportPage'),
      },
    ],
  },
  {
    key: 'queues',
    path: '/queues',
    access: { resource: 'queues', action: 'read' },
    menu: { label: 'queues', icon: ScheduleOutlined },
    pages: [{ path: '', load: page(() => import('../features/queues/queues-page'), 'QueuesPage') }],
  },
  {
    key: 'auditLog',
    path: '/audit-logs',
    access: { resource: 'auditLog', action: 'read' },
    menu: { label: 'auditLog', icon: AuditOutlined },
    pages: [{ path: '', load: page(() => import('../features/audit/audit-log-page'), 'AuditLogPage') }],
  },
];

export interface MenuEntry {
  key: ResourceKey;
  path: string;
  label: MenuLabel;
  icon: ComponentType;
}

/** The menu of a role, in order. */
export function menuFor(role: Role): MenuEntry[] {
  return RESOURCES.map((resource, index) => ({ resource, order: resource.menu.order?.(role) ?? index * 10 }))
    .filter(({ resource }) => allows(resource.access, role))
    .sort((a, b) => a.order - b.order)
    .map(({ resource }) => ({
      key: resource.key,
      path: resource.path,
      label: typeof resource.menu.label === 'function' ? resource.menu.label(role) : resource.menu.label,
      icon: resource.menu.icon,
    }));
}

/** Whether a role may open the screen of a resource (for cross-links between screens). */
export function canOpen(key: ResourceKey, role: Role): boolean {
  const resource = RESOURCES.find((candidate) => candidate.key === key);
  return resource ? allows(resource.access, role) : false;
}

/** Where a role lands after login: its first menu entry. */
export function homePathFor(role: Role): string {
  return menuFor(role)[0]?.path ?? '/account/password';
}
