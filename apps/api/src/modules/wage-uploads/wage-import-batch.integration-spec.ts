import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { PilotStatus, QueueName, WageImportJob, WageUploadStatus } from '@skillpay/domain';
import { type Queue, QueueEvents } from 'bullmq';
import { createHash } from 'node:crypto';
import { type PoolClient } from 'pg';
import { type DataSource } from 'typeorm';
import { inPgTransaction } from '../../../test/benchmark-builders';
import { newEnterprise } from '../../../test/enterprise-builders';
import { newApplication, newProgramme } from '../../../test/programme-builders';
import { asOwner, unique } from '../../../test/test-app';
import { WorkerModule } from '../../worker.module';
import { storeWageFiles, type StoreWageFileResult } from './wage-file/store-wage-file';
import { WageUploadEntity } from './wage-upload.entity';

const HEADER = '员工编号,职业编码,技能等级,岗位类别,工作月数,基本工资,岗位工资,绩效工资,津贴补贴,其他';
const line = (ref: string, months = '12') =>
  `${ref},6-18-01-01,三级/高级工,技能,${months},36000,24000,18000,3600,0`;
const csv = (lines: string[]): Buffer => Buffer.from(`${[HEADER, ...lines].join('\n')}\n`);
/** An employee reference not seen before: digits, so never mistaken for a name. */
let refs = 0;
const ref = (): string => `R-${String((refs += 1)).padStart(6, '0')}`;

