import { Space, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type UserListItem } from './users.api';

export interface UserStatusTagProps {
  user: Pick<UserListItem, 'status' | 'mustChangePassword' | 'lockedUntil'>;
}

/** Active or disabled, plus the conditions an administrator may need to act on. */
export function UserStatusTag({ user }: UserStatusTagProps) {
  const { t } = useTranslation();
  const lockedUntil = user.lockedUntil ? dayjs(user.lockedUntil) : null;
  return (
    <Space size={0} wrap>
      {user.status === 'active' ? (
        <Tag color="success">{t('users:status.active')}</Tag>
      ) : (
        <Tag color="default">{t('users:status.disabled')}</Tag>
      )}
      {lockedUntil?.isAfter(dayjs()) ? (
        <Tooltip title={t('users:lockedUntil', { time: lockedUntil.format('YYYY-MM-DD HH:mm') })}>
          <Tag color="error">{t('users:locked')}</Tag>
        </Tooltip>
      ) : null}
      {user.mustChangePassword ? <Tag color="warning">{t('users:mustChangePassword')}</Tag> : null}
    </Space>
  );
}
