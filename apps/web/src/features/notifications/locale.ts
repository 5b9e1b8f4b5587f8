import { type Widen } from '../../app/i18n/widen';

/**
 * This feature's texts: the i18next namespace `notifications` (keys `notifications:…`). zh-CN is the source of the
 * shape; the English object is typed by it, so a missing or extra key fails the typecheck.
 */
export const notificationsZhCN = {
  title: '通知',
  markAllRead: '全部标为已读',
  empty: '暂无通知',
  bell: '通知（{{count}} 条未读）',
};

export const notificationsEn: Widen<typeof notificationsZhCN> = {
  title: 'Notifications',
  markAllRead: 'Mark all read',
  empty: 'No notifications',
  bell: 'Notifications ({{count}} unread)',
};
