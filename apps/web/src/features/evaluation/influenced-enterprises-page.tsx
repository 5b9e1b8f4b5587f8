import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import {
  type AdoptionWeights,
  EVALUATION_ELEMENTS,
  can,
  elementStatus,
  withAdoptionDefaults,
} from '@skillpay/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { showError } from '../../app/api/api-error';
import { useCurrentRole } from '../../app/session/session-user';
import { QueryFailureResult } from '../../ui/status-results';
import {
  type InfluencedEnterprise,
  useDeleteInfluenced,
  useEvaluationWeights,
  useInfluencedEnterprises,
} from './evaluation.api';
import { ElementTags, Num, useEvaluationLabels } from './evaluation-ui';
import { InfluencedEnterpriseModal } from './influenced-enterprise-modal';
import { ProgrammePicker, useChosenProgramme } from './programme-picker';

const PAGE_SIZE = 20;

/** The elements a record reports adopted, in the guideline's order. */
function adoptedElements(record: InfluencedEnterprise): string[] {
  const adoption = withAdoptionDefaults(record.adoption as Parameters<typeof withAdoptionDefaults>[0]);
  return EVALUATION_ELEMENTS.filter((element) => elementStatus(adoption, element) === 'adopted');
}

/**
 * 带动企业 ("带动一批"): the non-pilot enterprises a bureau's trainings and 示范班 reached that
 * report adopting the guideline, recorded by the districts (the city for 市直), each with the
 * activity it attended and its adoption.
 */
export function InfluencedEnterprisesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = useCurrentRole();
  const labels = useEvaluationLabels();
  const chosen = useChosenProgramme();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const list = useInfluencedEnterprises(
    { programmeId: chosen.programmeId ?? '', page, pageSize: PAGE_SIZE },
    Boolean(chosen.programmeId),
  );
  const weights = useEvaluationWeights(chosen.programmeId);
  const remove = useDeleteInfluenced();
  const [editing, setEditing] = useState<InfluencedEnterprise | null | 'new'>(null);
  const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

  return (
    <PageContainer
      title={t('evaluation:influenced.title')}
      subTitle={<Typography.Text type="secondary">{t('evaluation:influenced.subtitle')}</Typography.Text>}
      breadcrumbRender={false}
      extra={[
        ...(can(role, 'influencedEnterprises', 'create') && chosen.programmeId
          ? [
              <Button
                key="add"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing('new')}
                data-testid="influenced-add"
              >
                {t('evaluation:influenced.add')}
              </Button>,
            ]
          : []),
      ]}
    >
      <ProgrammePicker chosen={chosen} />
      <Card>
        {list.isError ? (
          <QueryFailureResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<InfluencedEnterprise>
            rowKey="id"
            loading={list.isFetching || chosen.programmes.isLoading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: t('evaluation:influenced.empty') }}
            data-testid="influenced-table"
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              onChange: (next) => {
                const search = new URLSearchParams(params);
                if (next > 1) search.set('page', String(next));
                else search.delete('page');
                setParams(search, { replace: true });
              },
            }}
            columns={[
              {
                key: 'enterprise',
                title: t('evaluation:influenced.enterprise'),
                width: 200,
                render: (_, record) => (
                  <Space direction="vertical" size={0}>
                    <Typography.Text>{record.enterpriseName}</Typography.Text>
                    <Typography.Text type="secondary">{record.regionName}</Typography.Text>
                  </Space>
                ),
              },
              {
                key: 'activity',
                title: t('evaluation:influenced.activity'),
                width: 230,
                render: (_, record) => (
                  <Space direction="vertical" size={0}>
                    <Typography.Text ellipsis={{ tooltip: record.activityTitle }} style={{ maxWidth: 210 }}>
                      {record.activityTitle}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {record.activityOn} · {labels.guidanceKind(record.activityKind)}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                key: 'reportedOn',
                title: t('evaluation:influenced.reportedBy'),
                width: 170,
                render: (_, record) => (
                  <Space direction="vertical" size={0}>
                    <span className="figure">{record.reportedOn}</span>
                    <Typography.Text
                      type="secondary"
                      ellipsis={{ tooltip: record.recordedBy }}
                      style={{ maxWidth: 150 }}
                    >
                      {record.recordedBy}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                key: 'adopted',
                title: t('evaluation:influenced.adopted'),
                render: (_, record) => {
                  const adopted = adoptedElements(record);
                  return adopted.length ? <ElementTags elements={adopted} /> : '—';
                },
              },
              {
                key: 'index',
                title: t('evaluation:influenced.index'),
                align: 'right',
                width: 90,
                onCell: nowrap,
                render: (_, record) => <Num testId="influenced-index">{labels.number(record.index)}</Num>,
              },
              {
                key: 'counts',
                title: t('evaluation:influenced.adoptsAnything'),
                width: 90,
                onCell: nowrap,
                render: (_, record) =>
                  record.adoptsAnything ? (
                    <Tag color="success">{t('evaluation:yes')}</Tag>
                  ) : (
                    <Tag>{t('evaluation:no')}</Tag>
                  ),
              },
              {
                key: 'actions',
                title: t('common.actions'),
                width: 110,
                fixed: 'right',
                className: 'key-column',
                onCell: nowrap,
                render: (_, record) =>
                  record.editable ? (
                    <Space size="small">
                      <Typography.Link onClick={() => setEditing(record)} data-testid="influenced-edit">
                        {t('evaluation:influenced.edit')}
                      </Typography.Link>
                      <Popconfirm
                        title={t('evaluation:influenced.deleteConfirm')}
                        onConfirm={async () => {
                          try {
                            await remove.mutateAsync({ id: record.id, version: record.version });
                            message.success(t('evaluation:influenced.deleted'));
                          } catch (error) {
                            showError(message, error);
                          }
                        }}
                      >
                        <Typography.Link type="danger">{t('evaluation:influenced.delete')}</Typography.Link>
                      </Popconfirm>
                    </Space>
                  ) : null,
              },
            ]}
          />
        )}
      </Card>
      {chosen.programmeId ? (
        <InfluencedEnterpriseModal
          open={editing !== null}
          programmeId={chosen.programmeId}
          record={editing === 'new' ? null : editing}
          weights={weights.data?.weights as AdoptionWeights | undefined}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </PageContainer>
  );
}
