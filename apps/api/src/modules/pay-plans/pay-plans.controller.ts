import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { type FileResponse } from '../../common/http/file-response';
import { ApiFileResponse, XLSX_CONTENT_TYPE } from '../../common/http/file-routes';
import { UuidParam, VersionParam } from '../../common/http/uuid-param.pipe';
import {
  CreatePayPlanDto,
  CreatePayPlanVersionDto,
  MarketDto,
  MarketQueryDto,
  PayPlanDetailDto,
  PayPlanListDto,
  PayPlanQueryDto,
  PayToolExportDto,
} from './pay-plans.dto';
import { PayPlansService } from './pay-plans.service';

@ApiTags('pay-plans')
@ApiBearerAuth()
@Controller('pay-plans')
export class PayPlansController {
  constructor(private readonly service: PayPlansService) {}

  @Get()
  @Allow('payPlans', 'read')
  @ApiOkResponse({ type: PayPlanListDto })
  @ApiOperation({
    summary:
      'Pay plans in the caller’s scope (an enterprise its own, a district its enterprises’, the city all)',
  })
  list(@CurrentCaller() caller: Caller, @Query() query: PayPlanQueryDto): Promise<PayPlanListDto> {
    return this.service.list(caller, query);
  }

  @Post()
  @Allow('payPlans', 'create')
  @ApiCreatedResponse({ type: PayPlanDetailDto })
  @ApiOperation({
    summary:
      'The enterprise of an approved pilot saves a calculator’s input as a plan; the API re-runs libs/paycalc and stores version 1',
  })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreatePayPlanDto): Promise<PayPlanDetailDto> {
    return this.service.create(caller, dto);
  }

  @Get(':id')
  @Allow('payPlans', 'read')
  @ApiOkResponse({ type: PayPlanDetailDto })
  @ApiOperation({
    summary: 'A plan with its latest version and the list of versions (404 outside the scope)',
  })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<PayPlanDetailDto> {
    return this.service.get(caller, id);
  }

  @Post(':id/versions')
  @Allow('payPlans', 'update')
  @ApiCreatedResponse({ type: PayPlanDetailDto })
  @ApiOperation({
    summary: 'The enterprise saves the next version of its plan; earlier versions stay readable',
  })
  addVersion(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CreatePayPlanVersionDto,
  ): Promise<PayPlanDetailDto> {
    return this.service.addVersion(caller, id, dto);
  }

  @Get(':id/versions/:version')
  @Allow('payPlans', 'read')
  @ApiOkResponse({ type: PayPlanDetailDto })
  @ApiOperation({ summary: 'A plan with one of its versions' })
  version(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('version', VersionParam) version: number,
  ): Promise<PayPlanDetailDto> {
    return this.service.get(caller, id, version);
  }

  @Get(':id/versions/:version/export.xlsx')
  @Allow('payPlans', 'read')
  @ApiFileResponse(XLSX_CONTENT_TYPE, 'the version’s results, inputs and source articles')
  @ApiOperation({ summary: 'One version of a plan as xlsx' })
  exportVersion(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('version', VersionParam) version: number,
  ): Promise<FileResponse> {
    return this.service.exportVersion(caller, id, version);
  }
}

/** The calculators' server side for every role that uses the tools: export and market figures. */
@ApiTags('pay-plans')
@ApiBearerAuth()
@Controller('pay-tools')
export class PayToolsController {
  constructor(private readonly service: PayPlansService) {}

  @Post('export.xlsx')
  @HttpCode(200)
  @Allow('payPlans', 'read')
  @ApiFileResponse(XLSX_CONTENT_TYPE, 'the calculator’s results, inputs and source articles')
  @ApiOperation({
    summary: 'A calculator’s result for an input as xlsx (computed by libs/paycalc, nothing saved)',
  })
  export(@Body() dto: PayToolExportDto): Promise<FileResponse> {
    return this.service.exportTool(dto);
  }

  @Get('market')
  @Allow('payPlans', 'read')
  @ApiOkResponse({ type: MarketDto })
  @ApiOperation({
    summary:
      'Published market P25/P50/P75 per skill level of an occupation in a region, from the newest published release (art. 22)',
  })
  market(@Query() query: MarketQueryDto): Promise<MarketDto> {
    return this.service.market(query);
  }
}
