import { BenchmarkReleaseStatus } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ProgrammeEntity } from '../programmes/programme.entity';

/**
 * 工资价位发布: a snapshot of a programme's computed benchmark cells for one year, reviewed by the
 * city bureau and then published under a number (1, 2, 3 … per programme and year). Once
 * published the row and its cells are immutable — a database trigger refuses any change — and a
 * correction is a new release; earlier ones stay readable and downloadable.
 */
@Entity('benchmark_release')
// one release under review at a time per programme and year
@Index('uq_benchmark_release_open', ['programmeId', 'year'], {
  unique: true,
  where: `"status" IN ('draft', 'reviewed')`,
})
@Index('uq_benchmark_release_number', ['programmeId', 'year', 'releaseNumber'], {
  unique: true,
  where: `"release_number" IS NOT NULL`,
})
export class BenchmarkReleaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  /** the pay year the cells describe */
  @Column({ type: 'int' })
  year: number;

  @Column({
    type: 'enum',
    enum: BenchmarkReleaseStatus,
    enumName: 'benchmark_release_status',
    default: BenchmarkReleaseStatus.Draft,
  })
  status: BenchmarkReleaseStatus;

  /** assigned on publication; shown as `2026-R2` */
  @Column({ name: 'release_number', type: 'int', nullable: true })
  releaseNumber: number | null;

  /** why this release is made, e.g. what it corrects */
  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** disclosure thresholds the cells were computed with, for the method note */
  @Column({ name: 'min_enterprises', type: 'int' })
  minEnterprises: number;

  @Column({ name: 'max_enterprise_share', type: 'int' })
  maxEnterpriseShare: number;

  /** enterprises whose current data the cells aggregate, and their employees */
  @Column({ name: 'enterprise_count', type: 'int' })
  enterpriseCount: number;

  @Column({ name: 'employee_count', type: 'int' })
  employeeCount: number;

  /** the latest computation among the snapshot's cells */
  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'discarded_by', type: 'uuid', nullable: true })
  discardedBy: string | null;

  @Column({ name: 'discarded_at', type: 'timestamptz', nullable: true })
  discardedAt: Date | null;

  @Column({ name: 'discard_reason', type: 'text', nullable: true })
  discardReason: string | null;
}
