import { PilotAction, PilotStatus } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PilotApplicationEntity } from './pilot-application.entity';

/** The history of an application as its participants see it (the audit log keeps the rest). */
@Entity('pilot_transition')
@Index('idx_pilot_transition_application', ['applicationId', 'createdAt'])
export class PilotTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => PilotApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: PilotApplicationEntity;

  @Column({ type: 'enum', enum: PilotAction, enumName: 'pilot_action' })
  action: PilotAction;

  @Column({ name: 'from_status', type: 'enum', enum: PilotStatus, enumName: 'pilot_status' })
  fromStatus: PilotStatus;

  @Column({ name: 'to_status', type: 'enum', enum: PilotStatus, enumName: 'pilot_status' })
  toStatus: PilotStatus;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ name: 'actor_organisation_id', type: 'uuid' })
  actorOrganisationId: string;

  /** required when returning or rejecting */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
