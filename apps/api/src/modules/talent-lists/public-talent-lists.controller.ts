import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '../../common/auth/decorators';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { type FileResponse } from '../../common/http/file-response';
import { ApiFileResponse } from '../../common/http/file-routes';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { XLSX_CONTENT_TYPE } from './talent-list-export';
import {
  PublicTalentListEntryListDto,
  TalentListDetailDto,
  TalentListEntryQueryDto,
  TalentListListDto,
  TalentListQueryDto,
} from './talent-lists.dto';
import { TalentListsService } from './talent-lists.service';

/** Searches per minute from one address: a person paging through a list stays far below. */
const SEARCH_PER_MINUTE = 120;
/** Downloads per minute from one address. */
const XLSX_PER_MINUTE = 20;

/** 高技能领军人才名录 for the public: published editions only, the public audience, no login. */
@ApiTags('public')
@Controller('public/talent-lists')
export class PublicTalentListsController {
  constructor(private readonly service: TalentListsService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: TalentListListDto })
  @ApiOperation({ summary: 'Published editions, newest first; earlier ones stay listed' })
  list(@Query() query: TalentListQueryDto): Promise<TalentListListDto> {
    return this.service.listPublic(query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: TalentListDetailDto })
  @ApiOperation({ summary: 'One published edition with its filters (404 unless published)' })
  get(@Param('id', UuidParam) id: string): Promise<TalentListDetailDto> {
    return this.service.getPublic(id);
  }

  @Get(':id/entries')
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: SEARCH_PER_MINUTE, ttl: 60_000 } })
  @ApiTooManyRequestsResponse({ description: 'too many searches from this address', type: ApiErrorDto })
  @ApiOkResponse({ type: PublicTalentListEntryListDto })
  @ApiOperation({
    summary:
      'The public edition: name (某某 without consent), enterprise, occupation, level, honours; searched and filtered',
  })
  entries(
    @Param('id', UuidParam) id: string,
    @Query() query: TalentListEntryQueryDto,
  ): Promise<PublicTalentListEntryListDto> {
    return this.service.publicEntries(id, query);
  }

  @Get(':id/export.xlsx')
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: XLSX_PER_MINUTE, ttl: 60_000 } })
  @ApiTooManyRequestsResponse({ description: 'too many downloads from this address', type: ApiErrorDto })
  @ApiFileResponse(XLSX_CONTENT_TYPE, 'the public edition, printable')
  @ApiOperation({ summary: 'The public edition as xlsx' })
  export(@Param('id', UuidParam) id: string): Promise<FileResponse> {
    return this.service.exportPublic(id);
  }
}
