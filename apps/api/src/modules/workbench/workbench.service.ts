import { Injectable } from '@nestjs/common';
import { type Language } from '@skillpay/domain';
import { AccessService } from '../../common/access/access.service';
import { AppConfig } from '../../common/config/app-config';
import { type Caller } from '../../common/auth/caller';
import { ReportSchedulesService } from '../report-schedules/report-schedules.service';
import { toWorkbenchItem, type WorkbenchDto } from './workbench.dto';
import { WorkbenchRepository } from './workbench.repository';
import { workbenchSourcesFor } from './workbench.sources';

/**
 * 待办: what waits for the caller. The sources that apply to its role each run one scoped query
 * (in parallel); groups with nothing waiting are left out.
 */
@Injectable()
export class WorkbenchService {
  constructor(
    private readonly repository: WorkbenchRepository,
    private readonly access: AccessService,
    private readonly reportSchedules: ReportSchedulesService,
    private readonly config: AppConfig,
  ) {}

  async get(caller: Caller, language: Language): Promise<WorkbenchDto> {
    const context = {
      caller,
      access: this.access,
      repository: this.repository,
      reportSchedules: this.reportSchedules,
      language,
      talentStaleMonths: this.config.talentStaleMonths,
    };
    const sources = workbenchSourcesFor(caller.role);
    const found = await Promise.all(sources.map((source) => source.find(context)));
    return {
      groups: sources
        .map((source, index) => ({
          kind: source.kind,
          count: found[index].length ? Number(found[index][0].total) : 0,
          listLink: source.listLink,
          items: found[index].map(toWorkbenchItem),
        }))
        .filter((group) => group.count > 0),
    };
  }
}
