import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from './common/config/app-config';
import { checkPostgres, checkRedisForQueues, runEntryPoint } from './common/preflight';
import { WorkerModule } from './worker.module';

/** Worker entry point: BullMQ processors and schedules; no HTTP. */
void runEntryPoint(async () => {
  const config = new AppConfig();
  await checkPostgres(config);
  await checkRedisForQueues(config);
  const app = await NestFactory.createApplicationContext(WorkerModule);
  app.enableShutdownHooks();
  console.log('SkillPay Portal worker started');
});
