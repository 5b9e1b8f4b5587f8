import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import {
  CreateDemonstrationUnitDto,
  CreateInfluencedEnterpriseDto,
  DeleteDemonstrationUnitDto,
  DemonstrationUnitDto,
  DemonstrationUnitListDto,
  DemonstrationUnitQueryDto,
  EnterpriseEvaluationDto,
  EnterpriseEvaluationQueryDto,
  EvaluationWeightsDto,
  InfluencedCandidateDto,
  InfluencedCandidateQueryDto,
  InfluencedEnterpriseDto,
  InfluencedEnterpriseListDto,
  InfluencedEnterpriseQueryDto,
  ProgrammeEvaluationDto,
  ProgrammeEvaluationQueryDto,
  UpdateDemonstrationUnitDto,
  UpdateEvaluationWeightsDto,
  UpdateInfluencedEnterpriseDto,
} from './evaluation.dto';
import { EvaluationService } from './evaluation.service';

/** 总结评估: roll-ups, one enterprise's evaluation, the index weights, 带动一批, demonstration units. */
@ApiTags('evaluation')
@ApiBearerAuth()
@Controller('evaluation')
export class EvaluationController {
  constructor(private readonly service: EvaluationService) {}

  @Get('programmes/:id')
  @Allow('evaluation', 'read')
  @ApiOkResponse({ type: ProgrammeEvaluationDto })
  @ApiOperation({
    summary:
      'The programme’s adoption, 带动一批 and wage outcomes by district and for the city; bureaus also get their pilots (reviewers roll-ups only; enterprises 403)',
  })
  programme(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Query() query: ProgrammeEvaluationQueryDto,
  ): Promise<ProgrammeEvaluationDto> {
    return this.service.programmeEvaluation(caller, id, query.regionCode);
  }

