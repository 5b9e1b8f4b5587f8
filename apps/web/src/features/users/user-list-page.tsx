import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ROLE_LABELS, Role, can } from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import { useDomainLabels, valueEnumOf } from '../../app/i18n/labels';
import { canOpen } from '../../app/navigation';
import { useCurrentRole } from '../../app/session/session-user';
import { searchOrganisationOptions } from '../organisations';
import { UserActions } from './user-actions';
import { UserStatusTag } from './user-status-tag';
import { exportUsers, type UserListItem, type UserQuery, listUsers, userKeys } from './users.api';
import { QueryTable, type QueryTableParams } from '../../ui/query-table';
import { useQueryClient } from '@tanstack/react-query';

interface UserSearch {
  q?: string;
  role?: string;
  organisationId?: string;
}

/** The list's filters as the API takes them, for a page and for the export. */
function userQuery({ q, role, organisationId }: QueryTableParams<UserSearch>) {
  return { q: q?.trim() ? q.trim() : undefined, role: role as UserQuery['role'], organisationId };
}

export function UserListPage() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const labels = useDomainLabels();
  const [searchParams] = useSearchParams();
  const canCreate = can(role, 'users', 'create');
  const administrator = role === Role.SystemAdmin;
  const canOpenOrganisations = canOpen('organisations', role);
  const organisationFilter = searchParams.get('organisationId') ?? undefined;

  const columns: ProColumns<UserListItem>[] = [
    {
      title: t('common.keyword'),
      dataIndex: 'q',
      hideInTable: true,
      fieldProps: { placeholder: t('users:keywordPlaceholder') },
    },
    {
      title: t('users:username'),
      dataIndex: 'username',
      hideInSearch: true,
      width: 140,
      render: (_dom, user) => <Link to={`/users/${user.id}`}>{user.username}</Link>,
    },
    {
      title: t('users:displayName'),
      dataIndex: 'displayName',
      hideInSearch: true,
      width: 120,
      ellipsis: true,
    },
    {
      title: t('users:role'),
      dataIndex: 'role',
      valueType: 'select',
      valueEnum: valueEnumOf(ROLE_LABELS, labels.language),
      width: 130,
    },
    {
      title: t('users:organisation'),
      dataIndex: 'organisationId',
      valueType: 'select',
      ellipsis: true,
      fieldProps: { showSearch: true, filterOption: false },
      debounceTime: 300,
      params: { include: organisationFilter },
      request: ({ keyWords }: { keyWords?: string }) =>
        searchOrganisationOptions(keyWords, undefined, organisationFilter),
      render: (_dom, user) =>
        canOpenOrganisations ? (
          <Link to={`/organisations/${user.organisation.id}`}>{user.organisation.name}</Link>
        ) : (
          user.organisation.name
        ),
    },
    {
      title: t('users:statusLabel'),
      dataIndex: 'status',
      hideInSearch: true,
      width: 120,
      render: (_dom, user) => <UserStatusTag user={user} />,
    },
    {
      title: t('users:lastLoginAt'),
      dataIndex: 'lastLoginAt',
      valueType: 'dateTime',
      hideInSearch: true,
      width: 160,
      render: (dom, user) =>
        user.lastLoginAt ? dom : <Typography.Text type="secondary">{t('users:never')}</Typography.Text>,
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: canCreate ? 160 : 70,
      render: (_dom, user) => (
        <UserActions
          user={user}
          variant="row"
          onChanged={() => void queryClient.invalidateQueries({ queryKey: userKeys.all })}
        />
      ),
    },
  ];

  return (
    <PageContainer
      title={t(administrator ? 'menu.userAdministration' : 'menu.users')}
      subTitle={administrator ? undefined : t(canCreate ? 'users:bureauHint' : 'users:readOnlyHint')}
      breadcrumbRender={false}
    >
      <QueryTable<UserListItem, UserSearch>
        queryKey={userKeys.all}
        rowKey="id"
        columns={columns}
        headerTitle={t('users:tableTitle')}
        form={{ initialValues: { organisationId: organisationFilter } }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        syncToUrl
        request={async ({ current, pageSize, ...search }) => {
          const page = await listUsers({
            ...userQuery(search),
            page: current ?? 1,
            pageSize: pageSize ?? 20,
          });
          return { data: page.items, total: page.total, success: true };
        }}
        onExport={(search) => exportUsers(userQuery(search))}
        onRequestError={(error) => showError(message, error)}
        toolBarRender={() =>
          canCreate
            ? [
                <Button
                  key="create"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => navigate('/users/new')}
                  data-testid="user-create"
                >
                  {t(administrator ? 'users:create' : 'users:createEnterpriseAccount')}
                </Button>,
              ]
            : []
        }
      />
    </PageContainer>
  );
}
