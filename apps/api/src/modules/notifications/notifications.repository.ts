import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { NotificationEntity } from './notification.entity';
import { type NotificationQueryDto } from './notifications.dto';

export interface NotificationValues {
  recipientOrganisationId: string;
  kind: string;
  titleZh: string;
  titleEn: string;
  link: string | null;
  dedupeKey: string;
}

export interface NotificationRow {
  id: string;
  kind: string;
  title_zh: string;
  title_en: string;
  link: string | null;
  created_at: Date;
  read: boolean;
}

/** An account sees the notifications of its organisation, each with its own read mark. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts the notifications, skipping those whose dedupe key and recipient exist; returns how many were new. */
  async insertNew(rows: NotificationValues[], tx?: Tx): Promise<number> {
    if (rows.length === 0) return 0;
    const result = await managerOf(tx, this.dataSource)
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(rows)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length;
  }

  async findPage(
    organisationId: string,
    userId: string,
    query: NotificationQueryDto,
  ): Promise<{ rows: NotificationRow[]; total: number }> {
    const { skip, take } = pageOffset(query);
    const filter = query.unreadOnly ? 'AND r.user_id IS NULL' : '';
    const rows = await this.dataSource.query<Array<NotificationRow & { total: string }>>(
      `SELECT n.id, n.kind, n.title_zh, n.title_en, n.link, n.created_at, r.user_id IS NOT NULL AS read,
              count(*) OVER () AS total
       FROM notification n
       LEFT JOIN notification_read r ON r.notification_id = n.id AND r.user_id = $2
       WHERE n.recipient_organisation_id = $1 ${filter}
       ORDER BY n.created_at DESC, n.id
       LIMIT $3 OFFSET $4`,
      [organisationId, userId, take, skip],
    );
    return { rows, total: rows.length ? Number(rows[0].total) : 0 };
  }

  async unreadCount(organisationId: string, userId: string): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ unread: string }>>(
      `SELECT count(*) AS unread FROM notification n
       WHERE n.recipient_organisation_id = $1
         AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.user_id = $2)`,
      [organisationId, userId],
    );
    return Number(row.unread);
  }

  /** Marks read; only the caller's organisation's notifications. Returns whether it was theirs. */
  async markRead(organisationId: string, userId: string, notificationId: string): Promise<boolean> {
    const [visible] = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM notification WHERE id = $1 AND recipient_organisation_id = $2`,
      [notificationId, organisationId],
    );
    if (!visible) return false;
    await this.dataSource.query(
      `INSERT INTO notification_read (notification_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [notificationId, userId],
    );
    return true;
  }

  async markAllRead(organisationId: string, userId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_read (notification_id, user_id)
       SELECT id, $2 FROM notification WHERE recipient_organisation_id = $1
       ON CONFLICT DO NOTHING`,
      [organisationId, userId],
    );
  }
}
