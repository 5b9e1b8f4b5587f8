import { Injectable } from '@nestjs/common';
import { Role } from '@skillpay/domain';
import { ClsService } from 'nestjs-cls';
import { type Caller } from '../../common/auth/caller';
import { type RequestContext } from '../../common/context/request-context';
import { AppException } from '../../common/errors/app.exception';
import { type ProgrammeDashboardDto } from './programme-dashboard.dto';
import { type DashboardScope, ProgrammeDashboardRepository } from './programme-dashboard.repository';
import { LedgerProgress } from '../ledger-tasks/ledger-progress.service';
import { LedgerTasksRepository } from '../ledger-tasks/ledger-tasks.repository';

/**
 * The programme at a glance, as far as the caller may see it: the city bureau sees every district
 * side by side, a district bureau its own district and the tasks it is responsible for.
 */
@Injectable()
export class ProgrammeDashboardService {
  constructor(
    private readonly repository: ProgrammeDashboardRepository,
    private readonly cls: ClsService<RequestContext>,
    private readonly tasks: LedgerTasksRepository,
    private readonly progress: LedgerProgress,
  ) {}

  /** Linked tasks of the programme that the portal's records complete. */
  private async linkedDoneTaskIds(programmeId: string): Promise<string[]> {
    const tasks = await this.tasks.tasks(programmeId);
    return [...(await this.progress.linkedDone(tasks.map((task) => task.id)))];
  }

  async get(caller: Caller, programmeId: string): Promise<ProgrammeDashboardDto> {
    const cityCode = await this.repository.visibleProgrammeRegion(programmeId, caller.regionPath);
    if (!cityCode) throw AppException.notFound();
    const scope: DashboardScope = {
      programmeId,
      regionPath: caller.regionPath,
      responsibleOrganisationId: caller.role === Role.CityBureau ? null : caller.organisationId,
      english: this.cls.get('language') === 'en',
      linkedDoneTaskIds: await this.linkedDoneTaskIds(programmeId),
    };
    const [pilots, statuses, progress, overdue, byRegion, byMonth] = await Promise.all([
      this.repository.pilotsByRegion(scope, cityCode),
      this.repository.applicationsByStatus(scope),
      this.repository.taskProgress(scope),
      this.repository.overdue(scope),
      this.repository.guidanceByRegion(scope),
      this.repository.guidanceByMonth(scope),
    ]);
    return {
      pilotsByRegion: pilots.map((row) => ({
        regionCode: row.region_code,
        regionName: row.region_name,
        cityDirect: row.city_direct,
        quota: row.quota,
        approved: row.approved,
        recommended: row.recommended,
        submitted: row.submitted,
      })),
      applicationsByStatus: statuses,
      taskProgress: progress.map((row) => ({
        id: row.id,
        kind: row.kind,
        name: row.name,
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        tasks: row.tasks,
        done: row.done,
        overdue: row.overdue,
        percent: row.percent,
      })),
      overdue: overdue.map((row) => ({
        kind: row.kind,
        id: row.id,
        title: row.title,
        dueOn: row.due_on,
        responsible: row.responsible,
        link: row.link,
      })),
      guidanceByRegion: byRegion.map((row) => ({
        regionCode: row.region_code,
        regionName: row.region_name,
        count: row.count,
      })),
      guidanceByMonth: byMonth,
    };
  }
}
