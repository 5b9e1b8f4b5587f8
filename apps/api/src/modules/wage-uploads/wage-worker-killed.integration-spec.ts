import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PilotStatus, QueueName, WageImportJob, WageUploadStatus } from '@skillpay/domain';
import { Queue } from 'bullmq';
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { newEnterprise } from '../../../test/enterprise-builders';
import { eventually } from '../../../test/fault-proxy';
import { newApplication, newProgramme } from '../../../test/programme-builders';
import { AppConfig } from '../../common/config/app-config';
import { dataSourceOptions } from '../../database/data-source-options';
import { WorkerModule } from '../../worker.module';
import { QueueClientRole, queueConnection } from '../queues/queue-backend';
import { WAGE_IMPORT_ATTEMPTS } from './wage-import.job';
import { WageUploadEntity } from './wage-upload.entity';

const HEADER = '员工编号,职业编码,技能等级,岗位类别,工作月数,基本工资,岗位工资,绩效工资,津贴补贴,其他';
/** Big enough that storing a batch takes a moment to be killed in. */
const ROWS = 3_000;
const UPLOADS = 6;
const file = (enterprise: number): Buffer =>
  Buffer.from(
    `${[
      HEADER,
      ...Array.from(
        { length: ROWS },
        (_, row) => `R-${enterprise}-${row},6-18-01-01,三级/高级工,技能,12,${36000 + row},24000,18000,3600,0`,
      ),
    ].join('\n')}\n`,
  );

/**
 * The built worker (dist/worker.js, as `npm start` and compose run it) is killed with SIGKILL
 * while it stores a batch of uploads; a new worker takes over (BullMQ hands the killed worker's
 * job on once its lock runs out, 30 s). Every upload must end stored exactly once.
 */
describe('a worker killed mid-batch (SIGKILL of the built worker process)', () => {
  const config = new AppConfig();
  const dataSource = new DataSource(dataSourceOptions(config));
  const imports = new Queue(QueueName.WageImports, {
    connection: queueConnection(config, QueueClientRole.Producer),
    prefix: `${config.redisPrefix}:bull`,
  });
  let killed: ChildProcess | undefined;
  let successor: INestApplicationContext | undefined;

  beforeAll(() => dataSource.initialize());
  afterAll(async () => {
    killed?.kill('SIGKILL');
    await successor?.close();
    await imports.close();
    await dataSource.destroy();
  });

  async function states(ids: string[]) {
    return dataSource.query<
      Array<{ status: string; version_number: number | null; row_count: number | null; rows: number }>
    >(
      `SELECT status, version_number, row_count,
              (SELECT count(*)::int FROM wage_row WHERE upload_id = u.id) AS rows
         FROM wage_upload u WHERE id = ANY($1)`,
      [ids],
    );
  }

  it('loses no upload and stores every one exactly once', async () => {
    await dataSource.query(
      `INSERT INTO occupation (code, name_zh, name_en) VALUES ('6-18-01-01', '车工', 'Lathe operator')
       ON CONFLICT (code) DO UPDATE SET deleted_at = NULL`,
    );
    const programmeId = await newProgramme(dataSource);
    const ids: string[] = [];
    for (let enterprise = 0; enterprise < UPLOADS; enterprise++) {
      const { id: enterpriseId } = await newEnterprise(dataSource, { regionCode: '370211' });
      await newApplication(dataSource, programmeId, enterpriseId, PilotStatus.Approved);
      const content = file(enterprise);
      const result = await dataSource.getRepository(WageUploadEntity).insert({
        programmeId,
        enterpriseId,
        regionCode: '370211',
        year: 2025,
        status: WageUploadStatus.Queued,
        progress: 0,
        fileName: 'wages.csv',
        mimeType: 'text/csv',
        size: content.length,
        contentSha256: createHash('sha256').update(content).digest('hex'),
        content,
      });
      ids.push((result.identifiers[0] as { id: string }).id);
    }

    killed = spawn(process.execPath, [path.join(__dirname, '../../../dist/worker.js')], {
      env: { ...process.env, WAGE_IMPORT_BATCH: '3', WAGE_IMPORT_CONCURRENCY: '1' },
      stdio: 'ignore',
    });
    // as the API enqueues them: the upload id as job id
    for (const uploadId of ids) {
      await imports.add(
        WageImportJob.ValidateAndStore,
        { uploadId },
        { jobId: uploadId, attempts: WAGE_IMPORT_ATTEMPTS, backoff: { type: 'exponential', delay: 1_000 } },
      );
    }
    // killed while it validates and stores, before every upload is stored
    await eventually(async () => {
      const now = await states(ids);
      expect(now.some(({ status }) => status === WageUploadStatus.Validating)).toBe(true);
    }, 60_000);
    killed.kill('SIGKILL');
    const atKill = await states(ids);
    expect(atKill.filter(({ status }) => status === WageUploadStatus.Current).length).toBeLessThan(UPLOADS);

    successor = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    await successor.init();
    const settled = await eventually(async () => {
      const now = await states(ids);
      expect(now.every(({ status }) => status === WageUploadStatus.Current)).toBe(true);
      return now;
    }, 100_000);
    expect(settled).toEqual(
      ids.map(() => ({ status: WageUploadStatus.Current, version_number: 1, row_count: ROWS, rows: ROWS })),
    );
  }, 180_000);
});
