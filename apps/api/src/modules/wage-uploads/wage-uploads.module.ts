import { ListExportModule } from '../../common/xlsx/list-export.module';
import { Module } from '@nestjs/common';
import { BenchmarksModule } from '../benchmarks/benchmarks.module';
import { QueuesModule } from '../queues/queues.module';
import { WageFileThreads } from './wage-file/wage-file-threads';
import { WageImportQueue } from './wage-import.job';
import { WageImportProcessor } from './wage-import.processor';
import { WageImportRepository } from './wage-import.repository';
import { WageImportService } from './wage-import.service';
import { WageUploadRecovery } from './wage-upload-recovery';
import { WageUploadsController } from './wage-uploads.controller';
import { WageUploadsRepository } from './wage-uploads.repository';
import { WageUploadsService } from './wage-uploads.service';

/** Wage-data uploads for the API: accepting files, queuing their validation, reading them. */
@Module({
  imports: [ListExportModule, QueuesModule],
  controllers: [WageUploadsController],
  providers: [WageUploadsService, WageUploadsRepository, WageImportQueue],
})
export class WageUploadsModule {}

/**
 * The worker's side: validating and storing uploaded files (register in the worker only), and the
 * recovery of uploads left without a job, which the maintenance queue runs.
 */
@Module({
  imports: [QueuesModule, BenchmarksModule],
  providers: [
    WageImportService,
    WageFileThreads,
    WageImportRepository,
    WageImportProcessor,
    WageImportQueue,
    WageUploadRecovery,
  ],
  exports: [WageUploadRecovery],
})
export class WageImportsModule {}
