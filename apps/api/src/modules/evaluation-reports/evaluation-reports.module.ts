import { Module } from '@nestjs/common';
import { EvaluationModule } from '../evaluation/evaluation.module';
import { EvaluationReportDocxPool } from './evaluation-report-docx.pool';
import { EvaluationReportFiguresSource } from './evaluation-report-figures.source';
import { EvaluationReportsController } from './evaluation-reports.controller';
import { EvaluationReportsRepository } from './evaluation-reports.repository';
import { EvaluationReportsService } from './evaluation-reports.service';

/** 评估报告: the bureaus' evaluation reports of a programme, their versions and documents. */
@Module({
  imports: [EvaluationModule],
  controllers: [EvaluationReportsController],
  providers: [
    EvaluationReportsService,
    EvaluationReportsRepository,
    EvaluationReportFiguresSource,
    EvaluationReportDocxPool,
  ],
})
export class EvaluationReportsModule {}
