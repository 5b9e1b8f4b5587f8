import { type EvaluationReportSection } from '@skillpay/domain';
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
import { ProgrammeEntity } from '../programmes/programme.entity';
import { RegionEntity } from '../regions/region.entity';

/**
 * 评估报告: a bureau's evaluation of a programme — the city's covers the programme, a district's
 * its own pilots (the city compiles the districts' submitted ones). It holds the narrative
 * sections being edited; each generation is a numbered version of its own, never overwritten.
 */
@Entity('evaluation_report')
@Index('uq_evaluation_report_programme_region', ['programmeId', 'regionCode'], { unique: true })
export class EvaluationReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  /** the city (the programme's region) or one of its districts */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: RegionEntity;

  /** the narrative sections (基本情况 … 下一步工作) as the bureau edits them */
  @Column({ type: 'jsonb' })
  sections: Record<EvaluationReportSection, string>;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  /** raised by every edit of the sections (If-Match) */
  @VersionColumn({ name: 'edit_version', default: 1 })
  editVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
