import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { GUIDANCE_KIND_LABELS, can } from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import { useDomainLabels, valueEnumOf, labelOf } from '../../app/i18n/labels';
import { useCurrentRole } from '../../app/session/session-user';
import { useProgrammes } from '../programmes';
import { useRegions } from '../regions';
import { regionTreeOptions } from '../regions';
import {
  exportGuidance,
  type GuidanceActivity,
  type GuidanceQuery,
  listGuidance,
  guidanceKeys,
} from './guidance.api';
import { QueryTable, type QueryTableParams } from '../../ui/query-table';

interface GuidanceSearch {
  programmeId?: string;
  kind?: string;
  regionCode?: string;
  month?: string;
}

/** The list's filters as the API takes them, for a page and for the export. */
function guidanceQuery({ programmeId, kind, regionCode, month }: QueryTableParams<GuidanceSearch>) {
  return {
    programmeId,
    kind: kind as GuidanceQuery['kind'],
    regionCode,
    month: month ? String(month).slice(0, 7) : undefined,
  };
}

export function GuidanceListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const { language } = useDomainLabels();
  const programmes = useProgrammes();
  const regions = useRegions();

  const columns: ProColumns<GuidanceActivity>[] = [
    {
      title: t('guidance:occurredOn'),
      dataIndex: 'occurredOn',
      width: 110,
      hideInSearch: true,
    },
    {
      title: t('guidance:month'),
      dataIndex: 'month',
      valueType: 'dateMonth',
      hideInTable: true,
    },
    {
      title: t('guidance:kind'),
      dataIndex: 'kind',
      width: 150,
      valueType: 'select',
      valueEnum: valueEnumOf(GUIDANCE_KIND_LABELS, language),
      render: (_dom, record) => <Tag>{labelOf(GUIDANCE_KIND_LABELS, record.kind, language)}</Tag>,
    },
    {
      title: t('guidance:title'),
      dataIndex: 'title',
      hideInSearch: true,
      render: (_dom, record) => <Link to={`/guidance/${record.id}`}>{record.title}</Link>,
    },
    {
      title: t('guidance:enterprises'),
      key: 'enterprises',
      hideInSearch: true,
      render: (_dom, record) => (
        <Space size={[4, 4]} wrap>
          {record.enterprises.map((enterprise) => (
            <Tag key={enterprise.id} bordered={false}>
              {enterprise.name}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('guidance:organiser'),
      dataIndex: ['organisation', 'name'],
      width: 200,
      hideInSearch: true,
    },
    {
      title: t('guidance:region'),
      dataIndex: 'regionCode',
      hideInTable: true,
      valueType: 'treeSelect',
      fieldProps: { treeData: regionTreeOptions(regions.data ?? [], language), treeDefaultExpandAll: true },
    },
    {
      title: t('guidance:programme'),
      dataIndex: 'programmeId',
      hideInTable: true,
      valueType: 'select',
      fieldProps: {
        options: (programmes.data?.items ?? []).map((programme) => ({
          value: programme.id,
          label: programme.title,
        })),
      },
    },
  ];

  return (
    <PageContainer title={t('menu.guidance')} breadcrumbRender={false}>
      <QueryTable<GuidanceActivity, GuidanceSearch>
        queryKey={guidanceKeys.all}
        rowKey="id"
        columns={columns}
        headerTitle={t('guidance:listTitle')}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        syncToUrl
        request={async ({ current, pageSize, ...search }) => {
          const page = await listGuidance({
            ...guidanceQuery(search),
            page: current ?? 1,
            pageSize: pageSize ?? 20,
          });
          return { data: page.items, total: page.total, success: true };
        }}
        onExport={(search) => exportGuidance(guidanceQuery(search))}
        onRequestError={(error) => showError(message, error)}
        toolBarRender={() =>
          can(role, 'guidance', 'create')
            ? [
                <Button
                  key="create"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => navigate('/guidance/new')}
                >
                  {t('guidance:create')}
                </Button>,
              ]
            : []
        }
      />
    </PageContainer>
  );
}
