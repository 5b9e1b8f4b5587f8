import { StarFilled } from '@ant-design/icons';
import { Empty, Space, Table, Tag, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CartesianGrid,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip as ChartTooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { ElementTags, Num, RuleTag, useEvaluationLabels } from './evaluation-ui';

/** One pilot as a bureau sees it (API pilot row). */
export interface PilotRowView {
  enterpriseId: string;
  enterpriseName: string;
  regionName: string;
  index: number | null;
  missing: string[];
  highSkillGrowth: number | null;
  managementGrowth: number | null;
  ruleHolds: boolean | null;
  declaredDiffers: boolean | null;
  /** what the latest report declared, when the API sends it */
  declared?: { highSkill: number | null; management: number | null } | null;
  demonstration: boolean;
}

export interface PilotTableProps {
  programmeId: string;
  rows: readonly PilotRowView[];
  loading?: boolean;
}

/**
 * 试点企业评估: each pilot's index, the elements it still misses, its measured growth and the
 * rule, the mismatch with what it declared (both figures on hover), and whether it is a 示范企业.
 * The name opens the enterprise's evaluation.
 */
export function PilotTable({ programmeId, rows, loading }: PilotTableProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const labels = useEvaluationLabels();
  const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });
  return (
    <Table<PilotRowView>
      size="small"
      rowKey="enterpriseId"
      loading={loading}
      dataSource={[...rows]}
      data-testid="pilot-table"
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: <Empty description={t('evaluation:overview.noReport')} /> }}
      columns={[
        {
          key: 'enterprise',
          title: t('evaluation:enterprise'),
          fixed: 'left',
          width: 220,
          sorter: (a, b) => a.enterpriseName.localeCompare(b.enterpriseName, 'zh-CN'),
          render: (_, row) => (
            <span>
              <Link
                to={`/evaluation/${row.enterpriseId}?programmeId=${programmeId}`}
                data-testid="pilot-link"
              >
                {row.enterpriseName}
              </Link>
              {row.demonstration ? (
                <Tag
                  color="gold"
                  icon={<StarFilled />}
                  style={{ marginInlineStart: token.marginXS }}
                  data-testid="pilot-demonstration"
                >
                  {t('evaluation:overview.demonstration')}
                </Tag>
              ) : null}
            </span>
          ),
        },
        { key: 'region', title: t('evaluation:region'), dataIndex: 'regionName', width: 90, onCell: nowrap },
        {
          key: 'index',
          title: t('evaluation:overview.index'),
          align: 'right',
          width: 96,
          onCell: nowrap,
          defaultSortOrder: 'descend',
          sorter: (a, b) => (a.index ?? -1) - (b.index ?? -1),
          render: (_, row) => <Num>{labels.number(row.index)}</Num>,
        },
        {
          key: 'missing',
          title: t('evaluation:overview.missing'),
          render: (_, row) =>
            row.index === null ? (
              <Typography.Text type="secondary">{t('evaluation:overview.noReport')}</Typography.Text>
            ) : (
              <ElementTags elements={row.missing} />
            ),
        },
        {
          key: 'highSkill',
          title: t('evaluation:overview.highSkillGrowth'),
          align: 'right',
          width: 110,
          onCell: nowrap,
          sorter: (a, b) => (a.highSkillGrowth ?? -999) - (b.highSkillGrowth ?? -999),
          render: (_, row) => <Num>{labels.growth(row.highSkillGrowth)}</Num>,
        },
        {
          key: 'management',
          title: t('evaluation:overview.managementGrowth'),
          align: 'right',
          width: 110,
          onCell: nowrap,
          render: (_, row) => <Num>{labels.growth(row.managementGrowth)}</Num>,
        },
        {
          key: 'rule',
          title: t('evaluation:overview.rule'),
          width: 112,
          // the verdict and the mismatch flag stacked: side by side they outgrow a 1366 px screen
          render: (_, row) => (
            <Space direction="vertical" size={4}>
              <RuleTag holds={row.ruleHolds} />
              {row.declaredDiffers ? (
                <Tooltip
                  title={t(
                    row.declared
                      ? 'evaluation:overview.declaredTooltip'
                      : 'evaluation:overview.declaredTooltipMeasured',
                    {
                      declaredHighSkill: labels.growth(row.declared?.highSkill),
                      declaredManagement: labels.growth(row.declared?.management),
                      measuredHighSkill: labels.growth(row.highSkillGrowth),
                      measuredManagement: labels.growth(row.managementGrowth),
                    },
                  )}
                >
                  <Tag color="warning" style={{ marginInlineEnd: 0 }} data-testid="declared-differs">
                    {t('evaluation:overview.declaredDiffers')}
                  </Tag>
                </Tooltip>
              ) : null}
            </Space>
          ),
        },
      ]}
      scroll={{ x: 1000 }}
    />
  );
}

/** 采纳程度与薪酬成效: one dot per pilot, its index across and its high-skill pay growth up. */
export function AdoptionOutcomeScatter({ rows }: { rows: readonly PilotRowView[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const labels = useEvaluationLabels();
  const points = rows
    .filter((row) => row.index !== null && row.highSkillGrowth !== null)
    .map((row) => ({ x: row.index!, y: row.highSkillGrowth!, name: row.enterpriseName }));
  if (points.length < 2) return <Empty description={t('evaluation:overview.scatterEmpty')} />;
  return (
    <div data-testid="adoption-outcome-scatter">
      <ResponsiveContainer width="100%" height={280}>
        <ScatterChart margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            name={t('evaluation:overview.index')}
            domain={[0, 100]}
            label={{ value: t('evaluation:overview.index'), position: 'insideBottom', offset: -12 }}
          />
          <YAxis
            type="number"
            dataKey="y"
            name={t('evaluation:overview.highSkillGrowth')}
            tickFormatter={(value: number) => `${value}%`}
            width={56}
          />
          <ZAxis type="category" dataKey="name" name={t('evaluation:enterprise')} />
          <ChartTooltip
            cursor={{ strokeDasharray: '3 3' }}
            formatter={(value, name) =>
              typeof value === 'number' && name === t('evaluation:overview.highSkillGrowth')
                ? labels.growth(value)
                : value
            }
          />
          <Scatter data={points} fill={token.colorPrimary} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
      <Typography.Text type="secondary">{t('evaluation:overview.scatterHint')}</Typography.Text>
    </div>
  );
}
