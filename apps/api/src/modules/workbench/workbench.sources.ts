import {
  type Action,
  can,
  type Language,
  PilotStatus,
  ProgressReportStatus,
  TalentStatus,
  reportPeriodLabel,
  type Resource,
  Role,
  SERVICE_CATEGORY_LABELS,
  type ServiceCategory,
} from '@skillpay/domain';
import { type AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { type ReportSchedulesService } from '../report-schedules/report-schedules.service';
import { WorkbenchItemKind } from './workbench.dto';
import { type WorkbenchRepository, type WorkbenchRow, WORKBENCH_ITEM_LIMIT } from './workbench.repository';

/** What a source needs to find the caller's items. */
export interface SourceContext {
  caller: Caller;
  access: AccessService;
  repository: WorkbenchRepository;
  reportSchedules: ReportSchedulesService;
  language: Language;
  /** months after which a confirmed talent record is stale (TALENT_STALE_MONTHS) */
  talentStaleMonths: number;
}

/**
 * A kind of to-do. `access` is the permission the page an item opens needs: a role without it
 * never gets the item, so a to-do never leads to a page its reader cannot open. `audience`
 * narrows the source to the roles whose work it is (all roles with the permission when absent).
 */
export interface WorkbenchSource {
  kind: WorkbenchItemKind;
  access: { resource: Resource; action: Action };
  audience?: readonly Role[];
  /** the list page holding every item of the kind */
  listLink: string;
  find(context: SourceContext): Promise<WorkbenchRow[]>;
}

/** The district step (推荐, report review) is the city bureau's for 市直 enterprises. */
const cityStep = (caller: Caller) => caller.role === Role.CityBureau;

const withPeriodLabels = (rows: WorkbenchRow[], language: Language) =>
  rows.map((row) => ({ ...row, subtitle: row.subtitle && reportPeriodLabel(row.subtitle, language) }));

const withCategoryLabels = (rows: WorkbenchRow[], language: Language) =>
  rows.map((row) => ({
    ...row,
    subtitle: row.subtitle && SERVICE_CATEGORY_LABELS[row.subtitle as ServiceCategory][language],
  }));

/** Every to-do source, declared once; the workbench asks those that apply to the caller's role. */
export const WORKBENCH_SOURCES: readonly WorkbenchSource[] = [
  {
    kind: WorkbenchItemKind.PilotsToRecommend,
    access: { resource: 'pilotApplications', action: 'update' },
    audience: [Role.DistrictBureau, Role.CityBureau],
    listLink: '/pilot-applications',
    find: ({ caller, access, repository }) =>
      repository.pilotApplications(
        access.scope(caller, 'pilotApplications', 'update'),
        PilotStatus.Submitted,
        cityStep(caller),
      ),
  },
  {
    kind: WorkbenchItemKind.PilotsToApprove,
    access: { resource: 'pilotApplications', action: 'update' },
    audience: [Role.CityBureau],
    listLink: '/pilot-applications',
    find: ({ caller, access, repository }) =>
      repository.pilotApplications(
        access.scope(caller, 'pilotApplications', 'update'),
        PilotStatus.Recommended,
        null,
      ),
  },
  {
    kind: WorkbenchItemKind.PilotsReturned,
    access: { resource: 'pilotApplications', action: 'create' },
    audience: [Role.Enterprise],
    listLink: '/pilot-applications',
    find: ({ caller, access, repository }) =>
      repository.pilotApplications(
        access.scope(caller, 'pilotApplications', 'update'),
        PilotStatus.Returned,
        null,
      ),
  },
  {
    kind: WorkbenchItemKind.ReportsToReview,
    access: { resource: 'progressReports', action: 'update' },
    audience: [Role.DistrictBureau, Role.CityBureau],
    listLink: '/progress-reports',
    find: async ({ caller, access, repository, language }) =>
      withPeriodLabels(
        await repository.progressReports(
          access.scope(caller, 'progressReports', 'update'),
          ProgressReportStatus.Submitted,
          cityStep(caller),
        ),
        language,
      ),
  },
  {
    kind: WorkbenchItemKind.ReportsDue,
    access: { resource: 'progressReports', action: 'create' },
    audience: [Role.Enterprise],
    listLink: '/progress-reports',
    find: async ({ caller, reportSchedules, language }) => {
      // the reporting calendar decides what is owed, as on the reports page (two queries)
      const { programmes } = await reportSchedules.schedule(caller, {});
      const rows = programmes.flatMap((programme) =>
        programme.periods
          .filter((p) => p.owed && (p.status === null || p.status === ProgressReportStatus.Draft))
          .map((p) => ({
            id: p.reportId ?? `${programme.programmeId}:${p.period}`,
            title: reportPeriodLabel(p.period, language),
            subtitle: programme.programmeTitle,
            due_on: p.dueOn,
            overdue: p.overdue,
            link: p.reportId
              ? `/progress-reports/${p.reportId}`
              : `/progress-reports/new?programmeId=${programme.programmeId}&period=${p.period}`,
          })),
      );
      rows.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.due_on.localeCompare(b.due_on));
      return rows.slice(0, WORKBENCH_ITEM_LIMIT).map((row) => ({ ...row, total: String(rows.length) }));
    },
  },
  {
    kind: WorkbenchItemKind.ReportsReturned,
    access: { resource: 'progressReports', action: 'create' },
    audience: [Role.Enterprise],
    listLink: '/progress-reports',
    find: async ({ caller, access, repository, language }) =>
      withPeriodLabels(
        await repository.progressReports(
          access.scope(caller, 'progressReports', 'update'),
          ProgressReportStatus.Returned,
          null,
        ),
        language,
      ),
  },
  {
    kind: WorkbenchItemKind.WageUploadsRejected,
    access: { resource: 'wageUploads', action: 'create' },
    audience: [Role.Enterprise],
    listLink: '/wage-uploads',
    find: ({ caller, access, repository }) =>
      repository.rejectedWageUploads(access.scope(caller, 'wageUploads', 'read')),
  },
  {
    // whoever may check a release; never its own maker (maker-checker)
    kind: WorkbenchItemKind.ReleasesToCheck,
    access: { resource: 'benchmarkReleases', action: 'update' },
    listLink: '/benchmark-releases',
    find: ({ caller, access, repository }) =>
      repository.releasesToCheck(access.programmeScope(caller, 'update'), caller.userId),
  },
  {
    // 人才名录: a draft or reviewed edition waits for a colleague of its maker (maker-checker)
    kind: WorkbenchItemKind.TalentListsToCheck,
    access: { resource: 'talentLists', action: 'update' },
    listLink: '/talent-lists',
    find: ({ caller, access, repository }) =>
      repository.talentListsToCheck(access.talentListScope(caller, 'update'), caller.userId),
  },
  {
    // 评估报告: the city compiles the districts' submitted reports into its own
    kind: WorkbenchItemKind.EvaluationReportsToCompile,
    access: { resource: 'evaluationReports', action: 'update' },
    audience: [Role.CityBureau],
    listLink: '/evaluation-reports',
    find: ({ caller, access, repository }) =>
      repository.evaluationReportsToCompile(access.programmeScope(caller, 'update')),
  },
  {
    // the city plans the tasks of its programmes; a district bureau answers for its own
    kind: WorkbenchItemKind.TasksDue,
    access: { resource: 'tasks', action: 'read' },
    listLink: '/programmes',
    find: ({ caller, access, repository }) =>
      can(caller.role, 'tasks', 'create')
        ? repository.dueTasks(access.programmeScope(caller, 'update'), null)
        : repository.dueTasks(access.programmeScope(caller, 'read'), caller.organisationId),
  },
  {
    // a reviewer organisation (总工会, 企联, 工商联) answers for the tasks it is named responsible for
    kind: WorkbenchItemKind.TasksDue,
    access: { resource: 'responsibleTasks', action: 'read' },
    listLink: '/my-tasks',
    find: ({ caller, access, repository }) =>
      repository.dueResponsibleTasks(access.responsibleTaskScope(caller, 'read')),
  },
  {
    kind: WorkbenchItemKind.MilestonesDue,
    access: { resource: 'pilotApplications', action: 'read' },
    listLink: '/pilot-applications',
    find: ({ caller, access, repository }) =>
      repository.dueMilestones(access.scope(caller, 'pilotApplications', 'read')),
  },
  {
    kind: WorkbenchItemKind.LockedAccounts,
    access: { resource: 'users', action: 'update' },
    listLink: '/users',
    find: ({ caller, access, repository }) =>
      repository.lockedAccounts(access.scope(caller, 'users', 'update')),
  },
  {
    // never the case the caller wrote itself: a colleague endorses it (maker-checker)
    kind: WorkbenchItemKind.CasesToEndorse,
    access: { resource: 'cases', action: 'update' },
    audience: [Role.DistrictBureau, Role.CityBureau],
    listLink: '/cases?status=submitted',
    find: ({ caller, access, repository }) =>
      repository.casesToEndorse(access.caseScope(caller, 'update'), cityStep(caller), caller.userId),
  },
  {
    kind: WorkbenchItemKind.CasesReturned,
    access: { resource: 'cases', action: 'create' },
    audience: [Role.Enterprise, Role.DistrictBureau],
    listLink: '/cases',
    find: ({ caller, access, repository }) =>
      repository.casesReturned(access.caseScope(caller, 'update'), caller.organisationId),
  },
  {
    kind: WorkbenchItemKind.CaseReviewsDue,
    access: { resource: 'caseReviews', action: 'update' },
    audience: [Role.Reviewer],
    listLink: '/my-reviews',
    find: ({ caller, access, repository }) =>
      repository.caseReviewsDue(access.caseScope(caller, 'read'), caller.userId),
  },
  {
    kind: WorkbenchItemKind.CasesToAssign,
    access: { resource: 'caseReviews', action: 'create' },
    listLink: '/cases',
    find: ({ caller, access, repository }) =>
      repository.casesInReview(access.caseScope(caller, 'read'), 'assign'),
  },
  {
    kind: WorkbenchItemKind.CasesToDecide,
    access: { resource: 'caseReviews', action: 'create' },
    listLink: '/cases',
    find: ({ caller, access, repository }) =>
      repository.casesInReview(access.caseScope(caller, 'read'), 'decide'),
  },
  {
    // never the record the caller entered itself: a colleague verifies it (maker-checker)
    kind: WorkbenchItemKind.TalentsToVerify,
    access: { resource: 'talents', action: 'update' },
    audience: [Role.DistrictBureau, Role.CityBureau],
    listLink: '/talents?status=submitted',
    find: ({ caller, access, repository }) =>
      repository.talentsWaiting(
        access.talentScope(caller, 'talents', 'update'),
        TalentStatus.Submitted,
        cityStep(caller),
        caller.userId,
      ),
  },
  {
    kind: WorkbenchItemKind.TalentsToConfirm,
    access: { resource: 'talents', action: 'update' },
    audience: [Role.CityBureau],
    listLink: '/talents?status=verified',
    find: ({ caller, access, repository }) =>
      repository.talentsWaiting(
        access.talentScope(caller, 'talents', 'update'),
        TalentStatus.Verified,
        null,
        caller.userId,
      ),
  },
  {
    // 动态更新: records past their yearly reconfirmation, for the bureaus that keep the database current
    kind: WorkbenchItemKind.TalentsStale,
    access: { resource: 'talents', action: 'update' },
    audience: [Role.DistrictBureau, Role.CityBureau],
    listLink: '/talents?stale=true',
    find: ({ caller, access, repository, talentStaleMonths }) =>
      repository.staleTalents(access.talentScope(caller, 'talents', 'read'), talentStaleMonths),
  },
  {
    kind: WorkbenchItemKind.TalentsReturned,
    access: { resource: 'talents', action: 'create' },
    audience: [Role.Enterprise, Role.DistrictBureau],
    listLink: '/talents?status=returned',
    find: ({ caller, access, repository }) =>
      repository.talentsReturned(access.talentScope(caller, 'talents', 'update'), caller.organisationId),
  },
  {
    // the window officer: the district bureau of the talent's district, the city's for 市直
    kind: WorkbenchItemKind.ServiceRequestsToAssign,
    access: { resource: 'serviceRequests', action: 'update' },
    audience: [Role.DistrictBureau, Role.CityBureau],
    listLink: '/service-requests?status=received',
    find: async ({ caller, access, repository, language }) =>
      withCategoryLabels(
        await repository.serviceRequests(
          access.talentScope(caller, 'serviceRequests', 'update'),
          'assign',
          cityStep(caller),
        ),
        language,
      ),
  },
  {
    kind: WorkbenchItemKind.ServiceRequestsOverdue,
    access: { resource: 'serviceRequests', action: 'update' },
    audience: [Role.DistrictBureau, Role.CityBureau],
    listLink: '/service-requests?overdue=true',
    find: async ({ caller, access, repository, language }) =>
      withCategoryLabels(
        await repository.serviceRequests(
          access.talentScope(caller, 'serviceRequests', 'update'),
          'overdue',
          cityStep(caller),
        ),
        language,
      ),
  },
];

/** The sources whose items a role may open and is meant to act on. */
export function workbenchSourcesFor(role: Role): WorkbenchSource[] {
  return WORKBENCH_SOURCES.filter(
    (source) =>
      can(role, source.access.resource, source.access.action) && (source.audience?.includes(role) ?? true),
  );
}
