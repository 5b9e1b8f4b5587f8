import { ServiceCategory, ServiceRequestStatus } from '@skillpay/domain';
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
import { OrganisationEntity } from '../organisations/organisation.entity';
import { TalentEntity } from '../talents/talent.entity';

/**
 * 服务诉求: a leading talent's need brought to the service window (by their enterprise on their
 * behalf, or by the bureau itself), routed to a responsible government department and followed
 * until met. Overdue is derived from `due_on` and the status, never stored.
 */
@Entity('service_request')
@Index('idx_service_request_talent', ['talentId'])
@Index('idx_service_request_queue', ['status', 'dueOn'])
export class ServiceRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'talent_id', type: 'uuid' })
  talentId: string;

  @ManyToOne(() => TalentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'talent_id' })
  talent?: TalentEntity;

  @Column({ type: 'enum', enum: ServiceCategory, enumName: 'service_category' })
  category: ServiceCategory;

  @Column({ type: 'text' })
  description: string;

  @Column({
    type: 'enum',
    enum: ServiceRequestStatus,
    enumName: 'service_request_status',
    default: ServiceRequestStatus.Received,
  })
  status: ServiceRequestStatus;

  /** the organisation that raised it (the talent's enterprise, or a bureau): it rates the outcome */
  @Column({ name: 'requester_organisation_id', type: 'uuid' })
  requesterOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requester_organisation_id' })
  requesterOrganisation?: OrganisationEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  /** China day the window received it */
  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  /** received_on plus the category's service level */
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  /** the responsible government department it is assigned to */
  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: OrganisationEntity | null;

  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true })
  assignedAt: Date | null;

  /** the China day of the (latest) resolution */
  @Column({ name: 'resolved_on', type: 'date', nullable: true })
  resolvedOn: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** 满意度 1–5, by the requester after resolution */
  @Column({ type: 'smallint', nullable: true })
  rating: number | null;

  @Column({ name: 'rating_comment', type: 'text', nullable: true })
  ratingComment: string | null;

  @Column({ name: 'rated_at', type: 'timestamptz', nullable: true })
  ratedAt: Date | null;

  /** the contact record it was raised from, if any */
  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
