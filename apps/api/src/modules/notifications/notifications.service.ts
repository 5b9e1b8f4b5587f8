import { Injectable } from '@nestjs/common';
import { type Language } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { type Tx } from '../../database/unit-of-work';
import {
  type NotificationListDto,
  type NotificationQueryDto,
  type UnreadCountDto,
} from './notifications.dto';
import { NotificationsRepository } from './notifications.repository';

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
 * Creates in-app notifications, and reads them for the caller's organisation with the caller's own
 * read marks. Producers pass their transaction so a notification exists exactly when the change
 * that caused it does; duplicates by dedupe key are skipped.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly repository: NotificationsRepository) {}

  /** Returns how many notifications were created (0 when all existed already). */
  notify(notification: NewNotification, tx?: Tx): Promise<number> {
    const recipients = [...new Set(notification.recipientOrganisationIds)];
    return this.repository.insertNew(
      recipients.map((recipientOrganisationId) => ({
        recipientOrganisationId,
        kind: notification.kind,
        titleZh: notification.title['zh-CN'].slice(0, 200),
        titleEn: notification.title.en.slice(0, 200),
        link: notification.link ?? null,
        dedupeKey: notification.dedupeKey,
      })),
      tx,
    );
  }

  /** Newest first, titles in `language`, with the unread count for the bell. */
  async list(caller: Caller, query: NotificationQueryDto, language: Language): Promise<NotificationListDto> {
    const [{ rows, total }, unread] = await Promise.all([
      this.repository.findPage(caller.organisationId, caller.userId, query),
      this.repository.unreadCount(caller.organisationId, caller.userId),
    ]);
    const items = rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: language === 'en' ? row.title_en : row.title_zh,
      link: row.link,
      read: row.read,
      createdAt: row.created_at,
    }));
    return { items, total, unread };
  }

  async unreadCount(caller: Caller): Promise<UnreadCountDto> {
    return { unread: await this.repository.unreadCount(caller.organisationId, caller.userId) };
  }

  /** 404 when the notification is not the caller's organisation's. */
  async markRead(caller: Caller, id: string): Promise<void> {
    if (!(await this.repository.markRead(caller.organisationId, caller.userId, id))) {
      throw AppException.notFound();
    }
  }

  markAllRead(caller: Caller): Promise<void> {
    return this.repository.markAllRead(caller.organisationId, caller.userId);
  }
}
