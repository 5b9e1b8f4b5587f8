import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  can,
  ENTERPRISE_SIZE_LABELS,
  INDUSTRY_SECTIONS,
  OWNERSHIP_LABELS,
  PRIORITY_CATEGORY_LABELS,
} from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import { valueEnumOf } from '../../app/i18n/labels';
import { useCurrentRole } from '../../app/session/session-user';
import { useRegionLabel, useRegions } from '../regions';
import { regionTreeOptions } from '../regions';
import { IndustryLabel, PriorityTags } from './enterprise-descriptions';
import { useEnterpriseLabels } from './enterprise-labels';
import {
  type Enterprise,
  type EnterpriseQuery,
  exportEnterprises,
  listEnterprises,
  enterpriseKeys,
} from './enterprises.api';
import { QueryTable, type QueryTableParams } from '../../ui/query-table';
import { type TableColumnExtras } from '../../ui/table-columns';

interface EnterpriseSearch {
  q?: string;
  regionCode?: string;
  industrySection?: string;
  ownership?: string;
  size?: string;
  priorityCategory?: string;
  sort?: string;
}

/** The list's filters as the API takes them, for a page and for the export. */
function enterpriseQuery({ q, ...filters }: QueryTableParams<EnterpriseSearch>) {
  return {
    q: q?.trim() ? q.trim() : undefined,
    regionCode: filters.regionCode,
    industrySection: filters.industrySection as EnterpriseQuery['industrySection'],
    ownership: filters.ownership as EnterpriseQuery['ownership'],
    size: filters.size as EnterpriseQuery['size'],
    priorityCategory: filters.priorityCategory as EnterpriseQuery['priorityCategory'],
    sort: (filters.sort ?? 'focus') as EnterpriseQuery['sort'],
  };
}

export function EnterpriseListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const labels = useEnterpriseLabels();
  const { language } = labels;
  const regions = useRegions();
  const regionLabel = useRegionLabel();
  const canCreate = can(role, 'enterprises', 'create');

  const columns: Array<ProColumns<Enterprise> & TableColumnExtras> = [
    {
      title: t('common.keyword'),
      dataIndex: 'q',
      hideInTable: true,
      fieldProps: { placeholder: t('enterprises:keywordPlaceholder') },
    },
    {
      title: t('enterprises:name'),
      dataIndex: 'name',
      hideInSearch: true,
      // the priority categories sit under the name: they decide the focus order
      render: (_dom, record) => (
        <Space direction="vertical" size={4}>
          <Link to={`/enterprises/${record.id}`}>{record.name}</Link>
          <PriorityTags categories={record.priorityCategories} />
        </Space>
      ),
    },
    {
      title: t('enterprises:creditCode'),
      dataIndex: 'creditCode',
      hideInSearch: true,
      width: 190,
      copyable: true,
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
    },
    {
      title: t('enterprises:region'),
      dataIndex: 'regionCode',
      width: 110,
      valueType: 'treeSelect',
      fieldProps: {
        treeData: regionTreeOptions(regions.data ?? [], language),
        treeDefaultExpandAll: true,
        showSearch: true,
        treeNodeFilterProp: 'title',
      },
      render: (_dom, record) => (
        <>
          <span style={{ whiteSpace: 'nowrap' }}>
            {regionLabel(record.regionCode, record.regionName)}
            {record.cityDirect ? <Tag>{t('enterprises:cityDirect')}</Tag> : null}
          </span>
        </>
      ),
    },
    {
      title: t('enterprises:industry'),
      dataIndex: 'industrySection',
      width: 170,
      valueType: 'select',
      valueEnum: Object.fromEntries(
        Object.keys(INDUSTRY_SECTIONS).map((code) => [code, { text: labels.industry(code) }]),
      ),
      render: (_dom, record) => <IndustryLabel code={record.industrySection} />,
    },
    {
      title: t('enterprises:ownership'),
      dataIndex: 'ownership',
      width: 100,
      valueType: 'select',
      valueEnum: valueEnumOf(OWNERSHIP_LABELS, language),
    },
    {
      title: t('enterprises:size'),
      dataIndex: 'size',
      width: 80,
      valueType: 'select',
      valueEnum: valueEnumOf(ENTERPRISE_SIZE_LABELS, language),
    },
    {
      title: t('enterprises:headcount'),
      dataIndex: 'headcount',
      width: 90,
      hideInSearch: true,
      figure: 'count',
    },
    {
      title: t('enterprises:priorityCategories'),
      dataIndex: 'priorityCategory',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(PRIORITY_CATEGORY_LABELS, language),
    },
    {
      title: t('enterprises:sort'),
      dataIndex: 'sort',
      hideInTable: true,
      valueType: 'select',
      fieldProps: { allowClear: false },
      valueEnum: {
        focus: { text: t('enterprises:sortFocus') },
        name: { text: t('enterprises:sortName') },
        newest: { text: t('enterprises:sortNewest') },
        headcount: { text: t('enterprises:sortHeadcount') },
      },
    },
  ];

  return (
    <PageContainer title={t('menu.enterprises')} breadcrumbRender={false}>
      <QueryTable<Enterprise, EnterpriseSearch>
        queryKey={enterpriseKeys.all}
        rowKey="id"
        columns={columns}
        headerTitle={t('enterprises:tableTitle')}
        form={{ initialValues: { sort: 'focus' } }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        syncToUrl
        request={async ({ current, pageSize, ...search }) => {
          const page = await listEnterprises({
            ...enterpriseQuery(search),
            page: current ?? 1,
            pageSize: pageSize ?? 20,
          });
          return { data: page.items, total: page.total, success: true };
        }}
        onExport={(search) => exportEnterprises(enterpriseQuery(search))}
        onRequestError={(error) => showError(message, error)}
        toolBarRender={() =>
          canCreate
            ? [
                <Button
                  key="import"
                  icon={<UploadOutlined />}
                  onClick={() => navigate('/enterprises/import')}
                >
                  {t('enterprises:import')}
                </Button>,
                <Button
                  key="create"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => navigate('/enterprises/new')}
                  data-testid="enterprise-create"
                >
                  {t('enterprises:create')}
                </Button>,
              ]
            : []
        }
      />
    </PageContainer>
  );
}
