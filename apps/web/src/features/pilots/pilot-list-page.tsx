import { EditOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { PageContainer, ProCard, type ProColumns } from '@ant-design/pro-components';
import { Alert, App, Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  can,
  ENTERPRISE_SIZE_LABELS,
  INDUSTRY_SECTIONS,
  OWNERSHIP_LABELS,
  PILOT_STATUS_LABELS,
  PilotStatus,
  PRIORITY_CATEGORY_LABELS,
  Role,
} from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import { valueEnumOf } from '../../app/i18n/labels';
import { useCurrentUser } from '../../app/session/session-store';
import { useCurrentRole } from '../../app/session/session-user';
import { EnterpriseDescriptions } from '../enterprises';
import { useEnterprise } from '../enterprises';
import { useEnterpriseLabels } from '../enterprises';
import { IndustryLabel, PriorityTags } from '../enterprises';
import { useRegionLabel, useRegions } from '../regions';
import { regionTreeOptions } from '../regions';
import {
  exportPilotApplications,
  listPilotApplications,
  type PilotListItem,
  type PilotQuery,
  pilotKeys,
} from './pilots.api';
import { PilotStatusTag, TransitionButtons } from './pilot-status';
import { useProgrammes } from '../programmes';
import { QueryTable, type QueryTableParams } from '../../ui/query-table';
import { useQueryClient } from '@tanstack/react-query';

interface PilotSearch {
  q?: string;
  regionCode?: string;
  industrySection?: string;
  ownership?: string;
  programmeId?: string;
  status?: string;
  size?: string;
  priorityCategory?: string;
}

/** The list's filters as the API takes them, for a page and for the export. */
function pilotQuery({ q, ...filters }: QueryTableParams<PilotSearch>) {
  return {
    q: q?.trim() ? q.trim() : undefined,
    programmeId: filters.programmeId,
    regionCode: filters.regionCode,
    industrySection: filters.industrySection as PilotQuery['industrySection'],
    ownership: filters.ownership as PilotQuery['ownership'],
    status: filters.status as PilotQuery['status'],
    size: filters.size as PilotQuery['size'],
    priorityCategory: filters.priorityCategory as PilotQuery['priorityCategory'],
  };
}

/** Each role's queue: the district its submitted ones, the city the recommended ones, the enterprise its own. */
function defaultStatusFor(role: Role): PilotStatus | undefined {
  if (role === Role.DistrictBureau) return PilotStatus.Submitted;
  if (role === Role.CityBureau) return PilotStatus.Recommended;
  return undefined;
}

/** The enterprise's own registry record above its applications (本企业). */
function OwnEnterpriseCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const enterprise = useEnterprise(user.organisation.id);
  if (enterprise.isLoading) return null;
  if (!enterprise.data) return <Alert type="warning" showIcon message={t('enterprises:notRegistered')} />;
  return (
    <ProCard
      title={t('enterprises:registry')}
      bordered
      collapsible
      defaultCollapsed
      extra={
        <Button
          size="small"
          icon={<EditOutlined />}
          onClick={() => navigate('/pilot-applications/profile/edit')}
        >
          {t('common.edit')}
        </Button>
      }
    >
      <EnterpriseDescriptions enterprise={enterprise.data} />
    </ProCard>
  );
}

