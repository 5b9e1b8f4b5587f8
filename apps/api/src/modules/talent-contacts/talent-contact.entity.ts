import { ContactBody, ContactForm } from '@skillpay/domain';
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
 * 联系服务记录: one contact with a leading talent by a Party committee, a bureau or another body
 * (Lüliang 二(一)1: at least monthly), what was heard, and the follow-up.
 */
@Entity('talent_contact')
@Index('idx_talent_contact_talent_day', ['talentId', 'contactedOn'])
export class TalentContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'talent_id', type: 'uuid' })
  talentId: string;

  @ManyToOne(() => TalentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'talent_id' })
  talent?: TalentEntity;

  @Column({ name: 'contacted_on', type: 'date' })
  contactedOn: string;

  @Column({ type: 'enum', enum: ContactForm, enumName: 'talent_contact_form' })
  form: ContactForm;

  @Column({ name: 'contact_body', type: 'enum', enum: ContactBody, enumName: 'talent_contact_body' })
  contactBody: ContactBody;

  /** who made the contact, e.g. 区委组织部 王科长 */
  @Column({ name: 'contact_person', type: 'varchar', length: 100 })
  contactPerson: string;

  /** what was heard (needs, suggestions) */
  @Column({ type: 'text' })
  heard: string;

  @Column({ name: 'follow_up', type: 'text', nullable: true })
  followUp: string | null;

  /** the bureau that recorded it */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
