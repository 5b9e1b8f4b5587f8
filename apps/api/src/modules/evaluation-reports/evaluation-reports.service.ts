import { Injectable } from '@nestjs/common';
import {
  EVALUATION_REPORT_SECTION_LABELS,
  EVALUATION_REPORT_SECTIONS,
  type EvaluationReportSection,
  MAX_EVALUATION_SECTION_LENGTH,
  OrganisationType,
} from '@skillpay/domain';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import { FileResponse } from '../../common/http/file-response';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { EvaluationReportDocxPool } from './evaluation-report-docx.pool';
import { type EvaluationDistrictSummary } from './evaluation-report-figures';
import { EvaluationReportFiguresSource } from './evaluation-report-figures.source';
import { openingSections, problemsSection } from './evaluation-report-narrative';
import { EvaluationReportException } from './evaluation-report.exception';
import { type EvaluationReportEntity } from './evaluation-report.entity';
import {
  type CreateEvaluationReportDto,
  type EvaluationDistrictReportDto,
  type EvaluationReportDetailDto,
  type EvaluationReportListDto,
  EvaluationReportScope,
  EvaluationReportState,
  type EvaluationReportSummaryDto,
  type EvaluationReportVersionDto,
  type UpdateEvaluationReportDto,
} from './evaluation-reports.dto';
import {
  EvaluationReportsRepository,
  type ProgrammeRow,
  type ReportRow,
} from './evaluation-reports.repository';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 2026年12月7日 (China time). */
export function chineseDate(at: Date): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long' }).format(at);
}

/** Submitted once any version went to the city (the city compiles the latest submitted one). */
function stateOf(submitted: number | null): EvaluationReportState {
  return submitted === null ? EvaluationReportState.Draft : EvaluationReportState.Submitted;
}

function summaryOf(row: ReportRow): EvaluationReportSummaryDto {
  return {
    id: row.id,
    programmeId: row.programme_id,
    programmeTitle: row.programme_title,
    regionCode: row.region_code,
    regionName: row.region_name,
    regionNameEn: row.region_name_en,
    scope:
      row.region_code === row.programme_region_code
        ? EvaluationReportScope.City
        : EvaluationReportScope.District,
    state: stateOf(row.submitted_version_no),
    latestVersionNo: row.latest_version_no,
    latestGeneratedAt: row.latest_generated_at,
    submittedVersionNo: row.submitted_version_no,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
  };
}

/**
 * 评估报告: the city bureau's evaluation of a programme and each district's of its own pilots.
 * A bureau creates its report (the sections prefilled from the measured figures and the open
 * problems the portal holds), edits the narrative, and generates numbered versions — each kept
 * with the figures and narrative it was built from. A district submits a version to the city;
 * the city's report compiles each district's latest submitted one.
 */
