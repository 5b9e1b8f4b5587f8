import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { ReportScheduleDto, ReportScheduleQueryDto, UpdateReportCadenceDto } from './report-schedules.dto';
import { ReportSchedulesService } from './report-schedules.service';
import { IfMatch, type Precondition, VersionedWrite } from '../../common/http/concurrency';

/**
 * The reporting calendar lives under the progress reports' routes; its operation ids stay those of
 * the progress reports, so the generated web client does not change.
 */
@ApiTags('progress-reports')
@ApiBearerAuth()
@Controller('progress-reports')
export class ReportSchedulesController {
  constructor(private readonly service: ReportSchedulesService) {}

  @Get('schedule')
  @Allow('progressReports', 'read')
  @ApiOkResponse({ type: ReportScheduleDto })
  @ApiOperation({
    operationId: 'ProgressReports_schedule',
    summary: 'Reporting periods with due dates; for an enterprise its pilots’ periods with its own reports',
  })
  schedule(
    @CurrentCaller() caller: Caller,
    @Query() query: ReportScheduleQueryDto,
  ): Promise<ReportScheduleDto> {
    return this.service.schedule(caller, query);
  }

  @Put('cadence')
  @VersionedWrite()
  @Allow('programmes', 'update')
  @ApiOkResponse({ type: ReportScheduleDto })
  @ApiOperation({
    operationId: 'ProgressReports_setCadence',
    summary:
      'The city bureau sets a programme’s reporting cadence (monthly | quarterly) before any report exists',
  })
  setCadence(
    @CurrentCaller() caller: Caller,
    @Body() dto: UpdateReportCadenceDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<ReportScheduleDto> {
    return this.service.setCadence(caller, dto, precondition);
  }
}
