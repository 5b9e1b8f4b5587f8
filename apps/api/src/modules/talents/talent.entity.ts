import { Gender, SkillLevel, TalentRole, TalentStatus, type TalentPayTreatment } from '@skillpay/domain';
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
import { OccupationEntity } from '../occupations/occupation.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { RegionEntity } from '../regions/region.entity';

/**
 * A high-skill leading talent (高技能领军人才). The ID number is kept only encrypted
 * (`id_number_cipher`, AES-256-GCM under PERSONAL_DATA_KEY), shown masked (`id_number_masked`), and
 * matched across enterprises by a keyed hash (`id_number_hash`, HMAC-SHA-256), never by decrypting.
 * The enterprise and district are the current ones; talent_affiliation keeps the earlier ones.
 */
@Entity('talent')
@Index('idx_talent_status', ['status'])
@Index('idx_talent_region', ['regionCode'])
@Index('idx_talent_enterprise', ['enterpriseId'])
@Index('idx_talent_id_number_hash', ['idNumberHash'])
export class TalentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'enum', enum: Gender, enumName: 'talent_gender' })
  gender: Gender;

  @Column({ name: 'birth_year', type: 'smallint' })
  birthYear: number;

  /** `v1.<iv>.<ciphertext>.<tag>` (base64url), bound to the talent's id */
  @Column({ name: 'id_number_cipher', type: 'text', select: false })
  idNumberCipher: string;

  /** hex HMAC-SHA-256 of the normalised ID number: finds the same person in another enterprise */
  @Column({ name: 'id_number_hash', type: 'char', length: 64 })
  idNumberHash: string;

  /** `370211********123X`: what every screen shows */
  @Column({ name: 'id_number_masked', type: 'varchar', length: 18 })
  idNumberMasked: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => EnterpriseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: EnterpriseEntity;

  /** the region of the enterprise (a district, or the city for 市直): scope and statistics */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: RegionEntity;

  @Column({ name: 'occupation_code', type: 'varchar', length: 12 })
  occupationCode: string;

  @ManyToOne(() => OccupationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occupation_code' })
  occupation?: OccupationEntity;

  @Column({ name: 'skill_level', type: 'enum', enum: SkillLevel, enumName: 'talent_skill_level' })
  skillLevel: SkillLevel;

  /** treatments adopted (arts. 39–44); amounts are shown to the city bureau only */
  @Column({ name: 'pay_treatments', type: 'jsonb', default: () => "'[]'" })
  payTreatments: TalentPayTreatment[];

  @Column({ type: 'enum', enum: TalentRole, enumName: 'talent_role', array: true, default: '{}' })
  roles: TalentRole[];

  /** consents to being named on the public list (otherwise 某某) */
  @Column({ name: 'public_consent', type: 'boolean', default: false })
  publicConsent: boolean;

  @Column({ type: 'enum', enum: TalentStatus, enumName: 'talent_status', default: TalentStatus.Draft })
  status: TalentStatus;

  /** the organisation that registered the talent: the enterprise, or its district bureau */
  @Column({ name: 'author_organisation_id', type: 'uuid' })
  authorOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_organisation_id' })
  authorOrganisation?: OrganisationEntity;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  /** first taken into the database by the city bureau */
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  /** the city's confirmation or the latest reconfirmation: a record older than the stale period is stale */
  @Column({ name: 'last_confirmed_at', type: 'timestamptz', nullable: true })
  lastConfirmedAt: Date | null;

  /** when the yearly job last asked the enterprise and district to reconfirm (idempotent per year) */
  @Column({ name: 'reconfirm_requested_at', type: 'timestamptz', nullable: true })
  reconfirmRequestedAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