export function PilotListPage() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const labels = useEnterpriseLabels();
  const regionLabel = useRegionLabel();
  const regions = useRegions();
  const isEnterprise = role === Role.Enterprise;
  const programmes = useProgrammes({ status: 'active' });

  const columns: ProColumns<PilotListItem>[] = [
    { title: t('common.keyword'), dataIndex: 'q', hideInTable: true, hidden: isEnterprise },
    {
      title: t('pilots:enterprise'),
      dataIndex: ['enterprise', 'name'],
      hideInSearch: true,
      hideInTable: isEnterprise,
      width: 220,
      ellipsis: true,
      render: (_dom, record) => (
        <Link to={`/pilot-applications/${record.id}`} data-testid="pilot-link">
          {record.enterprise.name}
        </Link>
      ),
    },
    {
      title: t('pilots:programme'),
      dataIndex: 'programmeId',
      width: isEnterprise ? undefined : 200,
      ellipsis: true,
      valueType: 'select',
      fieldProps: { showSearch: true },
      valueEnum: Object.fromEntries(
        (programmes.data?.items ?? []).map((programme) => [programme.id, { text: programme.title }]),
      ),
      render: (_dom, record) =>
        isEnterprise ? (
          <Link to={`/pilot-applications/${record.id}`} data-testid="pilot-link">
            {record.programmeTitle}
          </Link>
        ) : (
          record.programmeTitle
        ),
    },
    {
      title: t('pilots:region'),
      dataIndex: 'regionCode',
      hideInTable: isEnterprise,
      width: 110,
      valueType: 'treeSelect',
      fieldProps: {
        treeData: regionTreeOptions(regions.data ?? [], labels.language),
        treeDefaultExpandAll: true,
        showSearch: true,
        treeNodeFilterProp: 'title',
      },
      render: (_dom, record) => (
        <>
          <span style={{ whiteSpace: 'nowrap' }}>
            {regionLabel(record.enterprise.regionCode, record.enterprise.regionName)}
            {record.enterprise.cityDirect ? <Tag>{t('enterprises:cityDirect')}</Tag> : null}
          </span>
        </>
      ),
    },
    {
      title: t('enterprises:industry'),
      dataIndex: 'industrySection',
      hideInTable: isEnterprise,
      width: 140,
      valueType: 'select',
      valueEnum: Object.fromEntries(
        Object.keys(INDUSTRY_SECTIONS).map((code) => [code, { text: labels.industry(code) }]),
      ),
      render: (_dom, record) => <IndustryLabel code={record.enterprise.industrySection} />,
    },
    {
      title: t('enterprises:size'),
      dataIndex: 'size',
      width: 80,
      hideInTable: isEnterprise,
      valueType: 'select',
      valueEnum: valueEnumOf(ENTERPRISE_SIZE_LABELS, labels.language),
      render: (_dom, record) => labels.size(record.enterprise.size),
    },
    {
      title: t('enterprises:ownership'),
      dataIndex: 'ownership',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(OWNERSHIP_LABELS, labels.language),
    },
    {
      title: t('pilots:priorityCategories'),
      dataIndex: 'priorityCategory',
      width: 240,
      valueType: 'select',
      valueEnum: valueEnumOf(PRIORITY_CATEGORY_LABELS, labels.language),
      render: (_dom, record) => <PriorityTags categories={record.priorityCategories} />,
    },
    {
      title: t('pilots:status'),
      dataIndex: 'status',
      width: 120,
      valueType: 'select',
      valueEnum: valueEnumOf(PILOT_STATUS_LABELS, labels.language),
      render: (_dom, record) => <PilotStatusTag status={record.status} />,
    },
    {
      title: t('pilots:submittedAt'),
      dataIndex: 'submittedAt',
      valueType: 'dateTime',
      hideInSearch: true,
      width: 160,
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 220,
      render: (_dom, record) => [
        <TransitionButtons
          key="actions"
          application={record}
          size="small"
          actions={record.availableActions.filter((action) => action !== 'withdraw')}
          onDone={() => void queryClient.invalidateQueries({ queryKey: pilotKeys.all })}
        />,
      ],
    },
  ];

  return (
    <PageContainer
      title={isEnterprise ? t('pilots:ownTitle') : t('menu.pilotApplications')}
      breadcrumbRender={false}
      content={isEnterprise ? <OwnEnterpriseCard /> : undefined}
    >
      <QueryTable<PilotListItem, PilotSearch>
        queryKey={pilotKeys.all}
        rowKey="id"
        columns={columns}
        headerTitle={t('pilots:tableTitle')}
        form={{ initialValues: { status: defaultStatusFor(role) } }}
        search={isEnterprise ? false : { labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        scroll={{ x: 'max-content' }}
        syncToUrl
        request={async ({ current, pageSize, ...search }) => {
          const page = await listPilotApplications({
            ...pilotQuery(search),
            page: current ?? 1,
            pageSize: pageSize ?? 20,
          });
          return { data: page.items, total: page.total, success: true };
        }}
        onExport={(search) => exportPilotApplications(pilotQuery(search))}
        onRequestError={(error) => showError(message, error)}
        toolBarRender={() => [
          can(role, 'pilotApplications', 'create') ? (
            <Button
              key="apply"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/pilot-applications/new')}
              data-testid="pilot-apply"
            >
              {t('pilots:apply')}
            </Button>
          ) : null,
          can(role, 'programmes', 'update') ? (
            <Button
              key="quotas"
              icon={<SettingOutlined />}
              onClick={() => navigate('/pilot-applications/quotas')}
            >
              {t('pilots:quotas')}
            </Button>
          ) : null,
        ]}
      />
    </PageContainer>
  );
}
