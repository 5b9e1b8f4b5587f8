import { type ComponentType } from 'react';
import { Role } from '@skillpay/domain';
import { type Access } from './access';
import { NAVIGATION, type NavigationEntry, type ResourceKey } from './navigation';

/*
 * The pages of every screen, loaded lazily. Only the router imports this module: features import
 * the access rules (`access.ts`) and the navigation (`navigation.ts`), never the pages, so no
 * feature module imports a module that imports it back.
 */

type PageModule = Promise<{ Component: ComponentType }>;

export interface ResourcePage {
  /** Relative to the resource path; '' is the index page. */
  path: string;
  load: () => PageModule;
  /** Defaults to the resource's access. */
  access?: Access;
  /** `print`: an A4 print view, shown without the portal's menu and header (ui/print-layout.tsx) */
  layout?: 'print';
}

export interface AppResource extends NavigationEntry {
  pages: readonly ResourcePage[];
}

/** A lazily loaded page: the module and the name of its (named) export. */
function page<K extends string, T extends Record<K, ComponentType>>(load: () => Promise<T>, name: K) {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

const PAGES: Record<ResourceKey, readonly ResourcePage[]> = {
  myTasks: [
    { path: '', load: page(() => import('../features/my-tasks/my-task-list-page'), 'MyTaskListPage') },
    {
      path: ':taskId',
      load: page(() => import('../features/my-tasks/my-task-detail-page'), 'MyTaskDetailPage'),
    },
  ],
  dashboard: [{ path: '', load: page(() => import('../features/home/home-page'), 'HomePage') }],
  ownOrganisation: [
    {
      path: '',
      load: page(() => import('../features/organisations/own-organisation-page'), 'OwnOrganisationPage'),
    },
    {
      path: 'edit',
      access: { resource: 'organisations', action: 'update', audience: [Role.Enterprise] },
      load: page(() => import('../features/organisations/own-organisation-page'), 'OwnOrganisationEditPage'),
    },
  ],
  organisations: [
    {
      path: '',
      load: page(() => import('../features/organisations/organisation-list-page'), 'OrganisationListPage'),
    },
    {
      path: 'new',
      access: { resource: 'organisations', action: 'create' },
      load: page(() => import('../features/organisations/organisation-form-page'), 'OrganisationCreatePage'),
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
  programmes: [
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
  pilotApplications: [
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
      path: ':id/print',
      layout: 'print',
      load: page(() => import('../features/pilots/pilot-print-pages'), 'PilotApplicationPrintPage'),
    },
    {
      path: ':id/plan/print',
      layout: 'print',
      load: page(() => import('../features/pilots/pilot-print-pages'), 'EnterprisePlanPrintPage'),
    },
    {
      path: ':id/edit',
      access: { resource: 'pilotApplications', action: 'create' },
      load: page(() => import('../features/pilots/pilot-form-page'), 'PilotEditPage'),
    },
  ],
  progressReports: [
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
      path: ':id/print',
      layout: 'print',
      load: page(
        () => import('../features/progress-reports/progress-report-print-page'),
        'ProgressReportPrintPage',
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
  enterprises: [
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
  guidance: [
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
  wageUploads: [
    {
      path: '',
      load: page(() => import('../features/wage-uploads/wage-uploads-page'), 'WageUploadsPage'),
    },
    {
      path: ':id',
      load: page(() => import('../features/wage-uploads/wage-upload-detail-page'), 'WageUploadDetailPage'),
    },
  ],
  benchmarks: [
    {
      path: '',
      load: page(() => import('../features/benchmarks/computed-cells-page'), 'ComputedCellsPage'),
    },
  ],
  benchmarkReleases: [
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
  benchmarkPosition: [
    { path: '', load: page(() => import('../features/benchmarks/position-page'), 'PositionPage') },
  ],
  serviceRequests: [
    {
      path: '',
      load: page(
        () => import('../features/service-requests/service-request-list-page'),
        'ServiceRequestListPage',
      ),
    },
    {
      path: 'dashboard',
      access: {
        resource: 'serviceRequests',
        action: 'read',
        audience: [Role.CityBureau, Role.DistrictBureau],
      },
      load: page(() => import('../features/service-requests/service-dashboard-page'), 'ServiceDashboardPage'),
    },
    {
      path: ':id',
      load: page(
        () => import('../features/service-requests/service-request-detail-page'),
        'ServiceRequestDetailPage',
      ),
    },
  ],
  opinionNotes: [
    {
      path: '',
      load: page(() => import('../features/opinion-notes/opinion-note-list-page'), 'OpinionNoteListPage'),
    },
    {
      path: ':id',
      load: page(() => import('../features/opinion-notes/opinion-note-detail-page'), 'OpinionNoteDetailPage'),
    },
  ],
  talentContacts: [
    {
      path: '',
      load: page(() => import('../features/talent-contacts/contact-list-page'), 'ContactListPage'),
    },
    {
      path: 'coverage',
      load: page(() => import('../features/talent-contacts/coverage-page'), 'CoveragePage'),
    },
  ],
  evaluationReports: [
    {
      path: '',
      load: page(() => import('../features/evaluation-reports/report-list-page'), 'ReportListPage'),
    },
    {
      path: ':id',
      load: page(() => import('../features/evaluation-reports/report-page'), 'ReportPage'),
    },
  ],
  policyQa: [
    { path: '', load: page(() => import('../features/policy-qa/policy-qa-list-page'), 'PolicyQaListPage') },
    {
      path: 'new',
      access: { resource: 'policyQa', action: 'create' },
      load: page(() => import('../features/policy-qa/policy-qa-form-page'), 'PolicyQaFormPage'),
    },
    {
      path: ':id',
      load: page(() => import('../features/policy-qa/policy-qa-detail-page'), 'PolicyQaDetailPage'),
    },
    {
      path: ':id/edit',
      access: { resource: 'policyQa', action: 'update' },
      load: page(() => import('../features/policy-qa/policy-qa-form-page'), 'PolicyQaFormPage'),
    },
  ],
  caseCollections: [
    {
      path: '',
      load: page(() => import('../features/case-collections/collection-list-page'), 'CollectionListPage'),
    },
    {
      path: ':id',
      load: page(() => import('../features/case-collections/collection-edit-page'), 'CollectionEditPage'),
    },
  ],
  talentLists: [
    {
      path: '',
      load: page(() => import('../features/talent-lists/talent-list-pages'), 'TalentListListPage'),
    },
    {
      path: ':id',
      load: page(() => import('../features/talent-lists/talent-list-pages'), 'TalentListDetailPage'),
    },
  ],
  talentStatistics: [
    {
      path: '',
      load: page(
        () => import('../features/talent-statistics/talent-statistics-page'),
        'TalentStatisticsPage',
      ),
    },
  ],
  honours: [{ path: '', load: page(() => import('../features/honours/honour-list-page'), 'HonourListPage') }],
  evaluation: [
    // the bureaus' and reviewers' roll-ups, or an enterprise's own evaluation
    {
      path: '',
      load: page(() => import('../features/evaluation/evaluation-home-page'), 'EvaluationHomePage'),
    },
    {
      // one pilot's evaluation, from the pilot table (?programmeId=)
      path: ':enterpriseId',
      access: {
        resource: 'evaluation',
        action: 'read',
        audience: [Role.CityBureau, Role.DistrictBureau],
      },
      load: page(
        () => import('../features/evaluation/enterprise-evaluation-page'),
        'EnterpriseEvaluationPage',
      ),
    },
  ],
  influencedEnterprises: [
    {
      path: '',
      load: page(
        () => import('../features/evaluation/influenced-enterprises-page'),
        'InfluencedEnterprisesPage',
      ),
    },
  ],
  demonstrationUnits: [
    {
      path: '',
      load: page(() => import('../features/evaluation/demonstration-units-page'), 'DemonstrationUnitsPage'),
    },
  ],
  payTools: [
    { path: '', load: page(() => import('../features/pay-plans/tools-index-page'), 'PayToolsIndexPage') },
    {
      path: 'pay-table',
      load: page(() => import('../features/pay-plans/pay-table/pay-table-page'), 'PayTablePage'),
    },
    {
      path: 'allowances',
      load: page(() => import('../features/pay-plans/allowances/allowances-page'), 'AllowancesPage'),
    },
    {
      path: 'profit-sharing',
      load: page(
        () => import('../features/pay-plans/profit-sharing/profit-sharing-page'),
        'ProfitSharingPage',
      ),
    },
    { path: 'checks', load: page(() => import('../features/pay-plans/checks/checks-page'), 'ChecksPage') },
    {
      path: 'plans',
      load: page(() => import('../features/pay-plans/saved-plans/plan-list-page'), 'PlanListPage'),
    },
    {
      path: 'plans/:id',
      load: page(() => import('../features/pay-plans/saved-plans/plan-detail-page'), 'PlanDetailPage'),
    },
    {
      path: 'step-movement',
      load: page(() => import('../features/pay-plans/step-movement/step-movement-page'), 'StepMovementPage'),
    },
    {
      path: 'post-evaluation',
      load: page(
        () => import('../features/pay-plans/post-evaluation/post-evaluation-page'),
        'PostEvaluationPage',
      ),
    },
    {
      path: 'performance-pay',
      load: page(
        () => import('../features/pay-plans/performance-pay/performance-pay-page'),
        'PerformancePayPage',
      ),
    },
  ],
  users: [
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
  regions: [{ path: '', load: page(() => import('../features/regions/region-list-page'), 'RegionListPage') }],
  occupations: [
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
  queues: [{ path: '', load: page(() => import('../features/queues/queues-page'), 'QueuesPage') }],
  auditLog: [{ path: '', load: page(() => import('../features/audit/audit-log-page'), 'AuditLogPage') }],
  securitySettings: [
    {
      path: '',
      load: page(
        () => import('../features/security-settings/security-settings-page'),
        'SecuritySettingsPage',
      ),
    },
  ],
  talents: [
    { path: '', load: page(() => import('../features/talents/talent-list-page'), 'TalentListPage') },
    {
      path: 'new',
      access: { resource: 'talents', action: 'create' },
      load: page(() => import('../features/talents/talent-form-page'), 'TalentCreatePage'),
    },
    { path: ':id', load: page(() => import('../features/talents/talent-detail-page'), 'TalentDetailPage') },
    {
      path: ':id/edit',
      access: { resource: 'talents', action: 'create' },
      load: page(() => import('../features/talents/talent-form-page'), 'TalentEditPage'),
    },
  ],
  cases: [
    { path: '', load: page(() => import('../features/cases/case-list-page'), 'CaseListPage') },
    {
      path: 'new',
      access: { resource: 'cases', action: 'create' },
      load: page(() => import('../features/cases/case-form-page'), 'CaseCreatePage'),
    },
    { path: ':id', load: page(() => import('../features/cases/case-detail-page'), 'CaseDetailPage') },
    {
      path: ':id/edit',
      access: { resource: 'cases', action: 'update', audience: [Role.DistrictBureau, Role.Enterprise] },
      load: page(() => import('../features/cases/case-form-page'), 'CaseEditPage'),
    },
    {
      // the city's review of one case: assign reviewers, read the reviews, decide
      path: ':id/review',
      access: { resource: 'caseReviews', action: 'create', audience: [Role.CityBureau] },
      load: page(() => import('../features/case-reviews/case-review-page'), 'CaseReviewPage'),
    },
  ],
  myReviews: [
    { path: '', load: page(() => import('../features/case-reviews/my-reviews-page'), 'MyReviewsPage') },
    {
      path: ':caseId',
      load: page(() => import('../features/case-reviews/review-scoring-page'), 'ReviewScoringPage'),
    },
  ],
  conflictLinks: [
    {
      path: '',
      load: page(() => import('../features/case-reviews/conflict-links-page'), 'ConflictLinksPage'),
    },
  ],
  caseRubrics: [
    {
      path: '',
      load: page(() => import('../features/case-reviews/case-rubrics-page'), 'CaseRubricsPage'),
    },
  ],
};

/** The navigation with the pages of each screen: the routes and their guards. */
export const RESOURCES: readonly AppResource[] = NAVIGATION.map((entry) => ({
  ...entry,
  pages: PAGES[entry.key],
}));
