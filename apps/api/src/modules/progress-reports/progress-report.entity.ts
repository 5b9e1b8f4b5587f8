import { ProgressReportStatus } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';

/**
 * 进展报送: one pilot enterprise's report for one period of a programme. Its content lives in
 * versions (a resubmission after a return is a new version); the status and version number of
 * the latest one are kept here for the lists and queues.
 */
@Entity('progress_report')
@Index('uq_progress_report_period', ['programmeId', 'enterpriseId', 'period'], { unique: true })
@Index('idx_progress_report_queue', ['programmeId', 'status', 'period'])
export class ProgressReportEntity {
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

  /** `2026-03` (monthly) or `2026-Q1` (quarterly) */
  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  /** the status of the latest version */
  @Column({
    type: 'enum',
    enum: ProgressReportStatus,
    enumName: 'progress_report_status',
    default: ProgressReportStatus.Draft,
  })
  status: ProgressReportStatus;

  @Column({ name: 'current_version', type: 'int', default: 1 })
  currentVersion: number;

  /** when a version was first submitted: the period is no longer overdue from then on */
  @Column({ name: 'first_submitted_at', type: 'timestamptz', nullable: true })
  firstSubmittedAt: Date | null;

  /** raised by every change of the report, for If-Match (currentVersion numbers its content versions) */
  @VersionColumn({ name: 'edit_version', default: 1 })
  editVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
