import { App, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '@skillpay/domain';
import { errorMessage } from '../../app/api/api-error';
import { useCurrentUser } from '../../app/session/session-store';
import { roleOf } from '../../app/session/session-user';
import { ResetPasswordModal } from './reset-password-modal';
import { type UserListItem, useSetUserEnabled } from './users.api';

export interface UserActionsProps {
  user: UserListItem;
  /** Shown in the list, not on the detail page itself. */
  showView?: boolean;
  onChanged?: () => void;
}

/** View, edit, disable/enable and reset password; the write actions for account administrators only. */
export function UserActions({ user, showView = false, onChanged }: UserActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const setEnabled = useSetUserEnabled();
  const canManage = can(roleOf(me), 'users', 'update');
  const isSelf = me.id === user.id;

  const toggle = async () => {
    const enabled = user.status !== 'active';
    try {
      await setEnabled.mutateAsync({ id: user.id, enabled });
      message.success(t(enabled ? 'users.enabled' : 'users.disabled', { name: user.displayName }));
      onChanged?.();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <Space size="middle" wrap>
      {showView ? <Link to={`/users/${user.id}`}>{t('common.view')}</Link> : null}
      {canManage ? <Link to={`/users/${user.id}/edit`}>{t('common.edit')}</Link> : null}
      {/* Nobody disables or resets their own account from here: that is what change-password is for. */}
      {canManage && !isSelf ? (
        <Popconfirm
          title={t(user.status === 'active' ? 'users.disableConfirm' : 'users.enableConfirm', {
            name: user.displayName,
          })}
          okButtonProps={{ danger: user.status === 'active' }}
          onConfirm={toggle}
        >
          <Typography.Link type={user.status === 'active' ? 'danger' : undefined}>
            {user.status === 'active' ? t('users.disable') : t('users.enable')}
          </Typography.Link>
        </Popconfirm>
      ) : null}
      {canManage && !isSelf ? (
        <ResetPasswordModal
          user={user}
          trigger={<Typography.Link>{t('users.resetPassword')}</Typography.Link>}
        />
      ) : null}
    </Space>
  );
}
