import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { TalentEntity } from './talent.entity';

/**
 * Where a talent worked: one row per enterprise (and its district), open while current. A move to
 * another enterprise or district closes the row and opens a new one, so the history is kept.
 */
@Entity('talent_affiliation')
@Index('idx_talent_affiliation_talent', ['talentId'])
@Index('uq_talent_affiliation_current', ['talentId'], { unique: true, where: '"ended_at" IS NULL' })
export class TalentAffiliationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'talent_id', type: 'uuid' })
  talentId: string;

  @ManyToOne(() => TalentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'talent_id' })
  talent?: TalentEntity;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => EnterpriseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: EnterpriseEntity;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** why it changed, e.g. 调入青岛海检集团 */
  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
