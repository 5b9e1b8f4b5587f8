import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DEFAULT_LANGUAGE } from '@skillpay/domain';
import { ClsService } from 'nestjs-cls';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { type RequestContext } from '../../common/context/request-context';
import { WorkbenchDto } from './workbench.dto';
import { WorkbenchService } from './workbench.service';

@ApiTags('workbench')
@ApiBearerAuth()
@Controller('workbench')
export class WorkbenchController {
  constructor(
    private readonly service: WorkbenchService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  @Get()
  @Allow('dashboard', 'read')
  @ApiOkResponse({ type: WorkbenchDto })
  @ApiOperation({
    summary:
      'The caller’s to-dos (待办): what waits for its role and organisation, each with a link to its page',
  })
  get(@CurrentCaller() caller: Caller): Promise<WorkbenchDto> {
    return this.service.get(caller, this.cls.get('language') ?? DEFAULT_LANGUAGE);
  }
}
