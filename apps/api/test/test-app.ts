import { type NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { OrganisationType, Role } from '@skillpay/domain';
import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/bootstrap';
import { AppConfig, parseEnv } from '../src/common/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { PasswordService } from '../src/modules/auth/password.service';
import { OrganisationEntity } from '../src/modules/organisations/organisation.entity';
import { UserEntity } from '../src/modules/users/user.entity';

export const DEMO_PASSWORD = 'SkillPay#2026';
export const TEST_PASSWORD = 'Tested#Pass2026';

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  http: () => ReturnType<typeof request>;
  close: () => Promise<void>;
}

/** A configuration from the environment with some variables set otherwise (e.g. smaller limits). */
export function configWith(env: Record<string, string>): AppConfig {
  return new AppConfig(parseEnv({ ...process.env, ...env }));
}

/**
 * The real HTTP app (real PostgreSQL, real Redis), as main.ts configures it; `env` overrides
 * variables of the environment for this app only.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(AppConfig)
    .useValue(configWith(env))
    .compile();
  const app = configureApp(moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] }));
  await app.init();
  return {
    app,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    http: () => request(app.getHttpServer()),
    close: () => app.close(),
  };
}

/**
 * Runs `work` on a data source of the schema owner (MIGRATION_DATABASE_URL), closed afterwards:
 * for a test that changes what the application's role may not (triggers, the audit log).
 */
export async function asOwner<T>(work: (owner: DataSource) => Promise<T>): Promise<T> {
  const config = new AppConfig();
  const owner = await new DataSource({
    ...dataSourceOptions(config, config.migrationDatabaseUrl),
    poolSize: 1,
  } as DataSourceOptions).initialize();
  try {
    return await work(owner);
  } finally {
    await owner.destroy();
  }
}

/** A client address of its own, so rate limits of one test never touch another. */
export function newIp(): string {
  return `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 254)}`;
}

export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/**
 * An employee ref no other test uses. Always with digits: a ref without any is refused as
 * name-like (wage_ref_name_like), and eight hex characters are all letters once in 2,500 draws.
 */
export function uniqueEmployeeRef(): string {
  return `E${randomInt(10_000_000, 100_000_000)}`;
}

const passwords = new PasswordService();
let testPasswordHash: Promise<string> | undefined;

export async function newOrganisation(
  dataSource: DataSource,
  overrides: Partial<OrganisationEntity> = {},
): Promise<OrganisationEntity> {
  return dataSource.getRepository(OrganisationEntity).save({
    name: unique('测试企业'),
    type: OrganisationType.Enterprise,
    regionCode: '370211',
    address: '测试地址',
    ...overrides,
  });
}

/** An account with TEST_PASSWORD that need not change it. */
export async function newUser(
  dataSource: DataSource,
  organisation: OrganisationEntity,
  role: Role,
  overrides: Partial<UserEntity> = {},
): Promise<UserEntity> {
  testPasswordHash ??= passwords.hash(TEST_PASSWORD);
  return dataSource.getRepository(UserEntity).save({
    username: unique(role.replace('_', '-')),
    displayName: '测试用户',
    role,
    organisationId: organisation.id,
    passwordHash: await testPasswordHash,
    mustChangePassword: false,
    ...overrides,
  });
}

export interface Session {
  accessToken: string;
  refreshCookie: string;
  ip: string;
}

export async function login(testApp: TestApp, username: string, password = TEST_PASSWORD): Promise<Session> {
  const ip = newIp();
  const response = await testApp
    .http()
    .post('/api/auth/login')
    .set('X-Forwarded-For', ip)
    .send({ username, password })
    .expect(200);
  const cookie = ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('skillpay_refresh='));
  return { accessToken: response.body.accessToken as string, refreshCookie: cookie!.split(';')[0], ip };
}

/** A session of a new account with `role` in a new organisation of `type` in `regionCode`. */
export async function newSession(
  testApp: TestApp,
  type: OrganisationType,
  regionCode: string,
  role: Role,
): Promise<Session> {
  const organisation = await newOrganisation(testApp.dataSource, { type, regionCode });
  return login(testApp, (await newUser(testApp.dataSource, organisation, role)).username);
}

export function bearer(session: Session): Record<string, string> {
  return { Authorization: `Bearer ${session.accessToken}`, 'X-Forwarded-For': session.ip };
}
