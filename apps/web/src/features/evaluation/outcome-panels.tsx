import { ProCard } from '@ant-design/pro-components';
import { Col, Empty, Flex, Row, Statistic, Table, Typography, theme } from 'antd';
import { REFERENCE_VARIABLE_SHARE_PERCENT } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  Num,
  type OutcomeCellView,
  OutcomeMean,
  RuleTag,
  WithheldLegend,
  useEvaluationLabels,
  withheldCodes,
} from './evaluation-ui';

/** One series of a roll-up: the mean of the earlier and the later year and the growth between. */
export interface OutcomeSeriesView {
  from: OutcomeCellView;
  to: OutcomeCellView;
  growth: number | null;
}

/** Pilots or non-pilots of one scope (API OutcomeGroup). */
export interface OutcomeGroupView {
  enterprises: number;
  levels: Array<OutcomeSeriesView & { skillLevel: string }>;
  highSkill: OutcomeSeriesView;
  management: OutcomeSeriesView;
  ruleHolds: boolean | null;
  spread: number | null;
  variableShare: { from: number | null; to: number | null };
}

export interface OutcomeRollupView {
  fromYear: number | null;
  toYear: number | null;
  pilots: OutcomeGroupView | null;
  nonPilots: OutcomeGroupView | null;
}

const CHART_HEIGHT = 280;

type GroupKey = 'pilots' | 'nonPilots';

/**
 * 薪酬成效 of one scope: the means by skill level before and after, pilots against non-pilots
 * (grouped bars and the table), the central opinions' rule with its basis, the spread and the
 * variable share against case B's 4:6. Withheld cells are "—" with their mark, explained below.
 */
export function OutcomePanels({ rollup }: { rollup: OutcomeRollupView }) {
  const { t } = useTranslation();
  const groups = (['pilots', 'nonPilots'] as const).filter((key) => rollup[key]);
  if (rollup.fromYear === null || rollup.toYear === null || groups.length === 0) {
    return <Empty description={t('evaluation:overview.noOutcomes')} />;
  }
  return (
    <Flex vertical gap="middle">
      <BeforeAfterChart rollup={rollup} groups={groups} />
      <OutcomeTable rollup={rollup} groups={groups} />
      <RuleSummary rollup={rollup} groups={groups} />
    </Flex>
  );
}

/** The key of a group's name. */
function groupKey(key: GroupKey) {
  return key === 'pilots'
    ? ('evaluation:overview.pilotsGroup' as const)
    : ('evaluation:overview.nonPilotsGroup' as const);
}

