import { ApiProperty } from '@nestjs/swagger';
import { type WorkbenchRow } from './workbench.repository';

/** What kind of to-do a group of the workbench holds (待办类别). */
export enum WorkbenchItemKind {
  /** submitted applications waiting for the district step (推荐) */
  PilotsToRecommend = 'pilots-to-recommend',
  /** recommended applications waiting for the city's decision */
  PilotsToApprove = 'pilots-to-approve',
  /** the enterprise's applications returned to it */
  PilotsReturned = 'pilots-returned',
  /** submitted progress reports waiting for the bureau's review */
  ReportsToReview = 'reports-to-review',
  /** periods the enterprise owes a report for and has not submitted */
  ReportsDue = 'reports-due',
  /** the enterprise's reports returned for correction */
  ReportsReturned = 'reports-returned',
  /** wage data whose latest upload was rejected */
  WageUploadsRejected = 'wage-uploads-rejected',
  /** draft benchmark releases waiting to be checked */
  ReleasesToCheck = 'releases-to-check',
  /** talent list editions (人才名录) waiting for the second person to review or publish */
  TalentListsToCheck = 'talent-lists-to-check',
  /** open ledger tasks overdue or due within the reminder horizon */
  TasksDue = 'tasks-due',
  /** open 一企一策 milestones overdue or due within the reminder horizon */
  MilestonesDue = 'milestones-due',
  /** accounts locked after failed logins */
  LockedAccounts = 'locked-accounts',
  /** submitted cases waiting for the district step (推荐; the city's for 市直) */
  CasesToEndorse = 'cases-to-endorse',
  /** the author's cases returned, or sent back for revision by the city */
  CasesReturned = 'cases-returned',
  /** the reviewer's case reviews not yet submitted, by due date */
  CaseReviewsDue = 'case-reviews-due',
  /** endorsed cases waiting for the city to assign reviewers */
  CasesToAssign = 'cases-to-assign',
  /** cases whose assigned reviews are all in, waiting for the city's decision */
  CasesToDecide = 'cases-to-decide',
  /** submitted talent records waiting for the district's verification (the city's for 市直) */
  TalentsToVerify = 'talents-to-verify',
  /** verified talent records waiting for the city's confirmation into the database */
  TalentsToConfirm = 'talents-to-confirm',
  /** confirmed talent records not reconfirmed within the stale period (TALENT_STALE_MONTHS) */
  TalentsStale = 'talents-stale',
  /** the author's talent records returned to it */
  TalentsReturned = 'talents-returned',
  /** service requests received by the window, to assign to a department (服务窗口) */
  ServiceRequestsToAssign = 'service-requests-to-assign',
  /** open service requests past their due date */
  ServiceRequestsOverdue = 'service-requests-overdue',
  /** districts' evaluation reports submitted since the city last generated its own (评估报告) */
  EvaluationReportsToCompile = 'evaluation-reports-to-compile',
}

export class WorkbenchItemDto {
  @ApiProperty({ description: 'the object the item opens' })
  id: string;

  @ApiProperty({
    description: 'what it is about: an enterprise, a task, a programme …',
    example: '青岛海晟船舶装备有限公司',
  })
  title: string;

  @ApiProperty({ type: String, nullable: true, description: 'context, e.g. the programme or the period' })
  subtitle: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueOn: string | null;

  @ApiProperty({ description: 'past its due date (China time)' })
  overdue: boolean;

  @ApiProperty({ description: 'the web page that opens it', example: '/pilot-applications/…' })
  link: string;
}

export class WorkbenchGroupDto {
  @ApiProperty({ enum: WorkbenchItemKind, enumName: 'WorkbenchItemKind' })
  kind: WorkbenchItemKind;

  @ApiProperty({ description: 'how many items wait, including those beyond `items`' })
  count: number;

  @ApiProperty({
    description: 'the list page where all of them can be found',
    example: '/pilot-applications',
  })
  listLink: string;

  @ApiProperty({ type: [WorkbenchItemDto], description: 'the first ones: overdue first, then by due date' })
  items: WorkbenchItemDto[];
}

export class WorkbenchDto {
  @ApiProperty({ type: [WorkbenchGroupDto], description: 'only groups with something waiting' })
  groups: WorkbenchGroupDto[];
}

export function toWorkbenchItem(row: WorkbenchRow): WorkbenchItemDto {
  return {
    id: row.id,
    title: row.title,
    subtitle: row.subtitle,
    dueOn: row.due_on,
    overdue: row.overdue,
    link: row.link,
  };
}
