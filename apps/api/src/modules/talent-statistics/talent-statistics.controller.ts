import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { TalentStatisticsDto, TalentStatisticsQueryDto } from './talent-statistics.dto';
import { TalentStatisticsService } from './talent-statistics.service';

@ApiTags('talent-statistics')
@ApiBearerAuth()
@Controller('talent-statistics')
export class TalentStatisticsController {
  constructor(private readonly service: TalentStatisticsService) {}

  @Get()
  @Allow('talentStatistics', 'read')
  @ApiOkResponse({ type: TalentStatisticsDto })
  @ApiOperation({
    summary:
      'Confirmed leading talents of the caller’s region by honour, industry, district, skill level and age band (counts only)',
  })
  get(
    @CurrentCaller() caller: Caller,
    @Query() query: TalentStatisticsQueryDto,
  ): Promise<TalentStatisticsDto> {
    return this.service.get(caller, query);
  }
}
