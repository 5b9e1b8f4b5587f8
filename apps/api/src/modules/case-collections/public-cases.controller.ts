import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '../../common/auth/decorators';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { type FileResponse } from '../../common/http/file-response';
import { ApiFileResponse } from '../../common/http/file-routes';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { DOCX_CONTENT_TYPE } from './case-collection.mapping';
import {
  PublicCaseCollectionDetailDto,
  PublicCaseCollectionListDto,
  PublicCaseDto,
  PublicCaseFiltersDto,
  PublicCaseListDto,
  PublicCaseQueryDto,
} from './case-collections.dto';
import { PublicCasesService } from './public-cases.service';

/** Searches per minute from one address: a person paging through results stays far below. */
const SEARCH_PER_MINUTE = 120;
/** Documents per minute from one address: each may cost a worker thread a second. */
const DOCX_PER_MINUTE = 20;

/** 案例精选 for the public: published editions and their cases only, no login. */
@ApiTags('public')
@Controller('public')
export class PublicCasesController {
  constructor(private readonly service: PublicCasesService) {}

  @Get('case-collections')
  @Public()
  @ApiOkResponse({ type: PublicCaseCollectionListDto })
  @ApiOperation({ summary: 'Published editions, newest first; earlier and corrected ones stay listed' })
  list(): Promise<PublicCaseCollectionListDto> {
    return this.service.list();
  }

  @Get('case-collections/:id')
  @Public()
  @ApiOkResponse({ type: PublicCaseCollectionDetailDto })
  @ApiOperation({ summary: 'One published edition: foreword and contents (404 unless published)' })
  get(@Param('id', UuidParam) id: string): Promise<PublicCaseCollectionDetailDto> {
    return this.service.get(id);
  }

  @Get('case-collections/:id/docx')
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: DOCX_PER_MINUTE, ttl: 60_000 } })
  @ApiTooManyRequestsResponse({ description: 'too many downloads from this address', type: ApiErrorDto })
  @ApiFileResponse(DOCX_CONTENT_TYPE, '案例汇编 of the edition')
  @ApiOperation({ summary: 'The published edition as a Word document (案例汇编)' })
  docx(@Param('id', UuidParam) id: string): Promise<FileResponse> {
    return this.service.docx(id);
  }

  @Get('case-collections/:id/cases/:caseId')
  @Public()
  @ApiOkResponse({ type: PublicCaseDto })
  @ApiOperation({ summary: 'One case as the published edition prints it' })
  caseOf(
    @Param('id', UuidParam) id: string,
    @Param('caseId', UuidParam) caseId: string,
  ): Promise<PublicCaseDto> {
    return this.service.caseOf(id, caseId);
  }

  @Get('cases')
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: SEARCH_PER_MINUTE, ttl: 60_000 } })
  @ApiTooManyRequestsResponse({ description: 'too many searches from this address', type: ApiErrorDto })
  @ApiOkResponse({ type: PublicCaseListDto })
  @ApiOperation({
    summary:
      'Search the published cases of the current editions: words in title, measures or results; chapter, article, industry, size, ownership, region',
  })
  search(@Query() query: PublicCaseQueryDto): Promise<PublicCaseListDto> {
    return this.service.search(query);
  }

  @Get('cases/filters')
  @Public()
  @ApiOkResponse({ type: PublicCaseFiltersDto })
  @ApiOperation({ summary: 'Regions and industries with published cases, for the search form' })
  filters(): Promise<PublicCaseFiltersDto> {
    return this.service.filters();
  }
}
