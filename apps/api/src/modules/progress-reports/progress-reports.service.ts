import { Injectable } from '@nestjs/common';
import {
  chinaToday,
  OrganisationType,
  placeOfRegion,
  PROGRESS_REPORT_WORKFLOW,
  ProgressReportAction,
  ProgressReportStatus,
  reportPeriodLabel,
  Role,
} from '@skillpay/domain';
import { AccessService, type WorkflowSubject } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import {
  type AuditChanges,
  notEditable,
  type StepContext,
  WorkflowTransitions,
} from '../../common/workflow/workflow-transitions.service';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AppException } from '../../common/errors/app.exception';
import { type FileResponse } from '../../common/http/file-response';
import { toAttachmentFile, type UploadedAttachment } from '../attachments/attachments.dto';
import { AttachmentsService } from '../attachments/attachments.service';
import { AuditService } from '../audit/audit.service';
import { type NewNotification } from '../notifications/notifications.service';
import { ReportSchedulesService } from '../report-schedules/report-schedules.service';
import { type ProgressReportVersionEntity } from './progress-report-version.entity';
import {
  contentProblems,
  type ReportContent,
  reportChecks,
  reportContent,
  submissionFieldProblems,
} from './progress-report-content';
import { progressReportNotice } from './progress-report-notices';
import { type ProgressReportEntity } from './progress-report.entity';
import { ProgressReportException } from './progress-report.exception';
import {
  type CreateProgressReportDto,
  type ProgressReportDetailDto,
  type ProgressReportDto,
  type ProgressReportListDto,
  type ProgressReportQueryDto,
  type ProgressReportReviewDto,
  toProgressReportDto,
  toVersionDto,
  toVersionSummaryDto,
  type UpdateProgressReportDto,
} from './progress-reports.dto';
import { type ReportRow, ProgressReportsRepository } from './progress-reports.repository';
import { EnterpriseException } from '../enterprises/enterprises.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';

/** Where a report's enterprise sits; 市直企业 (registered at the city itself) are reviewed by the city bureau. */
const placeOf = (report: ProgressReportEntity) => placeOfRegion(report.enterprise!.organisation!.region!);

/** A report as the workflow kernel sees it. */
type ReportSubject = WorkflowSubject<ProgressReportStatus> & { report: ProgressReportEntity };

function subjectOf(report: ProgressReportEntity): ReportSubject {
  return {
    id: report.id,
    status: report.status,
    enterpriseId: report.enterpriseId,
    cityDirect: placeOf(report).cityDirect,
    report,
  };
}

