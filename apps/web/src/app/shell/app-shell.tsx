import { ProLayout } from '@ant-design/pro-components';
import { Flex, Spin, Typography, theme } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { useDomainLabels } from '../i18n/labels';
import { menuFor } from '../navigation';
import { useCurrentUser } from '../session/session-store';
import { roleOf } from '../session/session-user';
import { layoutSize, layoutToken } from '../theme';
import { can } from '@skillpay/domain';
import { NotificationBell } from '../../features/notifications/notification-bell';
import { Breadcrumbs } from './breadcrumbs';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';
import { MENU_ICONS } from '../menu-icons';

/** The signed-in frame: side menu for the role, header with organisation, language and account. */
export function AppShell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const labels = useDomainLabels();
  const user = useCurrentUser();
  const location = useLocation();
  const navigation = useNavigation();
  const role = roleOf(user);
  // Until a required password change is done, the only reachable page is the change form.
  const menu = user.mustChangePassword ? [] : menuFor(role);

  return (
    <ProLayout
      title={t('app.title')}
      logo={<img src="/favicon.svg" alt="" />}
      layout="mix"
      splitMenus={false}
      fixedHeader
      fixSiderbar
      siderWidth={layoutSize.siderWidth}
      location={{ pathname: location.pathname }}
      token={layoutToken}
      menu={{ locale: false }}
      // No side menu at all while a password change is due.
      menuRender={menu.length === 0 ? false : undefined}
      route={{
        path: '/',
        routes: menu.map((entry) => {
          const Icon = MENU_ICONS[entry.key];
          return { key: entry.key, path: entry.path, name: t(`menu.${entry.label}`), icon: <Icon /> };
        }),
      }}
      menuItemRender={(item, dom) => (
        <Link to={item.path ?? '/'} data-testid={`menu-${item.key ?? item.path}`}>
          {dom}
        </Link>
      )}
      headerTitleRender={(logo, title) => (
        <Link to="/" aria-label={t('app.title')}>
          <Flex align="center" gap={token.marginXS}>
            {logo}
            {title}
          </Flex>
        </Link>
      )}
      actionsRender={() => [
        <Flex key="organisation" vertical align="end" style={{ lineHeight: token.lineHeightSM }}>
          <Typography.Text
            strong
            data-testid="header-organisation"
            ellipsis
            style={{ maxWidth: layoutSize.headerOrganisationMaxWidth }}
          >
            {user.organisation.name}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }} data-testid="header-role">
            {labels.role(user.role)}
          </Typography.Text>
        </Flex>,
        <NotificationBell
          key="notifications"
          enabled={!user.mustChangePassword && can(role, 'notifications', 'read')}
        />,
        <LanguageSwitch key="language" />,
      ]}
      avatarProps={{
        icon: <UserOutlined />,
        size: 'small',
        title: <span data-testid="header-user-name">{user.displayName}</span>,
        render: (_props, dom) => <UserMenu>{dom}</UserMenu>,
      }}
    >
      <Spin spinning={navigation.state === 'loading'} delay={200}>
        <Breadcrumbs />
        <Outlet />
      </Spin>
    </ProLayout>
  );
}
