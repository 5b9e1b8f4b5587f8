import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type WageUploadStatus } from '@skillpay/domain';
import { type Writable } from 'node:stream';
import { type ClientBase, type PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { managerOf, type Tx, txOf } from '../../database/unit-of-work';
import { insertAuditRecord } from '../audit/audit.repository';

/**
 * The worker's queries of wage uploads (job-only, apart from the API's in wage-uploads.repository):
 * claiming and storing a batch of uploads on one transaction's `pg` client with COPY, the
 * progress and status writes around it, and the recovery's reads. The statements run for every
 * batch are named (prepared once per connection) and keep their generic plans (docs/wage-data.md):
 * their text must not change without measuring.
 */

/**
 * The `pg` client of a storing transaction (BEGIN … COMMIT are the caller's): what the pipeline's
 * plain functions (store-wage-file, also used by bench/) run on. Only this file queries it.
 */
export type WageStoreClient = ClientBase;

/** An upload of a batch as read under its lock, with its place among its key's stored versions. */
export interface StoreCandidate {
  id: string;
  programmeId: string;
  enterpriseId: string;
  year: number;
  status: WageUploadStatus;
  versionNumber: number | null;
  /** previous max version + 1 */
  nextVersion: number;
  /** a stored version with the same content, if any */
  sameContentVersion: number | null;
  /** the current version of its enterprise, programme and year, if any */
  currentId: string | null;
}

interface UploadRow {
  id: string;
  programme_id: string;
  enterprise_id: string;
  year: number;
  status: WageUploadStatus;
  version_number: number | null;
  next_version: number;
  same_content_version: number | null;
  current_id: string | null;
}

/** A queued upload that may join a batch. */
export interface CompanionCandidate {
  id: string;
  enterpriseId: string;
  programmeId: string;
  year: number;
}

export const WAGE_ROW_COPY_SQL =
  'COPY wage_row (upload_id, row_number, employee_ref, occupation_code, skill_level, post_category, ' +
  'months_worked, base_pay, post_pay, performance_pay, allowances, other_pay) FROM STDIN';

/** The upload's enterprise, programme and year: one version change at a time for each. */
const VERSION_KEY = `hashtextextended('wage_upload:' || enterprise_id || ':' || programme_id || ':' || year, 0)`;

/** The live occupation catalogue's codes, for `isKnownOccupation` (a client or a pool). */
export async function loadOccupationCodes(client: Pick<ClientBase, 'query'>): Promise<Set<string>> {
  const { rows } = await client.query<{ code: string }>(
    'SELECT code FROM occupation WHERE deleted_at IS NULL',
  );
  return new Set(rows.map((row) => row.code));
}

/** The store's statements on one transaction's client. */
export class WageStoreStatements {
  constructor(private readonly client: WageStoreClient) {}

  /**
   * The locks are taken on the uploads' own keys, in key order (no deadlock between two batches),
   * before anything is read, so what follows sees the other versions settled. The same statement
   * lets the transaction commit without waiting for its WAL flush: all it writes is derived from
   * wage_upload.content, committed before, and an upload left queued or validating by a lost
   * commit is queued again by WageUploadRecovery (docs/wage-data.md). It also keeps the prepared
   * statements that follow on their generic plans: given an array of ids, PostgreSQL otherwise
   * re-plans them for every batch (0.55 ms per upload stored alone, more than running them).
   */
  async lockVersions(ids: string[]): Promise<void> {
    await this.client.query({
      name: 'wage-upload-store-lock',
      text: `SELECT pg_advisory_xact_lock(key), set_config('synchronous_commit', 'off', true),
             set_config('plan_cache_mode', 'force_generic_plan', true)
           FROM (SELECT DISTINCT ${VERSION_KEY} AS key FROM wage_upload WHERE id = ANY($1::uuid[])) keys
           ORDER BY key`,
      values: [ids],
    });
  }

  /**
   * Each upload with, among the stored versions of its enterprise, programme and year, the next
   * version number, any version with the same content (two identical uploads queued at once) and
   * the current version, if any. The status test is spelt as an OR so that the planner takes the
   * versions from uq_wage_upload_content by enterprise: with `IN`, statistics from before a burst
   * of first uploads (few current) made it read every current upload of the programme through
   * idx_wage_upload_programme_year for each upload, 1.2 ms per upload by the 2,000th.
   */
  async readCandidates(ids: string[]): Promise<StoreCandidate[]> {
    const { rows } = await this.client.query<UploadRow>({
      name: 'wage-upload-store-read',
      text: `SELECT u.id, u.programme_id, u.enterprise_id, u.year, u.status, u.version_number,
             COALESCE(MAX(v.version_number), 0) + 1 AS next_version,
             MAX(v.version_number) FILTER (WHERE v.content_sha256 = u.content_sha256 AND v.id <> u.id) AS same_content_version,
             (array_agg(v.id) FILTER (WHERE v.status = 'current' AND v.id <> u.id))[1] AS current_id
           FROM wage_upload u
           LEFT JOIN wage_upload v ON v.enterprise_id = u.enterprise_id AND v.programme_id = u.programme_id
             AND v.year = u.year AND (v.status = 'current' OR v.status = 'superseded')
           WHERE u.id = ANY($1::uuid[])
           GROUP BY u.id`,
      values: [ids],
    });
    return rows.map((row) => ({
      id: row.id,
      programmeId: row.programme_id,
      enterpriseId: row.enterprise_id,
      year: row.year,
      status: row.status,
      versionNumber: row.version_number,
      nextVersion: row.next_version,
      sameContentVersion: row.same_content_version,
      currentId: row.current_id,
    }));
  }

  /** The kept files of the uploads given without their content. */
  async storedContents(ids: string[]): Promise<Map<string, Buffer>> {
    if (ids.length === 0) return new Map();
    const { rows } = await this.client.query<{ id: string; content: Buffer }>(
      `SELECT id, content FROM wage_upload WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.content]));
  }

  occupationCodes(): Promise<Set<string>> {
    return loadOccupationCodes(this.client);
  }

  /** `COPY wage_row FROM STDIN` on the transaction: write COPY text lines, end it to finish. */
  openWageRowCopy(): Writable {
    return this.client.query(copyFrom(WAGE_ROW_COPY_SQL));
  }

  /** Rejected uploads: the rows they wrote before their first error deleted, their errors kept. */
  async reject(rejections: Array<{ id: string; errorCount: number; errors: unknown[] }>): Promise<void> {
    if (rejections.length === 0) return;
    const ids = rejections.map((rejection) => rejection.id);
    await this.client.query(`DELETE FROM wage_row WHERE upload_id = ANY($1::uuid[])`, [ids]);
    await this.client.query(
      `UPDATE wage_upload u SET status = 'rejected', error_count = r.error_count, errors = r.errors::jsonb,
         row_count = NULL, progress = 100, failure_reason = NULL, processed_at = clock_timestamp()
       FROM unnest($1::uuid[], $2::int[], $3::text[]) AS r(id, error_count, errors) WHERE u.id = r.id`,
      [
        ids,
        rejections.map((rejection) => rejection.errorCount),
        rejections.map((rejection) => JSON.stringify(rejection.errors)),
      ],
    );
  }

  /** Previous current versions superseded by the new ones (kept, readable; aggregation sees the change). */
  async supersede(superseding: Array<{ supersededId: string; by: string }>): Promise<void> {
    if (superseding.length === 0) return;
    await this.client.query({
      name: 'wage-upload-store-supersede',
      text: `UPDATE wage_upload u SET status = 'superseded', superseded_by = s.by, aggregated_at = NULL
             FROM unnest($1::uuid[], $2::uuid[]) AS s(id, by) WHERE u.id = s.id`,
      values: [superseding.map((change) => change.supersededId), superseding.map((change) => change.by)],
    });
  }

  /** Stored uploads become their key's current version. */
  async makeCurrent(stored: Array<{ id: string; versionNumber: number; rowCount: number }>): Promise<void> {
    if (stored.length === 0) return;
    await this.client.query({
      name: 'wage-upload-store-current',
      text: `UPDATE wage_upload u SET status = 'current', version_number = c.version_number, row_count = c.row_count,
               error_count = 0, errors = NULL, progress = 100, failure_reason = NULL, aggregated_at = NULL,
               processed_at = clock_timestamp()
             FROM unnest($1::uuid[], $2::int[], $3::int[]) AS c(id, version_number, row_count) WHERE u.id = c.id`,
      values: [
        stored.map((upload) => upload.id),
        stored.map((upload) => upload.versionNumber),
        stored.map((upload) => upload.rowCount),
      ],
    });
  }

  /**
   * Up to `limit` queued uploads of at most `maxBytes`, newest first, of another enterprise,
   * programme and year than `uploadId`, row-locked until the transaction ends (skipping any
   * another worker holds).
   */
  async claimQueued(uploadId: string, maxBytes: number, limit: number): Promise<CompanionCandidate[]> {
    const { rows } = await this.client.query<{
      id: string;
      enterprise_id: string;
      programme_id: string;
      year: number;
    }>({
      name: 'wage-upload-claim-companions',
      text: `SELECT c.id, c.enterprise_id, c.programme_id, c.year
           FROM wage_upload c, wage_upload own
           WHERE own.id = $1 AND c.status = 'queued' AND c.size <= $2
             AND (c.enterprise_id, c.programme_id, c.year) <> (own.enterprise_id, own.programme_id, own.year)
           ORDER BY c.created_at DESC
           LIMIT $3
           FOR UPDATE OF c SKIP LOCKED`,
      values: [uploadId, maxBytes, limit],
    });
    return rows.map((row) => ({
      id: row.id,
      enterpriseId: row.enterprise_id,
      programmeId: row.programme_id,
      year: row.year,
    }));
  }
}

/** An upload as a decided job reports it. */
export interface DecidedUpload {
  programmeId: string;
  enterpriseId: string;
  year: number;
  status: WageUploadStatus;
  versionNumber: number | null;
}

/** What the audit record and notification of a decided upload name. */
export interface UploadForRecord {
  fileName: string;
  uploadedBy: string | null;
  username: string | null;
  programmeTitle: string;
}

type AuditValues = Parameters<typeof insertAuditRecord>[1];

/** The worker's queries around the store: status, progress, failure, recovery. */
@Injectable()
export class WageImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The upload is being validated now; false when it was decided before. */
  async start(uploadId: string): Promise<boolean> {
    const [, started] = await this.dataSource.query<[unknown, number]>(
      `UPDATE wage_upload SET status = 'validating', progress = 0, failure_reason = NULL
       WHERE id = $1 AND status IN ('queued', 'validating', 'failed')`,
      [uploadId],
    );
    return started !== 0;
  }

  async findDecided(uploadId: string): Promise<DecidedUpload | null> {
    const [upload] = await this.dataSource.query<
      Array<{
        programme_id: string;
        enterprise_id: string;
        year: number;
        status: WageUploadStatus;
        version_number: number | null;
      }>
    >(`SELECT programme_id, enterprise_id, year, status, version_number FROM wage_upload WHERE id = $1`, [
      uploadId,
    ]);
    if (!upload) return null;
    return {
      programmeId: upload.programme_id,
      enterpriseId: upload.enterprise_id,
      year: upload.year,
      status: upload.status,
      versionNumber: upload.version_number,
    };
  }

  /** Progress on the data source's own connection, outside the storing transaction. */
  async writeProgress(uploadId: string, percent: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE wage_upload SET progress = $2 WHERE id = $1 AND status = 'validating'`,
      [uploadId, percent],
    );
  }

  /**
   * One storing transaction on its own `pg` client (COPY streams on it): committed when `work`
   * resolves, rolled back when it throws. `tx` is the same transaction for other repositories.
   */
  async storeTransaction<T>(work: (client: WageStoreClient, tx: Tx) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      await runner.startTransaction();
      try {
        const result = await work(client, txOf(runner.manager));
        await runner.commitTransaction();
        return result;
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
    } finally {
      await runner.release();
    }
  }

  /** Marks a queued or validating upload failed; null when it was already decided. */
  async markFailed(
    uploadId: string,
    reason: string,
    tx: Tx,
  ): Promise<{ enterpriseId: string; fileName: string } | null> {
    const [rows] = await managerOf(tx, this.dataSource).query<
      [Array<{ enterprise_id: string; file_name: string }>, number]
    >(
      `UPDATE wage_upload SET status = 'failed', failure_reason = $2, processed_at = now()
         WHERE id = $1 AND status IN ('queued', 'validating')
         RETURNING enterprise_id, file_name`,
      [uploadId, reason],
    );
    const upload = rows[0];
    return upload ? { enterpriseId: upload.enterprise_id, fileName: upload.file_name } : null;
  }

  async findForRecord(uploadId: string, tx: Tx): Promise<UploadForRecord> {
    const [upload] = await managerOf(tx, this.dataSource).query<
      Array<{ file_name: string; uploaded_by: string | null; username: string | null; title: string }>
    >(
      `SELECT u.file_name, u.uploaded_by, a.username, p.title FROM wage_upload u
       JOIN programme p ON p.id = u.programme_id LEFT JOIN app_user a ON a.id = u.uploaded_by
       WHERE u.id = $1`,
      [uploadId],
    );
    return {
      fileName: upload.file_name,
      uploadedBy: upload.uploaded_by,
      username: upload.username,
      programmeTitle: upload.title,
    };
  }

  /** An audit record written by the job itself (no request context: the actor is given). */
  async recordAudit(values: AuditValues, tx: Tx): Promise<void> {
    await insertAuditRecord(managerOf(tx, this.dataSource), values);
  }

  /** Uploads still queued or validating `olderThanMs` after their commit, oldest first. */
  async findStalled(olderThanMs: number): Promise<string[]> {
    const stalled = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM wage_upload
       WHERE status IN ('queued', 'validating') AND created_at < now() - $1 * interval '1 millisecond'
       ORDER BY created_at`,
      [olderThanMs],
    );
    return stalled.map((upload) => upload.id);
  }

  async isPending(uploadId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM wage_upload WHERE id = $1 AND status IN ('queued', 'validating')`,
      [uploadId],
    );
    return rows.length > 0;
  }
}