@Injectable()
export class EvaluationReportsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: EvaluationReportsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
    private readonly notifications: NotificationsService,
    private readonly figures: EvaluationReportFiguresSource,
    private readonly docxPool: EvaluationReportDocxPool,
  ) {}

  async list(caller: Caller, programmeId?: string): Promise<EvaluationReportListDto> {
    const rows = await this.repository.findAll(
      this.access.evaluationReportScope(caller, 'read'),
      programmeId,
    );
    return { items: rows.map(summaryOf), total: rows.length };
  }

  async get(caller: Caller, id: string): Promise<EvaluationReportDetailDto> {
    const row = await this.findOrFail(caller, id);
    const summary = summaryOf(row);
    const versions = await this.repository.versions(id);
    const districts: EvaluationDistrictReportDto[] =
      summary.scope === EvaluationReportScope.City
        ? (await this.repository.districtReports(row.programme_id, row.region_code)).map((district) => ({
            regionCode: district.code,
            regionName: district.name,
            regionNameEn: district.name_en,
            reportId: district.report_id,
            state:
              district.report_id === null
                ? EvaluationReportState.NotStarted
                : stateOf(district.submitted_version_no),
            latestVersionNo: district.latest_version_no,
            submittedVersionNo: district.submitted_version_no,
            submittedAt: district.submitted_at,
          }))
        : [];
    return {
      ...summary,
      sections: row.sections,
      maxSectionLength: MAX_EVALUATION_SECTION_LENGTH,
      versions: versions.map((version) => ({
        versionNo: version.version_no,
        generatedAt: version.generated_at,
        generatedByName: version.generated_by_name,
        size: version.size,
        submittedAt: version.submitted_at,
      })),
      districts,
      canSubmit:
        summary.scope === EvaluationReportScope.District &&
        row.region_code === caller.regionCode &&
        row.latest_version_no !== null &&
        row.latest_version_no !== row.submitted_version_no,
      editVersion: row.edit_version,
    };
  }

  /**
   * The caller's report of a programme: the city's when the caller is the programme's city bureau,
   * else the caller's district's. Its sections open with the measured figures; 存在的问题 gathers
   * the open problems of the region's progress reports, return comments and guidance.
   */
  async create(caller: Caller, dto: CreateEvaluationReportDto): Promise<EvaluationReportDetailDto> {
    const scope = this.access.evaluationReportScope(caller, 'create');
    if (scope.kind === 'none') throw AppException.forbidden();
    const programme = await this.repository.programmeInScope(
      this.access.programmeScope(caller, 'read'),
      dto.programmeId,
    );
    if (!programme) throw AppException.validation([{ field: 'programmeId', code: 'errors.not_found' }]);
    if (!caller.regionPath.startsWith(programme.region_path)) {
      throw EvaluationReportException.invalid('programmeId', 'evaluation_programme_not_covered');
    }
    const region = await this.repository.region(caller.regionCode);
    const existing = await this.repository.idFor(programme.id, caller.regionCode);
    if (existing) {
      throw new EvaluationReportException(
        'evaluation_report_exists',
        { region: region.name },
        { extra: { id: existing } },
      );
    }
    const figures = await this.figures.figures(caller, programme, region);
    const problems = problemsSection(await this.repository.problemSources(programme.id, region.path));
    const sections = openingSections(figures, problems, programme.document_number);
    const id = await this.unitOfWork.run(async (tx) => {
      // a second create of the same report waits here and finds the first one
      await this.repository.lockCreation(programme.id, caller.regionCode, tx);
      const raced = await this.repository.idFor(programme.id, caller.regionCode, tx);
      if (raced) {
        throw new EvaluationReportException(
          'evaluation_report_exists',
          { region: region.name },
          { extra: { id: raced } },
        );
      }
      const saved = await this.repository.insert(
        { programmeId: programme.id, regionCode: caller.regionCode, sections, createdBy: caller.userId },
        tx,
      );
      await this.audit.record(
        {
          action: 'evaluation-report.create',
          entityType: 'evaluation_report',
          entityId: saved.id,
          after: { programmeId: programme.id, regionCode: caller.regionCode, sections },
        },
        tx,
      );
      return saved.id;
    });
    return this.get(caller, id);
  }

  /** Edits the narrative sections (each at most MAX_EVALUATION_SECTION_LENGTH characters). */
  async update(
    caller: Caller,
    id: string,
    dto: UpdateEvaluationReportDto,
    precondition?: Precondition,
  ): Promise<EvaluationReportDetailDto> {
    await this.unitOfWork.run(async (tx) => {
      const report = await this.lockOwn(caller, id, tx);
      await this.preconditions.assert(
        precondition,
        { entityType: 'evaluation_report', key: id, version: report.editVersion },
        tx,
      );
      const changes = dto.sections as Partial<Record<EvaluationReportSection, string>>;
      for (const section of EVALUATION_REPORT_SECTIONS) {
        const text = changes[section];
        if (text !== undefined && text.trim().length > MAX_EVALUATION_SECTION_LENGTH) {
          throw EvaluationReportException.invalid(`sections.${section}`, 'evaluation_section_too_long', {
            section: EVALUATION_REPORT_SECTION_LABELS[section],
            max: MAX_EVALUATION_SECTION_LENGTH,
          });
        }
      }
      const sections = { ...report.sections };
      for (const section of EVALUATION_REPORT_SECTIONS) {
        const text = changes[section];
        if (text !== undefined) sections[section] = text.trim();
      }
      await this.repository.updateSections(id, sections, tx);
      await this.audit.record(
        {
          action: 'evaluation-report.update',
          entityType: 'evaluation_report',
          entityId: id,
          before: { sections: report.sections },
          after: { sections },
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  /**
   * Generates the next numbered version: the figures measured now, the narrative as it stands,
   * and (the city's) the districts' latest submitted versions, built into a docx in the document
   * thread and stored with what it was built from.
   */
  async generate(caller: Caller, id: string): Promise<EvaluationReportVersionDto> {
    const row = await this.findOrFail(caller, id);
    if (row.region_code !== caller.regionCode) throw AppException.forbidden();
    const fontFile = this.docxPool.font();
    const programme = await this.repository.programme(row.programme_id);
    const region = await this.repository.region(row.region_code);
    const figures = await this.figures.figures(caller, programme, region);
    const city = row.region_code === programme.region_code;
    const districts = city ? await this.districtSummaries(programme) : [];
    const pendingDistricts = city
      ? (await this.repository.districtReports(programme.id, programme.region_code))
          .filter((district) => district.submitted_version_no === null)
          .map((district) => district.name)
      : [];
    const bureauName = await this.repository.organisationName(caller.organisationId);
    // the row stays locked while the document is built (a second or two): the version number and
    // the narrative it prints are those stored with it, and edits meanwhile wait
    const versionNo = await this.unitOfWork.run(async (tx) => {
      const report = await this.lockOwn(caller, id, tx);
      const next = await this.repository.nextVersionNo(report.id, tx);
      const generatedAt = new Date();
      const document = await this.docxPool.build({
        programmeTitle: programme.title,
        documentNumber: programme.document_number,
        bureauName,
        dateLine: chineseDate(generatedAt),
        versionNo: next,
        sections: report.sections,
        figures,
        districts,
        pendingDistricts,
        fontFile,
      });
      await this.repository.insertVersion(
        {
          reportId: id,
          versionNo: next,
          sections: report.sections,
          figures,
          document,
          generatedBy: caller.userId,
          generatedAt,
        },
        tx,
      );
      await this.audit.record(
        {
          action: 'evaluation-report.generate',
          entityType: 'evaluation_report',
          entityId: id,
          after: {
            versionNo: next,
            bytes: document.length,
            pilots: figures.adoption.pilots,
            meanIndex: figures.adoption.meanIndex,
            highSkillGrowth: figures.outcomes.highSkillGrowth,
            managementGrowth: figures.outcomes.managementGrowth,
            districts: districts.map((district) => ({
              region: district.regionName,
              versionNo: district.versionNo,
            })),
          },
        },
        tx,
      );
      return next;
    });
    const version = (await this.repository.versions(id)).find((entry) => entry.version_no === versionNo)!;
    return {
      versionNo,
      generatedAt: version.generated_at,
      generatedByName: version.generated_by_name,
      size: version.size,
      submittedAt: null,
    };
  }

  /** A version's document as generated (the latest by default); each download is audited. */
  async file(caller: Caller, id: string, versionNo?: number): Promise<FileResponse> {
    const row = await this.findOrFail(caller, id);
    const version = await this.repository.document(id, versionNo);
    if (!version) {
      if (versionNo === undefined) throw new EvaluationReportException('evaluation_not_generated');
      throw new EvaluationReportException('evaluation_version_not_found', { versionNo });
    }
    await this.audit.record({
      action: 'evaluation-report.download',
      entityType: 'evaluation_report',
      entityId: id,
      after: { versionNo: version.version_no },
    });
    // a district's report names its district; the city's title already begins with the city
    const region = row.programme_title.startsWith(row.region_name) ? '' : row.region_name;
    const fileName = `${region}${row.programme_title}评估报告（第${version.version_no}版）.docx`.replace(
      /[\\/:*?"<>|]/g,
      '_',
    );
    return new FileResponse(fileName, DOCX_CONTENT_TYPE, version.document, {
      asciiFileName: `evaluation-report-${row.region_code}-v${version.version_no}.docx`,
    });
  }

  /** A district submits its latest version to the city, which is told. */
  async submit(caller: Caller, id: string): Promise<EvaluationReportDetailDto> {
    await this.unitOfWork.run(async (tx) => {
      const report = await this.lockOwn(caller, id, tx);
      const programme = await this.repository.programme(report.programmeId);
      if (report.regionCode === programme.region_code) {
        throw new EvaluationReportException('evaluation_city_report_not_submitted');
      }
      const latest = await this.repository.latestVersion(id, tx);
      if (!latest) throw new EvaluationReportException('evaluation_nothing_to_submit');
      if (latest.submitted_at) {
        throw new EvaluationReportException('evaluation_already_submitted', { versionNo: latest.version_no });
      }
      const now = new Date();
      await this.repository.markSubmitted(latest.id, caller.userId, now, tx);
      await this.audit.record(
        {
          action: 'evaluation-report.submit',
          entityType: 'evaluation_report',
          entityId: id,
          after: { versionNo: latest.version_no },
        },
        tx,
      );
      const region = await this.repository.region(report.regionCode);
      await this.notifications.notify(
        {
          recipientOrganisationIds: await this.repository.bureauIds(
            OrganisationType.CityBureau,
            programme.region_code,
            tx,
          ),
          kind: 'evaluation-report.submit',
          title: {
            'zh-CN': `${region.name}报送了《${programme.title}》评估报告（第${latest.version_no}版）`,
            en: `${region.name_en} submitted its evaluation of “${programme.title}” (version ${latest.version_no})`,
          },
          link: `/evaluation-reports/${id}`,
          dedupeKey: `evaluation-report:${id}:${latest.version_no}`,
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  /** The districts' latest submitted versions, as the city's report prints them. */
  private async districtSummaries(programme: ProgrammeRow): Promise<EvaluationDistrictSummary[]> {
    const rows = await this.repository.submittedDistrictVersions(programme.id, programme.region_code);
    return rows.map((row) => ({
      regionName: row.region_name,
      versionNo: row.version_no,
      submittedOn: chineseDate(new Date(row.submitted_at)),
      figures: row.figures,
      results: row.sections.results,
      problems: row.sections.problems,
    }));
  }

  /**
   * The caller's own report, locked: a report the caller reads but does not own (the city reading
   * a district's) answers 403; one outside the caller's region 404.
   */
  private async lockOwn(caller: Caller, id: string, tx: Tx): Promise<EvaluationReportEntity> {
    const report = await this.repository.lockInScope(
      this.access.evaluationReportScope(caller, 'update'),
      id,
      tx,
    );
    if (!report) throw await this.notFound(id, tx);
    if (report.regionCode !== caller.regionCode) throw AppException.forbidden();
    return report;
  }

  private async findOrFail(caller: Caller, id: string): Promise<ReportRow> {
    const row = await this.repository.findInScope(this.access.evaluationReportScope(caller, 'read'), id);
    if (!row) throw await this.notFound(id);
    return row;
  }

  /** 404, naming the report only when it exists but lies outside the scope. */
  private async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'evaluation_report', entityId: id } : undefined,
    );
  }
}
