import { type EvaluationReportSection } from '@skillpay/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { type EvaluationReportFigures } from './evaluation-report-figures';
import { EvaluationReportEntity } from './evaluation-report.entity';

/**
 * One generated version of an evaluation report: the document exactly as generated, with the
 * narrative and the figures it was built from, who generated it and when. Kept as generated —
 * a new generation is a new number. A district's version may be submitted to the city, which
 * compiles the latest submitted one.
 */
@Entity('evaluation_report_version')
@Index('uq_evaluation_report_version_no', ['reportId', 'versionNo'], { unique: true })
export class EvaluationReportVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @ManyToOne(() => EvaluationReportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id' })
  report?: EvaluationReportEntity;

  /** 1, 2, … per report */
  @Column({ name: 'version_no', type: 'int' })
  versionNo: number;

  @Column({ type: 'jsonb' })
  sections: Record<EvaluationReportSection, string>;

  /** the figures the document was generated from */
  @Column({ type: 'jsonb' })
  figures: EvaluationReportFigures;

  /** the .docx as generated */
  @Column({ type: 'bytea' })
  document: Buffer;

  @Column({ name: 'generated_by', type: 'uuid' })
  generatedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'generated_by' })
  generator?: UserEntity;

  @Column({ name: 'generated_at', type: 'timestamptz' })
  generatedAt: Date;

  /** a district's version sent to the city */
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;
}
