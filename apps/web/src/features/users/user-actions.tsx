import {
  DownOutlined,
  EditOutlined,
  KeyOutlined,
  LockOutlined,
  SafetyOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import { App, Button, Dropdown, Space, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { showError } from '../../app/api/api-error';
import { useCurrentUser } from '../../app/session/session-store';
import { ResetPasswordModal } from './reset-password-modal';
import { ResetTwoFactorModal } from './reset-two-factor-modal';
import { type UserListItem, useSetUserEnabled } from './users.api';

export interface UserActionsProps {
  user: UserListItem;
  /** `row`: links for a table row; `page`: buttons for the detail page header. */
  variant: 'row' | 'page';
  onChanged?: () => void;
}

/** View, edit, disable/enable and reset password; the write actions for account administrators only. */
export function UserActions({ user, variant, onChanged }: UserActionsProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const setEnabled = useSetUserEnabled();
  const [resetOpen, setResetOpen] = useState(false);
  const [resetTwoFactorOpen, setResetTwoFactorOpen] = useState(false);
  // the API says which accounts the caller administers (a bureau: its region's enterprise accounts)
  const canManage = user.manageable;
  // Nobody disables or resets their own account here: that is what change-password is for.
  const canActOnAccount = canManage && me.id !== user.id;
  const active = user.status === 'active';

  const confirmToggle = () => {
    modal.confirm({
      title: t(active ? 'users:disableConfirm' : 'users:enableConfirm', { name: user.displayName }),
      okButtonProps: { danger: active },
      onOk: async () => {
        try {
          await setEnabled.mutateAsync({ id: user.id, enabled: !active });
          message.success(t(active ? 'users:disabled' : 'users:enabled', { name: user.displayName }));
          onChanged?.();
        } catch (error) {
          showError(message, error);
        }
      },
    });
  };

  const accountItems: MenuProps['items'] = [
    {
      key: 'toggle',
      icon: active ? <LockOutlined /> : <UnlockOutlined />,
      danger: active,
      label: active ? t('users:disable') : t('users:enable'),
      onClick: confirmToggle,
    },
    {
      key: 'reset',
      icon: <KeyOutlined />,
      label: t('users:resetPassword'),
      onClick: () => setResetOpen(true),
    },
    ...(user.twoFactorEnabled
      ? [
          {
            key: 'reset-two-factor',
            icon: <SafetyOutlined />,
            label: t('users:resetTwoFactor'),
            onClick: () => setResetTwoFactorOpen(true),
          },
        ]
      : []),
  ];

  const resetModal = canActOnAccount ? (
    <>
      <ResetPasswordModal user={user} open={resetOpen} onOpenChange={setResetOpen} />
      <ResetTwoFactorModal user={user} open={resetTwoFactorOpen} onOpenChange={setResetTwoFactorOpen} />
    </>
  ) : null;

  if (variant === 'row') {
    return (
      <Space size="middle">
        <Link to={`/users/${user.id}`}>{t('common.view')}</Link>
        {canManage ? <Link to={`/users/${user.id}/edit`}>{t('common.edit')}</Link> : null}
        {canActOnAccount ? (
          <Dropdown menu={{ items: accountItems }} trigger={['click']}>
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              data-testid={`user-more-${user.username}`}
            >
              {t('common.more')} <DownOutlined />
            </Button>
          </Dropdown>
        ) : null}
        {resetModal}
      </Space>
    );
  }

  return (
    <Space>
      {canActOnAccount ? (
        <>
          <Button
            danger={active}
            icon={active ? <LockOutlined /> : <UnlockOutlined />}
            onClick={confirmToggle}
          >
            {active ? t('users:disable') : t('users:enable')}
          </Button>
          <Button icon={<KeyOutlined />} onClick={() => setResetOpen(true)}>
            {t('users:resetPassword')}
          </Button>
          {user.twoFactorEnabled ? (
            <Button
              icon={<SafetyOutlined />}
              onClick={() => setResetTwoFactorOpen(true)}
              data-testid="user-reset-two-factor"
            >
              {t('users:resetTwoFactor')}
            </Button>
          ) : null}
        </>
      ) : null}
      {canManage ? (
        <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/users/${user.id}/edit`)}>
          {t('common.edit')}
        </Button>
      ) : null}
      {resetModal}
    </Space>
  );
}
