import { type Language } from '@skillpay/domain';
import type { auditZhCN } from '../../features/audit/locale';
import type { benchmarksZhCN } from '../../features/benchmarks/locale';
import type { enterprisesZhCN } from '../../features/enterprises/locale';
import type { guidanceZhCN } from '../../features/guidance/locale';
import type { homeZhCN } from '../../features/home/locale';
import type { notificationsZhCN } from '../../features/notifications/locale';
import type { occupationsZhCN } from '../../features/occupations/locale';
import type { organisationsZhCN } from '../../features/organisations/locale';
import type { payPlansZhCN } from '../../features/pay-plans/locale-plans';
import type { payToolsZhCN } from '../../features/pay-plans/locale';
import type { pilotsZhCN } from '../../features/pilots/locale';
import type { casesZhCN } from '../../features/cases/locale';
import type { talentsZhCN } from '../../features/talents/locale';
import type { caseReviewsZhCN } from '../../features/case-reviews/locale';
import type { programmeDashboardZhCN } from '../../features/programme-dashboard/locale';
import type { programmesZhCN } from '../../features/programmes/locale';
import type { progressReportsZhCN } from '../../features/progress-reports/locale';
import type { queuesZhCN } from '../../features/queues/locale';
import type { regionsZhCN } from '../../features/regions/locale';
import type { usersZhCN } from '../../features/users/locale';
import type { wageUploadsZhCN } from '../../features/wage-uploads/locale';
import type { securitySettingsZhCN } from '../../features/security-settings/locale';
import type { twoFactorZhCN } from '../../features/account/locale';
import type { myTasksZhCN } from '../../features/my-tasks/locale';
import type { programmeStatisticsZhCN } from '../../features/programme-statistics/locale';
import type { caseCollectionsZhCN } from '../../features/case-collections/locale';
import type { evaluationReportsZhCN } from '../../features/evaluation-reports/locale';
import type { talentListsZhCN } from '../../features/talent-lists/locale';
import type { talentStatisticsZhCN } from '../../features/talent-statistics/locale';
import type { honoursZhCN } from '../../features/honours/locale';
import type { serviceRequestsZhCN } from '../../features/service-requests/locale';
import type { opinionNotesZhCN } from '../../features/opinion-notes/locale';
import type { policyQaZhCN } from '../../features/policy-qa/locale';
import type { talentContactsZhCN } from '../../features/talent-contacts/locale';
import type { evaluationZhCN } from '../../features/evaluation/locale';
import { zhCN } from './locales/zh-cn';

/*
 * Every i18next namespace: `translation` holds the shell's and the shared texts (app, common,
 * errors, menu, login, password …); each feature owns its namespace in its locale.ts (keys
 * `users:create`, `payTools:kinds.pay-table`, …). The types of i18next (i18next.d.ts) are those of
 * the zh-CN objects, so a mistyped key, or an English object missing one, fails to compile.
 */
export interface Namespaces {
  translation: typeof zhCN;
  audit: typeof auditZhCN;
  benchmarks: typeof benchmarksZhCN;
  enterprises: typeof enterprisesZhCN;
  guidance: typeof guidanceZhCN;
  home: typeof homeZhCN;
  notifications: typeof notificationsZhCN;
  occupations: typeof occupationsZhCN;
  organisations: typeof organisationsZhCN;
  payPlans: typeof payPlansZhCN;
  payTools: typeof payToolsZhCN;
  pilots: typeof pilotsZhCN;
  programmeDashboard: typeof programmeDashboardZhCN;
  programmes: typeof programmesZhCN;
  progressReports: typeof progressReportsZhCN;
  queues: typeof queuesZhCN;
  regions: typeof regionsZhCN;
  users: typeof usersZhCN;
  wageUploads: typeof wageUploadsZhCN;
  twoFactor: typeof twoFactorZhCN;
  securitySettings: typeof securitySettingsZhCN;
  caseCollections: typeof caseCollectionsZhCN;
  evaluationReports: typeof evaluationReportsZhCN;
  talentLists: typeof talentListsZhCN;
  talentStatistics: typeof talentStatisticsZhCN;
  honours: typeof honoursZhCN;
  serviceRequests: typeof serviceRequestsZhCN;
  opinionNotes: typeof opinionNotesZhCN;
  policyQa: typeof policyQaZhCN;
  talentContacts: typeof talentContactsZhCN;
  cases: typeof casesZhCN;
  talents: typeof talentsZhCN;
  myTasks: typeof myTasksZhCN;
  programmeStatistics: typeof programmeStatisticsZhCN;
  caseReviews: typeof caseReviewsZhCN;
  evaluation: typeof evaluationZhCN;
}