function BeforeAfterChart({ rollup, groups }: { rollup: OutcomeRollupView; groups: readonly GroupKey[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const labels = useEvaluationLabels();
  const levels = [...new Set(groups.flatMap((key) => rollup[key]!.levels.map((level) => level.skillLevel)))];
  const shownMean = (cell: OutcomeCellView | undefined) => (cell && !cell.withheld ? cell.mean : null);
  const data = levels.map((level) => {
    const row: Record<string, string | number | null> = { level: labels.skillLevel(level) };
    for (const key of groups) {
      const series = rollup[key]!.levels.find((entry) => entry.skillLevel === level);
      row[`${key}-from`] = shownMean(series?.from);
      row[`${key}-to`] = shownMean(series?.to);
    }
    return row;
  });
  const colours: Record<GroupKey, [string, string]> = {
    pilots: [token.colorPrimaryBorder, token.colorPrimary],
    nonPilots: [token.colorWarningBorder, token.colorWarning],
  };
  return (
    <div data-testid="outcome-chart">
      <Typography.Text strong>{t('evaluation:overview.beforeAfter')}</Typography.Text>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="level" interval={0} tick={{ fontSize: token.fontSizeSM }} />
          <YAxis tickFormatter={(value: number) => labels.yuan(value)} width={72} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? labels.yuan(value) : '—')} />
          <Legend />
          {groups.flatMap((key) => [
            <Bar
              key={`${key}-from`}
              dataKey={`${key}-from`}
              name={`${t(groupKey(key))} ${rollup.fromYear}`}
              fill={colours[key][0]}
              isAnimationActive={false}
            />,
            <Bar
              key={`${key}-to`}
              dataKey={`${key}-to`}
              name={`${t(groupKey(key))} ${rollup.toYear}`}
              fill={colours[key][1]}
              isAnimationActive={false}
            />,
          ])}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

interface OutcomeRow {
  key: string;
  label: string;
  strong?: boolean;
  series: Partial<Record<GroupKey, OutcomeSeriesView>>;
}

function OutcomeTable({ rollup, groups }: { rollup: OutcomeRollupView; groups: readonly GroupKey[] }) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const levels = [...new Set(groups.flatMap((key) => rollup[key]!.levels.map((level) => level.skillLevel)))];
  const rows: OutcomeRow[] = [
    ...levels.map((level) => ({
      key: level,
      label: labels.skillLevel(level),
      series: Object.fromEntries(
        groups.map((key) => [key, rollup[key]!.levels.find((entry) => entry.skillLevel === level)]),
      ) as OutcomeRow['series'],
    })),
    {
      key: 'high-skill',
      label: t('evaluation:overview.highSkillRow'),
      strong: true,
      series: Object.fromEntries(groups.map((key) => [key, rollup[key]!.highSkill])),
    },
    {
      key: 'management',
      label: t('evaluation:overview.managementRow'),
      strong: true,
      series: Object.fromEntries(groups.map((key) => [key, rollup[key]!.management])),
    },
  ];
  const cells = rows.flatMap((row) => groups.flatMap((key) => [row.series[key]?.from, row.series[key]?.to]));
  const figure = { onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }), align: 'right' as const };
  return (
    <div>
      <Table<OutcomeRow>
        size="small"
        bordered
        pagination={false}
        rowKey="key"
        dataSource={rows}
        data-testid="outcome-table"
        columns={[
          {
            key: 'level',
            title: t('evaluation:enterpriseEvaluation.level'),
            render: (_, row) =>
              row.strong ? <Typography.Text strong>{row.label}</Typography.Text> : row.label,
            onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          },
          ...groups.map((key) => ({
            key,
            title: `${t(groupKey(key))}（${t('evaluation:enterprises', { count: rollup[key]!.enterprises })}）`,
            children: [
              {
                key: `${key}-from`,
                title: String(rollup.fromYear),
                ...figure,
                render: (_: unknown, row: OutcomeRow) => <OutcomeMean cell={row.series[key]?.from} />,
              },
              {
                key: `${key}-to`,
                title: String(rollup.toYear),
                ...figure,
                render: (_: unknown, row: OutcomeRow) => <OutcomeMean cell={row.series[key]?.to} />,
              },
              {
                key: `${key}-growth`,
                title: t('evaluation:overview.growth'),
                ...figure,
                render: (_: unknown, row: OutcomeRow) => <Num>{labels.growth(row.series[key]?.growth)}</Num>,
              },
            ],
          })),
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('evaluation:overview.outcomesHint')}
      </Typography.Paragraph>
      <WithheldLegend codes={withheldCodes(cells)} />
    </div>
  );
}

function RuleSummary({ rollup, groups }: { rollup: OutcomeRollupView; groups: readonly GroupKey[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const labels = useEvaluationLabels();
  return (
    <Row gutter={[token.marginMD, token.marginMD]}>
      {groups.map((key) => {
        const group = rollup[key]!;
        return (
          <Col key={key} xs={24} xl={groups.length > 1 ? 12 : 24}>
            <ProCard
              bordered
              size="small"
              title={`${t(groupKey(key))} ${rollup.fromYear}–${rollup.toYear}`}
              extra={<RuleTag holds={group.ruleHolds} />}
              data-testid={`outcome-rule-${key}`}
            >
              <Row gutter={[token.marginSM, token.marginSM]}>
                <Col span={12}>
                  <Statistic
                    title={t('evaluation:overview.highSkillGrowth')}
                    formatter={() => <Num>{labels.growth(group.highSkill.growth)}</Num>}
                  />
                </Col>
                <Col span={12}>
                  <Statistic
                    title={t('evaluation:overview.managementGrowth')}
                    formatter={() => <Num>{labels.growth(group.management.growth)}</Num>}
                  />
                </Col>
                <Col span={12}>
                  <Statistic
                    title={t('evaluation:overview.spread')}
                    formatter={() => <Num>{labels.number(group.spread, 2)}</Num>}
                  />
                  <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                    {t('evaluation:overview.spreadHint')}
                  </Typography.Text>
                </Col>
                <Col span={12}>
                  <Statistic
                    title={t('evaluation:overview.variableShare')}
                    formatter={() => (
                      <Num>{`${labels.share(group.variableShare.from)} → ${labels.share(group.variableShare.to)}`}</Num>
                    )}
                  />
                  <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                    {t('evaluation:overview.variableShareReference', {
                      reference: REFERENCE_VARIABLE_SHARE_PERCENT,
                    })}
                  </Typography.Text>
                </Col>
              </Row>
            </ProCard>
          </Col>
        );
      })}
      <Col span={24}>
        <Typography.Text type="secondary">{t('evaluation:overview.ruleBasis')}</Typography.Text>
      </Col>
    </Row>
  );
}
