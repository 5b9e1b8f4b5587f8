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
} from 'typeorm';
import { EnterprisePlanEntity } from './enterprise-plan.entity';

/** A dated step of a 一企一策 plan; reminders look at `due_on` and `done_at`. Deletes are soft. */
@Entity('plan_milestone')
@Index('idx_plan_milestone_plan', ['planId', 'dueOn'])
@Index('idx_plan_milestone_open_due', ['dueOn'], { where: '"done_at" IS NULL AND "deleted_at" IS NULL' })
export class PlanMilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => EnterprisePlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: EnterprisePlanEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
