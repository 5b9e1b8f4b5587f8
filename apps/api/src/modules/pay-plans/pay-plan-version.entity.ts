import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PayPlanEntity } from './pay-plan.entity';

/**
 * One version of a plan: the calculator input as saved and libs/paycalc's result for it, computed
 * by the API. Versions never change once written.
 */
@Entity('pay_plan_version')
@Index('uq_pay_plan_version', ['planId', 'version'], { unique: true })
export class PayPlanVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => PayPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PayPlanEntity;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** the calculator's input as libs/paycalc takes it */
  @Column({ type: 'jsonb' })
  input: Record<string, unknown>;

  /** libs/paycalc's result for the input, figures as decimal strings, with the sources */
  @Column({ type: 'jsonb' })
  result: Record<string, unknown>;

  /** what changed in this version, in the enterprise's words */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
