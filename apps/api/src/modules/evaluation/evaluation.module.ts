import { Module } from '@nestjs/common';
import { EvaluationController } from './evaluation.controller';
import { EvaluationRepository } from './evaluation.repository';
import { EvaluationService } from './evaluation.service';
import { PublicDemonstrationUnitsController } from './public-demonstration-units.controller';

/** 总结评估: exports the service for the evaluation report (programmeEvaluation, demonstrationUnits). */
@Module({
  controllers: [EvaluationController, PublicDemonstrationUnitsController],
  providers: [EvaluationService, EvaluationRepository],
  exports: [EvaluationService],
})
export class EvaluationModule {}
