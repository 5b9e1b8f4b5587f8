import { TaskStatus } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeTaskEntity } from '../ledger-tasks/programme-task.entity';

/** 进展: one progress report on a task by one of its responsible organisations (append-only). */
@Entity('programme_task_update')
@Index('idx_programme_task_update_task', ['taskId', 'organisationId', 'createdAt'])
export class ProgrammeTaskUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @ManyToOne(() => ProgrammeTaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: ProgrammeTaskEntity;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'enum', enum: TaskStatus, enumName: 'programme_task_status' })
  status: TaskStatus;

  @Column({ type: 'int' })
  percent: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
