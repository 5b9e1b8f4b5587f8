import { type CaseRubric } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CaseStudyVersionEntity } from '../cases/case-study-version.entity';
import { CaseStudyEntity } from '../cases/case-study.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A reviewer assigned by the city bureau to one version of a case, with a due date. Withdrawn (a
 * declared conflict of interest, or by the city) rather than deleted, so the record stays.
 */
@Entity('case_assignment')
@Index('uq_case_assignment_live', ['caseVersionId', 'reviewerUserId'], {
  unique: true,
  where: `"withdrawn_at" IS NULL`,
})
@Index('idx_case_assignment_reviewer', ['reviewerUserId'])
export class CaseAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseStudyEntity;

  @Column({ name: 'case_version_id', type: 'uuid' })
  caseVersionId: string;

  @ManyToOne(() => CaseStudyVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_version_id' })
  caseVersion?: CaseStudyVersionEntity;

  @Column({ name: 'reviewer_user_id', type: 'uuid' })
  reviewerUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_user_id' })
  reviewerUser?: UserEntity;

  @Column({ name: 'reviewer_organisation_id', type: 'uuid' })
  reviewerOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_organisation_id' })
  reviewerOrganisation?: OrganisationEntity;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  /** the rubric as it stood when the reviewer was assigned: later edits don't move a running review */
  @Column({ type: 'jsonb' })
  rubric: CaseRubric;

  @Column({ name: 'assigned_by', type: 'uuid', nullable: true })
  assignedBy: string | null;

  @CreateDateColumn({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  /** why: the conflict the reviewer declared, or the city's reason */
  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason: string | null;
}
