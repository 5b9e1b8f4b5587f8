import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { CheckRuleSetDto, ProgrammeCheckRulesDto } from './check-rules.dto';
import { CheckRulesService } from './check-rules.service';

@ApiTags('programmes')
@ApiBearerAuth()
@Controller('programmes')
export class CheckRulesController {
  constructor(private readonly service: CheckRulesService) {}

  @Get(':id/check-rules')
  @VersionedRead()
  @Allow('programmes', 'read')
  @ApiOkResponse({ type: ProgrammeCheckRulesDto })
  @ApiOperation({
    summary:
      'The compliance checks a programme applies to progress reports: thresholds and the basis each cites',
  })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<ProgrammeCheckRulesDto> {
    return this.service.get(caller, id);
  }

  @Put(':id/check-rules')
  @VersionedWrite()
  @Allow('programmes', 'update')
  @ApiOkResponse({ type: ProgrammeCheckRulesDto })
  @ApiOperation({ summary: 'The city bureau sets which checks apply, their thresholds and basis' })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CheckRuleSetDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<ProgrammeCheckRulesDto> {
    return this.service.update(caller, id, dto, precondition);
  }
}
