import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import {
  AssignReviewersDto,
  CaseAssignmentsDto,
  CaseDecisionDto,
  CaseDecisionResultDto,
  CaseReviewsDto,
  CaseRubricDto,
  ConflictLinkDto,
  ConflictLinkListDto,
  ConflictLinkQueryDto,
  CreateConflictLinkDto,
  MyAssignmentListDto,
  MyAssignmentQueryDto,
  MyCaseReviewDto,
  ReasonDto,
  ReviewerListDto,
  UpdateCaseReviewDto,
  UpdateCaseRubricDto,
} from './case-reviews.dto';
import { CaseReviewsService } from './case-reviews.service';
import { CaseRubricsService } from './case-rubrics.service';
import { ConflictLinksService } from './conflict-links.service';

@ApiTags('case-reviews')
@ApiBearerAuth()
@Controller('cases/:id')
export class CaseReviewsController {
  constructor(private readonly service: CaseReviewsService) {}

  @Get('assignments')
  @Allow('caseReviews', 'create')
  @ApiOkResponse({ type: CaseAssignmentsDto })
  @ApiOperation({
    summary:
      'The city bureau: the case’s reviewer assignments and the reviewers it may assign (with conflicts)',
  })
  assignments(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
  ): Promise<CaseAssignmentsDto> {
    return this.service.assignments(caller, id);
  }

  @Post('assignments')
  @Allow('caseReviews', 'create')
  @ApiCreatedResponse({ type: CaseAssignmentsDto })
  @ApiOperation({
    summary:
      'The city bureau assigns reviewers (≥2 from ≥2 kinds of reviewer organisation, a due date each); the first assignment starts the review; a linked reviewer → 409 and nothing written',
  })
  assign(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: AssignReviewersDto,
  ): Promise<CaseAssignmentsDto> {
    return this.service.assign(caller, id, dto);
  }

  @Post('assignments/:assignmentId/withdraw')
  @HttpCode(200)
  @Allow('caseReviews', 'create')
  @ApiOkResponse({ type: CaseAssignmentsDto })
  @ApiOperation({
    summary: 'The city bureau withdraws an assignment whose review is not submitted, with a reason',
  })
  withdraw(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Param('assignmentId', UuidParam) assignmentId: string,
    @Body() dto: ReasonDto,
  ): Promise<CaseAssignmentsDto> {
    return this.service.withdraw(caller, id, assignmentId, dto.reason);
  }