export type Namespace = keyof Namespaces;

/**
 * The texts are fetched when first needed (i18n.ts `loadTexts`), one namespace and language at a
 * time: a first visit to the login page downloads the shared zh-CN texts only (bundled), not
 * every feature's texts in both languages.
 */
export const NAMESPACE_LOADERS: { [N in Namespace]: Record<Language, () => Promise<Namespaces[N]>> } = {
  translation: {
    'zh-CN': () => Promise.resolve(zhCN),
    en: () => import('./locales/en').then((module) => module.en),
  },
  audit: {
    'zh-CN': () => import('../../features/audit/locale').then((module) => module.auditZhCN),
    en: () => import('../../features/audit/locale').then((module) => module.auditEn),
  },
  benchmarks: {
    'zh-CN': () => import('../../features/benchmarks/locale').then((module) => module.benchmarksZhCN),
    en: () => import('../../features/benchmarks/locale').then((module) => module.benchmarksEn),
  },
  enterprises: {
    'zh-CN': () => import('../../features/enterprises/locale').then((module) => module.enterprisesZhCN),
    en: () => import('../../features/enterprises/locale').then((module) => module.enterprisesEn),
  },
  guidance: {
    'zh-CN': () => import('../../features/guidance/locale').then((module) => module.guidanceZhCN),
    en: () => import('../../features/guidance/locale').then((module) => module.guidanceEn),
  },
  home: {
    'zh-CN': () => import('../../features/home/locale').then((module) => module.homeZhCN),
    en: () => import('../../features/home/locale').then((module) => module.homeEn),
  },
  notifications: {
    'zh-CN': () => import('../../features/notifications/locale').then((module) => module.notificationsZhCN),
    en: () => import('../../features/notifications/locale').then((module) => module.notificationsEn),
  },
  occupations: {
    'zh-CN': () => import('../../features/occupations/locale').then((module) => module.occupationsZhCN),
    en: () => import('../../features/occupations/locale').then((module) => module.occupationsEn),
  },
  organisations: {
    'zh-CN': () => import('../../features/organisations/locale').then((module) => module.organisationsZhCN),
    en: () => import('../../features/organisations/locale').then((module) => module.organisationsEn),
  },
  payPlans: {
    'zh-CN': () => import('../../features/pay-plans/locale-plans').then((module) => module.payPlansZhCN),
    en: () => import('../../features/pay-plans/locale-plans').then((module) => module.payPlansEn),
  },
  payTools: {
    'zh-CN': () => import('../../features/pay-plans/locale').then((module) => module.payToolsZhCN),
    en: () => import('../../features/pay-plans/locale').then((module) => module.payToolsEn),
  },
  pilots: {
    'zh-CN': () => import('../../features/pilots/locale').then((module) => module.pilotsZhCN),
    en: () => import('../../features/pilots/locale').then((module) => module.pilotsEn),
  },
  programmeDashboard: {
    'zh-CN': () =>
      import('../../features/programme-dashboard/locale').then((module) => module.programmeDashboardZhCN),
    en: () =>
      import('../../features/programme-dashboard/locale').then((module) => module.programmeDashboardEn),
  },
  programmes: {
    'zh-CN': () => import('../../features/programmes/locale').then((module) => module.programmesZhCN),
    en: () => import('../../features/programmes/locale').then((module) => module.programmesEn),
  },
  progressReports: {
    'zh-CN': () =>
      import('../../features/progress-reports/locale').then((module) => module.progressReportsZhCN),
    en: () => import('../../features/progress-reports/locale').then((module) => module.progressReportsEn),
  },
  queues: {
    'zh-CN': () => import('../../features/queues/locale').then((module) => module.queuesZhCN),
    en: () => import('../../features/queues/locale').then((module) => module.queuesEn),
  },
  regions: {
    'zh-CN': () => import('../../features/regions/locale').then((module) => module.regionsZhCN),
    en: () => import('../../features/regions/locale').then((module) => module.regionsEn),
  },
  users: {
    'zh-CN': () => import('../../features/users/locale').then((module) => module.usersZhCN),
    en: () => import('../../features/users/locale').then((module) => module.usersEn),
  },
  wageUploads: {
    'zh-CN': () => import('../../features/wage-uploads/locale').then((module) => module.wageUploadsZhCN),
    en: () => import('../../features/wage-uploads/locale').then((module) => module.wageUploadsEn),
  },
  twoFactor: {
    'zh-CN': () => import('../../features/account/locale').then((module) => module.twoFactorZhCN),
    en: () => import('../../features/account/locale').then((module) => module.twoFactorEn),
  },
  securitySettings: {
    'zh-CN': () =>
      import('../../features/security-settings/locale').then((module) => module.securitySettingsZhCN),
    en: () => import('../../features/security-settings/locale').then((module) => module.securitySettingsEn),
  },
  serviceRequests: {
    'zh-CN': () =>
      import('../../features/service-requests/locale').then((module) => module.serviceRequestsZhCN),
    en: () => import('../../features/service-requests/locale').then((module) => module.serviceRequestsEn),
  },
  opinionNotes: {
    'zh-CN': () => import('../../features/opinion-notes/locale').then((module) => module.opinionNotesZhCN),
    en: () => import('../../features/opinion-notes/locale').then((module) => module.opinionNotesEn),
  },
  policyQa: {
    'zh-CN': () => import('../../features/policy-qa/locale').then((module) => module.policyQaZhCN),
    en: () => import('../../features/policy-qa/locale').then((module) => module.policyQaEn),
  },
  talentContacts: {
    'zh-CN': () =>
      import('../../features/talent-contacts/locale').then((module) => module.talentContactsZhCN),
    en: () => import('../../features/talent-contacts/locale').then((module) => module.talentContactsEn),
  },
  evaluationReports: {
    'zh-CN': () =>
      import('../../features/evaluation-reports/locale').then((module) => module.evaluationReportsZhCN),
    en: () => import('../../features/evaluation-reports/locale').then((module) => module.evaluationReportsEn),
  },
  caseCollections: {
    'zh-CN': () =>
      import('../../features/case-collections/locale').then((module) => module.caseCollectionsZhCN),
    en: () => import('../../features/case-collections/locale').then((module) => module.caseCollectionsEn),
  },
  cases: {
    'zh-CN': () => import('../../features/cases/locale').then((module) => module.casesZhCN),
    en: () => import('../../features/cases/locale').then((module) => module.casesEn),
  },
  talents: {
    'zh-CN': () => import('../../features/talents/locale').then((module) => module.talentsZhCN),
    en: () => import('../../features/talents/locale').then((module) => module.talentsEn),
  },
  myTasks: {
    'zh-CN': () => import('../../features/my-tasks/locale').then((module) => module.myTasksZhCN),
    en: () => import('../../features/my-tasks/locale').then((module) => module.myTasksEn),
  },
  programmeStatistics: {
    'zh-CN': () =>
      import('../../features/programme-statistics/locale').then((module) => module.programmeStatisticsZhCN),
    en: () =>
      import('../../features/programme-statistics/locale').then((module) => module.programmeStatisticsEn),
  },
  talentLists: {
    'zh-CN': () => import('../../features/talent-lists/locale').then((module) => module.talentListsZhCN),
    en: () => import('../../features/talent-lists/locale').then((module) => module.talentListsEn),
  },
  talentStatistics: {
    'zh-CN': () =>
      import('../../features/talent-statistics/locale').then((module) => module.talentStatisticsZhCN),
    en: () => import('../../features/talent-statistics/locale').then((module) => module.talentStatisticsEn),
  },
  honours: {
    'zh-CN': () => import('../../features/honours/locale').then((module) => module.honoursZhCN),
    en: () => import('../../features/honours/locale').then((module) => module.honoursEn),
  },
  caseReviews: {
    'zh-CN': () => import('../../features/case-reviews/locale').then((module) => module.caseReviewsZhCN),
    en: () => import('../../features/case-reviews/locale').then((module) => module.caseReviewsEn),
  },
  evaluation: {
    'zh-CN': () => import('../../features/evaluation/locale').then((module) => module.evaluationZhCN),
    en: () => import('../../features/evaluation/locale').then((module) => module.evaluationEn),
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
  'caseCollections',
  'evaluationReports',
  'serviceRequests',
  'opinionNotes',
  'policyQa',
  'talentContacts',
  'cases',
  'talents',
  'myTasks',
  'programmeStatistics',
  'caseReviews',
  'talentLists',
  'talentStatistics',
  'honours',
  'evaluation',
] as const satisfies readonly (keyof Namespaces)[];
