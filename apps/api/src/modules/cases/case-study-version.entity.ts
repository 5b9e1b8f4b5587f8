import { type CaseResultFigure } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CaseStudyEntity } from './case-study.entity';

/** The wage-outcome panel: skilled employees' mean annualised pay per skill level in two years (aggregates only). */
export interface CaseWageOutcome {
  fromYear: number;
  toYear: number;
  levels: Array<{
    skillLevel: string;
    fromHeadcount: number;
    toHeadcount: number;
    fromMeanAnnual: number | null;
    toMeanAnnual: number | null;
    /** percent change of the mean, null when a year has too few employees to show */
    changePercent: number | null;
  }>;
}

/**
 * One version of a case's content. The current version is edited while the case is a draft,
 * returned or sent back for revision; submitting freezes it (submitted_at), and the next edit
 * starts a new version copied from it.
 */
@Entity('case_study_version')
@Index('uq_case_study_version_no', ['caseId', 'versionNo'], { unique: true })
export class CaseStudyVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseStudyEntity;

  @Column({ name: 'version_no', type: 'int' })
  versionNo: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** articles of 人社厅发〔2021〕7号 the case illustrates (5–44); chapters follow from them */
  @Column({ type: 'smallint', array: true, default: '{}' })
  articles: number[];

  /** 背景与问题 */
  @Column({ type: 'text', default: '' })
  background: string;

  /** 主要做法 */
  @Column({ type: 'text', default: '' })
  measures: string;

  /** 成效: structured figures */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  results: CaseResultFigure[];

  /** 成效: narrative */
  @Column({ name: 'results_narrative', type: 'text', default: '' })
  resultsNarrative: string;

  /** the enterprise's saved pay plans the case links to */
  @Column({ name: 'pay_plan_ids', type: 'uuid', array: true, default: '{}' })
  payPlanIds: string[];

  @Column({ name: 'wage_outcome', type: 'jsonb', nullable: true })
  wageOutcome: CaseWageOutcome | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  /** set when the version is submitted; a submitted version never changes */
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
