import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import {
  CreateProgrammeDto,
  ProgrammeDto,
  ProgrammeListDto,
  ProgrammeQueryDto,
  ProgrammeTemplateDto,
  UpdateProgrammeDto,
} from './programmes.dto';
import { ProgrammesService } from './programmes.service';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';

@ApiTags('programmes')
@ApiBearerAuth()
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly service: ProgrammesService) {}

  @Get('templates')
  @Allow('programmes', 'create')
  @ApiOkResponse({ type: [ProgrammeTemplateDto] })
  @ApiOperation({ summary: 'Templates a programme can start from (Qingdao 2021, Lüliang 2023)' })
  templates(): ProgrammeTemplateDto[] {
    return this.service.templates();
  }

  @Get()
  @Allow('programmes', 'read')
  @ApiOkResponse({ type: ProgrammeListDto })
  @ApiOperation({ summary: 'Programmes on the caller’s branch of the region tree' })
  list(@CurrentCaller() caller: Caller, @Query() query: ProgrammeQueryDto): Promise<ProgrammeListDto> {
    return this.service.list(caller, query);
  }

  @Post()
  @Allow('programmes', 'create')
  @ApiCreatedResponse({ type: ProgrammeDto })
  @ApiOperation({ summary: 'Create a programme for the caller’s city, blank or from a template' })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateProgrammeDto): Promise<ProgrammeDto> {
    return this.service.create(caller, dto);
  }

  @Get(':id')
  @VersionedRead()
  @Allow('programmes', 'read')
  @ApiOkResponse({ type: ProgrammeDto })
  @ApiOperation({ summary: 'One programme with its phases and measures (404 outside the caller’s scope)' })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<ProgrammeDto> {
    return this.service.get(caller, id);
  }

  @Patch(':id')
  @VersionedWrite()
  @Allow('programmes', 'update')
  @ApiOkResponse({ type: ProgrammeDto })
  @ApiOperation({ summary: 'Change document information or status (draft → active → closed)' })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateProgrammeDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<ProgrammeDto> {
    return this.service.update(caller, id, dto, precondition);
  }
}
