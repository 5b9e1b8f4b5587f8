import { type ProgressReportAdoption } from '@skillpay/domain';
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
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { GuidanceActivityEntity } from '../guidance/guidance-activity.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';

/**
 * 带动一批: a non-pilot enterprise that attended a training or 示范班 of the programme and later
 * reported adopting elements of the guideline, as a district bureau (the city for 市直) recorded
 * it. One live record per programme and enterprise, edited in place; the audit log keeps every
 * before and after.
 */
@Entity('influenced_enterprise')
@Index('uq_influenced_enterprise_live', ['programmeId', 'enterpriseId'], {
  unique: true,
  where: '"deleted_at" IS NULL',
})
export class InfluencedEnterpriseEntity {
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

  /** the training or 示范班 the enterprise attended */
  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @ManyToOne(() => GuidanceActivityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id' })
  activity?: GuidanceActivityEntity;

  /** when the enterprise reported what it adopted */
  @Column({ name: 'reported_on', type: 'date' })
  reportedOn: string;

  /** the progress reports' shape (read through withAdoptionDefaults) */
  @Column({ type: 'jsonb' })
  adoption: ProgressReportAdoption;

  @Column({ type: 'text', default: '' })
  note: string;

  /** the bureau that recorded it */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
