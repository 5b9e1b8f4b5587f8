import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { DemonstrationUnitKind, can, formatChinaTime } from '@skillpay/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentRole } from '../../app/session/session-user';
import { QueryFailureResult } from '../../ui/status-results';
import { EditReasonModal, MarkDemonstrationModal, RemoveDemonstrationModal } from './demonstration-modals';
import { type DemonstrationUnit, useDemonstrationUnits } from './evaluation.api';
import { Num, RuleTag, useEvaluationLabels } from './evaluation-ui';
import { ProgrammePicker, useChosenProgramme } from './programme-picker';

/** The figures a unit had when marked, in one short block. */
export function SnapshotFigures({ unit }: { unit: DemonstrationUnit }) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const { snapshot } = unit;
  return (
    <Space direction="vertical" size={2} data-testid="demonstration-snapshot">
      <Space size={[8, 2]} wrap>
        {snapshot.pilots !== null ? (
          <Typography.Text>
            {t('evaluation:demonstration.snapshotPilots', { count: snapshot.pilots })}
          </Typography.Text>
        ) : null}
        <Typography.Text>
          {t('evaluation:demonstration.snapshotIndex', { index: labels.number(snapshot.index) })}
        </Typography.Text>
      </Space>
      {snapshot.fromYear !== null ? (
        <Space size={[8, 2]} wrap>
          <Typography.Text type="secondary">{`${snapshot.fromYear}–${snapshot.toYear}`}</Typography.Text>
          <Num>
            {t('evaluation:demonstration.snapshotHighSkill', {
              growth: labels.growth(snapshot.highSkillGrowth),
            })}
          </Num>
          <Num>
            {t('evaluation:demonstration.snapshotManagement', {
              growth: labels.growth(snapshot.managementGrowth),
            })}
          </Num>
          <RuleTag holds={snapshot.ruleHolds} />
        </Space>
      ) : null}
    </Space>
  );
}

/**
 * 示范单位: the 示范企业 and 典型区市 the city bureau marked, with the reason and the figures they
 * had; the city marks, edits and removes (with a reason), the districts and reviewers read.
 */
export function DemonstrationUnitsPage() {
  const { t } = useTranslation();
  const role = useCurrentRole();
  const labels = useEvaluationLabels();
  const chosen = useChosenProgramme();
  const units = useDemonstrationUnits(chosen.programmeId);
  const [marking, setMarking] = useState(false);
  const [editing, setEditing] = useState<DemonstrationUnit | null>(null);
  const [removing, setRemoving] = useState<DemonstrationUnit | null>(null);
  const editable = can(role, 'demonstrationUnits', 'update');
  const readsEvaluations = can(role, 'evaluation', 'read') && role !== 'reviewer';

  return (
    <PageContainer
      title={t('evaluation:demonstration.title')}
      subTitle={<Typography.Text type="secondary">{t('evaluation:demonstration.subtitle')}</Typography.Text>}
      breadcrumbRender={false}
      extra={[
        ...(can(role, 'demonstrationUnits', 'create') && chosen.programmeId
          ? [
              <Button
                key="mark"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setMarking(true)}
                data-testid="demonstration-mark"
              >
                {t('evaluation:demonstration.mark')}
              </Button>,
            ]
          : []),
      ]}
    >
      <ProgrammePicker chosen={chosen} />
      <Card>
        {!editable ? (
          <Typography.Paragraph type="secondary">
            {t('evaluation:demonstration.readOnly')}
          </Typography.Paragraph>
        ) : null}
        {units.isError ? (
          <QueryFailureResult error={units.error} onRetry={() => void units.refetch()} />
        ) : (
          <Table<DemonstrationUnit>
            rowKey="id"
            loading={units.isLoading || chosen.programmes.isLoading}
            dataSource={units.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: t('evaluation:demonstration.empty') }}
            data-testid="demonstration-table"
            columns={[
              {
                key: 'kind',
                title: t('evaluation:demonstration.kind'),
                width: 100,
                onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
                render: (_, unit) => (
                  <Tag color={unit.kind === DemonstrationUnitKind.Enterprise ? 'gold' : 'blue'}>
                    {labels.kind(unit.kind)}
                  </Tag>
                ),
              },
              {
                key: 'name',
                title: t('evaluation:demonstration.unit'),
                width: 220,
                render: (_, unit) => (
                  <Space direction="vertical" size={0}>
                    {unit.enterpriseId && readsEvaluations ? (
                      <Link to={`/evaluation/${unit.enterpriseId}?programmeId=${unit.programmeId}`}>
                        {unit.name}
                      </Link>
                    ) : (
                      <Typography.Text>{unit.name}</Typography.Text>
                    )}
                    {unit.kind === DemonstrationUnitKind.Enterprise ? (
                      <Typography.Text type="secondary">{unit.placeName}</Typography.Text>
                    ) : null}
                  </Space>
                ),
              },
              {
                key: 'reason',
                title: t('evaluation:demonstration.reason'),
                render: (_, unit) => (
                  <Typography.Paragraph
                    style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}
                    ellipsis={{ rows: 3, expandable: true }}
                  >
                    {unit.reason}
                  </Typography.Paragraph>
                ),
              },
              {
                key: 'snapshot',
                title: t('evaluation:demonstration.snapshot'),
                width: 240,
                render: (_, unit) => <SnapshotFigures unit={unit} />,
              },
              {
                key: 'markedOn',
                title: t('evaluation:demonstration.markedOn'),
                width: 110,
                onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
                render: (_, unit) => formatChinaTime(String(unit.createdAt)).slice(0, 10),
              },
              ...(editable
                ? [
                    {
                      key: 'actions',
                      title: t('common.actions'),
                      width: 130,
                      fixed: 'right' as const,
                      className: 'key-column',
                      onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
                      render: (_: unknown, unit: DemonstrationUnit) => (
                        <Space size="small">
                          <Typography.Link onClick={() => setEditing(unit)}>
                            {t('evaluation:demonstration.edit')}
                          </Typography.Link>
                          <Typography.Link type="danger" onClick={() => setRemoving(unit)}>
                            {t('evaluation:demonstration.remove')}
                          </Typography.Link>
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      {chosen.programmeId ? (
        <MarkDemonstrationModal
          open={marking}
          programmeId={chosen.programmeId}
          onClose={() => setMarking(false)}
        />
      ) : null}
      <EditReasonModal unit={editing} onClose={() => setEditing(null)} />
      <RemoveDemonstrationModal unit={removing} onClose={() => setRemoving(null)} />
    </PageContainer>
  );
}
