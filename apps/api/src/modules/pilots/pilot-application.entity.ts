import { PilotStatus, PriorityCategory } from '@skillpay/domain';
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

/** 试点企业申报: one enterprise's voluntary application to one programme. */
@Entity('pilot_application')
// one live application per enterprise and programme; withdrawn or rejected ones may be followed by a new one
@Index('uq_pilot_application_live', ['programmeId', 'enterpriseId'], {
  unique: true,
  where: `"status" NOT IN ('withdrawn', 'rejected')`,
})
@Index('idx_pilot_application_status', ['programmeId', 'status'])
export class PilotApplicationEntity {
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

  @Column({ type: 'enum', enum: PilotStatus, enumName: 'pilot_status', default: PilotStatus.Draft })
  status: PilotStatus;

  /** the enterprise's reasons for applying (申报理由) */
  @Column({ type: 'text' })
  reasons: string;

  /** priority categories the enterprise claims in this application */
  @Column({
    name: 'priority_categories',
    type: 'enum',
    enum: PriorityCategory,
    enumName: 'priority_category',
    array: true,
    default: '{}',
  })
  priorityCategories: PriorityCategory[];

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
