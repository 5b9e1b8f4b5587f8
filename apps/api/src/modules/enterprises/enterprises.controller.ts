import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DEFAULT_LANGUAGE } from '@skillpay/domain';
import { ClsService } from 'nestjs-cls';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { type RequestContext } from '../../common/context/request-context';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { FileResponse } from '../../common/http/file-response';
import { ApiFileResponse, SingleFileUpload, XLSX_CONTENT_TYPE } from '../../common/http/file-routes';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { type UploadedXlsx } from '../../common/xlsx/xlsx-import';
import {
  EnterpriseImportService,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  templateFileName,
} from './enterprise-import.service';
import {
  CreateEnterpriseDto,
  EnterpriseDto,
  EnterpriseImportResultDto,
  EnterpriseListDto,
  EnterpriseQueryDto,
  UpdateEnterpriseDto,
} from './enterprises.dto';
import { EnterprisesService } from './enterprises.service';
import { ListExportService, XLSX_LIST_CONTENT_TYPE } from '../../common/xlsx/list-export';
import { EnterpriseExportQueryDto, enterpriseExport } from './enterprises.export';

@ApiTags('enterprises')
@ApiBearerAuth()
@Controller('enterprises')
export class EnterprisesController {
  constructor(
    private readonly service: EnterprisesService,
    private readonly imports: EnterpriseImportService,
    private readonly cls: ClsService<RequestContext>,
    private readonly exports: ListExportService,
  ) {}

  @Get('export')
  @Allow('enterprises', 'read')
  @ApiFileResponse(XLSX_LIST_CONTENT_TYPE)
  @ApiOperation({ summary: 'The enterprises of the list, filtered as the list, as xlsx' })
  export(@CurrentCaller() caller: Caller, @Query() query: EnterpriseExportQueryDto): Promise<FileResponse> {
    return this.exports.export(enterpriseExport(this.service, caller, query));
  }

  @Get()
  @Allow('enterprises', 'read')
  @ApiOkResponse({ type: EnterpriseListDto })
  @ApiOperation({
    summary: 'Enterprises in the caller’s scope, in priority-focus order unless sorted otherwise',
  })
  list(@CurrentCaller() caller: Caller, @Query() query: EnterpriseQueryDto): Promise<EnterpriseListDto> {
    return this.service.list(caller, query);
  }

  @Get('import-template')
  @Allow('enterprises', 'create')
  @ApiFileResponse(XLSX_CONTENT_TYPE)
  @ApiOperation({ summary: 'The xlsx template for importing enterprises (instructions, header, drop-downs)' })
  async template(@CurrentCaller() caller: Caller): Promise<FileResponse> {
    const language = this.cls.get('language') ?? DEFAULT_LANGUAGE;
    const body = await this.imports.template(caller, language);
    return new FileResponse(templateFileName(language), XLSX_CONTENT_TYPE, body);
  }

  @Post('import')
  @HttpCode(201)
  @Allow('enterprises', 'create')
  @SingleFileUpload(IMPORT_MAX_BYTES, 'xlsx from the template')
  @ApiCreatedResponse({ type: EnterpriseImportResultDto })
  @ApiOperation({
    summary: `Import enterprises from xlsx (≤ ${IMPORT_MAX_BYTES / 1024 / 1024} MB, ≤ ${IMPORT_MAX_ROWS} rows): all rows or none; problems listed by row and column`,
  })
  import(
    @CurrentCaller() caller: Caller,
    @UploadedFile() file: UploadedXlsx | undefined,
  ): Promise<EnterpriseImportResultDto> {
    return this.imports.import(caller, this.cls.get('language') ?? DEFAULT_LANGUAGE, file);
  }

  @Get(':id')
  @VersionedRead()
  @ApiOkResponse({ type: EnterpriseDto })
  @ApiOperation({ summary: 'One enterprise (404 outside the caller’s scope)' })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<EnterpriseDto> {
    return this.service.get(caller, id);
  }

  @Post()
  @Allow('enterprises', 'create')
  @ApiCreatedResponse({ type: EnterpriseDto })
  @ApiOperation({ summary: 'Register an enterprise (its organisation and registry record together)' })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateEnterpriseDto): Promise<EnterpriseDto> {
    return this.service.create(caller, dto);
  }

  @Patch(':id')
  @Allow('enterprises', 'update')
  @VersionedWrite()
  @ApiOkResponse({ type: EnterpriseDto })
  @ApiOperation({
    summary: 'Change an enterprise (bureaus: any field in scope; the enterprise: its profile fields)',
  })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateEnterpriseDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<EnterpriseDto> {
    return this.service.update(caller, id, dto, precondition);
  }
}
