import { Gender, type IndustrySection, SkillLevel, type PayTreatment, TalentRole } from '@skillpay/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TalentListEntity } from './talent-list.entity';

/** An honour as the edition prints it: names and year copied, so a later rename does not alter it. */
export interface ListedHonour {
  honourId: string;
  nameZh: string;
  nameEn: string | null;
  year: number;
}

/**
 * One talent as an edition lists them, copied at the snapshot. Never the ID number, clear or
 * masked; pay treatments without amounts. The public edition shows name (某某 without consent),
 * enterprise, occupation, level and honours; the departments' edition the rest.
 */
@Entity('talent_list_entry')
@Index('idx_talent_list_entry_list', ['listId', 'position'])
export class TalentListEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'list_id', type: 'uuid' })
  listId: string;

  @ManyToOne(() => TalentListEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id' })
  list?: TalentListEntity;

  /** the record it was copied from (no foreign key: the edition outlives the record) */
  @Column({ name: 'talent_id', type: 'uuid' })
  talentId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ name: 'public_consent', type: 'boolean' })
  publicConsent: boolean;

  @Column({ type: 'enum', enum: Gender, enumName: 'talent_gender' })
  gender: Gender;

  @Column({ name: 'birth_year', type: 'smallint' })
  birthYear: number;

  @Column({ name: 'enterprise_name', type: 'varchar', length: 200 })
  enterpriseName: string;

  @Column({ name: 'industry_section', type: 'char', length: 1 })
  industrySection: IndustrySection;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'region_name', type: 'varchar', length: 60 })
  regionName: string;

  @Column({ name: 'region_name_en', type: 'varchar', length: 60 })
  regionNameEn: string;

  @Column({ name: 'occupation_code', type: 'varchar', length: 12 })
  occupationCode: string;

  @Column({ name: 'occupation_name', type: 'varchar', length: 100 })
  occupationName: string;

  @Column({ name: 'occupation_name_en', type: 'varchar', length: 150, nullable: true })
  occupationNameEn: string | null;

  @Column({ name: 'skill_level', type: 'enum', enum: SkillLevel, enumName: 'talent_skill_level' })
  skillLevel: SkillLevel;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  honours: ListedHonour[];

  @Column({ type: 'enum', enum: TalentRole, enumName: 'talent_role', array: true, default: '{}' })
  roles: TalentRole[];

  /** the treatments adopted, without amounts */
  @Column({ name: 'pay_treatments', type: 'text', array: true, default: '{}' })
  payTreatments: PayTreatment[];

  @Column({ name: 'last_confirmed_at', type: 'timestamptz', nullable: true })
  lastConfirmedAt: Date | null;
}
