import { type DynamicModule, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BenchmarkReleaseAction,
  BenchmarkReleaseStatus,
  Role,
  shiftIsoDays,
  WageUploadStatus,
} from '@skillpay/domain';
import { ClsService } from 'nestjs-cls';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccessModule } from '../../common/access/access.module';
import { type Caller } from '../../common/auth/caller';
import { AppConfig } from '../../common/config/app-config';
import { RequestContextModule } from '../../common/context/context.module';
import { ConcurrencyModule } from '../../common/http/concurrency';
import { type RequestContext } from '../../common/context/request-context';
import { AuditModule } from '../../modules/audit/audit.module';
import { AuditService } from '../../modules/audit/audit.service';
import { BenchmarkReleasesModule } from '../../modules/benchmark-releases/benchmark-releases.module';
import { BenchmarkReleasesRepository } from '../../modules/benchmark-releases/benchmark-releases.repository';
import { BenchmarkReleasesService } from '../../modules/benchmark-releases/benchmark-releases.service';
import { AggregationTrigger } from '../../modules/benchmarks/aggregation-trigger';
import { BenchmarkAggregator } from '../../modules/benchmarks/aggregation/benchmark-aggregator';
import { BenchmarkAggregationRepository } from '../../modules/benchmarks/benchmark-aggregation.repository';
import { EvaluationModule } from '../../modules/evaluation/evaluation.module';
import { EvaluationService } from '../../modules/evaluation/evaluation.service';
import { NotificationsModule } from '../../modules/notifications/notifications.module';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { ProgrammeEntity } from '../../modules/programmes/programme.entity';
import { QueuesModule } from '../../modules/queues/queues.module';
import { UserEntity } from '../../modules/users/user.entity';
import { WageFileThreads } from '../../modules/wage-uploads/wage-file/wage-file-threads';
import { WageImportRepository } from '../../modules/wage-uploads/wage-import.repository';
import { WageImportService } from '../../modules/wage-uploads/wage-import.service';
import { WageUploadsRepository } from '../../modules/wage-uploads/wage-uploads.repository';
import { DatabaseModule } from '../database.module';
import { txOf } from '../unit-of-work';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS } from './demo-data';
import { DEMO_PROGRAMME } from './demo-programme';
import { DEMO_DEMONSTRATION_UNITS, DEMO_EARLIER_PROGRAMME, DEMO_INFLUENCED_RECORDS } from './demo-evaluation';
import {
  DEMO_NON_PILOT_WAGE_ENTERPRISES,
  DEMO_OUTCOME_PILOTS,
  DEMO_OUTCOME_YEAR,
  DEMO_WAGE_ENTERPRISES,
  DEMO_WAGE_YEAR,
  demoWageCsv,
} from './demo-wage-data';

/**
 * Demo wage benchmarks: every demo pilot enterprise uploads its wage file for the year before the
 * demo programme, the benchmark cells are computed, and the city bureau snapshots (qd-city),
 * reviews and publishes (qd-city-checker, the second person) release 1, so the public pages and the enterprises' 薪酬对标 show data on
 * a fresh demo installation.
 *
 * Nothing is written around the product: the upload is stored and audited by the worker's own
 * WageImportService (validation included), the cells are computed by the BenchmarkAggregator and
 * the release goes through BenchmarkReleasesService as those two accounts, all resolved from a Nest context
 * of just the modules they need (no HTTP, no queue processors).
 *
 * Runs once: it skips when a release of the demo year is published. Each stage completes only
 * what is missing, so a setup interrupted halfway finishes the job on the next start.
 */

/** Audit records written here carry this request id, so readers can tell the seed from requests. */
export const DEMO_BENCHMARKS_REQUEST_ID = 'setup:demo-benchmarks';