  @Get('programmes/:id/weights')
  @VersionedRead('programmeId', 'version')
  @Allow('evaluation', 'read')
  @ApiOkResponse({ type: EvaluationWeightsDto })
  @ApiOperation({ summary: 'The adoption index weights in force for the programme' })
  weights(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<EvaluationWeightsDto> {
    return this.service.weights(caller, id);
  }

  @Put('programmes/:id/weights')
  @VersionedWrite('programmeId', 'version')
  @Allow('evaluation', 'update')
  @ApiOkResponse({ type: EvaluationWeightsDto })
  @ApiOperation({ summary: 'The city bureau sets the weights (whole points 0–100 adding up to 100)' })
  updateWeights(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateEvaluationWeightsDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<EvaluationWeightsDto> {
    return this.service.updateWeights(caller, id, dto, precondition);
  }

  @Get('enterprises/:id')
  @Allow('evaluation', 'read')
  @ApiOkResponse({ type: EnterpriseEvaluationDto })
  @ApiOperation({
    summary:
      'One enterprise’s index, agenda, index history and wage outcomes (the enterprise itself, its district, the city; small cells withheld beyond the enterprise)',
  })
  enterprise(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Query() query: EnterpriseEvaluationQueryDto,
  ): Promise<EnterpriseEvaluationDto> {
    return this.service.enterpriseEvaluation(caller, id, query.programmeId);
  }

  // ---- 带动一批 ----

  @Get('influenced-enterprises')
  @Allow('influencedEnterprises', 'read')
  @ApiOkResponse({ type: InfluencedEnterpriseListDto })
  @ApiOperation({ summary: 'Influenced non-pilot enterprises of the programme in the caller’s region' })
  influenced(
    @CurrentCaller() caller: Caller,
    @Query() query: InfluencedEnterpriseQueryDto,
  ): Promise<InfluencedEnterpriseListDto> {
    return this.service.influencedEnterprises(caller, query);
  }

  @Get('influenced-enterprises/candidates')
  @Allow('influencedEnterprises', 'create')
  @ApiOkResponse({ type: [InfluencedCandidateDto] })
  @ApiOperation({
    summary:
      'Enterprises the caller’s bureau may record: listed on the programme’s trainings and 示范班, not pilots, not yet recorded',
  })
  candidates(
    @CurrentCaller() caller: Caller,
    @Query() query: InfluencedCandidateQueryDto,
  ): Promise<InfluencedCandidateDto[]> {
    return this.service.influencedCandidates(caller, query.programmeId);
  }

  @Get('influenced-enterprises/:id')
  @VersionedRead()
  @Allow('influencedEnterprises', 'read')
  @ApiOkResponse({ type: InfluencedEnterpriseDto })
  @ApiOperation({ summary: 'One influenced enterprise record' })
  influencedOne(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<InfluencedEnterpriseDto> {
    return this.service.influencedEnterprise(caller, id);
  }

  @Post('influenced-enterprises')
  @Allow('influencedEnterprises', 'create')
  @ApiCreatedResponse({ type: InfluencedEnterpriseDto })
  @ApiOperation({
    summary:
      'A district (the city for 市直) records that an enterprise its training or 示范班 reached reported adopting guideline elements',
  })
  createInfluenced(
    @CurrentCaller() caller: Caller,
    @Body() dto: CreateInfluencedEnterpriseDto,
  ): Promise<InfluencedEnterpriseDto> {
    return this.service.createInfluenced(caller, dto);
  }

  @Patch('influenced-enterprises/:id')
  @VersionedWrite()
  @Allow('influencedEnterprises', 'update')
  @ApiOkResponse({ type: InfluencedEnterpriseDto })
  @ApiOperation({ summary: 'The recording bureau edits the record (before and after kept in the audit log)' })
  updateInfluenced(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateInfluencedEnterpriseDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<InfluencedEnterpriseDto> {
    return this.service.updateInfluenced(caller, id, dto, precondition);
  }

  @Delete('influenced-enterprises/:id')
  @HttpCode(204)
  @VersionedWrite()
  @Allow('influencedEnterprises', 'delete')
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'The recording bureau deletes the record (softly)' })
  removeInfluenced(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<void> {
    return this.service.removeInfluenced(caller, id, precondition);
  }

  // ---- 示范企业, 典型区市 ----

  @Get('demonstration-units')
  @Allow('demonstrationUnits', 'read')
  @ApiOkResponse({ type: DemonstrationUnitListDto })
  @ApiOperation({
    summary: 'The programme’s demonstration enterprises and model districts, with their figures',
  })
  demonstrationUnits(
    @CurrentCaller() caller: Caller,
    @Query() query: DemonstrationUnitQueryDto,
  ): Promise<DemonstrationUnitListDto> {
    return this.service.demonstrationUnits(caller, query.programmeId);
  }

  @Post('demonstration-units')
  @Allow('demonstrationUnits', 'create')
  @ApiCreatedResponse({ type: DemonstrationUnitDto })
  @ApiOperation({
    summary:
      'The city bureau marks a 示范企业 (an approved pilot) or a 典型区市 with a reason; its figures are attached',
  })
  createDemonstration(
    @CurrentCaller() caller: Caller,
    @Body() dto: CreateDemonstrationUnitDto,
  ): Promise<DemonstrationUnitDto> {
    return this.service.createDemonstration(caller, dto);
  }

  @Patch('demonstration-units/:id')
  @VersionedWrite()
  @Allow('demonstrationUnits', 'update')
  @ApiOkResponse({ type: DemonstrationUnitDto })
  @ApiOperation({ summary: 'The city bureau changes the reason; the figures are taken again' })
  updateDemonstration(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateDemonstrationUnitDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<DemonstrationUnitDto> {
    return this.service.updateDemonstration(caller, id, dto, precondition);
  }

  @Delete('demonstration-units/:id')
  @HttpCode(204)
  @VersionedWrite()
  @Allow('demonstrationUnits', 'delete')
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'The city bureau withdraws the mark with a reason (softly)' })
  removeDemonstration(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: DeleteDemonstrationUnitDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<void> {
    return this.service.removeDemonstration(caller, id, dto, precondition);
  }
}
