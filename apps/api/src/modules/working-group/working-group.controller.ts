import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import {
  CreateWorkingGroupMemberDto,
  UpdateWorkingGroupMemberDto,
  WorkingGroupMemberDto,
} from './working-group.dto';
import { WorkingGroupService } from './working-group.service';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';

/** The working group; operation ids as when it was served by the programmes controller. */
@ApiTags('programmes')
@ApiBearerAuth()
@Controller('programmes')
export class WorkingGroupController {
  constructor(private readonly service: WorkingGroupService) {}

  @Get(':id/working-group')
  @Allow('tasks', 'read')
  @ApiOkResponse({ type: [WorkingGroupMemberDto] })
  @ApiOperation({
    operationId: 'Programmes_workingGroup',
    summary: 'Working group (工作小组), phones masked; bureau users only',
  })
  workingGroup(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<WorkingGroupMemberDto[]> {
    return this.service.workingGroup(caller, id);
  }

  @Get(':id/working-group/:memberId')
  @VersionedRead()
  @Allow('tasks', 'read')
  @ApiOkResponse({ type: WorkingGroupMemberDto })
  @ApiOperation({
    operationId: 'Programmes_workingGroupMember',
    summary: 'One member; the full phone number for the city bureau only',
  })
  workingGroupMember(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('memberId', UuidParam) memberId: string,
  ): Promise<WorkingGroupMemberDto> {
    return this.service.workingGroupMember(caller, id, memberId);
  }

  @Post(':id/working-group')
  @Allow('programmes', 'update')
  @ApiCreatedResponse({ type: WorkingGroupMemberDto })
  @ApiOperation({ operationId: 'Programmes_addMember', summary: 'Add a working-group member' })
  addMember(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CreateWorkingGroupMemberDto,
  ): Promise<WorkingGroupMemberDto> {
    return this.service.addMember(caller, id, dto);
  }

  @Patch(':id/working-group/:memberId')
  @VersionedWrite()
  @Allow('programmes', 'update')
  @ApiOkResponse({ type: WorkingGroupMemberDto })
  @ApiOperation({ operationId: 'Programmes_updateMember', summary: 'Change a working-group member' })
  updateMember(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('memberId', UuidParam) memberId: string,
    @Body() dto: UpdateWorkingGroupMemberDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<WorkingGroupMemberDto> {
    return this.service.updateMember(caller, id, memberId, dto, precondition);
  }

  @Delete(':id/working-group/:memberId')
  @VersionedWrite()
  @Allow('programmes', 'update')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'Programmes_removeMember',
    summary: 'Remove a working-group member (soft delete)',
  })
  removeMember(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('memberId', UuidParam) memberId: string,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<void> {
    return this.service.removeMember(caller, id, memberId, precondition);
  }
}
