import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import {
  BenchmarkListDto,
  BenchmarkQueryDto,
  BenchmarkRulesDto,
  BenchmarkStatusDto,
  BenchmarkYearDto,
  UpdateDisclosureRulesDto,
} from './benchmarks.dto';
import { BenchmarksService } from './benchmarks.service';
import { IfMatch, type Precondition, VersionedWrite } from '../../common/http/concurrency';

@ApiTags('benchmarks')
@ApiBearerAuth()
@Controller('benchmarks')
export class BenchmarksController {
  constructor(private readonly service: BenchmarksService) {}

  @Get()
  @Allow('benchmarks', 'read')
  @ApiOkResponse({ type: BenchmarkListDto })
  @ApiOperation({
    summary:
      'Computed benchmark cells of a programme, suppressed ones included with their footnote (a district: its own cells and the city roll-up)',
  })
  list(@CurrentCaller() caller: Caller, @Query() query: BenchmarkQueryDto): Promise<BenchmarkListDto> {
    return this.service.list(caller, query);
  }

  @Get('status')
  @Allow('benchmarks', 'read')
  @ApiOkResponse({ type: BenchmarkStatusDto })
  @ApiOperation({
    summary: 'When the cells of a year were computed, what is pending, and whether a job waits or runs',
  })
  status(@CurrentCaller() caller: Caller, @Query() query: BenchmarkYearDto): Promise<BenchmarkStatusDto> {
    return this.service.status(caller, query);
  }

  @Post('recompute')
  @HttpCode(202)
  @Allow('benchmarks', 'update')
  @ApiAcceptedResponse({ type: BenchmarkStatusDto })
  @ApiOperation({ summary: 'Queue a full recompute of every cell of a year (city bureau)' })
  recompute(@CurrentCaller() caller: Caller, @Body() dto: BenchmarkYearDto): Promise<BenchmarkStatusDto> {
    return this.service.recompute(caller, dto);
  }

  @Put('rules')
  @VersionedWrite('programmeId', 'programmeVersion')
  @Allow('benchmarks', 'update')
  @ApiOkResponse({ type: BenchmarkRulesDto })
  @ApiOperation({
    summary: 'Set the programme’s disclosure thresholds (city bureau); every year with data is recomputed',
  })
  updateRules(
    @CurrentCaller() caller: Caller,
    @Body() dto: UpdateDisclosureRulesDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<BenchmarkRulesDto> {
    return this.service.updateRules(caller, dto, precondition);
  }
}
