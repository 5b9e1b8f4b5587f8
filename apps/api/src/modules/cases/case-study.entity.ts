import { CaseStatus, type ExternalEnterprise } from '@skillpay/domain';
import {
  Check,
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
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { RegionEntity } from '../regions/region.entity';

/**
 * 典型案例: one enterprise's case, written by the enterprise or its district bureau (or imported from
 * another city's published cases, about a named external enterprise). Its content lives in versions
 * (case_study_version): a revision is a new version, earlier ones and their reviews stay readable.
 */
@Entity('case_study')
@Index('idx_case_study_status', ['status'])
@Index('idx_case_study_region', ['regionCode'])
@Index('idx_case_study_enterprise', ['enterpriseId'])
@Check('chk_case_study_subject', `("enterprise_id" IS NULL) <> ("external_enterprise" IS NULL)`)
export class CaseStudyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** the programme under which the case is reviewed; null for an imported case of another city */
  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId: string | null;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  /** the region of the case's enterprise (a district, or the city for 市直): scope and filters */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: RegionEntity;

  /** the registered enterprise the case is about */
  @Column({ name: 'enterprise_id', type: 'uuid', nullable: true })
  enterpriseId: string | null;

  @ManyToOne(() => EnterpriseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: EnterpriseEntity;

  /** an imported case's enterprise, not registered here (e.g. 曲靖 "D公司") */
  @Column({ name: 'external_enterprise', type: 'jsonb', nullable: true })
  externalEnterprise: ExternalEnterprise | null;

  /** the organisation that wrote the case: the enterprise, or its district bureau */
  @Column({ name: 'author_organisation_id', type: 'uuid' })
  authorOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_organisation_id' })
  authorOrganisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status', default: CaseStatus.Draft })
  status: CaseStatus;

  /** the number of the version being written or last submitted */
  @Column({ name: 'current_version_no', type: 'int', default: 1 })
  currentVersionNo: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** drafts are deleted softly by their author */
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