  @Get('reviews')
  @Allow('caseReviews', 'read')
  @ApiOkResponse({ type: CaseReviewsDto })
  @ApiOperation({
    summary:
      'A reviewer: the assigned version, the rubric and their own review (others only once all are in); the city: every review, totals, mean, spread, disagreement',
  })
  reviews(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<CaseReviewsDto> {
    return this.service.reviews(caller, id);
  }

  @Put('reviews/mine')
  @VersionedWrite()
  @Allow('caseReviews', 'update')
  @ApiOkResponse({ type: MyCaseReviewDto })
  @ApiOperation({ summary: 'The reviewer saves scores, comment and recommendation (until submitted)' })
  updateMine(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateCaseReviewDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<MyCaseReviewDto> {
    return this.service.updateMine(caller, id, dto, precondition);
  }

  @Post('reviews/mine/submit')
  @HttpCode(200)
  @VersionedWrite()
  @Allow('caseReviews', 'update')
  @ApiOkResponse({ type: MyCaseReviewDto })
  @ApiOperation({
    summary: 'The reviewer submits: every criterion scored and a recommendation; fixed from then on',
  })
  submitMine(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<MyCaseReviewDto> {
    return this.service.submitMine(caller, id, precondition);
  }

  @Post('reviews/mine/declare-conflict')
  @HttpCode(200)
  @Allow('caseReviews', 'update')
  @ApiOkResponse({ type: MyAssignmentListDto })
  @ApiOperation({
    summary:
      'The reviewer declares a conflict of interest with a reason: the assignment is withdrawn, the city told',
  })
  declareConflict(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: ReasonDto,
  ): Promise<MyAssignmentListDto> {
    return this.service.declareConflict(caller, id, dto.reason);
  }

  @Post('decision')
  @HttpCode(200)
  @Allow('caseReviews', 'create')
  @ApiOkResponse({ type: CaseDecisionResultDto })
  @ApiOperation({
    summary:
      'The city bureau selects, requests a revision or does not select (reason required for the latter two); fewer than two submitted reviews → 409',
  })
  decide(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: CaseDecisionDto,
  ): Promise<CaseDecisionResultDto> {
    return this.service.decide(caller, id, dto);
  }
}

@ApiTags('case-reviews')
@ApiBearerAuth()
@Controller('my-reviews')
export class MyReviewsController {
  constructor(private readonly service: CaseReviewsService) {}

  @Get()
  @Allow('caseReviews', 'read')
  @ApiOkResponse({ type: MyAssignmentListDto })
  @ApiOperation({
    summary: 'The reviewer’s assignments with due dates and state (open ones unless show=all)',
  })
  list(@CurrentCaller() caller: Caller, @Query() query: MyAssignmentQueryDto): Promise<MyAssignmentListDto> {
    return this.service.myAssignments(caller, query);
  }
}

@ApiTags('case-reviews')
@ApiBearerAuth()
@Controller('case-rubrics')
export class CaseRubricsController {
  constructor(private readonly service: CaseRubricsService) {}

  @Get(':programmeId')
  @VersionedRead('programmeId')
  @Allow('caseRubrics', 'read')
  @ApiOkResponse({ type: CaseRubricDto })
  @ApiOperation({ summary: 'A programme’s review rubric (the default one when it has none of its own)' })
  get(
    @CurrentCaller() caller: Caller,
    @Param('programmeId', UuidParam) programmeId: string,
  ): Promise<CaseRubricDto> {
    return this.service.get(caller, programmeId);
  }

  @Put(':programmeId')
  @VersionedWrite('programmeId')
  @Allow('caseRubrics', 'update')
  @ApiOkResponse({ type: CaseRubricDto })
  @ApiOperation({ summary: 'The city bureau sets a programme’s rubric (weights sum to 100, scores 1…n)' })
  update(
    @CurrentCaller() caller: Caller,
    @Param('programmeId', UuidParam) programmeId: string,
    @Body() dto: UpdateCaseRubricDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<CaseRubricDto> {
    return this.service.update(caller, programmeId, dto, precondition);
  }
}

@ApiTags('case-reviews')
@ApiBearerAuth()
@Controller()
export class ConflictLinksController {
  constructor(private readonly service: ConflictLinksService) {}

  @Get('conflict-links')
  @Allow('conflictLinks', 'read')
  @ApiOkResponse({ type: ConflictLinkListDto })
  @ApiOperation({ summary: '利益冲突登记: links between reviewers and enterprises of the city' })
  list(@CurrentCaller() caller: Caller, @Query() query: ConflictLinkQueryDto): Promise<ConflictLinkListDto> {
    return this.service.list(caller, query);
  }

  @Post('conflict-links')
  @Allow('conflictLinks', 'create')
  @ApiCreatedResponse({ type: ConflictLinkDto })
  @ApiOperation({ summary: 'The city bureau registers a link (membership, board seat, employment, kinship)' })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateConflictLinkDto): Promise<ConflictLinkDto> {
    return this.service.create(caller, dto);
  }

  @Delete('conflict-links/:id')
  @HttpCode(204)
  @Allow('conflictLinks', 'delete')
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'The city bureau removes a link (kept, soft-deleted, in the audit trail)' })
  remove(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<void> {
    return this.service.remove(caller, id);
  }

  @Get('case-reviewers')
  @Allow('conflictLinks', 'read')
  @ApiOkResponse({ type: ReviewerListDto })
  @ApiOperation({ summary: 'Reviewer accounts of the city’s reviewer organisations' })
  reviewers(@CurrentCaller() caller: Caller): Promise<ReviewerListDto> {
    return this.service.reviewers(caller);
  }
}
