import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, List, Popover, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type ResponseBody } from '../../app/api/types';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from './notifications.api';

type Notification = ResponseBody<'/api/notifications', 'get'>['items'][number];

export interface NotificationBellProps {
  /** roles without notifications (the audit administrator) get no bell */
  enabled: boolean;
}

/** The header bell: unread count, the latest notifications, open one to go where it points. */
export function NotificationBell({ enabled }: NotificationBellProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const notifications = useNotifications(enabled);
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  if (!enabled) return null;

  const unread = notifications.data?.unread ?? 0;
  const openNotification = (notification: Notification) => {
    if (!notification.read) markRead.mutate(notification.id);
    setOpen(false);
    if (notification.link) void navigate(notification.link);
  };

  const content = (
    <Flex vertical style={{ width: token.screenXS }} data-testid="notification-list">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('notifications:title')}</Typography.Text>
        <Button type="link" size="small" disabled={unread === 0} onClick={() => markAllRead.mutate()}>
          {t('notifications:markAllRead')}
        </Button>
      </Flex>
      {notifications.data?.items.length ? (
        <List
          size="small"
          dataSource={notifications.data.items}
          renderItem={(notification) => (
            <List.Item
              onClick={() => openNotification(notification)}
              style={{ cursor: 'pointer', paddingInline: 0 }}
              data-testid="notification-item"
            >
              <List.Item.Meta
                avatar={<Badge status={notification.read ? 'default' : 'processing'} />}
                title={
                  <Typography.Text strong={!notification.read} style={{ whiteSpace: 'normal' }}>
                    {notification.title}
                  </Typography.Text>
                }
                description={dayjs(notification.createdAt).format('YYYY-MM-DD HH:mm')}
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications:empty')} />
      )}
    </Flex>
  );

  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Badge count={unread} size="small" overflowCount={99}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={t('notifications:bell', { count: unread })}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
