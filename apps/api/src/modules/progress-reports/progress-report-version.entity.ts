import {
  type ProgressReportAdoption,
  type ProgressReportIndicators,
  ProgressReportStatus,
  withAdoptionDefaults,
} from '@skillpay/domain';
import { type CheckResult } from '@skillpay/paycalc';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ProgressReportEntity } from './progress-report.entity';

/**
 * One version of a report. Only the latest version, while a draft, can change; submitted,
 * accepted and returned versions stay as they were, with the bureau's decision and comment.
 */
@Entity('progress_report_version')
@Index('uq_progress_report_version', ['reportId', 'version'], { unique: true })
export class ProgressReportVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @ManyToOne(() => ProgressReportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id' })
  report?: ProgressReportEntity;

  @Column({ type: 'int' })
  version: number;

  @Column({
    type: 'enum',
    enum: ProgressReportStatus,
    enumName: 'progress_report_status',
    default: ProgressReportStatus.Draft,
  })
  status: ProgressReportStatus;

  /**
   * adoption of each guideline element; versions written before an element was asked for (e.g.
   * performance pay) read with it not started, so every reader sees every element
   */
  @Column({
    type: 'jsonb',
    transformer: {
      to: (value: ProgressReportAdoption | undefined) => value,
      from: (value: Partial<ProgressReportAdoption> | null) => value && withAdoptionDefaults(value),
    },
  })
  adoption: ProgressReportAdoption;

  @Column({ type: 'jsonb' })
  indicators: ProgressReportIndicators;

  @Column({ type: 'text', default: '' })
  narrative: string;

  /** libs/paycalc's results for the indicators as saved, with their figures and sources */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  checks: CheckResult[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  /** the bureau's comment on accepting (optional) or returning (required) */
  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
