import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/decorators';
import { type FileResponse } from '../../common/http/file-response';
import { ApiFileResponse } from '../../common/http/file-routes';
import { EXPORT_CONTENT_TYPES } from '../benchmark-releases/cells-export';
import {
  PublicBenchmarkListDto,
  PublicBenchmarkQueryDto,
  PublicExportQueryDto,
  PublicFiltersDto,
  PublicMethodDto,
  PublicMethodQueryDto,
  PublicReleaseListDto,
} from './public-benchmarks.dto';
import { PublicBenchmarksService } from './public-benchmarks.service';

/** 工资价位 for the public: published releases only, no login. */
@ApiTags('public')
@Controller('public/benchmarks')
export class PublicBenchmarksController {
  constructor(private readonly service: PublicBenchmarksService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: PublicBenchmarkListDto })
  @ApiOperation({
    summary:
      'Published benchmark cells (latest release of each programme and year); a withheld cell has a footnote and no figures',
  })
  list(@Query() query: PublicBenchmarkQueryDto): Promise<PublicBenchmarkListDto> {
    return this.service.list(query);
  }

  @Get('releases')
  @Public()
  @ApiOkResponse({ type: PublicReleaseListDto })
  @ApiOperation({ summary: 'Every published release, earlier ones included (downloadable by releaseId)' })
  releases(): Promise<PublicReleaseListDto> {
    return this.service.releasesList();
  }

  @Get('method')
  @Public()
  @ApiOkResponse({ type: PublicMethodDto })
  @ApiOperation({
    summary: 'Method notes of the served releases and the meaning of each footnote (zh-CN and en)',
  })
  method(@Query() query: PublicMethodQueryDto): Promise<PublicMethodDto> {
    return this.service.method(query.releaseId);
  }

  @Get('filters')
  @Public()
  @ApiOkResponse({ type: PublicFiltersDto })
  @ApiOperation({ summary: 'Years and regions that have published benchmarks, for the search form' })
  filters(): Promise<PublicFiltersDto> {
    return this.service.filters();
  }

  @Get('export.xlsx')
  @Public()
  @ApiFileResponse(EXPORT_CONTENT_TYPES.xlsx, 'the filtered benchmarks with method notes')
  @ApiOperation({ summary: 'The filtered published benchmarks as xlsx' })
  exportXlsx(@Query() query: PublicExportQueryDto): Promise<FileResponse> {
    return this.service.export('xlsx', query);
  }

  @Get('export.csv')
  @Public()
  @ApiFileResponse(EXPORT_CONTENT_TYPES.csv, 'the filtered benchmarks, UTF-8 with BOM')
  @ApiOperation({ summary: 'The filtered published benchmarks as csv' })
  exportCsv(@Query() query: PublicExportQueryDto): Promise<FileResponse> {
    return this.service.export('csv', query);
  }
}
