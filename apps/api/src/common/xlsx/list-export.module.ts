import { Module } from '@nestjs/common';
import { ListExportService } from './list-export';

/** The lists' xlsx export, for the feature modules whose lists offer one. */
@Module({ providers: [ListExportService], exports: [ListExportService] })
export class ListExportModule {}
