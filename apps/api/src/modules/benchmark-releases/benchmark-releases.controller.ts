import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BenchmarkReleaseAction } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { type FileResponse } from '../../common/http/file-response';
import { ApiFileResponse } from '../../common/http/file-routes';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import {
  BenchmarkReleaseDetailDto,
  BenchmarkReleaseListDto,
  BenchmarkReleaseQueryDto,
  CompareQueryDto,
  CreateBenchmarkReleaseDto,
  DiscardBenchmarkReleaseDto,
  ReleaseCellListDto,
  ReleaseCellQueryDto,
  ReleaseComparisonDto,
  ReleaseExportQueryDto,
  ReviewBenchmarkReleaseDto,
} from './benchmark-releases.dto';
import { BenchmarkReleasesService } from './benchmark-releases.service';
import { ReleaseCellsService } from './release-cells.service';
import { EXPORT_CONTENT_TYPES } from './cells-export';

@ApiTags('benchmark-releases')
@ApiBearerAuth()
@Controller('benchmark-releases')
export class BenchmarkReleasesController {
  constructor(
    private readonly service: BenchmarkReleasesService,
    private readonly releaseCells: ReleaseCellsService,
  ) {}

  @Get()
  @Allow('benchmarkReleases', 'read')
  @ApiOkResponse({ type: BenchmarkReleaseListDto })
  @ApiOperation({
    summary: 'Releases of the programmes on the caller’s branch (the city’s, for its districts)',
  })
  list(
    @CurrentCaller() caller: Caller,
    @Query() query: BenchmarkReleaseQueryDto,
  ): Promise<BenchmarkReleaseListDto> {
    return this.service.list(caller, query);
  }

  @Get('compare')
  @Allow('benchmarkReleases', 'read')
  @ApiOkResponse({ type: ReleaseComparisonDto })
  @ApiOperation({
    summary: 'Two releases cell by cell: added, removed, and changed cells with their differences',
  })
  compare(@CurrentCaller() caller: Caller, @Query() query: CompareQueryDto): Promise<ReleaseComparisonDto> {
    return this.releaseCells.compare(caller, query.from, query.to);
  }

  @Post()
  @Allow('benchmarkReleases', 'create')
  @ApiCreatedResponse({ type: BenchmarkReleaseDetailDto })
  @ApiOperation({
    summary:
      'The city bureau snapshots the computed cells of a programme and year into a draft (refused while uploads await aggregation)',
  })
  create(
    @CurrentCaller() caller: Caller,
    @Body() dto: CreateBenchmarkReleaseDto,
  ): Promise<BenchmarkReleaseDetailDto> {
    return this.service.create(caller, dto);
  }

  @Get(':id')
  @Allow('benchmarkReleases', 'read')
  @ApiOkResponse({ type: BenchmarkReleaseDetailDto })
  @ApiOperation({ summary: 'One release with its statistics and generated method note (zh-CN and en)' })
  get(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<BenchmarkReleaseDetailDto> {
    return this.service.get(caller, id);
  }

  @Get(':id/cells')
  @Allow('benchmarkReleases', 'read')
  @ApiOkResponse({ type: ReleaseCellListDto })
  @ApiOperation({
    summary:
      'Cells of a release, withheld ones with their figures and footnote (bureaus only; districts: own + city)',
  })
  cells(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Query() query: ReleaseCellQueryDto,
  ): Promise<ReleaseCellListDto> {
    return this.releaseCells.cells(caller, id, query);
  }

  @Get(':id/export.xlsx')
  @Allow('benchmarkReleases', 'read')
  @ApiFileResponse(EXPORT_CONTENT_TYPES.xlsx, 'the publication table and method note')
  @ApiOperation({ summary: 'The release as published (withheld cells carry only their footnote), xlsx' })
  exportXlsx(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Query() query: ReleaseExportQueryDto,
  ): Promise<FileResponse> {
    return this.releaseCells.export(caller, id, 'xlsx', query.skillLevel);
  }

  @Get(':id/export.csv')
  @Allow('benchmarkReleases', 'read')
  @ApiFileResponse(EXPORT_CONTENT_TYPES.csv, 'the publication table, UTF-8 with BOM')
  @ApiOperation({ summary: 'The release as published (withheld cells carry only their footnote), csv' })
  exportCsv(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Query() query: ReleaseExportQueryDto,
  ): Promise<FileResponse> {
    return this.releaseCells.export(caller, id, 'csv', query.skillLevel);
  }

  @Post(':id/review')
  @HttpCode(200)
  @Allow('benchmarkReleases', 'update')
  @ApiOkResponse({ type: BenchmarkReleaseDetailDto })
  @ApiOperation({ summary: 'The city bureau reviews a draft, with an optional comment (draft → reviewed)' })
  review(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: ReviewBenchmarkReleaseDto,
  ): Promise<BenchmarkReleaseDetailDto> {
    return this.service.transition(caller, id, BenchmarkReleaseAction.Review, dto.comment);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Allow('benchmarkReleases', 'update')
  @ApiOkResponse({ type: BenchmarkReleaseDetailDto })
  @ApiOperation({
    summary:
      'The city bureau publishes a reviewed release under the next number (e.g. 2026-R2); immutable afterwards',
  })
  publish(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<BenchmarkReleaseDetailDto> {
    return this.service.transition(caller, id, BenchmarkReleaseAction.Publish, null);
  }

  @Post(':id/discard')
  @HttpCode(200)
  @Allow('benchmarkReleases', 'update')
  @ApiOkResponse({ type: BenchmarkReleaseDetailDto })
  @ApiOperation({ summary: 'The city bureau drops an unpublished release, with an optional reason' })
  discard(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: DiscardBenchmarkReleaseDto,
  ): Promise<BenchmarkReleaseDetailDto> {
    return this.service.transition(caller, id, BenchmarkReleaseAction.Discard, dto.reason);
  }
}
