import 'reflect-metadata';
import { chinaToday } from '@skillpay/domain';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { writeFileSync } from 'node:fs';
import { AppConfig } from './common/config/app-config';
import { checkPostgres, checkRedis, runEntryPoint } from './common/preflight';
import { exclusively, migrate, withDataSource } from './database/cli-data-source';
import { resetStorage } from './database/reset';
import { Seeder } from './database/seed/seeder';
import { AuditRepository } from './modules/audit/audit.repository';

const USAGE = `Usage: node dist/cli.js <command>
  setup            check PostgreSQL and Redis, create the database if missing, migrate, load seed data
  migrate          apply pending migrations
  openapi <file>   write the OpenAPI document (apps/api/openapi.json)
  reset            drop and recreate the database and this prefix's Redis keys (not in production)
  verify-audit     recompute the audit log's hash chain; prints {"checked":n,"firstBrokenId":…}, exits 1 when broken`;

async function setup(config: AppConfig): Promise<void> {
  await checkPostgres(config, { createDatabase: true, migration: true });
  await checkPostgres(config);
  await checkRedis(config);
  const result = await withDataSource(
    config,
    (dataSource) =>
      exclusively(dataSource, async () => {
        await migrate(dataSource, config);
        return new Seeder(dataSource, config).run();
      }),
    { owner: true },
  );
  const what = config.loadDemoData ? 'demo data' : 'initial administrator';
  console.log(
    `Seeded ${what}: ${result.regions} regions, ${result.occupations} occupations, ${result.organisations} organisations, ${result.users} users, ${result.enterprises} enterprise records, ${result.programmes} programmes created`,
  );
  if (config.loadDemoData) {
    // after the seed has committed: uploads, aggregation and release go through the services
    // (the application's modules load only for the commands that use them: verify-audit stays quick)
    const { seedDemoBenchmarks } = await import('./database/seed/demo-benchmarks.js');
    const demo = await withDataSource(config, (dataSource) =>
      exclusively(dataSource, () => seedDemoBenchmarks(config)),
    );
    console.log(
      demo.published
        ? `Seeded demo benchmarks: ${demo.uploads} wage uploads (${demo.rows} rows), ${demo.cells} cells, release ${demo.published} published`
        : 'Demo benchmarks already published',
    );
    const { seedDemoOutcomeWages } = await import('./database/seed/demo-benchmarks.js');
    const outcomes = await withDataSource(config, (dataSource) =>
      exclusively(dataSource, () => seedDemoOutcomeWages(config)),
    );
    console.log(`Seeded evaluation wage data: ${outcomes.uploads} wage uploads (${outcomes.rows} rows)`);
    const { seedDemoEvaluationRecords } = await import('./database/seed/demo-benchmarks.js');
    const records = await withDataSource(config, (dataSource) =>
      exclusively(dataSource, () => seedDemoEvaluationRecords(config, chinaToday())),
    );
    console.log(
      `Seeded evaluation records: ${records.influenced} influenced enterprises, ${records.demonstrationUnits} demonstration units`,
    );
  }
}

async function openapi(file: string | undefined): Promise<void> {
  if (!file) throw new Error(USAGE);
  const [{ NestFactory }, { AppModule }, { buildOpenApiDocument }] = await Promise.all([
    import('@nestjs/core'),
    import('./app.module.js'),
    import('./bootstrap.js'),
  ]);
  // preview: modules are scanned for routes and DTOs without connecting to any service
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { preview: true, logger: false });
  app.setGlobalPrefix('api');
  writeFileSync(file, `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
  console.log(`Wrote ${file}`);
}

/** The audit chain check of GET /api/audit-logs/verify, for the backup drill and operators. */
async function verifyAudit(config: AppConfig): Promise<void> {
  const result = await withDataSource(config, (dataSource) => new AuditRepository(dataSource).verifyChain());
  console.log(JSON.stringify(result));
  if (result.firstBrokenId !== null) process.exitCode = 1;
}

void runEntryPoint(async () => {
  const [command, argument] = process.argv.slice(2);
  const config = new AppConfig();
  switch (command) {
    case 'setup':
      return setup(config);
    case 'migrate':
      return withDataSource(
        config,
        (dataSource) => exclusively(dataSource, () => migrate(dataSource, config)),
        {
          owner: true,
        },
      );
    case 'openapi':
      return openapi(argument);
    case 'reset':
      return resetStorage(config);
    case 'verify-audit':
      return verifyAudit(config);
    default:
      console.error(USAGE);
      process.exit(2);
  }
});
