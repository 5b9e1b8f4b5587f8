import { TaskLink, TaskStatus } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ProgrammeMeasureEntity } from '../programme-structure/programme-measure.entity';
import { ProgrammePhaseEntity } from '../programme-structure/programme-phase.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';

/**
 * 台账事项: one line of the ledger, under a phase or a measure. Overdue is derived (due date
 * passed and not done), never stored. The reminder job reads `due_on` and `status`.
 */
@Entity('programme_task')
@Index('idx_programme_task_programme', ['programmeId', 'position'])
export class ProgrammeTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ name: 'phase_id', type: 'uuid', nullable: true })
  phaseId: string | null;

  @ManyToOne(() => ProgrammePhaseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'phase_id' })
  phase?: ProgrammePhaseEntity | null;

  @Column({ name: 'measure_id', type: 'uuid', nullable: true })
  measureId: string | null;

  @ManyToOne(() => ProgrammeMeasureEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'measure_id' })
  measure?: ProgrammeMeasureEntity | null;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  /**
   * From the bureaus' manual reports (done when every one reported it done). A linked task's status
   * is computed from the portal's records instead (LedgerProgress), and this one is not read.
   */
  @Column({
    type: 'enum',
    enum: TaskStatus,
    enumName: 'programme_task_status',
    default: TaskStatus.NotStarted,
  })
  status: TaskStatus;

  /** the portal event the task follows instead of manual reports, or null */
  @Column({
    name: 'linked_event',
    type: 'enum',
    enum: TaskLink,
    enumName: 'programme_task_link',
    nullable: true,
  })
  linkedEvent: TaskLink | null;

  /** responsible units that are not portal organisations (市委办, 科技局 …), as written */
  @Column({ name: 'text_units', type: 'text', array: true, default: '{}' })
  textUnits: string[];

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
