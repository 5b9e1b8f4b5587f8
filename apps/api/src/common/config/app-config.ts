import { DEFAULT_TALENT_STALE_MONTHS } from '@skillpay/domain';
import { z } from 'zod';

/**
 * Every environment variable the API, worker and CLI read, declared once with its default,
 * validation and description. Nothing else reads process.env.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** The value of DATABASE_URL or REDIS_URL that asks for the embedded service (single machine). */
export const EMBEDDED = 'embedded';

export const EMBEDDED_IN_PRODUCTION =
  'is "embedded", which is for a single machine and refused when NODE_ENV=production: ' +
  'set DATABASE_URL to a PostgreSQL server and REDIS_URL to a Redis server';

/** host:port/database of a PostgreSQL URL, without its credentials (for messages and comparisons). */
export function databaseAddress(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** `embedded` is resolved by `npm start`, which starts PGlite and passes its address on */
    DATABASE_URL: z
      .union([z.literal(EMBEDDED), z.url({ protocol: /^postgres(ql)?$/ })])
      .default('postgres://postgres@127.0.0.1:5432/skillpay'),
    /**
     * The role that owns the schema, for `cli setup` and `cli migrate` (migrations, grants, seed);
     * unset: DATABASE_URL's role does both (embedded mode, or one role). Same server and database.
     */
    MIGRATION_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /** `embedded`: no Redis; the job queues run on BullMQ's PostgreSQL backend in DATABASE_URL */
    REDIS_URL: z
      .union([z.literal(EMBEDDED), z.url({ protocol: /^rediss?$/ })])
      .default('redis://127.0.0.1:6379'),
    /** Prefix for every Redis key, so tests and several deployments can share one Redis. */
    REDIS_PREFIX: z.string().min(1).default('skillpay'),
    JWT_SECRET: z.string().min(32).optional(),
    /** encrypts the TOTP secrets at rest and keys the recovery codes' hashes */
    TWO_FACTOR_KEY: z.string().min(32).optional(),
    /** encrypts personal data at rest (talents' ID numbers) and keys their lookup hashes */
    PERSONAL_DATA_KEY: z.string().min(32).optional(),
    COOKIE_SECURE: booleanFlag.optional(),
    TRUST_PROXY: booleanFlag.default(false),
    WEB_DIST_DIR: z.string().optional(),
    LOAD_DEMO_DATA: booleanFlag.optional(),
    DEMO_PASSWORD: z.string().default('SkillPay#2026'),
    INITIAL_ADMIN_USERNAME: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{2,49}$/)
      .default('admin'),
    INITIAL_ADMIN_PASSWORD: z.string().optional(),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
    DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(30000),
    AUDIT_RETENTION_DAYS: z.coerce.number().int().min(180).default(180),
    /** months after its last confirmation that a leading-talent record shows as stale (kept current) */
    TALENT_STALE_MONTHS: z.coerce.number().int().min(1).max(60).default(DEFAULT_TALENT_STALE_MONTHS),
    LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    WAGE_IMPORT_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
    WAGE_IMPORT_BATCH: z.coerce.number().int().min(1).max(100).default(20),
    /** worker threads reading enterprise / occupation import workbooks in each API process */
    IMPORT_PARSE_THREADS: z.coerce.number().int().min(1).max(16).default(2),
    /** heap of one import thread; a workbook needing more is refused */
    IMPORT_PARSE_MAX_HEAP_MB: z.coerce.number().int().min(32).max(8192).default(256),
    /** from an import's upload to its sheet being read, queueing for a thread included */
    IMPORT_PARSE_TIMEOUT_MS: z.coerce.number().int().min(100).default(30000),
    /** heap of the thread reading one wage file in the worker */
    WAGE_PARSE_MAX_HEAP_MB: z.coerce.number().int().min(32).max(8192).default(256),
    /** reading one wage file; below DB_STATEMENT_TIMEOUT_MS, which bounds the COPY it feeds */
    WAGE_PARSE_TIMEOUT_MS: z.coerce.number().int().min(100).default(20000),
    /**
     * a CJK font file for the evaluation reports' charts; unset: fonts-noto-cjk's
     * NotoSansCJK-Regular.ttc where Debian, Ubuntu and other distributions install it
     */
    REPORT_FONT_FILE: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    for (const key of ['DATABASE_URL', 'REDIS_URL'] as const) {
      if (env[key] !== EMBEDDED) continue;
      if (env.NODE_ENV === 'production')
        ctx.addIssue({ code: 'custom', path: [key], message: EMBEDDED_IN_PRODUCTION });
      else if (key === 'DATABASE_URL') {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message:
            '"embedded" is started by `npm start`, which passes the embedded database\'s address on; ' +
            'to run this process alone, set DATABASE_URL to that address',
        });
      }
    }
    if (env.WAGE_PARSE_TIMEOUT_MS >= env.DB_STATEMENT_TIMEOUT_MS) {
      // otherwise a slow file fails its job on the COPY's statement timeout, retried, instead of being refused
      ctx.addIssue({
        code: 'custom',
        path: ['WAGE_PARSE_TIMEOUT_MS'],
        message: 'must be below DB_STATEMENT_TIMEOUT_MS',
      });
    }
    if (env.MIGRATION_DATABASE_URL && env.DATABASE_URL !== EMBEDDED) {
      if (databaseAddress(env.MIGRATION_DATABASE_URL) !== databaseAddress(env.DATABASE_URL)) {
        ctx.addIssue({
          code: 'custom',
          path: ['MIGRATION_DATABASE_URL'],
          message: `must name the same server and database as DATABASE_URL (${databaseAddress(env.DATABASE_URL)}), with the owner role`,
        });
      }
    }
    for (const key of ['JWT_SECRET', 'TWO_FACTOR_KEY', 'PERSONAL_DATA_KEY'] as const) {
      if (env.NODE_ENV === 'production' && !env[key]) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'is required in production (at least 32 characters)',
        });
      }
    }
  });

