import { ReviewRecommendation } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CaseAssignmentEntity } from './case-assignment.entity';

/**
 * One reviewer's review of the case version they were assigned: a score per rubric criterion, a
 * comment and a recommendation. Changeable until submitted; blind to other reviewers until every
 * assigned review of the version is in.
 */
@Entity('case_review')
export class CaseReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assignment_id', type: 'uuid', unique: true })
  assignmentId: string;

  @OneToOne(() => CaseAssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: CaseAssignmentEntity;

  /** criterion key → score on the criterion's scale */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  scores: Record<string, number>;

  @Column({ type: 'text', default: '' })
  comment: string;

  @Column({
    type: 'enum',
    enum: ReviewRecommendation,
    enumName: 'review_recommendation',
    nullable: true,
  })
  recommendation: ReviewRecommendation | null;

  /** weighted total 0–100 (weightedTotal), fixed when submitted */
  @Column({ name: 'weighted_total', type: 'numeric', precision: 5, scale: 2, nullable: true })
  weightedTotal: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
