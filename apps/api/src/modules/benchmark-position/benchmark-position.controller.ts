import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { BenchmarkPositionDto, PositionOptionListDto, PositionQueryDto } from './benchmark-position.dto';
import { BenchmarkPositionService } from './benchmark-position.service';

@ApiTags('benchmark-position')
@ApiBearerAuth()
@Controller('benchmark-position')
export class BenchmarkPositionController {
  constructor(private readonly service: BenchmarkPositionService) {}

  @Get()
  @Allow('benchmarkPosition', 'read')
  @ApiOkResponse({ type: BenchmarkPositionDto })
  @ApiOperation({
    summary:
      'The enterprise’s own mean pay by occupation × skill level beside the published P25/P50/P75, with compa-ratio and band',
  })
  position(@CurrentCaller() caller: Caller, @Query() query: PositionQueryDto): Promise<BenchmarkPositionDto> {
    return this.service.position(caller, query);
  }

  @Get('options')
  @Allow('benchmarkPosition', 'read')
  @ApiOkResponse({ type: PositionOptionListDto })
  @ApiOperation({ summary: 'Programmes and years for which the enterprise has current wage data' })
  options(@CurrentCaller() caller: Caller): Promise<PositionOptionListDto> {
    return this.service.options(caller);
  }
}