export type AppEnv = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError naming each wrong variable. */
export function parseEnv(env: NodeJS.ProcessEnv): AppEnv {
  // Empty strings mean "not set" (compose passes `VAR=` through).
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return result.data;
}

/** The validated configuration, injected wherever a setting is needed. */
export class AppConfig {
  readonly env: AppEnv;

  constructor(env: AppEnv = parseEnv(process.env)) {
    this.env = env;
  }

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  get port(): number {
    return this.env.PORT;
  }

  /** The application's connection (API, worker): a role with data rights only, in a deployment. */
  get databaseUrl(): string {
    return this.env.DATABASE_URL;
  }

  /** The schema owner's connection, for migrations, grants and the seed (`cli setup`, `cli migrate`). */
  get migrationDatabaseUrl(): string {
    return this.env.MIGRATION_DATABASE_URL ?? this.env.DATABASE_URL;
  }

  /** Only meaningful when the queues are not embedded. */
  get redisUrl(): string {
    return this.env.REDIS_URL;
  }

  /** REDIS_URL=embedded: the job queues live in PostgreSQL (BullMQ's PostgreSQL backend), no Redis. */
  get queuesEmbedded(): boolean {
    return this.env.REDIS_URL === EMBEDDED;
  }

  get redisPrefix(): string {
    return this.env.REDIS_PREFIX;
  }

  /** Outside production a fixed development secret keeps `npm start` to two commands. */
  get jwtSecret(): string {
    return this.env.JWT_SECRET ?? 'skillpay-development-secret-not-for-production-use';
  }

  /**
   * Encrypts TOTP secrets (AES-256-GCM) and keys recovery-code hashes. Changing it makes every
   * enrolment unreadable: users then need an administrator's reset. Outside production a fixed
   * development key, like the JWT secret's.
   */
  get twoFactorKey(): string {
    return this.env.TWO_FACTOR_KEY ?? 'skillpay-development-two-factor-key-not-for-production';
  }

  /**
   * Encrypts ID numbers at rest (AES-256-GCM) and keys their lookup hashes (HMAC-SHA-256).
   * Changing it makes the stored numbers unreadable and the duplicate check blind, so it is kept
   * with the database backups' keys. Outside production a fixed development key.
   */
  /** The font file the report charts are drawn with, if configured (else the usual places are searched). */
  get reportFontFile(): string | undefined {
    return this.env.REPORT_FONT_FILE;
  }

  get personalDataKey(): string {
    return this.env.PERSONAL_DATA_KEY ?? 'skillpay-development-personal-data-key-not-for-production';
  }

  get cookieSecure(): boolean {
    return this.env.COOKIE_SECURE ?? this.isProduction;
  }

  get trustProxy(): boolean {
    return this.env.TRUST_PROXY;
  }

  get webDistDir(): string | undefined {
    return this.env.WEB_DIST_DIR;
  }

  get loadDemoData(): boolean {
    return this.env.LOAD_DEMO_DATA ?? !this.isProduction;
  }

  get demoPassword(): string {
    return this.env.DEMO_PASSWORD;
  }

  get initialAdmin(): { username: string; password: string | undefined } {
    return { username: this.env.INITIAL_ADMIN_USERNAME, password: this.env.INITIAL_ADMIN_PASSWORD };
  }

  get database(): { poolSize: number; connectTimeoutMs: number; statementTimeoutMs: number } {
    return {
      poolSize: this.env.DB_POOL_SIZE,
      connectTimeoutMs: this.env.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: this.env.DB_STATEMENT_TIMEOUT_MS,
    };
  }

  get auditRetentionDays(): number {
    return this.env.AUDIT_RETENTION_DAYS;
  }

  /** a confirmed talent record not reconfirmed for this many months is stale */
  get talentStaleMonths(): number {
    return this.env.TALENT_STALE_MONTHS;
  }

  get loginRateLimitPerMinute(): number {
    return this.env.LOGIN_RATE_LIMIT_PER_MINUTE;
  }

  /** wage files one worker process validates and stores at a time */
  get wageImportConcurrency(): number {
    return this.env.WAGE_IMPORT_CONCURRENCY;
  }

  /** queued wage files (up to 1 MB each) one job stores together in one transaction, its own included */
  get wageImportBatch(): number {
    return this.env.WAGE_IMPORT_BATCH;
  }

  /** the threads that read import workbooks, and their bounds */
  get importParse(): { threads: number; maxHeapMb: number; timeoutMs: number } {
    return {
      threads: this.env.IMPORT_PARSE_THREADS,
      maxHeapMb: this.env.IMPORT_PARSE_MAX_HEAP_MB,
      timeoutMs: this.env.IMPORT_PARSE_TIMEOUT_MS,
    };
  }

  /** the bounds of the thread that reads one wage file (one thread per concurrent job) */
  get wageParse(): { maxHeapMb: number; timeoutMs: number } {
    return { maxHeapMb: this.env.WAGE_PARSE_MAX_HEAP_MB, timeoutMs: this.env.WAGE_PARSE_TIMEOUT_MS };
  }
}
