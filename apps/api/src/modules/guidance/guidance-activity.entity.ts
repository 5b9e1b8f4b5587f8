import { GuidanceKind, GuidelinePart, TrainingAudience } from '@skillpay/domain';
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
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { RegionEntity } from '../regions/region.entity';

/** 服务指导: a visit, training, consultation, demonstration class or briefing by a bureau. */
@Entity('guidance_activity')
@Index('idx_guidance_activity_region', ['regionCode', 'occurredOn'])
export class GuidanceActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: GuidanceKind, enumName: 'guidance_kind' })
  kind: GuidanceKind;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId: string | null;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity | null;

  /** the organising bureau */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** the organising bureau's region */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: RegionEntity;

  @Column({ name: 'enterprise_ids', type: 'uuid', array: true, default: '{}' })
  enterpriseIds: string[];

  /** users of the organising bureau */
  @Column({ name: 'officer_ids', type: 'uuid', array: true, default: '{}' })
  officerIds: string[];

  @Column({ name: 'guideline_parts', type: 'text', array: true, default: '{}' })
  guidelineParts: GuidelinePart[];

  @Column({ type: 'text', default: '' })
  outcome: string;

  @Column({ name: 'training_audiences', type: 'text', array: true, default: '{}' })
  trainingAudiences: TrainingAudience[];

  @Column({ name: 'attendee_count', type: 'int', nullable: true })
  attendeeCount: number | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
