import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type UserListItem } from './users.api';

export interface UserStatusTagProps {
  user: Pick<UserListItem, 'status' | 'mustChangePassword'>;
}

export function UserStatusTag({ user }: UserStatusTagProps) {
  const { t } = useTranslation();
  return (
    <Space size={0} wrap>
      {user.status === 'active' ? (
        <Tag color="success">{t('users.status.active')}</Tag>
      ) : (
        <Tag color="default">{t('users.status.disabled')}</Tag>
      )}
      {user.mustChangePassword ? <Tag color="warning">{t('users.mustChangePassword')}</Tag> : null}
    </Space>
  );
}
