import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ServiceRequestEntity } from './service-request.entity';

/** A responsible department's reply to a request, as the window officer recorded it (attachments hang off it). */
@Entity('service_request_reply')
@Index('idx_service_request_reply_request', ['requestId', 'repliedOn'])
export class ServiceRequestReplyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => ServiceRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: ServiceRequestEntity;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: OrganisationEntity;

  @Column({ name: 'replied_on', type: 'date' })
  repliedOn: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
