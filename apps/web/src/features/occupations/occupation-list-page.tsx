import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Popconfirm, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can } from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import { useCurrentRole } from '../../app/session/session-user';
import { OccupationFormModal } from './occupation-form-modal';
import {
  listOccupations,
  type Occupation,
  useDeleteOccupation,
  useUpdateOccupation,
  occupationKeys,
} from './occupations.api';
import { QueryTable } from '../../ui/query-table';
import { useQueryClient } from '@tanstack/react-query';

interface OccupationSearch {
  search?: string;
  urgentlyNeeded?: 'true' | 'false';
}

/** The administrator's catalogue: search, edit, the urgently-needed switch, delete and import. */
export function OccupationListPage() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const canCreate = can(role, 'occupations', 'create');
  const canUpdate = can(role, 'occupations', 'update');
  const update = useUpdateOccupation();
  const remove = useDeleteOccupation();
  const reload = () => void queryClient.invalidateQueries({ queryKey: occupationKeys.all });

  const setUrgent = async (occupation: Occupation, urgentlyNeeded: boolean) => {
    try {
      await update.mutateAsync({
        code: occupation.code,
        version: occupation.version,
        input: { urgentlyNeeded },
      });
      message.success(
        t(urgentlyNeeded ? 'occupations:urgentOn' : 'occupations:urgentOff', { name: occupation.nameZh }),
      );
      reload();
    } catch (error) {
      showError(message, error);
    }
  };

  const onDelete = async (occupation: Occupation) => {
    try {
      await remove.mutateAsync(occupation);
      message.success(t('occupations:deleted', { name: occupation.nameZh }));
      reload();
    } catch (error) {
      showError(message, error);
    }
  };

  const columns: ProColumns<Occupation>[] = [
    {
      title: t('common.keyword'),
      dataIndex: 'search',
      hideInTable: true,
      fieldProps: { placeholder: t('occupations:searchPlaceholder'), 'aria-label': t('common.keyword') },
    },
    {
      title: t('occupations:code'),
      dataIndex: 'code',
      width: 140,
      hideInSearch: true,
      copyable: true,
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
    },
    { title: t('occupations:nameZh'), dataIndex: 'nameZh', hideInSearch: true },
    {
      title: t('occupations:nameEn'),
      dataIndex: 'nameEn',
      hideInSearch: true,
      render: (_dom, occupation) =>
        occupation.nameEn ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('occupations:urgentlyNeeded'),
      dataIndex: 'urgentlyNeeded',
      width: 120,
      valueType: 'select',
      valueEnum: { true: { text: t('occupations:yes') }, false: { text: t('occupations:no') } },
      render: (_dom, occupation) => (
        <Switch
          size="small"
          checked={occupation.urgentlyNeeded}
          disabled={!canUpdate}
          loading={update.isPending && update.variables?.code === occupation.code}
          onChange={(checked) => void setUrgent(occupation, checked)}
          aria-label={`${t('occupations:urgentlyNeeded')} ${occupation.nameZh}`}
          data-testid={`occupation-urgent-${occupation.code}`}
        />
      ),
    },
    {
      title: t('occupations:updatedAt'),
      dataIndex: 'updatedAt',
      valueType: 'dateTime',
      width: 170,
      hideInSearch: true,
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 140,
      hideInTable: !canUpdate,
      render: (_dom, occupation) => [
        <OccupationFormModal
          key="edit"
          occupation={occupation}
          onSaved={reload}
          trigger={
            <Typography.Link data-testid={`occupation-edit-${occupation.code}`}>
              {t('common.edit')}
            </Typography.Link>
          }
        />,
        <Popconfirm
          key="delete"
          title={t('occupations:deleteConfirm', { name: occupation.nameZh })}
          onConfirm={() => onDelete(occupation)}
        >
          <Typography.Link type="danger">{t('common.delete')}</Typography.Link>
        </Popconfirm>,
      ],
    },
  ];

  return (
    <PageContainer
      title={t('occupations:title')}
      subTitle={t('occupations:subtitle')}
      breadcrumbRender={false}
    >
      <QueryTable<Occupation, OccupationSearch>
        queryKey={occupationKeys.all}
        rowKey="code"
        columns={columns}
        headerTitle={t('occupations:tableTitle')}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        request={async ({ current, pageSize, search, urgentlyNeeded }) => {
          const page = await listOccupations({
            page: current ?? 1,
            pageSize: pageSize ?? 20,
            search: search?.trim() ? search.trim() : undefined,
            urgentlyNeeded: urgentlyNeeded === undefined ? undefined : urgentlyNeeded === 'true',
          });
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => showError(message, error)}
        toolBarRender={() =>
          canCreate
            ? [
                <Button
                  key="import"
                  icon={<UploadOutlined />}
                  onClick={() => navigate('/occupations/import')}
                  data-testid="occupation-import"
                >
                  {t('occupations:import')}
                </Button>,
                <OccupationFormModal
                  key="create"
                  onSaved={reload}
                  trigger={
                    <Button type="primary" icon={<PlusOutlined />} data-testid="occupation-create">
                      {t('occupations:create')}
                    </Button>
                  }
                />,
              ]
            : []
        }
      />
    </PageContainer>
  );
}
