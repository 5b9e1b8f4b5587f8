import { Injectable } from '@nestjs/common';
import { CaseStatus } from '@skillpay/domain';
import { ClsService } from 'nestjs-cls';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { type RequestContext } from '../../common/context/request-context';
import { type ProgrammeStatisticsDto } from './programme-statistics.dto';
import { ProgrammeStatisticsRepository } from './programme-statistics.repository';

/** The states a counted case can be in: every one after the author's draft. */
const COUNTED_CASE_STATES = Object.values(CaseStatus).filter((status) => status !== CaseStatus.Draft);

/**
 * 统计概览: the programme in figures for the reviewer organisations (总工会, 企业联合会, 工商联), who
 * see aggregates only (domain.md "Actors"): pilots per district, reports received, benchmark
 * releases published, cases by state. Counts, never rows.
 */
@Injectable()
export class ProgrammeStatisticsService {
  constructor(
    private readonly access: AccessService,
    private readonly repository: ProgrammeStatisticsRepository,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async get(caller: Caller): Promise<ProgrammeStatisticsDto> {
    const scope = this.access.statisticsScope(caller);
    const programmes = await this.repository.programmes(scope);
    const ids = programmes.map((programme) => programme.id);
    const [pilots, reports, releases, cases] = await Promise.all([
      this.repository.pilotsByRegion(scope, ids, this.cls.get('language') === 'en'),
      this.repository.progressReports(scope, ids),
      this.repository.benchmarkReleases(ids),
      this.repository.casesByStatus(scope),
    ]);
    const caseCounts = new Map(cases.map((row) => [row.status, row.count]));
    return {
      programmes: programmes.map((programme) => {
        const report = reports.find((row) => row.programme_id === programme.id);
        const release = releases.find((row) => row.programme_id === programme.id);
        return {
          id: programme.id,
          title: programme.title,
          documentNumber: programme.document_number,
          status: programme.status,
          year: programme.year,
          pilotsByRegion: pilots
            .filter((row) => row.programme_id === programme.id)
            .map((row) => ({
              regionCode: row.region_code,
              regionName: row.region_name,
              cityDirect: row.city_direct,
              approved: row.approved,
              pending: row.pending,
            })),
          progressReports: {
            received: report?.received ?? 0,
            submitted: report?.submitted ?? 0,
            accepted: report?.accepted ?? 0,
            returned: report?.returned ?? 0,
            enterprises: report?.enterprises ?? 0,
          },
          benchmarkReleases: {
            published: release?.published ?? 0,
            latestYear: release?.latest_year ?? null,
            latestReleaseNumber: release?.latest_number ?? null,
            latestPublishedAt: release?.latest_published_at ?? null,
            latestEnterpriseCount: release?.enterprise_count ?? null,
            latestEmployeeCount: release?.employee_count ?? null,
          },
        };
      }),
      casesByStatus: COUNTED_CASE_STATES.map((status) => ({ status, count: caseCounts.get(status) ?? 0 })),
    };
  }
}
