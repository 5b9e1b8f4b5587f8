import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { can } from '@skillpay/domain';
import { errorMessage } from '../../app/api/api-error';
import { useCurrentRole } from '../../app/session/session-user';
import { ErrorResult } from '../../ui/status-results';
import { type Region, useRegions } from './regions.api';
import { RegionFormModal } from './region-form-modal';
import { type RegionNode, buildRegionTree } from './region-tree';

const LEVEL_COLOURS: Record<string, string> = { province: 'purple', city: 'blue', district: 'cyan' };

export function RegionListPage() {
  const { t } = useTranslation();
  const role = useCurrentRole();
  const regions = useRegions();
  const canCreate = can(role, 'regions', 'create');
  const canUpdate = can(role, 'regions', 'update');
  const all = regions.data ?? [];

  const columns: ProColumns<RegionNode<Region>>[] = [
    { title: t('regions:code'), dataIndex: 'code', width: 200, copyable: true },
    { title: t('regions:name'), dataIndex: 'name' },
    { title: t('regions:nameEn'), dataIndex: 'nameEn' },
    {
      title: t('regions:level'),
      dataIndex: 'level',
      width: 140,
      render: (_dom, region) => (
        <Tag color={LEVEL_COLOURS[region.level]}>{t(`regions:levels.${region.level}`)}</Tag>
      ),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 200,
      hideInTable: !canUpdate && !canCreate,
      render: (_dom, region) => [
        canUpdate ? (
          <RegionFormModal
            key="edit"
            region={region}
            regions={all}
            trigger={
              <Typography.Link data-testid={`region-edit-${region.code}`}>{t('common.edit')}</Typography.Link>
            }
          />
        ) : null,
        canCreate && region.level !== 'district' ? (
          <RegionFormModal
            key="child"
            parentCode={region.code}
            regions={all}
            trigger={<Typography.Link>{t('regions:addChild')}</Typography.Link>}
          />
        ) : null,
      ],
    },
  ];

  if (regions.isError) {
    return (
      <PageContainer breadcrumbRender={false}>
        <ErrorResult message={errorMessage(regions.error)} onRetry={() => void regions.refetch()} />
      </PageContainer>
    );
  }

  return (
    <PageContainer title={t('menu.regions')} subTitle={t('regions:subtitle')} breadcrumbRender={false}>
      <ProTable<RegionNode<Region>>
        rowKey="code"
        columns={columns}
        dataSource={buildRegionTree(all)}
        loading={regions.isLoading}
        search={false}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        // Rows render once data is there, so "expand all" applies to the loaded tree.
        key={all.length}
        options={{ reload: () => void regions.refetch(), density: false, setting: false }}
        headerTitle={t('regions:tableTitle', { count: all.length })}
        toolBarRender={() =>
          canCreate
            ? [
                <RegionFormModal
                  key="create"
                  regions={all}
                  trigger={
                    <Button type="primary" icon={<PlusOutlined />} data-testid="region-create">
                      {t('regions:create')}
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
