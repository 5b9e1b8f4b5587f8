import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  can,
  chinaToday,
  OrganisationType,
  Ownership,
  owedReportPeriods,
  parseReportPeriod,
  PROGRESS_REPORT_ACTION_LABELS,
  PROGRESS_REPORT_STATUS_LABELS,
  PROGRESS_REPORT_WORKFLOW,
  ProgressReportAction,
  ProgressReportStatus,
  REPORT_CADENCE_LABELS,
  ReportCadence,
  reportPeriodLabel,
  reportPeriods,
  RegionLevel,
  Role,
  submissionProblems,
} from '@skillpay/domain';
import { checkProgressReport } from '@skillpay/paycalc';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService, type WorkflowSubject } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException, type FieldProblem } from '../../common/errors/app.exception';
import { type FileResponse } from '../../common/http/file-response';
import { ErrorCode } from '../../common/errors/error-code';
import { toAttachmentDto, toAttachmentFile, type UploadedAttachment } from '../attachments/attachments.dto';
import { AttachmentsService } from '../attachments/attachments.service';
import { AuditService } from '../audit/audit.service';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { ProgrammeEntity, ProgrammeStatus } from '../programmes/programme.entity';
import { ProgrammesRepository } from '../programmes/programmes.repository';
import { ProgressReportVersionEntity } from './progress-report-version.entity';
import { ProgressReportEntity } from './progress-report.entity';
import {
  type CreateProgressReportDto,
  type ProgrammeScheduleDto,
  type ProgressReportDetailDto,
  type ProgressReportDto,
  type ProgressReportListDto,
  type ProgressReportQueryDto,
  type ProgressReportReviewDto,
  type ReportScheduleDto,
  type ReportScheduleQueryDto,
  type UpdateProgressReportDto,
  type UpdateReportCadenceDto,
} from './progress-reports.dto';
import { type ReportRow, ProgressReportsRepository } from './progress-reports.repository';

type Content = Pick<ProgressReportVersionEntity, 'adoption' | 'indicators' | 'narrative'>;

/** Where a report's enterprise sits; 市直企业 (registered at the city itself) are reviewed by the city bureau. */
function placeOf(report: ProgressReportEntity) {
  const region = report.enterprise!.organisation!.region!;
  const cityDirect = region.level === RegionLevel.City;
  return {
    cityDirect,
    regionCode: region.code,
    regionName: region.name,
    cityCode: cityDirect ? region.code : region.parentCode!,
  };
}

/** A report as the workflow kernel sees it. */
function subjectOf(report: ProgressReportEntity): WorkflowSubject<ProgressReportStatus> {
  return {
    id: report.id,
    status: report.status,
    enterpriseId: report.enterpriseId,
    cityDirect: placeOf(report).cityDirect,
  };
}

function labelParams(status: ProgressReportStatus, action?: ProgressReportAction): Record<string, string> {
  return {
    statusZh: PROGRESS_REPORT_STATUS_LABELS[status]['zh-CN'],
    statusEn: PROGRESS_REPORT_STATUS_LABELS[status].en,
    ...(action
      ? {
          actionZh: PROGRESS_REPORT_ACTION_LABELS[action]['zh-CN'],
          actionEn: PROGRESS_REPORT_ACTION_LABELS[action].en,
        }
      : {}),
  };
}

const SUBMISSION_CODES = {
  'detail-required': 'errors.report_detail_required',
  'narrative-required': 'errors.report_narrative_required',
  'skill-levels-required': 'errors.report_skill_levels_required',
  'value-required': 'errors.report_value_required',
} as const;

