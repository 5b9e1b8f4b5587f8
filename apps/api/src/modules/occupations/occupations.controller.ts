import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  UploadedFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { DEFAULT_LANGUAGE } from '@skillpay/domain';
import { ClsService } from 'nestjs-cls';
import { Allow, Public } from '../../common/auth/decorators';
import { type RequestContext } from '../../common/context/request-context';
import { FileResponse } from '../../common/http/file-response';
import { ApiFileResponse, SingleFileUpload, XLSX_CONTENT_TYPE } from '../../common/http/file-routes';
import { type UploadedXlsx } from '../../common/xlsx/xlsx-import';
import {
  OCCUPATION_IMPORT_MAX_BYTES,
  OCCUPATION_IMPORT_MAX_ROWS,
  OccupationImportService,
  occupationTemplateFileName,
} from './occupation-import.service';
import {
  CreateOccupationDto,
  OccupationDto,
  OccupationImportResultDto,
  OccupationListDto,
  OccupationSearchDto,
  PublicOccupationListDto,
  UpdateOccupationDto,
} from './occupations.dto';
import { OccupationsService } from './occupations.service';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';

@ApiTags('occupations')
@ApiBearerAuth()
@Controller('occupations')
export class OccupationsController {
  constructor(
    private readonly service: OccupationsService,
    private readonly imports: OccupationImportService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  @Get()
  @Allow('occupations', 'read')
  @ApiOkResponse({ type: OccupationListDto })
  @ApiOperation({ summary: 'The occupation catalogue (职业分类大典), searchable by code prefix or name' })
  list(@Query() query: OccupationSearchDto): Promise<OccupationListDto> {
    return this.service.list(query);
  }

  @Get('template.xlsx')
  @Allow('occupations', 'create')
  @ApiFileResponse(XLSX_CONTENT_TYPE)
  @ApiOperation({ summary: 'The xlsx template for importing occupations (instructions, header, drop-down)' })
  async template(): Promise<FileResponse> {
    const language = this.cls.get('language') ?? DEFAULT_LANGUAGE;
    const body = await this.imports.template(language);
    return new FileResponse(occupationTemplateFileName(language), XLSX_CONTENT_TYPE, body);
  }

  @Post('import')
  @HttpCode(201)
  @Allow('occupations', 'create')
  @SingleFileUpload(OCCUPATION_IMPORT_MAX_BYTES, 'xlsx from the template')
  @ApiCreatedResponse({ type: OccupationImportResultDto })
  @ApiOperation({
    summary: `Import occupations from xlsx (≤ ${OCCUPATION_IMPORT_MAX_BYTES / 1024 / 1024} MB, ≤ ${OCCUPATION_IMPORT_MAX_ROWS} rows), upserting by code: all rows or none; problems listed by row and column`,
  })
  import(@UploadedFile() file: UploadedXlsx | undefined): Promise<OccupationImportResultDto> {
    return this.imports.import(this.cls.get('language') ?? DEFAULT_LANGUAGE, file);
  }

  @Get(':code')
  @VersionedRead('code')
  @Allow('occupations', 'read')
  @ApiOkResponse({ type: OccupationDto })
  @ApiOperation({ summary: 'One occupation by its code (404 when unknown or deleted)' })
  get(@Param('code') code: string): Promise<OccupationDto> {
    return this.service.get(code);
  }

  @Post()
  @Allow('occupations', 'create')
  @ApiCreatedResponse({ type: OccupationDto })
  @ApiOperation({ summary: 'Add an occupation (a deleted code is restored with the new names)' })
  create(@Body() dto: CreateOccupationDto): Promise<OccupationDto> {
    return this.service.create(dto);
  }

  @Patch(':code')
  @VersionedWrite('code')
  @Allow('occupations', 'update')
  @ApiOkResponse({ type: OccupationDto })
  @ApiOperation({ summary: 'Rename an occupation or set its urgently-needed flag' })
  update(
    @Param('code') code: string,
    @Body() dto: UpdateOccupationDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<OccupationDto> {
    return this.service.update(code, dto, precondition);
  }

  @Delete(':code')
  @VersionedWrite('code')
  @Allow('occupations', 'delete')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'Remove an occupation from the catalogue (soft delete)' })
  remove(@Param('code') code: string, @IfMatch() precondition: Precondition | undefined): Promise<void> {
    return this.service.remove(code, precondition);
  }
}

/** The catalogue as the public benchmark pages need it: no login. */
@ApiTags('public')
@Controller('public/occupations')
export class PublicOccupationsController {
  constructor(private readonly service: OccupationsService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: PublicOccupationListDto })
  @ApiOperation({ summary: 'Occupations for the public pages, with the 急需紧缺 (urgently needed) flag' })
  list(@Query() query: OccupationSearchDto): Promise<PublicOccupationListDto> {
    return this.service.publicList(query);
  }
}
