import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../common/config/app-config';
import { dataSourceOptions } from './data-source-options';
import { RequestTransaction } from './request-transaction';
import { UnitOfWork } from './unit-of-work';

/** Global: the data source, and the UnitOfWork that services open transactions with. */
@Global()
@Module({
  providers: [UnitOfWork, RequestTransaction],
  exports: [UnitOfWork, RequestTransaction],
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config),
        retryAttempts: 2,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
