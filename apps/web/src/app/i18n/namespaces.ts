import { type Language } from '@skillpay/domain';
import { auditEn, auditZhCN } from '../../features/audit/locale';
import { benchmarksEn, benchmarksZhCN } from '../../features/benchmarks/locale';
import { enterprisesEn, enterprisesZhCN } from '../../features/enterprises/locale';
import { guidanceEn, guidanceZhCN } from '../../features/guidance/locale';
import { homeEn, homeZhCN } from '../../features/home/locale';
import { notificationsEn, notificationsZhCN } from '../../features/notifications/locale';
import { occupationsEn, occupationsZhCN } from '../../features/occupations/locale';
import { organisationsEn, organisationsZhCN } from '../../features/organisations/locale';
import { payPlansEn, payPlansZhCN } from '../../features/pay-plans/locale-plans';
import { payToolsEn, payToolsZhCN } from '../../features/pay-plans/locale';
import { pilotsEn, pilotsZhCN } from '../../features/pilots/locale';
import { programmeDashboardEn, programmeDashboardZhCN } from '../../features/programme-dashboard/locale';
import { programmesEn, programmesZhCN } from '../../features/programmes/locale';
import { progressReportsEn, progressReportsZhCN } from '../../features/progress-reports/locale';
import { queuesEn, queuesZhCN } from '../../features/queues/locale';
import { regionsEn, regionsZhCN } from '../../features/regions/locale';
import { usersEn, usersZhCN } from '../../features/users/locale';
import { wageUploadsEn, wageUploadsZhCN } from '../../features/wage-uploads/locale';
import { securitySettingsEn, securitySettingsZhCN } from '../../features/security-settings/locale';
import { twoFactorEn, twoFactorZhCN } from '../../features/account/locale';
import { en } from './locales/en';
import { zhCN } from './locales/zh-cn';

/*
 * Every i18next namespace: `translation` holds the shell's and the shared texts (app, common,
 * errors, menu, login, password …); each feature owns its namespace in its locale.ts (keys
 * `users:create`, `payTools:kinds.pay-table`, …). The types of i18next (i18next.d.ts) are those of
 * the zh-CN objects, so a mistyped key, or an English object missing one, fails to compile.
 */
const ZH_CN = {
  translation: zhCN,
  audit: auditZhCN,
  benchmarks: benchmarksZhCN,
  enterprises: enterprisesZhCN,
  guidance: guidanceZhCN,
  home: homeZhCN,
  notifications: notificationsZhCN,
  occupations: occupationsZhCN,
  organisations: organisationsZhCN,
  payPlans: payPlansZhCN,
  payTools: payToolsZhCN,
  pilots: pilotsZhCN,
  programmeDashboard: programmeDashboardZhCN,
  programmes: programmesZhCN,
  progressReports: progressReportsZhCN,
  queues: queuesZhCN,
  regions: regionsZhCN,
  users: usersZhCN,
  wageUploads: wageUploadsZhCN,
  twoFactor: twoFactorZhCN,
  securitySettings: securitySettingsZhCN,
};

export type Namespaces = typeof ZH_CN;

export const NAMESPACE_RESOURCES: Record<Language, Namespaces> = {
  'zh-CN': ZH_CN,
  en: {
    translation: en,
    audit: auditEn,
    benchmarks: benchmarksEn,
    enterprises: enterprisesEn,
    guidance: guidanceEn,
    home: homeEn,
    notifications: notificationsEn,
    occupations: occupationsEn,
    organisations: organisationsEn,
    payPlans: payPlansEn,
    payTools: payToolsEn,
    pilots: pilotsEn,
    programmeDashboard: programmeDashboardEn,
    programmes: programmesEn,
    progressReports: progressReportsEn,
    queues: queuesEn,
    regions: regionsEn,
    users: usersEn,
    wageUploads: wageUploadsEn,
    twoFactor: twoFactorEn,
    securitySettings: securitySettingsEn,
  },
};

/** All namespaces, `translation` first: the default namespaces of every `t`. */
export const NAMESPACES = [
  'translation',
  'audit',
  'benchmarks',
  'enterprises',
  'guidance',
  'home',
  'notifications',
  'occupations',
  'organisations',
  'payPlans',
  'payTools',
  'pilots',
  'programmeDashboard',
  'programmes',
  'progressReports',
  'queues',
  'regions',
  'users',
  'wageUploads',
  'twoFactor',
  'securitySettings',
] as const satisfies readonly (keyof Namespaces)[];
