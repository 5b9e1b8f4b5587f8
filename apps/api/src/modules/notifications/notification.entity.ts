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

/**
 * An in-app notification to an organisation: every account of that organisation sees it, and
 * each account marks it read for itself. `dedupeKey` makes producers idempotent (a reminder is
 * created once per item and day, a workflow step once per transition).
 */
@Entity('notification')
@Index('uq_notification_dedupe', ['recipientOrganisationId', 'dedupeKey'], { unique: true })
@Index('idx_notification_recipient', ['recipientOrganisationId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recipient_organisation_id', type: 'uuid' })
  recipientOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_organisation_id' })
  recipientOrganisation?: OrganisationEntity;

  /** e.g. `pilot.submitted`, `reminder.task-overdue` */
  @Column({ type: 'varchar', length: 60 })
  kind: string;

  /** the message in both languages, composed when it is created */
  @Column({ name: 'title_zh', type: 'varchar', length: 200 })
  titleZh: string;

  @Column({ name: 'title_en', type: 'varchar', length: 200 })
  titleEn: string;

  /** where the web app opens it, e.g. `/pilot-applications/<id>` */
  @Column({ type: 'varchar', length: 200, nullable: true })
  link: string | null;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
