import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { ProgrammeStatisticsDto } from './programme-statistics.dto';
import { ProgrammeStatisticsService } from './programme-statistics.service';

@ApiTags('programme-statistics')
@ApiBearerAuth()
@Controller('programme-statistics')
export class ProgrammeStatisticsController {
  constructor(private readonly service: ProgrammeStatisticsService) {}

  @Get()
  @Allow('programmeStatistics', 'read')
  @ApiOkResponse({ type: ProgrammeStatisticsDto })
  @ApiOperation({
    operationId: 'ProgrammeStatistics_get',
    summary:
      'The programme in aggregate for reviewer organisations: pilots per district, reports received, benchmark releases, cases by state (counts only)',
  })
  get(@CurrentCaller() caller: Caller): Promise<ProgrammeStatisticsDto> {
    return this.service.get(caller);
  }
}
