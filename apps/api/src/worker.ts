import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from './common/config/app-config';
import { checkDatabaseRole, checkPostgres, checkRedisForQueues, runEntryPoint } from './common/preflight';
import { WorkerModule } from './worker.module';

/** Worker entry point: BullMQ processors and schedules; no HTTP. */
void runEntryPoint(async () => {
  const config = new AppConfig();
  await checkPostgres(config);
  await checkDatabaseRole(config);
  await checkRedisForQueues(config);
  // module wiring at start-up is noise; what the jobs do is logged once the worker runs
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: ['warn', 'error'] });
  Logger.overrideLogger(['log', 'warn', 'error']);
  app.enableShutdownHooks();
  console.log('SkillPay Portal worker started');
});
