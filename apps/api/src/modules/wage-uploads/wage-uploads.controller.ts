import { Body, Controller, Get, Param, Post, Query, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DEFAULT_LANGUAGE, type Language, WAGE_UPLOAD_LIMITS } from '@skillpay/domain';
import { ClsService } from 'nestjs-cls';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { type RequestContext } from '../../common/context/request-context';
import { PageQueryDto } from '../../common/http/pagination.dto';
import { type FileResponse } from '../../common/http/file-response';
import { ApiFileResponse, SingleFileUpload, XLSX_CONTENT_TYPE } from '../../common/http/file-routes';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import {
  CreateWageUploadDto,
  WageRowListDto,
  WageUploadDto,
  WageUploadErrorListDto,
  WageUploadListDto,
  WageUploadQueryDto,
  WageUploadSummaryDto,
} from './wage-uploads.dto';
import { type UploadedWageFile, WageUploadsService } from './wage-uploads.service';
import { ListExportService, XLSX_LIST_CONTENT_TYPE } from '../../common/xlsx/list-export';
import { WageUploadExportQueryDto, wageUploadExport } from './wage-uploads.export';

const MAX_MB = WAGE_UPLOAD_LIMITS.maxBytes / 1024 / 1024;

@ApiTags('wage-uploads')
@ApiBearerAuth()
@Controller('wage-uploads')
export class WageUploadsController {
  constructor(
    private readonly service: WageUploadsService,
    private readonly cls: ClsService<RequestContext>,
    private readonly exports: ListExportService,
  ) {}

  private language(): Language {
    return this.cls.get('language') ?? DEFAULT_LANGUAGE;
  }

  @Get('template.xlsx')
  @Allow('wageUploads', 'read')
  @ApiFileResponse(XLSX_CONTENT_TYPE)
  @ApiOperation({ summary: 'The xlsx template: data sheet with drop-downs, instructions, occupation list' })
  templateXlsx(): Promise<FileResponse> {
    return this.service.template(this.language(), 'xlsx');
  }

  @Get('template.csv')
  @Allow('wageUploads', 'read')
  @ApiFileResponse('text/csv')
  @ApiOperation({ summary: 'The csv template (UTF-8 with BOM, header row)' })
  templateCsv(): Promise<FileResponse> {
    return this.service.template(this.language(), 'csv');
  }

  @Get('export')
  @Allow('wageUploads', 'read')
  @ApiFileResponse(XLSX_LIST_CONTENT_TYPE)
  @ApiOperation({ summary: 'The wage uploads of the list, filtered as the list, as xlsx' })
  export(@CurrentCaller() caller: Caller, @Query() query: WageUploadExportQueryDto): Promise<FileResponse> {
    return this.exports.export(wageUploadExport(this.service, caller, query));
  }

  @Get()
  @Allow('wageUploads', 'read')
  @ApiOkResponse({ type: WageUploadListDto })
  @ApiOperation({
    summary: 'Uploads in the caller’s scope (enterprise: its own; district: its district; city: all)',
  })
  list(@CurrentCaller() caller: Caller, @Query() query: WageUploadQueryDto): Promise<WageUploadListDto> {
    return this.service.list(caller, query);
  }

  @Post()
  @Allow('wageUploads', 'create')
  @SingleFileUpload(WAGE_UPLOAD_LIMITS.maxBytes, 'xlsx or csv from the template', {
    programmeId: { type: 'string', format: 'uuid' },
    year: { type: 'integer', example: 2026 },
  })
  @ApiCreatedResponse({ type: WageUploadDto })
  @ApiOperation({
    summary: `Upload wage data (xlsx or csv, ≤ ${MAX_MB} MB, ≤ ${WAGE_UPLOAD_LIMITS.maxRows} rows) for a programme in which the enterprise is an approved pilot; validated by a job (poll the upload)`,
  })
  upload(
    @CurrentCaller() caller: Caller,
    @Body() dto: CreateWageUploadDto,
    @UploadedFile() file: UploadedWageFile | undefined,
  ): Promise<WageUploadDto> {
    return this.service.upload(caller, dto, file);
  }

  @Get(':id')
  @ApiOkResponse({ type: WageUploadDto })
  @ApiOperation({
    summary: 'One upload: status, progress, version, row and error counts (404 outside the scope)',
  })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<WageUploadDto> {
    return this.service.get(caller, id);
  }

  @Get(':id/errors')
  @ApiOkResponse({ type: WageUploadErrorListDto })
  @ApiOperation({ summary: 'The errors of a rejected upload by row and column, in the caller’s language' })
  errors(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Query() query: PageQueryDto,
  ): Promise<WageUploadErrorListDto> {
    return this.service.errors(caller, id, this.language(), query);
  }

  @Get(':id/errors.xlsx')
  @ApiFileResponse(XLSX_CONTENT_TYPE)
  @ApiOperation({ summary: 'The error list as xlsx (row, column, value, message)' })
  errorsXlsx(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<FileResponse> {
    return this.service.errorsFile(caller, id, this.language(), 'xlsx');
  }

  @Get(':id/errors.csv')
  @ApiFileResponse('text/csv')
  @ApiOperation({ summary: 'The error list as csv (UTF-8 with BOM)' })
  errorsCsv(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<FileResponse> {
    return this.service.errorsFile(caller, id, this.language(), 'csv');
  }

  @Get(':id/file')
  @ApiFileResponse([XLSX_CONTENT_TYPE, 'text/csv'])
  @ApiOperation({ summary: 'The original file (the enterprise itself only)' })
  file(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<FileResponse> {
    return this.service.file(caller, id);
  }

  @Get(':id/rows')
  @ApiOkResponse({ type: WageRowListDto })
  @ApiOperation({ summary: 'The stored rows (the enterprise itself only; bureaus read summaries)' })
  rows(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Query() query: PageQueryDto,
  ): Promise<WageRowListDto> {
    return this.service.rows(caller, id, query);
  }

  @Get(':id/summary')
  @ApiOkResponse({ type: WageUploadSummaryDto })
  @ApiOperation({
    summary: 'Employees and mean pay by occupation × skill level (the enterprise and bureaus in scope)',
  })
  summary(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<WageUploadSummaryDto> {
    return this.service.summary(caller, id);
  }
}