const RELEASE_DESCRIPTION = `示例数据：演示试点企业报送的 ${DEMO_WAGE_YEAR} 年度薪酬数据，供体验工资价位发布流程。`;
const REVIEW_COMMENT = '已核对样本企业数、样本人数与隐去单元格，同意发布（示例）。';

export interface DemoBenchmarksResult {
  /** wage uploads stored by this run */
  uploads: number;
  /** wage rows in them */
  rows: number;
  /** benchmark cells written by this run's aggregation */
  cells: number;
  /** label of the release published by this run (e.g. `2025-R1`), or null */
  published: string | null;
}

const NOTHING: DemoBenchmarksResult = { uploads: 0, rows: 0, cells: 0, published: null };

@Module({})
class DemoBenchmarksModule {
  /** The services the step runs, over the given configuration (the CLI's, or a test's). */
  static with(config: AppConfig): DynamicModule {
    return {
      module: DemoBenchmarksModule,
      imports: [
        {
          module: class DemoConfigModule {},
          global: true,
          providers: [{ provide: AppConfig, useValue: config }],
          exports: [AppConfig],
        },
        RequestContextModule,
        DatabaseModule,
        // the import service asks for a (debounced) re-aggregation like after any upload
        QueuesModule,
        AccessModule,
        AuditModule,
        ConcurrencyModule,
        NotificationsModule,
        BenchmarkReleasesModule,
        EvaluationModule,
      ],
      providers: [
        WageUploadsRepository,
        WageImportService,
        WageFileThreads,
        WageImportRepository,
        AggregationTrigger,
        BenchmarkAggregator,
        BenchmarkAggregationRepository,
        DemoBenchmarksSeeder,
      ],
    };
  }
}

