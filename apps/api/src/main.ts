import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './bootstrap';
import { AppConfig } from './common/config/app-config';
import {
  checkDatabaseRole,
  checkPostgres,
  checkRedis,
  PreflightError,
  runEntryPoint,
} from './common/preflight';

/** HTTP entry point: the API under /api (and the built web app when WEB_DIST_DIR is set). */
void runEntryPoint(async () => {
  const config = new AppConfig();
  await checkPostgres(config);
  await checkDatabaseRole(config);
  await checkRedis(config);
  const app = configureApp(
    await NestFactory.create<NestExpressApplication>(AppModule, {
      // route mapping at start-up is noise; requests that fail are logged as errors
      logger: ['warn', 'error'],
    }),
  );
  await app.listen(config.port).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    throw new PreflightError(
      `Port ${config.port} is already in use (PORT): stop the other process or set PORT.`,
    );
  });
  console.log(`SkillPay Portal API listening on http://localhost:${config.port}/api`);
});
