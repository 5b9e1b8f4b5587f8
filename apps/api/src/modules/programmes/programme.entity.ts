import { DEFAULT_DISCLOSURE_RULES, ReportCadence } from '@skillpay/domain';
import { type CheckRuleSet } from '@skillpay/paycalc';
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
import { RegionEntity } from '../regions/region.entity';

export enum ProgrammeStatus {
  Draft = 'draft',
  Active = 'active',
  Closed = 'closed',
}

/** 工作方案: a city's work plan for rolling out the guideline, e.g. 青人社字〔2021〕61号. */
@Entity('programme')
@Index('idx_programme_region', ['regionCode'])
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** 文号, e.g. 青人社字〔2021〕61号 */
  @Column({ name: 'document_number', type: 'varchar', length: 60, nullable: true })
  documentNumber: string | null;

  /** joint issuing bodies (联合发文单位), in the order printed on the document */
  @Column({ name: 'issuing_bodies', type: 'text', array: true, default: '{}' })
  issuingBodies: string[];

  /** the city (or county) the programme covers */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: RegionEntity;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'text', nullable: true })
  principles: string | null;

  @Column({
    type: 'enum',
    enum: ProgrammeStatus,
    enumName: 'programme_status',
    default: ProgrammeStatus.Draft,
  })
  status: ProgrammeStatus;

  /** the template it was created from (`qingdao-2021` or `lvliang-2023`), if any */
  @Column({ type: 'varchar', length: 40, nullable: true })
  template: string | null;

  /** how often pilot enterprises submit progress reports */
  @Column({
    name: 'report_cadence',
    type: 'enum',
    enum: ReportCadence,
    enumName: 'report_cadence',
    default: ReportCadence.Quarterly,
  })
  reportCadence: ReportCadence;

  /** disclosure control: a benchmark cell needs at least this many enterprises */
  @Column({
    name: 'benchmark_min_enterprises',
    type: 'int',
    default: DEFAULT_DISCLOSURE_RULES.minEnterprises,
  })
  benchmarkMinEnterprises: number;

  /** disclosure control: no enterprise may hold more than this percentage of a cell's employees */
  @Column({
    name: 'benchmark_max_enterprise_share',
    type: 'int',
    default: DEFAULT_DISCLOSURE_RULES.maxEnterpriseSharePercent,
  })
  benchmarkMaxEnterpriseShare: number;

  /** which compliance checks apply to its progress reports, their thresholds and basis (libs/paycalc) */
  @Column({ name: 'check_rules', type: 'jsonb' })
  checkRules: CheckRuleSet;

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
