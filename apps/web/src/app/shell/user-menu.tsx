import { KeyOutlined, LogoutOutlined, SafetyOutlined } from '@ant-design/icons';
import { App, Dropdown } from 'antd';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../api/api-error';
import { logOut } from '../session/auth';
import { CHANGE_PASSWORD_PATH, TWO_FACTOR_PATH } from '../session/guards';

export interface UserMenuProps {
  /** The avatar and name rendered by ProLayout. */
  children: ReactNode;
}

export function UserMenu({ children }: UserMenuProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const onLogout = async () => {
    try {
      await logOut();
    } catch (error) {
      message.warning(errorMessage(error));
    }
    navigate('/login', { replace: true, state: { reason: 'logout' } });
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'password',
            icon: <KeyOutlined />,
            label: <span data-testid="user-menu-change-password">{t('shell.changePassword')}</span>,
            onClick: () => navigate(CHANGE_PASSWORD_PATH),
          },
          {
            key: 'two-factor',
            icon: <SafetyOutlined />,
            label: <span data-testid="user-menu-two-factor">{t('shell.twoFactor')}</span>,
            onClick: () => navigate(TWO_FACTOR_PATH),
          },
          { type: 'divider' },
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            danger: true,
            label: <span data-testid="user-menu-logout">{t('shell.logout')}</span>,
            onClick: () => void onLogout(),
          },
        ],
      }}
    >
      <span role="button" tabIndex={0} aria-label={t('shell.userMenu')} data-testid="user-menu">
        {children}
      </span>
    </Dropdown>
  );
}
