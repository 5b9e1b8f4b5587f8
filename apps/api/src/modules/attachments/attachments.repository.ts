import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { AttachmentEntity } from './attachment.entity';

export type AttachmentOwnerType =
  | 'task-update'
  | 'guidance-activity'
  | 'progress-report'
  | 'pilot-application'
  | 'case-study'
  | 'talent-honour'
  | 'service-request'
  | 'service-request-reply';

export interface NewAttachment {
  ownerType: AttachmentOwnerType;
  ownerId: string;
  fileName: string;
  mimeType: string;
  size: number;
  content: Buffer;
  uploadedBy: string;
}

/** The attachment store's queries; the content column is read only when a file is downloaded. */
@Injectable()
export class AttachmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(attachment: NewAttachment, tx: Tx): Promise<AttachmentEntity> {
    const manager = managerOf(tx, this.dataSource);
    return manager.save(AttachmentEntity, manager.create(AttachmentEntity, attachment));
  }

  /** Metadata of the attachments of several owners, oldest first. */
  listFor(ownerType: AttachmentOwnerType, ownerIds: readonly string[]): Promise<AttachmentEntity[]> {
    if (ownerIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(AttachmentEntity, {
      where: { ownerType, ownerId: In([...ownerIds]) },
      order: { createdAt: 'ASC' },
    });
  }

  /** Deletes one attachment of that owner; the metadata of what was deleted, or null. */
  async remove(
    ownerType: AttachmentOwnerType,
    ownerId: string,
    id: string,
    tx: Tx,
  ): Promise<AttachmentEntity | null> {
    const manager = managerOf(tx, this.dataSource);
    const found = await manager.findOneBy(AttachmentEntity, { id, ownerType, ownerId });
    if (found) await manager.delete(AttachmentEntity, { id });
    return found;
  }

  findWithContent(ownerType: AttachmentOwnerType, id: string): Promise<AttachmentEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(AttachmentEntity, 'a')
      .addSelect('a.content')
      .where('a.id = :id AND a.owner_type = :ownerType', { id, ownerType })
      .getOne();
  }
}
