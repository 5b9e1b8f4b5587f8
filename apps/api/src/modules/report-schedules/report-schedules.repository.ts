import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PilotStatus, type ReportCadence } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { PilotApplicationEntity } from '../pilots/pilot-application.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { ProgressReportEntity } from '../progress-reports/progress-report.entity';

/** An approved pilot: the programme it reports to and since when. */
export interface PilotRow {
  programmeId: string;
  programmeTitle: string;
  year: number;
  cadence: string;
  programmeVersion: number;
  approvedOn: string;
}

/** A pilot's own report of a period, as the calendar shows it. */
export interface ScheduledReport {
  id: string;
  programmeId: string;
  period: string;
  status: ProgressReportEntity['status'];
  currentVersion: number;
  firstSubmittedAt: Date | null;
}

/** Queries of the reporting calendar: who owes reports to which programme, and the cadence. */
@Injectable()
export class ReportSchedulesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The approved pilot applications of an enterprise, with their programmes (active ones only). */
  async approvedPilots(enterpriseId: string, programmeId?: string): Promise<PilotRow[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(PilotApplicationEntity, 'a')
      .innerJoin('a.programme', 'p')
      .select('p.id', 'programmeId')
      .addSelect('p.title', 'programmeTitle')
      .addSelect('p.year', 'year')
      .addSelect('p.report_cadence', 'cadence')
      .addSelect('p.version', 'programmeVersion')
      // a pilot approved without a recorded decision time (imported) counts from its application
      .addSelect(
        `to_char((COALESCE(a.decided_at, a.created_at) AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD')`,
        'approvedOn',
      )
      .where('a.enterprise_id = :enterpriseId AND a.status = :approved', {
        enterpriseId,
        approved: PilotStatus.Approved,
      })
      .andWhere(`p.status = 'active' AND p.deleted_at IS NULL`)
      .orderBy('p.year', 'DESC')
      .addOrderBy('p.title');
    if (programmeId) qb.andWhere('p.id = :programmeId', { programmeId });
    return qb.getRawMany<PilotRow>();
  }

  /** The enterprise's own reports in some programmes. */
  reportsOf(enterpriseId: string, programmeIds: string[]): Promise<ScheduledReport[]> {
    if (programmeIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(ProgressReportEntity, 'pr')
      .where('pr.enterprise_id = :enterpriseId AND pr.programme_id IN (:...programmeIds)', {
        enterpriseId,
        programmeIds,
      })
      .getMany();
  }

  programmeHasReports(programmeId: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(ProgressReportEntity, { programmeId });
  }

  async setCadence(programmeId: string, cadence: ReportCadence, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(
      ProgrammeEntity,
      { id: programmeId },
      { reportCadence: cadence },
    );
  }
}