describe('wage uploads stored together (one transaction and COPY for several small files)', () => {
  let worker: INestApplicationContext;
  let imports: Queue;
  let importEvents: QueueEvents;
  let dataSource: DataSource;
  let programmeId: string;

  beforeAll(async () => {
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    await worker.init();
    dataSource = worker.get<DataSource>(getDataSourceToken());
    imports = worker.get<Queue>(getQueueToken(QueueName.WageImports));
    importEvents = new QueueEvents(imports.name, {
      connection: imports.opts.connection,
      prefix: imports.opts.prefix,
    });
    await importEvents.waitUntilReady();
    await dataSource.query(
      `INSERT INTO occupation (code, name_zh, name_en) VALUES ('6-18-01-01', '车工', 'Lathe operator')
       ON CONFLICT (code) DO UPDATE SET deleted_at = NULL`,
    );
    programmeId = await newProgramme(dataSource);
  });
  afterAll(async () => {
    await importEvents.close();
    await worker.close();
  });

  async function pilotEnterprise(): Promise<string> {
    const { id } = await newEnterprise(dataSource, { regionCode: '370211' });
    await newApplication(dataSource, programmeId, id, PilotStatus.Approved);
    return id;
  }

  /** An upload as the API commits it (queued, file kept), with no job yet. */
  async function queuedUpload(enterpriseId: string, content: Buffer, year = 2025): Promise<string> {
    const result = await dataSource.getRepository(WageUploadEntity).insert({
      programmeId,
      enterpriseId,
      regionCode: '370211',
      year,
      status: WageUploadStatus.Queued,
      progress: 0,
      fileName: `${year}.csv`,
      mimeType: 'text/csv',
      size: content.length,
      contentSha256: createHash('sha256').update(content).digest('hex'),
      content,
    });
    return (result.identifiers[0] as { id: string }).id;
  }

  const inTransaction = <T>(work: (client: PoolClient) => Promise<T>): Promise<T> =>
    inPgTransaction(dataSource, work);

  async function stateOf(id: string) {
    const [row] = await dataSource.query<
      Array<{ status: string; version_number: number | null; row_count: number | null; rows: number }>
    >(
      `SELECT status, version_number, row_count, (SELECT count(*)::int FROM wage_row WHERE upload_id = u.id) AS rows
       FROM wage_upload u WHERE id = $1`,
      [id],
    );
    return row;
  }

  it('decides each upload on its own: stored, rejected with its errors, duplicate, unchanged, superseding', async () => {
    const [a, b, c, d, e] = await Promise.all([1, 2, 3, 4, 5].map(() => pilotEnterprise()));
    // c and e already have a current version; d's upload was decided before
    const cFirst = csv([line(ref()), line(ref())]);
    const eFirst = csv([line(ref())]);
    const cV1 = await queuedUpload(c, cFirst);
    const eV1 = await queuedUpload(e, eFirst);
    await inTransaction((client) => storeWageFiles(client, [{ uploadId: cV1 }, { uploadId: eV1 }]));

    const valid = await queuedUpload(a, csv([line(ref()), line(ref())]));
    // 2,100 valid rows (the first 2,000 already written to the COPY) and then one bad month
    const bad = await queuedUpload(
      b,
      csv([...Array.from({ length: 2_100 }, () => line(ref())), line(ref(), '13')]),
    );
    const duplicate = await queuedUpload(c, cFirst, 2025);
    const superseding = await queuedUpload(e, csv([line(ref()), line(ref()), line(ref())]));
    const fresh = await queuedUpload(d, csv([line(ref())]));

    const results = await inTransaction((client) =>
      storeWageFiles(
        client,
        [valid, bad, duplicate, fresh, superseding].map((uploadId) => ({ uploadId })),
      ),
    );
    const outcome = (result: StoreWageFileResult) => ({ id: result.id, outcome: result.outcome });
    expect(results.map(outcome)).toEqual([
      { id: valid, outcome: 'stored' },
      { id: bad, outcome: 'rejected' },
      { id: duplicate, outcome: 'rejected' },
      { id: fresh, outcome: 'stored' },
      { id: superseding, outcome: 'stored' },
    ]);
    expect(results[1]).toMatchObject({
      errorCount: 1,
      errors: [{ row: 2_102, column: 'monthsWorked', value: '13', code: 'wage_months_invalid' }],
    });
    expect(results[2]).toMatchObject({
      errors: [{ code: 'wage_duplicate_content', params: { version: 1 } }],
    });
    expect(results[4]).toMatchObject({ versionNumber: 2, supersededId: eV1, rowCount: 3 });

    expect(await stateOf(valid)).toEqual({ status: 'current', version_number: 1, row_count: 2, rows: 2 });
    expect(await stateOf(bad)).toEqual({
      status: 'rejected',
      version_number: null,
      row_count: null,
      rows: 0,
    });
    expect(await stateOf(duplicate)).toMatchObject({ status: 'rejected', rows: 0 });
    expect(await stateOf(fresh)).toEqual({ status: 'current', version_number: 1, row_count: 1, rows: 1 });
    expect(await stateOf(superseding)).toEqual({
      status: 'current',
      version_number: 2,
      row_count: 3,
      rows: 3,
    });
    expect(await stateOf(eV1)).toEqual({ status: 'superseded', version_number: 1, row_count: 1, rows: 1 });

    // the same uploads again (a retried job): nothing changes
    const again = await inTransaction((client) =>
      storeWageFiles(
        client,
        [valid, bad, superseding].map((uploadId) => ({ uploadId })),
      ),
    );
    expect(again.map((result) => result.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('refuses two versions of one enterprise, programme and year in one batch, and stores nothing', async () => {
    const enterprise = await pilotEnterprise();
    const first = await queuedUpload(enterprise, csv([line(ref())]));
    const second = await queuedUpload(enterprise, csv([line(ref())]));
    await expect(
      inTransaction((client) => storeWageFiles(client, [{ uploadId: first }, { uploadId: second }])),
    ).rejects.toThrow('must be stored one at a time');
    expect((await stateOf(first)).status).toBe('queued');
    expect((await stateOf(second)).status).toBe('queued');
    await dataSource.query(`DELETE FROM wage_upload WHERE id = ANY($1)`, [[first, second]]);
  });

  async function runJob(uploadId: string): Promise<{ outcome: string }> {
    const job = await imports.add(WageImportJob.ValidateAndStore, { uploadId }, { jobId: unique('job') });
    return (await job.waitUntilFinished(importEvents, 20_000)) as { outcome: string };
  }

  it('lets a job store other queued uploads with its own; their jobs then change nothing', async () => {
    const enterprises = await Promise.all([1, 2, 3].map(() => pilotEnterprise()));
    const [own, ...others] = await Promise.all(
      enterprises.map((id) => queuedUpload(id, csv([line(ref()), line(ref())]), 2024)),
    );

    expect(await runJob(own)).toEqual({ outcome: 'stored' });
    for (const id of [own, ...others]) {
      expect(await stateOf(id)).toEqual({ status: 'current', version_number: 1, row_count: 2, rows: 2 });
    }
    // each upload has its own audit record and notification, as when stored alone
    const audits = await dataSource.query<Array<{ entity_id: string; request_id: string }>>(
      `SELECT entity_id, request_id FROM audit_log WHERE action = 'wage-upload.store' AND entity_id = ANY($1)`,
      [[own, ...others]],
    );
    expect(audits.map((audit) => audit.request_id).sort()).toEqual(
      [own, ...others].map((id) => `job:wage-imports:${id}`).sort(),
    );
    const [{ notified }] = await dataSource.query<Array<{ notified: number }>>(
      `SELECT count(DISTINCT recipient_organisation_id)::int AS notified FROM notification
       WHERE kind = 'wage-upload.stored' AND recipient_organisation_id = ANY($1)`,
      [enterprises],
    );
    expect(notified).toBe(3);

    for (const id of others) expect(await runJob(id)).toEqual({ outcome: 'unchanged' });
  });

  it('stores a job’s own upload alone when its batch fails as a whole', async () => {
    const [ownEnterprise, otherEnterprise] = await Promise.all([pilotEnterprise(), pilotEnterprise()]);
    const broken = await queuedUpload(otherEnterprise, csv([line(ref())]), 2023);
    const own = await queuedUpload(ownEnterprise, csv([line(ref())]), 2023);
    // the database refuses the other upload's rows, as it would a row that slipped past validation
    await asOwner((owner) =>
      owner.query(`
      CREATE FUNCTION test_refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused for the test'; END $$;
      CREATE TRIGGER test_refuse_row BEFORE INSERT ON wage_row FOR EACH ROW
        WHEN (NEW.upload_id = '${broken}') EXECUTE FUNCTION test_refuse_row();`),
    );
    try {
      expect(await runJob(own)).toEqual({ outcome: 'stored' });
      expect(await stateOf(own)).toMatchObject({ status: 'current', rows: 1 });
      expect(await stateOf(broken)).toMatchObject({ status: 'queued', rows: 0 });
    } finally {
      await asOwner((owner) =>
        owner.query(`DROP TRIGGER test_refuse_row ON wage_row; DROP FUNCTION test_refuse_row()`),
      );
      await dataSource.query(`DELETE FROM wage_upload WHERE id = $1`, [broken]);
    }
  });
});
