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
  | 'payTools';

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
];

export interface MenuEntry {
  key: ResourceKey;
  path: string;
  label: MenuLabel;
}

/** The menu of a role, in order. */
export function menuFor(role: Role): MenuEntry[] {
  return NAVIGATION.map((entry, index) => ({ entry, order: entry.menu.order?.(role) ?? index * 10 }))
    .filter(({ entry }) => allows(entry.access, role))
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
