import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { ProgrammeDashboardDto } from './programme-dashboard.dto';
import { ProgrammeDashboardService } from './programme-dashboard.service';

@ApiTags('programmes')
@ApiBearerAuth()
@Controller('programmes')
export class ProgrammeDashboardController {
  constructor(private readonly service: ProgrammeDashboardService) {}

  @Get(':id/dashboard')
  @Allow('tasks', 'read')
  @ApiOkResponse({ type: ProgrammeDashboardDto })
  @ApiOperation({
    summary:
      'Pilots per district against quota, applications by state, task progress, overdue items, guidance per district and month',
  })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<ProgrammeDashboardDto> {
    return this.service.get(caller, id);
  }
}
