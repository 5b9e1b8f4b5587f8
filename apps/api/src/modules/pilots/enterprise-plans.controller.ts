import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import {
  CreateMilestoneDto,
  EnterprisePlanDto,
  UpdateMilestoneDto,
  UpdatePlanDto,
} from './enterprise-plans.dto';
import { EnterprisePlansService } from './enterprise-plans.service';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';

/**
 * 一企一策 plans under their pilot application's routes; the operation ids stay the pilot
 * applications', so the generated web client does not change.
 */
@ApiTags('pilot-applications')
@ApiBearerAuth()
@Controller('pilot-applications')
export class EnterprisePlansController {
  constructor(private readonly service: EnterprisePlansService) {}

  @Get(':id/plan')
  @VersionedRead()
  @Allow('pilotApplications', 'read')
  @ApiOkResponse({ type: EnterprisePlanDto })
  @ApiOperation({ operationId: 'PilotApplications_plan', summary: 'The 一企一策 plan of an approved pilot' })
  plan(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<EnterprisePlanDto> {
    return this.service.get(caller, id);
  }

  @Patch(':id/plan')
  @VersionedWrite()
  @Allow('pilotApplications', 'update')
  @ApiOkResponse({ type: EnterprisePlanDto })
  @ApiOperation({
    operationId: 'PilotApplications_updatePlan',
    summary: 'Bureaus change the plan (guideline parts, variant, officer in charge, notes)',
  })
  updatePlan(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdatePlanDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<EnterprisePlanDto> {
    return this.service.update(caller, id, dto, precondition);
  }

  @Post(':id/plan/milestones')
  @VersionedRead()
  @Allow('pilotApplications', 'update')
  @ApiCreatedResponse({ type: EnterprisePlanDto })
  @ApiOperation({
    operationId: 'PilotApplications_addMilestone',
    summary: 'Bureaus add a milestone to the plan',
  })
  addMilestone(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CreateMilestoneDto,
  ): Promise<EnterprisePlanDto> {
    return this.service.addMilestone(caller, id, dto);
  }

  @Patch(':id/plan/milestones/:milestoneId')
  @VersionedWrite()
  @Allow('pilotApplications', 'update')
  @ApiOkResponse({ type: EnterprisePlanDto })
  @ApiOperation({
    operationId: 'PilotApplications_updateMilestone',
    summary: 'Bureaus change a milestone or mark it done',
  })
  updateMilestone(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('milestoneId', UuidParam) milestoneId: string,
    @Body() dto: UpdateMilestoneDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<EnterprisePlanDto> {
    return this.service.updateMilestone(caller, id, milestoneId, dto, precondition);
  }

  @Delete(':id/plan/milestones/:milestoneId')
  @VersionedWrite()
  @Allow('pilotApplications', 'update')
  @ApiOkResponse({ type: EnterprisePlanDto })
  @ApiOperation({
    operationId: 'PilotApplications_removeMilestone',
    summary: 'Bureaus remove a milestone (soft delete)',
  })
  removeMilestone(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('milestoneId', UuidParam) milestoneId: string,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<EnterprisePlanDto> {
    return this.service.removeMilestone(caller, id, milestoneId, precondition);
  }
}
