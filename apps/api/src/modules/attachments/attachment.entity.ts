import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A file attached to a progress update, a guidance activity, a progress report or a pilot
 * application, stored in PostgreSQL. The owner
 * decides who may download it; the content is checked (size, type by signature) before storing.
 */
@Entity('attachment')
@Index('idx_attachment_owner', ['ownerType', 'ownerId'])
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `task-update`, `guidance-activity`, `progress-report` or `pilot-application` */
  @Column({ name: 'owner_type', type: 'varchar', length: 30 })
  ownerType: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @Column({ name: 'mime_type', type: 'varchar', length: 100 })
  mimeType: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
