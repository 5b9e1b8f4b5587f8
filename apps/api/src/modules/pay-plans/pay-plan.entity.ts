import { CALCULATOR_KINDS, type CalculatorKind } from '@skillpay/domain';
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
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { PilotApplicationEntity } from '../pilots/pilot-application.entity';

/**
 * 薪酬设计方案: one calculator's plan of a pilot enterprise, attached to its approved application.
 * Its content lives in versions (saving again adds a version, earlier ones stay readable); the
 * title and number of the latest one are kept here for the lists.
 */
@Entity('pay_plan')
@Index('idx_pay_plan_enterprise', ['enterpriseId', 'updatedAt'])
@Index('idx_pay_plan_application', ['pilotApplicationId'])
export class PayPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => EnterpriseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: EnterpriseEntity;

  @Column({ name: 'pilot_application_id', type: 'uuid' })
  pilotApplicationId: string;

  @ManyToOne(() => PilotApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pilot_application_id' })
  pilotApplication?: PilotApplicationEntity;

  @Column({ type: 'enum', enum: CALCULATOR_KINDS, enumName: 'calculator_kind' })
  calculator: CalculatorKind;

  /** the latest version's title */
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ name: 'current_version', type: 'int', default: 1 })
  currentVersion: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
