import { Module } from '@nestjs/common';
import { CaseCollectionsController } from './case-collections.controller';
import { CaseCollectionsRepository } from './case-collections.repository';
import { CaseCollectionsService } from './case-collections.service';
import { CollectionDocxPool } from './collection-docx.pool';
import { PublicCasesController } from './public-cases.controller';
import { PublicCasesService } from './public-cases.service';

/** 案例精选: the city's editions, their publication and docx, and the public pages' API. */
@Module({
  controllers: [CaseCollectionsController, PublicCasesController],
  providers: [CaseCollectionsService, PublicCasesService, CaseCollectionsRepository, CollectionDocxPool],
})
export class CaseCollectionsModule {}
