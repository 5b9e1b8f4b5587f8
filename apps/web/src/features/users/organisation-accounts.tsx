import { PlusOutlined } from '@ant-design/icons';
import { ProCard } from '@ant-design/pro-components';
import { Button, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { can } from '@skillpay/domain';
import { useCurrentRole } from '../../app/session/session-user';
import { UserActions } from './user-actions';
import { UserStatusTag } from './user-status-tag';
import { type UserListItem, useUsers } from './users.api';

/**
 * The accounts of one organisation, on its page: a bureau gives an enterprise it registered its
 * accounts here, and disables them (the API decides which accounts the caller administers).
 */
export function OrganisationAccounts({ organisationId, backTo }: { organisationId: string; backTo: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const accounts = useUsers({ organisationId, page: 1, pageSize: 50 }, can(role, 'users', 'read'));
  if (!can(role, 'users', 'read')) return null;
  return (
    <ProCard
      title={t('users:accounts')}
      subTitle={t('users:accountsHint')}
      bordered
      data-testid="organisation-accounts"
      extra={
        can(role, 'users', 'create') ? (
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              navigate(`/users/new?${new URLSearchParams({ organisationId, back: backTo }).toString()}`)
            }
            data-testid="account-create"
          >
            {t('users:createEnterpriseAccount')}
          </Button>
        ) : null
      }
    >
      <Table<UserListItem>
        rowKey="id"
        size="small"
        pagination={false}
        loading={accounts.isLoading}
        dataSource={accounts.data?.items ?? []}
        locale={{ emptyText: t('users:noAccounts') }}
        columns={[
          {
            title: t('users:username'),
            dataIndex: 'username',
            render: (_value, user) => <Link to={`/users/${user.id}`}>{user.username}</Link>,
          },
          { title: t('users:displayName'), dataIndex: 'displayName' },
          {
            title: t('users:statusLabel'),
            dataIndex: 'status',
            render: (_value, user) => <UserStatusTag user={user} />,
          },
          {
            title: t('users:lastLoginAt'),
            dataIndex: 'lastLoginAt',
            render: (value: string | null) =>
              value ? (
                dayjs(value).format('YYYY-MM-DD HH:mm')
              ) : (
                <Typography.Text type="secondary">{t('users:never')}</Typography.Text>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_value, user) => <UserActions user={user} variant="row" />,
          },
        ]}
      />
    </ProCard>
  );
}
