import { ConflictLinkKind } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

/**
 * 利益冲突登记: a reviewer organisation (or one reviewer account of it) linked to an enterprise,
 * kept by the city bureau. A linked reviewer is never assigned that enterprise's cases.
 */
@Entity('conflict_link')
@Index('idx_conflict_link_enterprise', ['enterpriseId'])
export class ConflictLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'reviewer_organisation_id', type: 'uuid' })
  reviewerOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_organisation_id' })
  reviewerOrganisation?: OrganisationEntity;

  /** one account of the organisation; null when the whole organisation is linked */
  @Column({ name: 'reviewer_user_id', type: 'uuid', nullable: true })
  reviewerUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_user_id' })
  reviewerUser?: UserEntity;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => EnterpriseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: EnterpriseEntity;

  @Column({ type: 'enum', enum: ConflictLinkKind, enumName: 'conflict_link_kind' })
  kind: ConflictLinkKind;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
