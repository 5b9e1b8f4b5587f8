import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { MaintenanceJob, PilotStatus, QueueName, WageImportJob, WageUploadStatus } from '@skillpay/domain';
import { createHash } from 'node:crypto';
import { type Queue, QueueEvents } from 'bullmq';
import { type DataSource } from 'typeorm';
import { newEnterprise } from '../../../test/enterprise-builders';
import { newApplication, newProgramme } from '../../../test/programme-builders';
import { unique, uniqueEmployeeRef } from '../../../test/test-app';
import { WorkerModule } from '../../worker.module';
import { WageUploadEntity } from './wage-upload.entity';

const HEADER = '员工编号,职业编码,技能等级,岗位类别,工作月数,基本工资,岗位工资,绩效工资,津贴补贴,其他';
const file = (...refs: string[]): Buffer =>
  Buffer.from(
    `\uFEFF${[HEADER, ...refs.map((ref) => `${ref},6-18-01-01,三级/高级工,技能,12,36000,24000,18000,3600,0`)].join('\r\n')}\r\n`,
  );

describe('recovery of wage uploads left without a job (maintenance queue, real worker, PostgreSQL and Redis)', () => {
  let worker: INestApplicationContext;
  let maintenance: Queue;
  let imports: Queue;
  let maintenanceEvents: QueueEvents;
  let importEvents: QueueEvents;
  let dataSource: DataSource;
  let programmeId: string;
  let enterpriseId: string;

  beforeAll(async () => {
    // each job stores its own upload only: a batch would also take the queued uploads whose jobs
    // these tests hold back (wage-import-batch.integration-spec covers batches)
    process.env.WAGE_IMPORT_BATCH = '1';
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    await worker.init();
    dataSource = worker.get<DataSource>(getDataSourceToken());
    maintenance = worker.get<Queue>(getQueueToken(QueueName.Maintenance));
    imports = worker.get<Queue>(getQueueToken(QueueName.WageImports));
    const events = (queue: Queue) =>
      new QueueEvents(queue.name, { connection: queue.opts.connection, prefix: queue.opts.prefix });
    maintenanceEvents = events(maintenance);
    importEvents = events(imports);
    await Promise.all([maintenanceEvents.waitUntilReady(), importEvents.waitUntilReady()]);
    // only the runs these tests start: the worker's own five-minute run would take their uploads first
    await maintenance.removeJobScheduler(MaintenanceJob.RequeueStalledWageUploads);
    await dataSource.query(
      `INSERT INTO occupation (code, name_zh, name_en) VALUES ('6-18-01-01', '车工', 'Lathe operator')
       ON CONFLICT (code) DO UPDATE SET deleted_at = NULL`,
    );
    programmeId = await newProgramme(dataSource);
    enterpriseId = (await newEnterprise(dataSource, { regionCode: '370211' })).id;
    await newApplication(dataSource, programmeId, enterpriseId, PilotStatus.Approved);
  });
  afterAll(async () => {
    await Promise.all([maintenanceEvents.close(), importEvents.close()]);
    await worker.close();
    delete process.env.WAGE_IMPORT_BATCH;
  });

  /** An upload as the API commits it, `minutesAgo` old, with no job in Redis. */
  async function committedUpload(
    year: number,
    minutesAgo: number,
    status = WageUploadStatus.Queued,
  ): Promise<string> {
    const content = file(uniqueEmployeeRef(), uniqueEmployeeRef());
    const result = await dataSource.getRepository(WageUploadEntity).insert({
      programmeId,
      enterpriseId,
      regionCode: '370211',
      year,
      status,
      progress: status === WageUploadStatus.Validating ? 40 : 0,
      fileName: `${year}.csv`,
      mimeType: 'text/csv',
      size: content.length,
      contentSha256: createHash('sha256').update(content).digest('hex'),
      content,
    });
    const id = (result.identifiers[0] as { id: string }).id;
    await dataSource.query(
      `UPDATE wage_upload SET created_at = now() - $2 * interval '1 minute' WHERE id = $1`,
      [id, minutesAgo],
    );
    return id;
  }

  async function runRecovery(): Promise<number> {
    const job = await maintenance.add(
      MaintenanceJob.RequeueStalledWageUploads,
      {},
      {
        jobId: unique('recovery'),
      },
    );
    return ((await job.waitUntilFinished(maintenanceEvents, 20_000)) as { removed: number }).removed;
  }

  async function statusOf(id: string) {
    const [row] = await dataSource.query<
      Array<{
        status: WageUploadStatus;
        version_number: number | null;
        row_count: number | null;
        failure_reason: string | null;
        errors: unknown[] | null;
      }>
    >(`SELECT status, version_number, row_count, failure_reason, errors FROM wage_upload WHERE id = $1`, [
      id,
    ]);
    return row;
  }

  async function settled(id: string) {
    const deadline = Date.now() + 25_000;
    for (;;) {
      const row = await statusOf(id);
      if (![WageUploadStatus.Queued, WageUploadStatus.Validating].includes(row.status)) return row;
      if (Date.now() > deadline) throw new Error(`upload ${id} still ${row.status}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  it('queues again uploads that never reached Redis or lost their job mid-validation, and they are stored', async () => {
    const neverQueued = await committedUpload(2025, 10);
    const lostWhileValidating = await committedUpload(2024, 30, WageUploadStatus.Validating);
    // just committed: the API is about to enqueue it, so it is not the recovery's to touch
    const justCommitted = await committedUpload(2023, 1);

    expect(await runRecovery()).toBeGreaterThanOrEqual(2);

    for (const id of [neverQueued, lostWhileValidating]) {
      expect(await settled(id)).toMatchObject({
        status: WageUploadStatus.Current,
        version_number: 1,
        row_count: 2,
        // named, so that a rejection shows what the file was refused for
        errors: null,
      });
    }
    expect(await imports.getJob(justCommitted)).toBeUndefined();
    expect((await statusOf(justCommitted)).status).toBe(WageUploadStatus.Queued);

    // a second run finds nothing of these left to do and queues nothing twice
    await runRecovery();
    expect(await imports.getJobState(neverQueued)).toBe('completed');
    expect(await statusOf(neverQueued)).toMatchObject({
      status: WageUploadStatus.Current,
      version_number: 1,
    });
    await dataSource.query(`DELETE FROM wage_upload WHERE id = $1`, [justCommitted]);
  });

  it('leaves an upload whose job is still waiting alone', async () => {
    const id = await committedUpload(2022, 10);
    const waiting = await imports.add(
      WageImportJob.ValidateAndStore,
      { uploadId: id },
      {
        jobId: id,
        delay: 3_600_000,
      },
    );

    await runRecovery();

    const job = await imports.getJob(id);
    expect(await job?.getState()).toBe('delayed');
    expect(job?.timestamp).toBe(waiting.timestamp);
    expect((await statusOf(id)).status).toBe(WageUploadStatus.Queued);
    await imports.remove(id);
    await dataSource.query(`DELETE FROM wage_upload WHERE id = $1`, [id]);
  });

  it('marks failed, and tells the enterprise, an upload whose job failed for good without saying so', async () => {
    const id = await committedUpload(2021, 10, WageUploadStatus.Validating);
    // A job under the upload's id that failed without updating it, as when the worker died on it
    // more often than BullMQ allows; here it fails because no handler knows its name.
    const lost = await imports.add('lost', { uploadId: id }, { jobId: id });
    await expect(lost.waitUntilFinished(importEvents, 20_000)).rejects.toThrow('No handler');

    await runRecovery();

    expect(await statusOf(id)).toMatchObject({
      status: WageUploadStatus.Failed,
      failure_reason: 'No handler for wage-import job "lost"',
    });
    expect(await imports.getJobState(id)).toBe('failed');
    const [notification] = await dataSource.query<Array<{ title_zh: string; title_en: string }>>(
      `SELECT title_zh, title_en FROM notification
       WHERE recipient_organisation_id = $1 AND kind = 'wage-upload.failed' AND link = $2`,
      [enterpriseId, `/wage-uploads/${id}`],
    );
    expect(notification.title_zh).toBe('薪酬数据文件“2021.csv”未能处理，未保存任何数据，请重新上传');
    const audit = await dataSource.query<Array<{ request_id: string; actor_id: string | null }>>(
      `SELECT request_id, actor_id FROM audit_log WHERE action = 'wage-upload.fail' AND entity_id = $1`,
      [id],
    );
    expect(audit).toEqual([{ request_id: `job:wage-imports:${id}`, actor_id: null }]);

    // the next run finds it decided and changes nothing
    await runRecovery();
    expect((await statusOf(id)).status).toBe(WageUploadStatus.Failed);
  });
});