@Injectable()
export class ProgressReportsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: ProgressReportsRepository,
    private readonly schedules: ReportSchedulesService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
    private readonly attachments: AttachmentsService,
    private readonly workflow: WorkflowTransitions,
  ) {}

  async list(caller: Caller, query: ProgressReportQueryDto): Promise<ProgressReportListDto> {
    const [rows, total] = await this.repository.findPage(
      this.access.scope(caller, 'progressReports', 'read'),
      query,
    );
    const today = chinaToday();
    return { items: rows.map((row) => this.toDto(caller, row, today)), total };
  }

  /** A report with one of its versions (the latest unless `version` names an older one). */
  async get(caller: Caller, id: string, version?: number): Promise<ProgressReportDetailDto> {
    const row = await this.findOrFail(caller, id);
    const versions = await this.repository.versions(id);
    const shown = versions.find((v) => v.version === (version ?? row.report.currentVersion));
    if (!shown) throw AppException.notFound();
    const [names, attachments] = await Promise.all([
      this.repository.userNames(versions.flatMap((v) => [v.reviewedBy, v.submittedBy])),
      this.attachments.listFor('progress-report', [shown.id]),
    ]);
    return {
      ...this.toDto(caller, row, chinaToday()),
      version: toVersionDto(shown, names, attachments),
      versions: versions.map((v) => toVersionSummaryDto(v, names)),
    };
  }

  async create(caller: Caller, dto: CreateProgressReportDto): Promise<ProgressReportDetailDto> {
    const enterprise = await this.repository.findEnterprise(caller.organisationId);
    if (!enterprise) throw new EnterpriseException('enterprise_profile_missing');
    const { programme, period, problems } = await this.schedules.checkPeriod(
      caller,
      enterprise.id,
      dto.programmeId,
      dto.period,
    );
    problems.push(...contentProblems(dto));
    if (problems.length > 0) throw AppException.validation(problems);
    if (await this.repository.reportExistsFor(programme!.id, enterprise.id, dto.period)) {
      const periodLabels = {
        'zh-CN': reportPeriodLabel(dto.period, 'zh-CN'),
        en: reportPeriodLabel(dto.period, 'en'),
      };
      throw new ProgressReportException(
        'progress_report_exists',
        { period: periodLabels },
        { field: 'period' },
      );
    }
    const content = reportContent(dto);
    const id = await this.unitOfWork.run(async (tx) => {
      const reportId = await this.repository.insertReport(
        {
          programmeId: programme!.id,
          enterpriseId: enterprise.id,
          period: dto.period,
          dueOn: period!.dueOn,
          status: ProgressReportStatus.Draft,
          currentVersion: 1,
        },
        tx,
      );
      await this.repository.insertVersion(
        {
          reportId,
          version: 1,
          status: ProgressReportStatus.Draft,
          ...content,
          checks: reportChecks(content, enterprise.ownership, programme!),
          createdBy: caller.userId,
        },
        tx,
      );
      await this.audit.record(
        {
          action: 'progress-report.create',
          entityType: 'progress_report',
          entityId: reportId,
          after: { programmeId: programme!.id, period: dto.period, version: 1, ...content },
        },
        tx,
      );
      return reportId;
    });
    return this.get(caller, id);
  }

  /** Replaces the content of the latest version while it is a draft and re-runs the checks. */
  async update(
    caller: Caller,
    id: string,
    dto: UpdateProgressReportDto,
    precondition?: Precondition,
  ): Promise<ProgressReportDetailDto> {
    const problems = contentProblems(dto);
    if (problems.length > 0) throw AppException.validation(problems);
    await this.unitOfWork.run(async (tx) => {
      const { report, version } = await this.lockDraft(caller, id, tx, precondition);
      const content = reportContent(dto);
      const before: ReportContent = {
        adoption: version.adoption,
        indicators: version.indicators,
        narrative: version.narrative,
      };
      await this.repository.updateVersion(
        version.id,
        { ...content, checks: reportChecks(content, report.enterprise!.ownership, report.programme!) },
        tx,
      );
      await this.repository.updateReport(id, { updatedAt: new Date() }, tx);
      await this.audit.record(
        {
          action: 'progress-report.update',
          entityType: 'progress_report',
          entityId: id,
          before: { version: version.version, ...before },
          after: { version: version.version, ...content },
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  /**
   * One workflow step through the kernel (lock, who-may-act, the review comment as the reason,
   * history row, audit `progress-report.<action>`, notification, in one transaction). Revising a
   * returned report starts a new version copied from it; the returned version stays as it was.
   */
  async transition(
    caller: Caller,
    id: string,
    action: ProgressReportAction,
    dto: ProgressReportReviewDto,
  ): Promise<ProgressReportDetailDto> {
    await this.workflow.run(caller, {
      workflow: PROGRESS_REPORT_WORKFLOW,
      action,
      reason: dto.comment,
      reasonField: 'comment',
      reasonMissing: () => ProgressReportException.invalid('comment', 'report_comment_required'),
      entityType: 'progress_report',
      lock: async (tx) => subjectOf((await this.lock(caller, id, tx)).report),
      apply: ({ report }, step) => this.applyStep(caller, report, action, step),
      notify: async ({ report }, step) => this.nextActorNotice(report, action, step.tx),
    });
    return this.get(caller, id);
  }

  /** The report's own part of a step: its version's status, or the next version on revision. */
  private async applyStep(
    caller: Caller,
    report: ProgressReportEntity,
    action: ProgressReportAction,
    { to, reason: comment, now, tx }: StepContext<ProgressReportStatus>,
  ): Promise<AuditChanges> {
    const version = await this.repository.version(report.id, report.currentVersion, tx);
    let versionNumber = version.version;
    switch (action) {
      case ProgressReportAction.Submit: {
        const problems = submissionFieldProblems(version);
        if (problems.length > 0) throw AppException.validation(problems);
        await this.repository.updateVersion(
          version.id,
          { status: to, submittedAt: now, submittedBy: caller.userId },
          tx,
        );
        break;
      }
      case ProgressReportAction.Revise: {
        versionNumber = version.version + 1;
        const { adoption, indicators, narrative, checks } = version;
        const next = await this.repository.insertVersion(
          {
            reportId: report.id,
            version: versionNumber,
            status: ProgressReportStatus.Draft,
            ...{ adoption, indicators, narrative, checks },
            createdBy: caller.userId,
          },
          tx,
        );
        await this.repository.copyAttachments(version.id, next, tx);
        break;
      }
      default:
        await this.repository.updateVersion(
          version.id,
          { status: to, reviewedAt: now, reviewedBy: caller.userId, reviewComment: comment },
          tx,
        );
    }
    await this.repository.updateReport(
      report.id,
      {
        status: to,
        currentVersion: versionNumber,
        ...(action === ProgressReportAction.Submit && !report.firstSubmittedAt
          ? { firstSubmittedAt: now }
          : {}),
      },
      tx,
    );
    return { before: { version: version.version }, after: { version: versionNumber, comment } };
  }

  async addAttachments(
    caller: Caller,
    id: string,
    files: readonly UploadedAttachment[],
  ): Promise<ProgressReportDetailDto> {
    if (files.length === 0) {
      throw AppException.validation([{ field: 'files', code: 'validation.isNotEmpty' }]);
    }
    this.attachments.assertAcceptable(files);
    await this.unitOfWork.run(async (tx) => {
      const { version } = await this.lockDraft(caller, id, tx);
      const stored = await this.attachments.store('progress-report', version.id, files, caller.userId, tx);
      await this.audit.record(
        {
          action: 'progress-report.attach',
          entityType: 'progress_report',
          entityId: id,
          after: {
            version: version.version,
            attachments: stored.map((a) => ({ id: a.id, fileName: a.fileName, size: a.size })),
          },
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  /** An attachment of any version of a report the caller may read. */
  async attachment(caller: Caller, id: string, attachmentId: string): Promise<FileResponse> {
    await this.findOrFail(caller, id);
    const versions = await this.repository.versions(id);
    const attachment = await this.attachments.findWithContent('progress-report', attachmentId);
    if (!attachment || !versions.some((v) => v.id === attachment.ownerId)) {
      throw AppException.notFound(
        attachment ? { entityType: 'attachment', entityId: attachmentId } : undefined,
      );
    }
    return toAttachmentFile(attachment);
  }

  /** Whom a step concerns: the reviewing bureau on submission, the enterprise on a decision. */
  private async nextActorNotice(
    report: ProgressReportEntity,
    action: ProgressReportAction,
    tx: Tx,
  ): Promise<NewNotification | null> {
    const place = placeOf(report);
    const bureau = place.cityDirect
      ? () => this.repository.bureauIds(OrganisationType.CityBureau, place.cityCode, tx)
      : () => this.repository.bureauIds(OrganisationType.DistrictBureau, place.regionCode, tx);
    const recipients = action === ProgressReportAction.Submit ? await bureau() : [report.enterpriseId];
    return progressReportNotice(report, action, recipients);
  }

  /** The latest version, locked with its report, if the caller's enterprise may change it now. */
  private async lockDraft(
    caller: Caller,
    id: string,
    tx: Tx,
    precondition?: Precondition,
  ): Promise<{ report: ProgressReportEntity; version: ProgressReportVersionEntity }> {
    const { report } = await this.lock(caller, id, tx);
    if (caller.role !== Role.Enterprise || caller.organisationId !== report.enterpriseId) {
      throw AppException.forbidden();
    }
    await this.preconditions.assert(
      precondition,
      { entityType: 'progress_report', key: id, version: report.editVersion },
      tx,
    );
    if (!PROGRESS_REPORT_WORKFLOW.editableIn.includes(report.status)) {
      throw notEditable(PROGRESS_REPORT_WORKFLOW, report.status);
    }
    return { report, version: await this.repository.version(id, report.currentVersion, tx) };
  }

  private toDto(caller: Caller, row: ReportRow, today: string): ProgressReportDto {
    const { report } = row;
    const own = caller.role === Role.Enterprise && caller.organisationId === report.enterpriseId;
    return toProgressReportDto(row, today, {
      availableActions: this.access.openActions(caller, PROGRESS_REPORT_WORKFLOW, subjectOf(report)),
      editable: own && PROGRESS_REPORT_WORKFLOW.editableIn.includes(report.status),
    });
  }

  private async findOrFail(caller: Caller, id: string): Promise<ReportRow> {
    const row = await this.repository.findInScope(this.access.scope(caller, 'progressReports', 'read'), id);
    if (!row) throw await this.notFound(id);
    return row;
  }

  /** The report in the caller's scope, locked until the transaction ends. */
  private async lock(caller: Caller, id: string, tx: Tx): Promise<ReportRow> {
    const row = await this.repository.findInScope(
      this.access.scope(caller, 'progressReports', 'read'),
      id,
      tx,
      true,
    );
    if (!row) throw await this.notFound(id, tx);
    return row;
  }

  /** 404, naming the entity only when it exists but lies outside the scope. */
  private async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'progress_report', entityId: id } : undefined,
    );
  }
}