/** The step itself, with its collaborators injected. */
@Injectable()
class DemoBenchmarksSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cls: ClsService<RequestContext>,
    private readonly audit: AuditService,
    private readonly uploads: WageUploadsRepository,
    private readonly imports: WageImportService,
    private readonly aggregator: BenchmarkAggregator,
    private readonly releases: BenchmarkReleasesService,
    private readonly releaseRepository: BenchmarkReleasesRepository,
    private readonly evaluation: EvaluationService,
  ) {}

  async run(): Promise<DemoBenchmarksResult> {
    const programme = await this.dataSource.manager.findOneBy(ProgrammeEntity, {
      documentNumber: DEMO_PROGRAMME.documentNumber,
      regionCode: DEMO_PROGRAMME.regionCode,
      year: DEMO_PROGRAMME.year,
    });
    if (!programme) return NOTHING;
    const [{ published }] = await this.dataSource.query<Array<{ published: boolean }>>(
      `SELECT EXISTS (SELECT 1 FROM benchmark_release WHERE programme_id = $1 AND year = $2 AND status = $3)
         AS published`,
      [programme.id, DEMO_WAGE_YEAR, BenchmarkReleaseStatus.Published],
    );
    if (published) return NOTHING;

    const result = { ...NOTHING };
    for (const organisationKey of DEMO_WAGE_ENTERPRISES) {
      const rows = await this.uploadOnce(programme.id, organisationKey, DEMO_WAGE_YEAR);
      result.uploads += rows === null ? 0 : 1;
      result.rows += rows ?? 0;
    }
    // what the debounced job would do a few seconds later, done now so the release can follow
    result.cells = (await this.aggregator.aggregate(programme.id, DEMO_WAGE_YEAR)).cells;
    result.published = await this.publish(programme.id);
    return result;
  }

  /**
   * The enterprise's wage file uploaded (as the API accepts it) and stored (as the worker does),
   * unless it has a current version. Returns the rows stored, or null when nothing was to do.
   */
  private async uploadOnce(
    programmeId: string,
    organisationKey: string,
    year: number,
  ): Promise<number | null> {
    const organisation = DEMO_ORGANISATIONS.find((candidate) => candidate.key === organisationKey)!;
    const [enterprise] = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM organisation WHERE name = $1`,
      [organisation.name],
    );
    const [latest] = await this.dataSource.query<Array<{ id: string; status: WageUploadStatus }>>(
      `SELECT id, status FROM wage_upload
       WHERE programme_id = $1 AND enterprise_id = $2 AND year = $3 AND status IN ($4, $5, $6, $7)
       ORDER BY created_at DESC LIMIT 1`,
      [
        programmeId,
        enterprise.id,
        year,
        WageUploadStatus.Current,
        WageUploadStatus.Queued,
        WageUploadStatus.Validating,
        WageUploadStatus.Failed,
      ],
    );
    if (latest?.status === WageUploadStatus.Current) return null;

    // the enterprise's demo account uploads when it has one; the others have no login
    const account = DEMO_ACCOUNTS.find(
      (candidate) => candidate.organisationKey === organisationKey && candidate.role === Role.Enterprise,
    );
    const uploader = account ? await this.callerFor(account.username) : undefined;
    const uploadId =
      latest?.id ??
      (await this.actingAs(uploader, () =>
        this.createUpload(programmeId, organisationKey, enterprise.id, year, uploader),
      ));
    const stored = await this.actingAs(undefined, () => this.imports.validateAndStore(uploadId));
    if (stored.outcome === 'stored') return stored.rowCount;
    if (stored.outcome === 'unchanged' && stored.status === WageUploadStatus.Current) return null;
    // the demo file must pass the same validation as any upload: a failure here is a bug to fix
    throw new Error(
      `the demo wage file of ${organisationKey} (${year}) was not stored: ${JSON.stringify(stored).slice(0, 2000)}`,
    );
  }

  /** The API's side of an upload: the queued version with its file and audit record. */
  private async createUpload(
    programmeId: string,
    organisationKey: string,
    enterpriseId: string,
    year: number,
    uploader: Caller | undefined,
  ) {
    const regionCode = await this.uploads.approvedPilotRegion(programmeId, enterpriseId);
    if (!regionCode) throw new Error(`demo enterprise ${enterpriseId} is not an approved pilot`);
    return this.dataSource.transaction(async (manager) => {
      const content = Buffer.from(demoWageCsv(organisationKey, year));
      const fileName = `${year}年度薪酬数据.csv`;
      const contentSha256 = createHash('sha256').update(content).digest('hex');
      const uploadId = await this.uploads.insert(
        {
          programmeId,
          enterpriseId,
          regionCode,
          year: year,
          status: WageUploadStatus.Queued,
          fileName,
          mimeType: 'text/csv',
          size: content.length,
          contentSha256,
          content,
          uploadedBy: uploader?.userId ?? null,
        },
        txOf(manager),
      );
      await this.audit.record(
        {
          action: 'wage-upload.create',
          entityType: 'wage_upload',
          entityId: uploadId,
          actorUsername: uploader ? undefined : 'system',
          after: { programmeId, year: year, fileName, size: content.length, contentSha256 },
        },
        txOf(manager),
      );
      return uploadId;
    });
  }

  /**
   * The evaluation's wage data (demo-wage-data.ts): every demo pilot's 2025 and 2026 files in the
   * demo programme, the non-pilots' in the city's earlier programme, each stored by the worker's
   * path unless a current version exists; then the demo programme's cells of both years computed,
   * as the debounced job would.
   */
  async outcomes(): Promise<{ uploads: number; rows: number }> {
    const result = { uploads: 0, rows: 0 };
    const find = ({ documentNumber, regionCode, year }: typeof DEMO_EARLIER_PROGRAMME) =>
      this.dataSource.manager.findOneBy(ProgrammeEntity, { documentNumber, regionCode, year });
    const demo = await find(DEMO_PROGRAMME);
    const earlier = await find(DEMO_EARLIER_PROGRAMME);
    const plan: Array<[ProgrammeEntity | null, string[]]> = [
      [demo, DEMO_OUTCOME_PILOTS],
      [earlier, DEMO_NON_PILOT_WAGE_ENTERPRISES],
    ];
    for (const [programme, enterprises] of plan) {
      if (!programme) continue;
      for (const organisationKey of enterprises) {
        for (const year of [DEMO_WAGE_YEAR, DEMO_OUTCOME_YEAR]) {
          const rows = await this.uploadOnce(programme.id, organisationKey, year);
          result.uploads += rows === null ? 0 : 1;
          result.rows += rows ?? 0;
        }
      }
      if (result.uploads > 0) {
        for (const year of [DEMO_WAGE_YEAR, DEMO_OUTCOME_YEAR])
          await this.aggregator.aggregate(programme.id, year);
      }
    }
    return result;
  }

  /**
   * The evaluation's own records, made through the service as the bureaus make them (after the
   * outcome wages, so the demonstration units' snapshots carry their figures): non-pilots the
   * districts recorded as adopting after a training or 示范班, and the city's demonstration units.
   * Skipped once the programme has any.
   */
  async evaluationRecords(today: string): Promise<{ influenced: number; demonstrationUnits: number }> {
    const result = { influenced: 0, demonstrationUnits: 0 };
    const programme = await this.dataSource.manager.findOneBy(ProgrammeEntity, {
      documentNumber: DEMO_PROGRAMME.documentNumber,
      regionCode: DEMO_PROGRAMME.regionCode,
      year: DEMO_PROGRAMME.year,
    });
    if (!programme) return result;
    const [{ recorded }] = await this.dataSource.query<Array<{ recorded: boolean }>>(
      `SELECT EXISTS (SELECT 1 FROM influenced_enterprise WHERE programme_id = $1)
           OR EXISTS (SELECT 1 FROM demonstration_unit WHERE programme_id = $1) AS recorded`,
      [programme.id],
    );
    if (recorded) return result;
    for (const record of DEMO_INFLUENCED_RECORDS) {
      const caller = await this.callerFor(record.by);
      await this.actingAs(caller, async () => {
        const candidates = await this.evaluation.influencedCandidates(caller, programme.id);
        const name = DEMO_ORGANISATIONS.find(
          (organisation) => organisation.key === record.organisationKey,
        )!.name;
        const candidate = candidates.find((option) => option.name === name);
        // the activity the enterprise attended last before it reported
        const activity = candidate?.activities
          .filter((option) => option.occurredOn <= shiftIsoDays(today, record.reportedDay))
          .sort((a, b) => (a.occurredOn < b.occurredOn ? 1 : -1))[0];
        if (!candidate || !activity) throw new Error(`${record.organisationKey} is no influenced candidate`);
        await this.evaluation.createInfluenced(caller, {
          programmeId: programme.id,
          enterpriseId: candidate.enterpriseId,
          activityId: activity.id,
          reportedOn: shiftIsoDays(today, record.reportedDay),
          adoption: record.adoption,
          note: record.note,
        });
        result.influenced += 1;
      });
    }
    const city = await this.callerFor('qd-city');
    for (const unit of DEMO_DEMONSTRATION_UNITS) {
      const enterpriseName = DEMO_ORGANISATIONS.find(
        (organisation) => organisation.key === unit.organisationKey,
      )?.name;
      const enterpriseId = enterpriseName
        ? (await this.dataSource.manager.findOneByOrFail(OrganisationEntity, { name: enterpriseName })).id
        : undefined;
      await this.actingAs(city, () =>
        this.evaluation.createDemonstration(city, {
          programmeId: programme.id,
          kind: unit.kind,
          enterpriseId,
          regionCode: unit.regionCode,
          reason: unit.reason,
        }),
      );
      result.demonstrationUnits += 1;
    }
    return result;
  }

  /**
   * qd-city snapshots the computed cells; qd-city-checker, the second person the maker-checker rule
   * asks for, reviews and publishes them. Returns the release label.
   */
  private async publish(programmeId: string): Promise<string | null> {
    const city = await this.callerFor('qd-city');
    const checker = await this.callerFor('qd-city-checker');
    const draft = await this.actingAs(city, async () => {
      const open = await this.releaseRepository.findOpen(programmeId, DEMO_WAGE_YEAR);
      const release: { id: string; status: BenchmarkReleaseStatus } = open
        ? { id: open.id, status: open.status }
        : await this.releases.create(city, {
            programmeId,
            year: DEMO_WAGE_YEAR,
            description: RELEASE_DESCRIPTION,
          });
      return release;
    });
    return this.actingAs(checker, async () => {
      let release = draft;
      if (release.status === BenchmarkReleaseStatus.Draft) {
        release = await this.releases.transition(
          checker,
          release.id,
          BenchmarkReleaseAction.Review,
          REVIEW_COMMENT,
        );
      }
      const published = await this.releases.transition(
        checker,
        release.id,
        BenchmarkReleaseAction.Publish,
        null,
      );
      return published.label;
    });
  }

  /** A demo account as the access layer and the audit log see a signed-in user. */
  private async callerFor(username: string): Promise<Caller> {
    const user = await this.dataSource.manager.findOneOrFail(UserEntity, {
      where: { username },
      relations: { organisation: { region: true } },
    });
    return {
      userId: user.id,
      // no login session: the seed acts for the account
      sessionId: DEMO_BENCHMARKS_REQUEST_ID,
      username: user.username,
      role: user.role,
      organisationId: user.organisationId,
      regionCode: user.organisation!.regionCode,
      regionPath: user.organisation!.region!.path,
      mustChangePassword: user.mustChangePassword,
      mustEnrolTwoFactor: false,
    };
  }

  /** Runs `work` in a request context of its own, as `caller` (or the system when undefined). */
  private actingAs<T>(caller: Caller | undefined, work: () => Promise<T>): Promise<T> {
    return this.cls.run(() => {
      this.cls.set('requestId', DEMO_BENCHMARKS_REQUEST_ID);
      this.cls.set('ip', null);
      this.cls.set('userAgent', null);
      this.cls.set('language', 'zh-CN');
      if (caller) this.cls.set('caller', caller);
      return work();
    });
  }
}

/**
 * Seeds the demo wage benchmarks (demo mode only; see the module comment). Call after the Seeder
 * has committed: it opens its own connections.
 */
export async function seedDemoBenchmarks(config: AppConfig): Promise<DemoBenchmarksResult> {
  const app = await NestFactory.createApplicationContext(DemoBenchmarksModule.with(config), {
    logger: ['error', 'warn'],
  });
  try {
    return await app.get(DemoBenchmarksSeeder).run();
  } finally {
    await app.close();
  }
}

/**
 * Seeds the evaluation's wage data (demo mode only; see `outcomes`), after the benchmarks: the
 * published 2025 release stays as made from the eight pilots' first files.
 */
export async function seedDemoOutcomeWages(config: AppConfig): Promise<{ uploads: number; rows: number }> {
  const app = await NestFactory.createApplicationContext(DemoBenchmarksModule.with(config), {
    logger: ['error', 'warn'],
  });
  try {
    return await app.get(DemoBenchmarksSeeder).outcomes();
  } finally {
    await app.close();
  }
}

/** Seeds the evaluation's influenced enterprises and demonstration units (demo mode only), last. */
export async function seedDemoEvaluationRecords(
  config: AppConfig,
  today: string,
): Promise<{ influenced: number; demonstrationUnits: number }> {
  const app = await NestFactory.createApplicationContext(DemoBenchmarksModule.with(config), {
    logger: ['error', 'warn'],
  });
  try {
    return await app.get(DemoBenchmarksSeeder).evaluationRecords(today);
  } finally {
    await app.close();
  }
}