@Injectable()
export class ProgressReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ProgressReportsRepository,
    private readonly programmes: ProgrammesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly attachments: AttachmentsService,
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
    const summary = (v: ProgressReportVersionEntity) => ({
      version: v.version,
      status: v.status,
      submittedAt: v.submittedAt,
      reviewedAt: v.reviewedAt,
      reviewerName: v.reviewedBy ? (names.get(v.reviewedBy) ?? null) : null,
      reviewComment: v.reviewComment,
    });
    return {
      ...this.toDto(caller, row, chinaToday()),
      version: {
        ...summary(shown),
        adoption: shown.adoption,
        indicators: shown.indicators,
        narrative: shown.narrative,
        checks: shown.checks,
        attachments: attachments.map(toAttachmentDto),
        submitterName: shown.submittedBy ? (names.get(shown.submittedBy) ?? null) : null,
        updatedAt: shown.updatedAt,
      },
      versions: versions.map(summary),
    };
  }

  async create(caller: Caller, dto: CreateProgressReportDto): Promise<ProgressReportDetailDto> {
    const enterprise = await this.dataSource.manager.findOne(EnterpriseEntity, {
      where: { id: caller.organisationId },
      relations: { organisation: { region: true } },
    });
    if (!enterprise) throw new AppException(ErrorCode.EnterpriseProfileMissing, HttpStatus.CONFLICT);
    const programme = await this.programmes.findInScope(
      this.access.programmeScope(caller, 'read'),
      dto.programmeId,
    );
    const problems: FieldProblem[] = [];
    const period = parseReportPeriod(dto.period);
    if (!programme) {
      problems.push({ field: 'programmeId', code: 'errors.programme_not_visible' });
    } else if (programme.status !== ProgrammeStatus.Active) {
      problems.push({ field: 'programmeId', code: 'errors.programme_not_active' });
    } else if (!(await this.repository.approvedPilots(enterprise.id, programme.id)).length) {
      problems.push({ field: 'programmeId', code: 'errors.report_not_a_pilot' });
    } else if (!period || period.cadence !== programme.reportCadence || period.year !== programme.year) {
      problems.push({
        field: 'period',
        code: 'errors.report_period_invalid',
        params: {
          year: programme.year,
          cadenceZh: REPORT_CADENCE_LABELS[programme.reportCadence]['zh-CN'],
          cadenceEn: REPORT_CADENCE_LABELS[programme.reportCadence].en,
        },
      });
    } else if (period.startsOn > chinaToday()) {
      problems.push({
        field: 'period',
        code: 'errors.report_period_not_started',
        params: { startsOn: period.startsOn },
      });
    }
    problems.push(...this.contentProblems(dto));
    if (problems.length > 0) throw AppException.validation(problems);
    if (await this.repository.reportExistsFor(programme!.id, enterprise.id, dto.period)) {
      throw AppException.conflict(ErrorCode.ProgressReportExists, 'period', {
        periodZh: reportPeriodLabel(dto.period, 'zh-CN'),
        periodEn: reportPeriodLabel(dto.period, 'en'),
      });
    }
    const content = this.content(dto);
    const id = await this.dataSource.transaction(async (manager) => {
      const report = await manager.save(
        ProgressReportEntity,
        manager.create(ProgressReportEntity, {
          programmeId: programme!.id,
          enterpriseId: enterprise.id,
          period: dto.period,
          dueOn: period!.dueOn,
          status: ProgressReportStatus.Draft,
          currentVersion: 1,
        }),
      );
      await manager.save(
        ProgressReportVersionEntity,
        manager.create(ProgressReportVersionEntity, {
          reportId: report.id,
          version: 1,
          status: ProgressReportStatus.Draft,
          ...content,
          checks: this.checks(content, enterprise.ownership),
          createdBy: caller.userId,
        }),
      );
      await this.audit.record(
        {
          action: 'progress-report.create',
          entityType: 'progress_report',
          entityId: report.id,
          after: { programmeId: programme!.id, period: dto.period, version: 1, ...content },
        },
        manager,
      );
      return report.id;
    });
    return this.get(caller, id);
  }

  /** Replaces the content of the latest version while it is a draft and re-runs the checks. */
  async update(caller: Caller, id: string, dto: UpdateProgressReportDto): Promise<ProgressReportDetailDto> {
    const problems = this.contentProblems(dto);
    if (problems.length > 0) throw AppException.validation(problems);
    await this.dataSource.transaction(async (manager) => {
      const { report, version } = await this.lockDraft(caller, id, manager);
      const content = this.content(dto);
      const before: Content = {
        adoption: version.adoption,
        indicators: version.indicators,
        narrative: version.narrative,
      };
      await manager.update(
        ProgressReportVersionEntity,
        { id: version.id },
        { ...content, checks: this.checks(content, report.enterprise!.ownership) },
      );
      await manager.update(ProgressReportEntity, { id }, { updatedAt: new Date() });
      await this.audit.record(
        {
          action: 'progress-report.update',
          entityType: 'progress_report',
          entityId: id,
          before: { version: version.version, ...before },
          after: { version: version.version, ...content },
        },
        manager,
      );
    });
    return this.get(caller, id);
  }

  /**
   * One workflow step, with the audit record and the notification of the next actor in one
   * transaction. Revising a returned report starts a new version copied from it; the returned
   * version stays as it was.
   */
  async transition(
    caller: Caller,
    id: string,
    action: ProgressReportAction,
    dto: ProgressReportReviewDto,
  ): Promise<ProgressReportDetailDto> {
    const step = PROGRESS_REPORT_WORKFLOW.actions[action];
    const comment = dto.comment?.trim() ? dto.comment.trim() : null;
    await this.dataSource.transaction(async (manager) => {
      const row = await this.repository.findInScope(
        this.access.scope(caller, 'progressReports', 'read'),
        id,
        manager,
        true,
      );
      if (!row) throw await this.notFound(id, manager);
      const { report } = row;
      if (!this.access.canAct(caller, PROGRESS_REPORT_WORKFLOW, action, subjectOf(report))) {
        throw new AppException(
          ErrorCode.ProgressReportTransitionNotAllowed,
          HttpStatus.CONFLICT,
          labelParams(report.status, action),
          [],
          { status: report.status, action },
        );
      }
      if (step.reasonRequired && !comment) {
        throw AppException.validation([{ field: 'comment', code: 'errors.report_comment_required' }]);
      }
      const version = await manager.findOneByOrFail(ProgressReportVersionEntity, {
        reportId: id,
        version: report.currentVersion,
      });
      if (action === ProgressReportAction.Submit) {
        const problems = submissionProblems(version.adoption, version.indicators, version.narrative);
        if (problems.length > 0) {
          throw AppException.validation(
            problems.map((p) => ({ field: p.field, code: SUBMISSION_CODES[p.code] })),
          );
        }
      }
      const now = new Date();
      let versionNumber = version.version;
      if (action === ProgressReportAction.Revise) {
        versionNumber = version.version + 1;
        const next = await manager.save(
          ProgressReportVersionEntity,
          manager.create(ProgressReportVersionEntity, {
            reportId: id,
            version: versionNumber,
            status: ProgressReportStatus.Draft,
            adoption: version.adoption,
            indicators: version.indicators,
            narrative: version.narrative,
            checks: version.checks,
            createdBy: caller.userId,
          }),
        );
        await this.repository.copyAttachments(version.id, next.id, manager);
      } else if (action === ProgressReportAction.Submit) {
        await manager.update(
          ProgressReportVersionEntity,
          { id: version.id },
          { status: step.to, submittedAt: now, submittedBy: caller.userId },
        );
      } else {
        await manager.update(
          ProgressReportVersionEntity,
          { id: version.id },
          { status: step.to, reviewedAt: now, reviewedBy: caller.userId, reviewComment: comment },
        );
      }
      await manager.update(
        ProgressReportEntity,
        { id },
        {
          status: step.to,
          currentVersion: versionNumber,
          ...(action === ProgressReportAction.Submit && !report.firstSubmittedAt
            ? { firstSubmittedAt: now }
            : {}),
        },
      );
      await this.audit.record(
        {
          action: `progress-report.${action}`,
          entityType: 'progress_report',
          entityId: id,
          before: { status: report.status, version: version.version },
          after: { status: step.to, version: versionNumber, comment },
        },
        manager,
      );
      await this.notifyNextActor(report, action, versionNumber, manager);
    });
    return this.get(caller, id);
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
    await this.dataSource.transaction(async (manager) => {
      const { version } = await this.lockDraft(caller, id, manager);
      const stored = await this.attachments.store(
        'progress-report',
        version.id,
        files,
        caller.userId,
        manager,
      );
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
        manager,
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

  /**
   * The reporting calendar. An enterprise sees the programmes it is an approved pilot of, each
   * period with its own report; bureaus see the periods of the programmes they can read.
   */
  async schedule(caller: Caller, query: ReportScheduleQueryDto): Promise<ReportScheduleDto> {
    const today = chinaToday();
    if (caller.role === Role.Enterprise) {
      const pilots = await this.repository.approvedPilots(caller.organisationId, query.programmeId);
      const reports = await this.repository.reportsOf(
        caller.organisationId,
        pilots.map((p) => p.programmeId),
      );
      return {
        programmes: pilots.map((pilot) => {
          const cadence = pilot.cadence as ReportCadence;
          const owed = new Set(
            owedReportPeriods(pilot.year, cadence, pilot.approvedOn, today).map((p) => p.key),
          );
          return {
            programmeId: pilot.programmeId,
            programmeTitle: pilot.programmeTitle,
            year: pilot.year,
            cadence,
            cadenceEditable: false,
            periods: reportPeriods(pilot.year, cadence).map((period) => {
              const report = reports.find(
                (r) => r.programmeId === pilot.programmeId && r.period === period.key,
              );
              const isOwed = owed.has(period.key);
              return {
                period: period.key,
                startsOn: period.startsOn,
                endsOn: period.endsOn,
                dueOn: period.dueOn,
                open: period.startsOn <= today,
                owed: isOwed,
                overdue: isOwed && today > period.dueOn && !report?.firstSubmittedAt,
                reportId: report?.id ?? null,
                status: report?.status ?? null,
                currentVersion: report?.currentVersion ?? null,
              };
            }),
          };
        }),
      };
    }
    const [programmes] = await this.programmes.findPage(
      this.access.programmeScope(caller, 'read'),
      query.programmeId ? {} : { status: ProgrammeStatus.Active },
    );
    const result: ProgrammeScheduleDto[] = [];
    for (const programme of programmes.filter((p) => !query.programmeId || p.id === query.programmeId)) {
      result.push({
        programmeId: programme.id,
        programmeTitle: programme.title,
        year: programme.year,
        cadence: programme.reportCadence,
        cadenceEditable:
          can(caller.role, 'programmes', 'update') &&
          programme.region!.path.startsWith(caller.regionPath) &&
          !(await this.repository.programmeHasReports(programme.id, this.dataSource.manager)),
        periods: reportPeriods(programme.year, programme.reportCadence).map((period) => ({
          period: period.key,
          startsOn: period.startsOn,
          endsOn: period.endsOn,
          dueOn: period.dueOn,
          open: period.startsOn <= today,
          owed: false,
          overdue: false,
          reportId: null,
          status: null,
          currentVersion: null,
        })),
      });
    }
    return { programmes: result };
  }

  /**
   * The city bureau sets how often pilots report. Fixed once a report exists, so that every report
   * of a programme belongs to the same calendar.
   */
  async setCadence(caller: Caller, dto: UpdateReportCadenceDto): Promise<ReportScheduleDto> {
    await this.dataSource.transaction(async (manager) => {
      const programme = await this.programmes.findInScope(
        this.access.programmeScope(caller, 'update'),
        dto.programmeId,
        manager,
      );
      if (!programme) {
        throw AppException.validation([{ field: 'programmeId', code: 'errors.programme_not_visible' }]);
      }
      if (programme.reportCadence === dto.cadence) return;
      if (await this.repository.programmeHasReports(programme.id, manager)) {
        throw new AppException(ErrorCode.ReportCadenceLocked, HttpStatus.CONFLICT);
      }
      await manager.update(ProgrammeEntity, { id: programme.id }, { reportCadence: dto.cadence });
      await this.audit.record(
        {
          action: 'programme.report-cadence',
          entityType: 'programme',
          entityId: programme.id,
          before: { reportCadence: programme.reportCadence },
          after: { reportCadence: dto.cadence },
        },
        manager,
      );
    });
    return this.schedule(caller, { programmeId: dto.programmeId });
  }

  private async notifyNextActor(
    report: ProgressReportEntity,
    action: ProgressReportAction,
    version: number,
    manager: EntityManager,
  ): Promise<void> {
    const place = placeOf(report);
    const name = report.enterprise!.organisation!.name;
    const programme = report.programme!.title;
    const periodZh = reportPeriodLabel(report.period, 'zh-CN');
    const periodEn = reportPeriodLabel(report.period, 'en');
    let recipients: string[];
    let title: { 'zh-CN': string; en: string };
    switch (action) {
      case ProgressReportAction.Submit:
        recipients = place.cityDirect
          ? await this.repository.bureauIds(OrganisationType.CityBureau, place.cityCode, manager)
          : await this.repository.bureauIds(OrganisationType.DistrictBureau, place.regionCode, manager);
        title = {
          'zh-CN': `${name}报送了${periodZh}进展报告（第 ${version} 版，${programme}），请审核`,
          en: `${name} submitted its progress report for ${periodEn} (version ${version}, ${programme}); please review`,
        };
        break;
      case ProgressReportAction.Accept:
        recipients = [report.enterpriseId];
        title = {
          'zh-CN': `${periodZh}进展报告（${programme}）已通过审核`,
          en: `Your progress report for ${periodEn} (${programme}) was accepted`,
        };
        break;
      case ProgressReportAction.Return:
        recipients = [report.enterpriseId];
        title = {
          'zh-CN': `${periodZh}进展报告（${programme}）已退回，请按审核意见修改后重新报送`,
          en: `Your progress report for ${periodEn} (${programme}) was returned; please revise and resubmit`,
        };
        break;
      case ProgressReportAction.Revise:
        // the enterprise acts on its own report: nobody else needs to know yet
        return;
    }
    await this.notifications.notify(
      {
        recipientOrganisationIds: recipients,
        kind: `progress-report.${action}`,
        title,
        link: `/progress-reports/${report.id}`,
        dedupeKey: `progress-report:${report.id}:v${version}:${action}`,
      },
      manager,
    );
  }

  /** The latest version, locked with its report, if the caller's enterprise may change it now. */
  private async lockDraft(
    caller: Caller,
    id: string,
    manager: EntityManager,
  ): Promise<{ report: ProgressReportEntity; version: ProgressReportVersionEntity }> {
    const row = await this.repository.findInScope(
      this.access.scope(caller, 'progressReports', 'read'),
      id,
      manager,
      true,
    );
    if (!row) throw await this.notFound(id, manager);
    const { report } = row;
    if (caller.role !== Role.Enterprise || caller.organisationId !== report.enterpriseId) {
      throw AppException.forbidden();
    }
    if (report.status !== ProgressReportStatus.Draft) {
      throw new AppException(
        ErrorCode.ProgressReportNotEditable,
        HttpStatus.CONFLICT,
        labelParams(report.status),
      );
    }
    const version = await manager.findOneByOrFail(ProgressReportVersionEntity, {
      reportId: id,
      version: report.currentVersion,
    });
    return { report, version };
  }

  /** Checks the DTO cannot express: one row per skill level. */
  private contentProblems(dto: UpdateProgressReportDto): FieldProblem[] {
    const seen = new Set<string>();
    const problems: FieldProblem[] = [];
    dto.indicators.skillLevels.forEach((row, index) => {
      if (seen.has(row.level)) {
        problems.push({
          field: `indicators.skillLevels.${index}.level`,
          code: 'errors.report_duplicate_level',
        });
      }
      seen.add(row.level);
    });
    const types = new Set<string>();
    dto.adoption.allowances.items.forEach((item, index) => {
      if (types.has(item.type)) {
        problems.push({
          field: `adoption.allowances.items.${index}.type`,
          code: 'errors.report_duplicate_allowance',
        });
      }
      types.add(item.type);
    });
    return problems;
  }

  /** The stored content: plain JSON, trimmed narrative. */
  private content(dto: UpdateProgressReportDto): Content {
    return {
      adoption: JSON.parse(JSON.stringify(dto.adoption)) as Content['adoption'],
      indicators: JSON.parse(JSON.stringify(dto.indicators)) as Content['indicators'],
      narrative: dto.narrative.trim(),
    };
  }

  /** libs/paycalc's results; the SOE rules bind state-owned enterprises only. */
  private checks(content: Content, ownership: Ownership) {
    return checkProgressReport(content.indicators, { stateOwned: ownership === Ownership.StateOwned });
  }

  private toDto(caller: Caller, row: ReportRow, today: string): ProgressReportDto {
    const { report } = row;
    const enterprise = report.enterprise!;
    const place = placeOf(report);
    const own = caller.role === Role.Enterprise && caller.organisationId === report.enterpriseId;
    return {
      id: report.id,
      programmeId: report.programmeId,
      programmeTitle: report.programme?.title ?? '',
      enterprise: {
        id: enterprise.id,
        name: enterprise.organisation!.name,
        regionCode: place.regionCode,
        regionName: place.regionName,
        cityDirect: place.cityDirect,
        stateOwned: enterprise.ownership === Ownership.StateOwned,
      },
      period: report.period,
      dueOn: report.dueOn,
      status: report.status,
      currentVersion: report.currentVersion,
      overdue: !report.firstSubmittedAt && today > report.dueOn,
      availableActions: this.access.openActions(caller, PROGRESS_REPORT_WORKFLOW, subjectOf(report)),
      editable: own && report.status === ProgressReportStatus.Draft,
      failedChecks: row.failedChecks,
      submittedAt: row.submittedAt,
      updatedAt: report.updatedAt,
    };
  }

  private async findOrFail(caller: Caller, id: string): Promise<ReportRow> {
    const row = await this.repository.findInScope(this.access.scope(caller, 'progressReports', 'read'), id);
    if (!row) throw await this.notFound(id);
    return row;
  }

  /** 404, naming the entity only when it exists but lies outside the scope; `manager` inside a transaction. */
  private async notFound(id: string, manager?: EntityManager): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, manager))
        ? { entityType: 'progress_report', entityId: id }
        : undefined,
    );
  }
}
