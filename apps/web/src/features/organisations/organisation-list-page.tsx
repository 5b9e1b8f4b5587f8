import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ORGANISATION_TYPE_LABELS, can } from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import { useDomainLabels, valueEnumOf } from '../../app/i18n/labels';
import { useCurrentRole } from '../../app/session/session-user';
import { useRegionLabel, useRegions } from '../regions';
import { regionTreeOptions } from '../regions';
import {
  type OrganisationListItem,
  type OrganisationQuery,
  listOrganisations,
  useDeleteOrganisation,
  organisationKeys,
} from './organisations.api';
import { QueryTable } from '../../ui/query-table';

interface OrganisationSearch {
  q?: string;
  type?: string;
  regionCode?: string;
}

export function OrganisationListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const { language } = useDomainLabels();
  const regions = useRegions();
  const regionLabel = useRegionLabel();
  const remove = useDeleteOrganisation();
  // Links from elsewhere (e.g. the dashboard) may preset the filters.
  const [searchParams] = useSearchParams();
  const initialFilter: OrganisationSearch = {
    type: searchParams.get('type') ?? undefined,
    regionCode: searchParams.get('regionCode') ?? undefined,
  };
  const canCreate = can(role, 'organisations', 'create');
  const canUpdate = can(role, 'organisations', 'update');
  const canDelete = can(role, 'organisations', 'delete');

  const onDelete = async (organisation: OrganisationListItem) => {
    try {
      await remove.mutateAsync(organisation);
      message.success(t('organisations:deleted', { name: organisation.name }));
    } catch (error) {
      showError(message, error);
    }
  };

  const columns: ProColumns<OrganisationListItem>[] = [
    {
      title: t('common.keyword'),
      dataIndex: 'q',
      hideInTable: true,
      fieldProps: { placeholder: t('organisations:keywordPlaceholder') },
    },
    {
      title: t('organisations:name'),
      dataIndex: 'name',
      hideInSearch: true,
      ellipsis: true,
      render: (_dom, record) => <Link to={`/organisations/${record.id}`}>{record.name}</Link>,
    },
    {
      title: t('organisations:type'),
      dataIndex: 'type',
      width: 170,
      valueType: 'select',
      valueEnum: valueEnumOf(ORGANISATION_TYPE_LABELS, language),
    },
    {
      title: t('organisations:region'),
      dataIndex: 'regionCode',
      width: 110,
      valueType: 'treeSelect',
      fieldProps: {
        treeData: regionTreeOptions(regions.data ?? [], language),
        treeDefaultExpandAll: true,
        showSearch: true,
        treeNodeFilterProp: 'title',
      },
      render: (_dom, record) => regionLabel(record.regionCode, record.regionName),
    },
    { title: t('organisations:contactPerson'), dataIndex: 'contactPerson', width: 110, hideInSearch: true },
    { title: t('organisations:contactPhone'), dataIndex: 'contactPhone', width: 140, hideInSearch: true },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 160,
      render: (_dom, record) => [
        <Link key="view" to={`/organisations/${record.id}`}>
          {t('common.view')}
        </Link>,
        canUpdate ? (
          <Link key="edit" to={`/organisations/${record.id}/edit`}>
            {t('common.edit')}
          </Link>
        ) : null,
        canDelete ? (
          <Popconfirm
            key="delete"
            title={t('organisations:deleteConfirm', { name: record.name })}
            description={t('organisations:deleteHint')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onDelete(record)}
          >
            <Typography.Link type="danger">{t('common.delete')}</Typography.Link>
          </Popconfirm>
        ) : null,
      ],
    },
  ];

  return (
    <PageContainer title={t('menu.organisations')} breadcrumbRender={false}>
      <QueryTable<OrganisationListItem, OrganisationSearch>
        queryKey={organisationKeys.all}
        rowKey="id"
        columns={columns}
        headerTitle={t('organisations:tableTitle')}
        form={{ initialValues: initialFilter }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        request={async ({ current, pageSize, q, type, regionCode }) => {
          const page = await listOrganisations({
            page: current ?? 1,
            pageSize: pageSize ?? 20,
            q: q?.trim() ? q.trim() : undefined,
            type: type as OrganisationQuery['type'],
            regionCode,
          });
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => showError(message, error)}
        toolBarRender={() =>
          canCreate
            ? [
                <Button
                  key="create"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => navigate('/organisations/new')}
                  data-testid="organisation-create"
                >
                  {t('organisations:create')}
                </Button>,
              ]
            : []
        }
      />
    </PageContainer>
  );
}
