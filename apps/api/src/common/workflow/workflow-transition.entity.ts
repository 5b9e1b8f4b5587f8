import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One step of any workflow (pilot applications, progress reports, benchmark releases, …): the
 * history its participants see. The audit log keeps the full record of the change.
 */
@Entity('workflow_transition')
@Index('idx_workflow_transition_subject', ['workflow', 'subjectId', 'createdAt'])
export class WorkflowTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** the workflow's name in libs/domain, e.g. `pilot` */
  @Column({ type: 'varchar', length: 40 })
  workflow: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ name: 'from_state', type: 'varchar', length: 40 })
  fromState: string;

  @Column({ name: 'to_state', type: 'varchar', length: 40 })
  toState: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ name: 'actor_organisation_id', type: 'uuid' })
  actorOrganisationId: string;

  /** the reason or review comment given with the step */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
