import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { QuotaListDto, UpdateQuotasDto } from './quotas.dto';
import { QuotasService } from './quotas.service';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';

/** Pilot quotas of a programme (class name kept: the operation ids are ProgrammeQuotas_*). */
@ApiTags('pilot-applications')
@ApiBearerAuth()
@Controller('programmes/:programmeId/quotas')
export class ProgrammeQuotasController {
  constructor(private readonly quotas: QuotasService) {}

  @Get()
  @VersionedRead('programmeId', 'programmeVersion')
  @Allow('programmes', 'read')
  @ApiOkResponse({ type: QuotaListDto })
  @ApiOperation({
    summary: 'Pilot quotas per region with used and remaining (district bureaus: their own region)',
  })
  list(
    @CurrentCaller() caller: Caller,
    @Param('programmeId', UuidParam) programmeId: string,
  ): Promise<QuotaListDto> {
    return this.quotas.list(caller, programmeId);
  }

  @Put()
  @VersionedWrite('programmeId', 'programmeVersion')
  @Allow('programmes', 'update')
  @ApiOkResponse({ type: QuotaListDto })
  @ApiOperation({ summary: 'The city bureau sets quotas (0–10) for the city (市直) and its districts' })
  update(
    @CurrentCaller() caller: Caller,
    @Param('programmeId', UuidParam) programmeId: string,
    @Body() dto: UpdateQuotasDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<QuotaListDto> {
    return this.quotas.update(caller, programmeId, dto, precondition);
  }
}
