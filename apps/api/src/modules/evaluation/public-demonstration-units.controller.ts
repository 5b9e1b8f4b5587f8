import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/decorators';
import { PublicDemonstrationUnitListDto, PublicDemonstrationUnitQueryDto } from './evaluation.dto';
import { EvaluationService } from './evaluation.service';

/** 示范企业 and 典型区市 for the public pages: reasons and disclosure-safe figures, no login. */
@ApiTags('public')
@Controller('public/demonstration-units')
export class PublicDemonstrationUnitsController {
  constructor(private readonly service: EvaluationService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: PublicDemonstrationUnitListDto })
  @ApiOperation({
    summary:
      'Demonstration units of active and closed programmes: reason, index and the rule’s verdict (no enterprise’s pay)',
  })
  list(@Query() query: PublicDemonstrationUnitQueryDto): Promise<PublicDemonstrationUnitListDto> {
    return this.service.publicDemonstrationUnits(query.programmeId);
  }
}
