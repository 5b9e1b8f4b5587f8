import { Injectable } from '@nestjs/common';
import {
  can,
  chinaToday,
  owedReportPeriods,
  parseReportPeriod,
  REPORT_CADENCE_LABELS,
  type ReportCadence,
  type ReportPeriod,
  reportPeriods,
  Role,
} from '@skillpay/domain';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { type FieldProblem } from '../../common/errors/app.exception';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type ProgrammeEntity, ProgrammeStatus } from '../programmes/programme.entity';
import { ProgrammesRepository } from '../programmes/programmes.repository';
import { ReportScheduleException } from './report-schedule.exception';
import {
  type ProgrammeScheduleDto,
  type ReportScheduleDto,
  type ReportScheduleQueryDto,
  type SchedulePeriodDto,
  type UpdateReportCadenceDto,
} from './report-schedules.dto';
import { ReportSchedulesRepository } from './report-schedules.repository';
import { ProgrammeException } from '../programmes/programme.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';

/** What a new report's programme and period come to: the programme and period, or the problems. */
export interface PeriodCheck {
  programme: ProgrammeEntity | null;
  period: ReportPeriod | null;
  problems: FieldProblem[];
}

/**
 * 报送周期: the reporting calendar of each programme — its cadence (monthly or quarterly), the
 * periods of its year with their due dates, and which of them a pilot owes.
 */
@Injectable()
export class ReportSchedulesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: ReportSchedulesRepository,
    private readonly programmes: ProgrammesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
  ) {}

  /**
   * The reporting calendar. An enterprise sees the programmes it is an approved pilot of, each
   * period with its own report; bureaus see the periods of the programmes they can read.
   */
  async schedule(caller: Caller, query: ReportScheduleQueryDto): Promise<ReportScheduleDto> {
    if (caller.role === Role.Enterprise) return this.pilotSchedule(caller.organisationId, query);
    const today = chinaToday();
    const [programmes] = await this.programmes.findPage(
      this.access.programmeScope(caller, 'read'),
      query.programmeId ? {} : { status: ProgrammeStatus.Active },
    );
    const result: ProgrammeScheduleDto[] = [];
    for (const programme of programmes.filter((p) => !query.programmeId || p.id === query.programmeId)) {
      result.push({
        programmeId: programme.id,
        programmeVersion: programme.version,
        programmeTitle: programme.title,
        year: programme.year,
        cadence: programme.reportCadence,
        cadenceEditable:
          can(caller.role, 'programmes', 'update') &&
          programme.region!.path.startsWith(caller.regionPath) &&
          !(await this.repository.programmeHasReports(programme.id)),
        periods: reportPeriods(programme.year, programme.reportCadence).map((period) => ({
          ...periodDates(period, today),
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

  /** An enterprise's calendar: the periods its pilots owe, each with its own report. */
  private async pilotSchedule(
    enterpriseId: string,
    query: ReportScheduleQueryDto,
  ): Promise<ReportScheduleDto> {
    const today = chinaToday();
    const pilots = await this.repository.approvedPilots(enterpriseId, query.programmeId);
    const reports = await this.repository.reportsOf(
      enterpriseId,
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
          programmeVersion: pilot.programmeVersion,
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
              ...periodDates(period, today),
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

  /**
   * The city bureau sets how often pilots report. Fixed once a report exists, so that every report
   * of a programme belongs to the same calendar.
   */
  async setCadence(
    caller: Caller,
    dto: UpdateReportCadenceDto,
    precondition?: Precondition,
  ): Promise<ReportScheduleDto> {
    await this.unitOfWork.run(async (tx) => {
      const programme = await this.programmes.findInScope(
        this.access.programmeScope(caller, 'update'),
        dto.programmeId,
        tx,
        true,
      );
      if (!programme) throw ProgrammeException.invalid('programmeId', 'programme_not_visible');
      await this.preconditions.assert(
        precondition,
        { entityType: 'programme', key: programme.id, version: programme.version },
        tx,
      );
      if (programme.reportCadence !== dto.cadence) {
        if (await this.repository.programmeHasReports(programme.id, tx)) {
          throw new ReportScheduleException('report_cadence_locked');
        }
        await this.repository.setCadence(programme.id, dto.cadence, tx);
        await this.audit.record(
          {
            action: 'programme.report-cadence',
            entityType: 'programme',
            entityId: programme.id,
            before: { reportCadence: programme.reportCadence },
            after: { reportCadence: dto.cadence },
          },
          tx,
        );
      }
    });
    return this.schedule(caller, { programmeId: dto.programmeId });
  }

  /**
   * Whether an enterprise may report on `periodKey` of a programme: the programme is visible and
   * active, the enterprise is an approved pilot of it, and the period is one of the programme's
   * year and cadence that has begun.
   */
  async checkPeriod(
    caller: Caller,
    enterpriseId: string,
    programmeId: string,
    periodKey: string,
  ): Promise<PeriodCheck> {
    const programme = await this.programmes.findInScope(
      this.access.programmeScope(caller, 'read'),
      programmeId,
    );
    const period = parseReportPeriod(periodKey);
    const problem = await this.periodProblem(enterpriseId, programme, period);
    return { programme, period, problems: problem ? [problem] : [] };
  }

  private async periodProblem(
    enterpriseId: string,
    programme: ProgrammeEntity | null,
    period: ReportPeriod | null,
  ): Promise<FieldProblem | null> {
    if (!programme) return ProgrammeException.fieldProblem('programmeId', 'programme_not_visible');
    if (programme.status !== ProgrammeStatus.Active) {
      return ProgrammeException.fieldProblem('programmeId', 'programme_not_active');
    }
    if (!(await this.repository.approvedPilots(enterpriseId, programme.id)).length) {
      return ReportScheduleException.fieldProblem('programmeId', 'report_not_a_pilot');
    }
    if (!period || period.cadence !== programme.reportCadence || period.year !== programme.year) {
      return ReportScheduleException.fieldProblem('period', 'report_period_invalid', {
        year: programme.year,
        cadence: REPORT_CADENCE_LABELS[programme.reportCadence],
      });
    }
    if (period.startsOn > chinaToday()) {
      return ReportScheduleException.fieldProblem('period', 'report_period_not_started', {
        startsOn: period.startsOn,
      });
    }
    return null;
  }
}

function periodDates(
  period: ReportPeriod,
  today: string,
): Pick<SchedulePeriodDto, 'period' | 'startsOn' | 'endsOn' | 'dueOn' | 'open'> {
  return {
    period: period.key,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    dueOn: period.dueOn,
    open: period.startsOn <= today,
  };
}
