import { GuidelinePart, PlanVariant } from '@skillpay/domain';
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
import { UserEntity } from '../users/user.entity';
import { PilotApplicationEntity } from './pilot-application.entity';

/** 一企一策方案: the guidance plan of one approved pilot enterprise. */
@Entity('enterprise_plan')
@Index('uq_enterprise_plan_application', ['applicationId'], { unique: true })
export class EnterprisePlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => PilotApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: PilotApplicationEntity;

  @Column({ type: 'enum', enum: PlanVariant, enumName: 'plan_variant' })
  variant: PlanVariant;

  /** the guideline parts (人社厅发〔2021〕7号) the enterprise adopts */
  @Column({
    name: 'guideline_parts',
    type: 'enum',
    enum: GuidelinePart,
    enumName: 'plan_guideline_part',
    array: true,
    default: '{}',
  })
  guidelineParts: GuidelinePart[];

  /** the officer in charge: an account of the enterprise's district bureau, or of the city bureau */
  @Column({ name: 'officer_id', type: 'uuid', nullable: true })
  officerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'officer_id' })
  officer?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
