import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '../../common/auth/decorators';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { PublicPolicyQaDto, PublicPolicyQaListDto, PublicPolicyQaQueryDto } from './policy-qa.dto';
import { PolicyQaService } from './policy-qa.service';

/** Searches per minute from one address: a person typing and paging stays far below. */
const SEARCH_PER_MINUTE = 120;

/** 政策问答 for the public: published entries only, their current wording, no login. */
@ApiTags('public')
@Controller('public/policy-qa')
export class PublicPolicyQaController {
  constructor(private readonly service: PolicyQaService) {}

  @Get()
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: SEARCH_PER_MINUTE, ttl: 60_000 } })
  @ApiTooManyRequestsResponse({ description: 'too many searches from this address', type: ApiErrorDto })
  @ApiOkResponse({ type: PublicPolicyQaListDto })
  @ApiOperation({
    summary: 'Published entries, newest first: searched in Chinese (substrings), filtered by topic or city',
  })
  list(@Query() query: PublicPolicyQaQueryDto): Promise<PublicPolicyQaListDto> {
    return this.service.listPublic(query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: PublicPolicyQaDto })
  @ApiOperation({ summary: 'One published entry (404 unless published)' })
  get(@Param('id', UuidParam) id: string): Promise<PublicPolicyQaDto> {
    return this.service.getPublic(id);
  }
}
