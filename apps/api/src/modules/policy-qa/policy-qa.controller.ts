import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PolicyQaAction } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import {
  CreatePolicyQaDto,
  PolicyQaDto,
  PolicyQaListDto,
  PolicyQaQueryDto,
  PolicyQaVersionDto,
  UpdatePolicyQaDto,
  WithdrawPolicyQaDto,
} from './policy-qa.dto';
import { PolicyQaService } from './policy-qa.service';

@ApiTags('policy-qa')
@ApiBearerAuth()
@Controller('policy-qa')
export class PolicyQaController {
  constructor(private readonly service: PolicyQaService) {}

  @Get()
  @Allow('policyQa', 'read')
  @ApiOkResponse({ type: PolicyQaListDto })
  @ApiOperation({
    summary:
      'Entries of the caller’s city (the city bureau: all; districts: published), searched and filtered',
  })
  list(@CurrentCaller() caller: Caller, @Query() query: PolicyQaQueryDto): Promise<PolicyQaListDto> {
    return this.service.list(caller, query);
  }

  @Post()
  @Allow('policyQa', 'create')
  @VersionedRead()
  @ApiCreatedResponse({ type: PolicyQaDto })
  @ApiOperation({ summary: 'The city bureau writes a draft (version 1); a colleague publishes it' })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreatePolicyQaDto): Promise<PolicyQaDto> {
    return this.service.create(caller, dto);
  }

  @Get(':id')
  @Allow('policyQa', 'read')
  @VersionedRead()
  @ApiOkResponse({ type: PolicyQaDto })
  @ApiOperation({ summary: 'One entry with its current wording and open steps (404 outside the scope)' })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<PolicyQaDto> {
    return this.service.get(caller, id);
  }

  @Get(':id/versions')
  @Allow('policyQa', 'read')
  @ApiOkResponse({ type: [PolicyQaVersionDto] })
  @ApiOperation({ summary: 'Every wording of the entry, newest first (districts: the current one)' })
  versions(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<PolicyQaVersionDto[]> {
    return this.service.versions(caller, id);
  }

  @Patch(':id')
  @Allow('policyQa', 'update')
  @VersionedWrite()
  @ApiOkResponse({ type: PolicyQaDto })
  @ApiOperation({
    summary:
      'Edit a draft or withdrawn entry: the changed wording becomes the next version; earlier ones stay',
  })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdatePolicyQaDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<PolicyQaDto> {
    return this.service.update(caller, id, dto, precondition);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow('policyQa', 'delete')
  @VersionedWrite()
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'Delete a draft or withdrawn entry (softly)' })
  remove(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<void> {
    return this.service.remove(caller, id, precondition);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Allow('policyQa', 'update')
  @VersionedWrite()
  @ApiOkResponse({ type: PolicyQaDto })
  @ApiOperation({
    summary: 'A second person of the city bureau publishes the current wording (not its author: 403)',
  })
  publish(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<PolicyQaDto> {
    return this.service.transition(caller, id, PolicyQaAction.Publish, undefined, precondition);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Allow('policyQa', 'update')
  @VersionedWrite()
  @ApiOkResponse({ type: PolicyQaDto })
  @ApiOperation({ summary: 'Take a published entry off the public page, with a reason' })
  withdraw(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: WithdrawPolicyQaDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<PolicyQaDto> {
    return this.service.transition(caller, id, PolicyQaAction.Withdraw, dto.reason, precondition);
  }
}
