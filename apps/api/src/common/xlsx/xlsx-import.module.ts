import { Module } from '@nestjs/common';
import { ImportSheetReader } from './xlsx-import';

/** One pool of import threads per API process, shared by the imports that use it. */
@Module({ providers: [ImportSheetReader], exports: [ImportSheetReader] })
export class XlsxImportModule {}
