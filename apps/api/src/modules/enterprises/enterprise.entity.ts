import {
  EnterpriseSize,
  type IndustrySection,
  Ownership,
  PriorityCategory,
  type SkilledHeadcount,
} from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';

/**
 * The registry record of an enterprise (企业). It shares its id with its organisation, which holds
 * the name, region (a district, or the city itself for 市直企业) and the accounts, so scope rules
 * for organisations apply to enterprises unchanged.
 */
@Entity('enterprise')
@Index('uq_enterprise_credit_code', ['creditCode'], { unique: true })
@Index('idx_enterprise_industry', ['industrySection'])
export class EnterpriseEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @OneToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'id' })
  organisation?: OrganisationEntity;

  /** 统一社会信用代码, GB 32100-2015, validated with its check character */
  @Column({ name: 'credit_code', type: 'char', length: 18 })
  creditCode: string;

  /** GB/T 4754 section letter */
  @Column({ name: 'industry_section', type: 'char', length: 1 })
  industrySection: IndustrySection;

  @Column({ type: 'enum', enum: Ownership, enumName: 'enterprise_ownership' })
  ownership: Ownership;

  @Column({ type: 'enum', enum: EnterpriseSize, enumName: 'enterprise_size' })
  size: EnterpriseSize;

  @Column({ type: 'int', default: 0 })
  headcount: number;

  @Column({ name: 'skilled_headcount', type: 'jsonb', default: () => "'{}'" })
  skilledHeadcount: SkilledHeadcount;

  @Column({
    name: 'priority_categories',
    type: 'enum',
    enum: PriorityCategory,
    enumName: 'priority_category',
    array: true,
    default: '{}',
  })
  priorityCategories: PriorityCategory[];

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
