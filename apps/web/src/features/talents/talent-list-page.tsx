import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Space, Tag, Tooltip, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { can, Role, TALENT_STATUS_LABELS, TalentStatus } from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import { valueEnumOf } from '../../app/i18n/labels';
import { useCurrentRole } from '../../app/session/session-user';
import { QueryTable, type QueryTableParams } from '../../ui/query-table';
import { regionTreeOptions, useRegionLabel, useRegions } from '../regions';
import {
  type TalentListItem,
  type TalentQuery,
  listTalents,
  talentKeys,
  useHonourOptions,
} from './talents.api';
import { TalentActionButtons, TalentStatusTag, useTalentLabels } from './talent-status';

interface TalentSearch {
  q?: string;
  status?: string;
  regionCode?: string;
  honourId?: string;
  skillLevel?: string;
  stale?: string;
  duplicate?: string;
}

function talentQuery({
  q,
  ...filters
}: QueryTableParams<TalentSearch>): Omit<TalentQuery, 'page' | 'pageSize'> {
  return {
    q: q?.trim() ? q.trim() : undefined,
    status: filters.status as TalentQuery['status'],
    regionCode: filters.regionCode,
    honourId: filters.honourId,
    stale: filters.stale === undefined ? undefined : filters.stale === 'true',
    duplicate: filters.duplicate === 'true' ? true : undefined,
  };
}

/** The district's queue opens on the records waiting for its step, the city's on those waiting for confirmation. */
function defaultStatusFor(role: Role): TalentStatus | undefined {
  if (role === Role.DistrictBureau) return TalentStatus.Submitted;
  return undefined;
}

export function TalentListPage() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const labels = useTalentLabels();
  const regionLabel = useRegionLabel();
  const regions = useRegions();
  const honours = useHonourOptions();
  const isEnterprise = role === Role.Enterprise;
  const isBureau = role === Role.CityBureau || role === Role.DistrictBureau;
  const thisYear = new Date().getFullYear();

  const columns: ProColumns<TalentListItem>[] = [
    { title: t('talents:keyword'), dataIndex: 'q', hideInTable: true },
    {
      // gender and age under the name: the columns an officer acts on (status, last confirmed) stay in view
      title: t('talents:name'),
      dataIndex: 'name',
      hideInSearch: true,
      width: 120,
      render: (_dom, record) => (
        <Space direction="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
          <Space size={4}>
            <Link to={`/talents/${record.id}`} data-testid="talent-link">
              {record.name}
            </Link>
            {record.registeredElsewhere ? (
              <Tooltip title={isBureau ? t('talents:duplicateBureau') : t('talents:duplicateEnterprise')}>
                <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                  {t('talents:duplicateFilter')}
                </Tag>
              </Tooltip>
            ) : null}
          </Space>
          <Tooltip title={`${t('talents:birthYear')} ${record.birthYear}`}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {labels.gender(record.gender)} · {t('talents:ageValue', { age: thisYear - record.birthYear })}
            </Typography.Text>
          </Tooltip>
        </Space>
      ),
    },
    {
      title: t('talents:enterprise'),
      dataIndex: ['enterprise', 'name'],
      hideInSearch: true,
      hideInTable: isEnterprise,
      width: 160,
      ellipsis: true,
    },
    {
      title: t('talents:region'),
      dataIndex: 'regionCode',
      hideInTable: isEnterprise,
      hideInSearch: !isBureau,
      width: 80,
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
      title: t('talents:occupation'),
      dataIndex: 'occupationName',
      hideInSearch: true,
      width: 80,
      ellipsis: true,
    },
    {
      title: t('talents:skillLevel'),
      dataIndex: 'skillLevel',
      hideInSearch: true,
      width: 96,
      render: (_dom, record) => (
        <span style={{ whiteSpace: 'nowrap' }}>{labels.skillLevel(record.skillLevel)}</span>
      ),
    },
    {
      title: t('talents:honours'),
      dataIndex: 'honourId',
      width: 170,
      valueType: 'select',
      fieldProps: { showSearch: true, popupMatchSelectWidth: false },
      valueEnum: Object.fromEntries(
        (honours.data ?? []).map((honour) => [honour.id, { text: labels.honour(honour) }]),
      ),
      render: (_dom, record) => (
        <Space size={[0, 4]} wrap>
          {record.honours.map((honour) => (
            <Tag key={honour.id} color={honour.qualifying ? 'gold' : undefined}>
              {labels.honour(honour)} {honour.year}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('talents:status'),
      dataIndex: 'status',
      width: 90,
      valueType: 'select',
      valueEnum: valueEnumOf(TALENT_STATUS_LABELS, labels.language),
      render: (_dom, record) => <TalentStatusTag status={record.status} />,
    },
    {
      title: t('talents:lastConfirmed'),
      dataIndex: 'stale',
      width: 100,
      valueType: 'select',
      valueEnum: {
        true: { text: t('talents:staleOnly') },
        false: { text: t('talents:currentOnly') },
      },
      render: (_dom, record) => (
        <Space size={4} style={{ whiteSpace: 'nowrap' }}>
          {record.lastConfirmedAt ? record.lastConfirmedAt.slice(0, 10) : t('talents:never')}
          {record.stale ? (
            <Tag color="red" data-testid="talent-stale" style={{ marginInlineEnd: 0 }}>
              {t('talents:stale')}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('talents:duplicateFilter'),
      dataIndex: 'duplicate',
      hideInTable: true,
      hideInSearch: !isBureau,
      valueType: 'select',
      valueEnum: { true: { text: t('talents:duplicateOnly') } },
    },
    {
      title: t('talents:actions'),
      valueType: 'option',
      width: 140,
      render: (_dom, record) => [
        <TalentActionButtons
          key="actions"
          talent={record}
          size="small"
          actions={record.availableActions}
          onDone={() => void queryClient.invalidateQueries({ queryKey: talentKeys.all })}
        />,
      ],
    },
  ];

  return (
    <PageContainer title={t('menu.talents')} breadcrumbRender={false}>
      <QueryTable<TalentListItem, TalentSearch>
        queryKey={talentKeys.all}
        rowKey="id"
        columns={columns}
        headerTitle={t('talents:tableTitle')}
        form={{ initialValues: { status: defaultStatusFor(role) } }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        scroll={{ x: 'max-content' }}
        syncToUrl
        request={async ({ current, pageSize, ...search }) => {
          const page = await listTalents({
            ...talentQuery(search),
            page: current ?? 1,
            pageSize: pageSize ?? 20,
          });
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => showError(message, error)}
        toolBarRender={() => [
          can(role, 'talents', 'create') ? (
            <Button
              key="register"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/talents/new')}
              data-testid="talent-register"
            >
              {t('talents:register')}
            </Button>
          ) : null,
        ]}
      />
    </PageContainer>
  );
}
