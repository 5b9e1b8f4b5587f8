import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { OrganisationSummaryDto } from '../organisations/organisations.dto';
import {
  CreateMeasureDto,
  CreatePhaseDto,
  MeasureDto,
  PhaseDto,
  UpdatePhaseDto,
} from './programme-structure.dto';
import { ProgrammeStructureService } from './programme-structure.service';
import { IfMatch, type Precondition, VersionedWrite } from '../../common/http/concurrency';

/** Phases and measures of a programme; operation ids as when they were served by the programmes controller. */
@ApiTags('programmes')
@ApiBearerAuth()
@Controller('programmes')
export class ProgrammeStructureController {
  constructor(private readonly service: ProgrammeStructureService) {}

  @Post(':id/phases')
  @Allow('programmes', 'update')
  @ApiCreatedResponse({ type: PhaseDto })
  @ApiOperation({
    operationId: 'Programmes_addPhase',
    summary: 'Add a phase (dates may overlap other phases)',
  })
  addPhase(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CreatePhaseDto,
  ): Promise<PhaseDto> {
    return this.service.addPhase(caller, id, dto);
  }

  @Patch(':id/phases/:phaseId')
  @VersionedWrite()
  @Allow('programmes', 'update')
  @ApiOkResponse({ type: PhaseDto })
  @ApiOperation({ operationId: 'Programmes_updatePhase', summary: 'Rename a phase or move its dates' })
  updatePhase(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('phaseId', UuidParam) phaseId: string,
    @Body() dto: UpdatePhaseDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<PhaseDto> {
    return this.service.updatePhase(caller, id, phaseId, dto, precondition);
  }

  @Post(':id/measures')
  @Allow('programmes', 'update')
  @ApiCreatedResponse({ type: MeasureDto })
  @ApiOperation({ operationId: 'Programmes_addMeasure', summary: 'Add a measure for a target group' })
  addMeasure(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CreateMeasureDto,
  ): Promise<MeasureDto> {
    return this.service.addMeasure(caller, id, dto);
  }

  @Get(':id/responsible-candidates')
  @Allow('programmes', 'update')
  @ApiOkResponse({ type: [OrganisationSummaryDto] })
  @ApiOperation({
    operationId: 'Programmes_responsibleCandidates',
    summary: 'Organisations of the programme’s city that can be responsible for tasks',
  })
  responsibleCandidates(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<OrganisationSummaryDto[]> {
    return this.service.responsibleCandidates(caller, id);
  }
}
