import { Injectable } from '@nestjs/common';
import { type TxOrManager } from '../../database/tx-or-manager';
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
 * Creates in-app notifications. Producers pass their transaction so a notification exists
 * exactly when the change that caused it does; duplicates by dedupe key are skipped.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly repository: NotificationsRepository) {}

  /** Returns how many notifications were created (0 when all existed already). */
  notify(notification: NewNotification, tx?: TxOrManager): Promise<number> {
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
}
