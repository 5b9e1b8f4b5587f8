import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { can, CASE_STATUS_LABELS, CaseStatus, GUIDELINE_CHAPTERS, Role } from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import { valueEnumOf } from '../../app/i18n/labels';
import { useCurrentRole } from '../../app/session/session-user';
import { QueryTable, type QueryTableParams } from '../../ui/query-table';
import { useProgrammes } from '../programmes';
import { regionTreeOptions, useRegionLabel, useRegions } from '../regions';
import { type CaseListItem, type CaseQuery, caseKeys, exportCases, listCases } from './cases.api';
import { CaseStatusTag, CaseTransitionButtons, ChapterTags, useCaseLabels } from './case-status';

interface CaseSearch {
  q?: string;
  status?: string;
  programmeId?: string;
  regionCode?: string;
  chapter?: string;
}

/** The list's filters as the API takes them, for a page and for the export. */
function caseQuery({ q, ...filters }: QueryTableParams<CaseSearch>) {
  return {
    q: q?.trim() ? q.trim() : undefined,
    status: filters.status as CaseQuery['status'],
    programmeId: filters.programmeId,
    regionCode: filters.regionCode,
    chapter: filters.chapter as CaseQuery['chapter'],
  };
}

/** The district's queue opens on the cases waiting for its step; everyone else sees all. */
function defaultStatusFor(role: Role): CaseStatus | undefined {
  return role === Role.DistrictBureau ? CaseStatus.Submitted : undefined;
}

export function CaseListPage() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const labels = useCaseLabels();
  const regionLabel = useRegionLabel();
  const regions = useRegions();
  const programmes = useProgrammes({});
  const isEnterprise = role === Role.Enterprise;
  const isBureau = role === Role.CityBureau || role === Role.DistrictBureau;

  const columns: ProColumns<CaseListItem>[] = [
    { title: t('cases:keyword'), dataIndex: 'q', hideInTable: true },
    {
      title: t('cases:title'),
      dataIndex: 'title',
      hideInSearch: true,
      width: 240,
      ellipsis: true,
      render: (_dom, record) => (
        <Link to={`/cases/${record.id}`} data-testid="case-link">
          {record.title || t('cases:noValue')}
        </Link>
      ),
    },
    {
      title: t('cases:enterprise'),
      dataIndex: ['enterprise', 'name'],
      hideInSearch: true,
      hideInTable: isEnterprise,
      width: 170,
      ellipsis: true,
      render: (_dom, record) => (
        <>
          {record.enterprise.name}
          {record.enterprise.external ? <Tag style={{ marginLeft: 4 }}>{t('cases:externalTag')}</Tag> : null}
        </>
      ),
    },
    {
      title: t('cases:region'),
      dataIndex: 'regionCode',
      hideInTable: isEnterprise,
      hideInSearch: !isBureau,
      width: 90,
      valueType: 'treeSelect',
      fieldProps: {
        treeData: regionTreeOptions(regions.data ?? [], labels.language),
        treeDefaultExpandAll: true,
        showSearch: true,
        treeNodeFilterProp: 'title',
      },
      render: (_dom, record) => (
        <Typography.Text style={{ whiteSpace: 'nowrap' }}>
          {regionLabel(record.enterprise.regionCode, record.enterprise.regionName)}
        </Typography.Text>
      ),
    },
    {
      title: t('cases:chapter'),
      dataIndex: 'chapter',
      width: 170,
      valueType: 'select',
      valueEnum: Object.fromEntries(
        Object.keys(GUIDELINE_CHAPTERS).map((key) => [key, { text: labels.chapter(key) }]),
      ),
      render: (_dom, record) => <ChapterTags chapters={record.chapters} />,
    },
    {
      title: t('cases:programme'),
      dataIndex: 'programmeId',
      hideInTable: true,
      hideInSearch: !isBureau,
      valueType: 'select',
      fieldProps: { showSearch: true },
      valueEnum: Object.fromEntries(
        (programmes.data?.items ?? []).map((programme) => [programme.id, { text: programme.title }]),
      ),
    },
    {
      title: t('cases:status'),
      dataIndex: 'status',
      width: 110,
      valueType: 'select',
      valueEnum: valueEnumOf(CASE_STATUS_LABELS, labels.language),
      render: (_dom, record) => (
        <>
          <CaseStatusTag status={record.status} />
          <div>
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {t('cases:versionNo', { version: record.currentVersionNo })}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: t('cases:updatedAt'),
      dataIndex: 'updatedAt',
      valueType: 'date',
      hideInSearch: true,
      width: 100,
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 130,
      render: (_dom, record) => [
        <CaseTransitionButtons
          key="actions"
          caseStudy={record}
          size="small"
          actions={record.availableActions}
          onDone={() => void queryClient.invalidateQueries({ queryKey: caseKeys.all })}
        />,
      ],
    },
  ];

  return (
    <PageContainer title={isEnterprise ? t('cases:ownTitle') : t('menu.cases')} breadcrumbRender={false}>
      <QueryTable<CaseListItem, CaseSearch>
        queryKey={caseKeys.all}
        rowKey="id"
        columns={columns}
        headerTitle={t('cases:tableTitle')}
        form={{ initialValues: { status: defaultStatusFor(role) } }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        scroll={{ x: 'max-content' }}
        syncToUrl
        request={async ({ current, pageSize, ...search }) => {
          const page = await listCases({
            ...caseQuery(search),
            page: current ?? 1,
            pageSize: pageSize ?? 20,
          });
          return { data: page.items, total: page.total, success: true };
        }}
        onExport={(search) => exportCases(caseQuery(search))}
        onRequestError={(error) => showError(message, error)}
        toolBarRender={() => [
          can(role, 'cases', 'create') ? (
            <Button
              key="write"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/cases/new')}
              data-testid="case-write"
            >
              {t('cases:write')}
            </Button>
          ) : null,
        ]}
      />
    </PageContainer>
  );
}
