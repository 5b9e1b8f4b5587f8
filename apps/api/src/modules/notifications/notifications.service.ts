import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { NotificationEntity } from './notification.entity';

export interface NewNotification {
  /** organisations whose accounts should see it */
  recipientOrganisationIds: string[];
  kind: string;
  title: { 'zh-CN': string; en: string };
  link?: string;
  /** same key and recipient → created once (e.g. `task:<id>:overdue:2026-11-21`) */
  dedupeKey: string;
}

/**
 * Creates in-app notifications. Producers pass their transaction's manager so a notification
 * exists exactly when the change that caused it does; duplicates by dedupe key are skipped.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Returns how many notifications were created (0 when all existed already). */
  async notify(notification: NewNotification, tx?: Tx | EntityManager): Promise<number> {
    const manager = managerOf(tx, this.dataSource);
    const recipients = [...new Set(notification.recipientOrganisationIds)];
    if (recipients.length === 0) return 0;
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(
        recipients.map((recipientOrganisationId) => ({
          recipientOrganisationId,
          kind: notification.kind,
          titleZh: notification.title['zh-CN'].slice(0, 200),
          titleEn: notification.title.en.slice(0, 200),
          link: notification.link ?? null,
          dedupeKey: notification.dedupeKey,
        })),
      )
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length;
  }
}
