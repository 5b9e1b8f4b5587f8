import { WageUploadStatus } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';

/**
 * One uploaded wage-data file of an enterprise for a programme and year. A valid file becomes the
 * current version and supersedes the previous one, which stays readable; nothing is overwritten.
 */
@Entity('wage_upload')
// at most one current version per enterprise, programme and year
@Index('uq_wage_upload_current', ['programmeId', 'year', 'enterpriseId'], {
  unique: true,
  where: `"status" = 'current'`,
})
// the same file stored twice is recognised by its hash
@Index('uq_wage_upload_content', ['programmeId', 'year', 'enterpriseId', 'contentSha256'], {
  unique: true,
  where: `"status" IN ('current', 'superseded')`,
})
@Index('idx_wage_upload_programme_year', ['programmeId', 'year', 'status'])
// the queue of files not yet taken, newest first (a job stores some of them with its own)
@Index('idx_wage_upload_queued', ['createdAt'], { where: `"status" = 'queued'` })
export class WageUploadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => EnterpriseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: EnterpriseEntity;

  /** the enterprise's region when the data was stored: the benchmark region its rows count in */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  /** the pay year the data describes */
  @Column({ type: 'int' })
  year: number;

  /** 1, 2, 3 … per enterprise, programme and year, in upload order */
  @Column({ name: 'version_number', type: 'int', nullable: true })
  versionNumber: number | null;

  @Column({
    type: 'enum',
    enum: WageUploadStatus,
    enumName: 'wage_upload_status',
    default: WageUploadStatus.Queued,
  })
  status: WageUploadStatus;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @Column({ name: 'mime_type', type: 'varchar', length: 100 })
  mimeType: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ name: 'content_sha256', type: 'char', length: 64 })
  contentSha256: string;

  /** the file itself, kept so a version can be downloaded again */
  @Column({ type: 'bytea', select: false })
  content: Buffer;

  /** 0–100 while validating */
  @Column({ type: 'smallint', default: 0 })
  progress: number;

  @Column({ name: 'row_count', type: 'int', nullable: true })
  rowCount: number | null;

  @Column({ name: 'error_count', type: 'int', default: 0 })
  errorCount: number;

  /** every error found: `{ row, column, value, code, params }`, rendered in the reader's language */
  @Column({ type: 'jsonb', nullable: true })
  errors: unknown[] | null;

  /** a job failure (not a file error), for the operators */
  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ name: 'superseded_by', type: 'uuid', nullable: true })
  supersededBy: string | null;

  /** set by the aggregation once the benchmarks reflect this version's arrival or supersession */
  @Column({ name: 'aggregated_at', type: 'timestamptz', nullable: true })
  aggregatedAt: Date | null;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
