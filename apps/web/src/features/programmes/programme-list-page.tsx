import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PROGRAMME_STATUS_LABELS, can } from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import { useDomainLabels, valueEnumOf, labelOf } from '../../app/i18n/labels';
import { useCurrentRole } from '../../app/session/session-user';
import { type ProgrammeListItem, type ProgrammeQuery, listProgrammes, programmeKeys } from './programmes.api';
import { statusColour } from './programme-status';
import { useRegionLabel } from '../regions';
import { QueryTable } from '../../ui/query-table';
import { yearColumn } from '../../ui/year-column';

interface ProgrammeSearch {
  status?: string;
  year?: number;
}

export function ProgrammeListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const { language } = useDomainLabels();
  const regionLabel = useRegionLabel();

  const columns: ProColumns<ProgrammeListItem>[] = [
    {
      title: t('programmes:title'),
      dataIndex: 'title',
      hideInSearch: true,
      render: (_dom, record) => <Link to={`/programmes/${record.id}`}>{record.title}</Link>,
    },
    { title: t('programmes:documentNumber'), dataIndex: 'documentNumber', width: 200, hideInSearch: true },
    {
      title: t('programmes:region'),
      dataIndex: 'regionName',
      width: 110,
      hideInSearch: true,
      render: (_dom, record) => regionLabel(record.regionCode, record.regionName),
    },
    yearColumn<ProgrammeListItem>(t('programmes:year'), 'year'),
    {
      title: t('programmes:status'),
      dataIndex: 'status',
      width: 110,
      valueType: 'select',
      valueEnum: valueEnumOf(PROGRAMME_STATUS_LABELS, language),
      render: (_dom, record) => (
        <Tag color={statusColour(record.status)}>
          {labelOf(PROGRAMME_STATUS_LABELS, record.status, language)}
        </Tag>
      ),
    },
    {
      title: t('common.updatedAt'),
      dataIndex: 'updatedAt',
      width: 170,
      valueType: 'dateTime',
      hideInSearch: true,
    },
  ];

  return (
    <PageContainer title={t('menu.programmes')} breadcrumbRender={false}>
      <QueryTable<ProgrammeListItem, ProgrammeSearch>
        queryKey={programmeKeys.all}
        rowKey="id"
        columns={columns}
        headerTitle={t('programmes:listTitle')}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={false}
        request={async ({ status, year }) => {
          const page = await listProgrammes({
            status: status as ProgrammeQuery['status'],
            year: year ? Number(year) : undefined,
          });
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => showError(message, error)}
        toolBarRender={() =>
          can(role, 'programmes', 'create')
            ? [
                <Button
                  key="create"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => navigate('/programmes/new')}
                  data-testid="programme-create"
                >
                  {t('programmes:create')}
                </Button>,
              ]
            : []
        }
      />
    </PageContainer>
  );
}
