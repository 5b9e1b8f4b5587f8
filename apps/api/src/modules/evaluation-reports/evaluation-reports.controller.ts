import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { type FileResponse } from '../../common/http/file-response';
import { ApiFileResponse } from '../../common/http/file-routes';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import {
  CreateEvaluationReportDto,
  EvaluationReportDetailDto,
  EvaluationReportFileQueryDto,
  EvaluationReportListDto,
  EvaluationReportQueryDto,
  EvaluationReportVersionDto,
  UpdateEvaluationReportDto,
} from './evaluation-reports.dto';
import { DOCX_CONTENT_TYPE, EvaluationReportsService } from './evaluation-reports.service';

@ApiTags('evaluation-reports')
@ApiBearerAuth()
@Controller('evaluation/reports')
export class EvaluationReportsController {
  constructor(private readonly service: EvaluationReportsService) {}

  @Get()
  @Allow('evaluationReports', 'read')
  @ApiOkResponse({ type: EvaluationReportListDto })
  @ApiOperation({ summary: 'Reports of the caller’s region and below (the city sees its districts’ too)' })
  list(
    @CurrentCaller() caller: Caller,
    @Query() query: EvaluationReportQueryDto,
  ): Promise<EvaluationReportListDto> {
    return this.service.list(caller, query.programmeId);
  }

  @Post()
  @Allow('evaluationReports', 'create')
  @ApiCreatedResponse({ type: EvaluationReportDetailDto })
  @ApiOperation({
    summary:
      'Start the caller’s report of a programme (the city’s covers the programme, a district’s its pilots), its sections prefilled',
  })
  create(
    @CurrentCaller() caller: Caller,
    @Body() dto: CreateEvaluationReportDto,
  ): Promise<EvaluationReportDetailDto> {
    return this.service.create(caller, dto);
  }

  @Get(':id')
  @VersionedRead('id', 'editVersion')
  @Allow('evaluationReports', 'read')
  @ApiOkResponse({ type: EvaluationReportDetailDto })
  @ApiOperation({
    summary: 'The report: narrative sections, versions, and (the city’s) the districts’ reports',
  })
  get(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<EvaluationReportDetailDto> {
    return this.service.get(caller, id);
  }

  @Patch(':id')
  @VersionedWrite('id', 'editVersion')
  @Allow('evaluationReports', 'update')
  @ApiOkResponse({ type: EvaluationReportDetailDto })
  @ApiOperation({ summary: 'Edit the narrative sections of the caller’s own report' })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateEvaluationReportDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<EvaluationReportDetailDto> {
    return this.service.update(caller, id, dto, precondition);
  }

  @Post(':id/versions')
  @Allow('evaluationReports', 'update')
  @ApiCreatedResponse({ type: EvaluationReportVersionDto })
  @ApiOperation({
    summary: 'Generate the next numbered version (docx) from the figures now and the narrative',
  })
  generate(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<EvaluationReportVersionDto> {
    return this.service.generate(caller, id);
  }

  @Get(':id/file')
  @Allow('evaluationReports', 'read')
  @ApiFileResponse(DOCX_CONTENT_TYPE, '评估报告 as generated, in the layout of GB/T 9704')
  @ApiOperation({ summary: 'Download a version (the latest by default)' })
  file(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Query() query: EvaluationReportFileQueryDto,
  ): Promise<FileResponse> {
    return this.service.file(caller, id, query.version);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Allow('evaluationReports', 'update')
  @ApiOkResponse({ type: EvaluationReportDetailDto })
  @ApiOperation({ summary: 'A district submits its latest version to the city, which compiles it' })
  submit(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<EvaluationReportDetailDto> {
    return this.service.submit(caller, id);
  }
}
