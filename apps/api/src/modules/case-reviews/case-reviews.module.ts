import { Module } from '@nestjs/common';
import {
  CaseReviewsController,
  CaseRubricsController,
  ConflictLinksController,
  MyReviewsController,
} from './case-reviews.controller';
import { CaseReviewsRepository } from './case-reviews.repository';
import { CaseReviewsService } from './case-reviews.service';
import { CaseRubricsService } from './case-rubrics.service';
import { ConflictLinksService } from './conflict-links.service';

/** Case review: rubrics, the conflict register, assignments, blind reviews and the city's decision. */
@Module({
  controllers: [CaseReviewsController, MyReviewsController, CaseRubricsController, ConflictLinksController],
  providers: [CaseReviewsService, CaseReviewsRepository, CaseRubricsService, ConflictLinksService],
})
export class CaseReviewsModule {}
