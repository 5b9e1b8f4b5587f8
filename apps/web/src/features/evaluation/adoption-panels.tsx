import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Empty, Flex, Table, Typography, theme } from 'antd';
import { EVALUATION_ELEMENTS } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { Num, useEvaluationLabels } from './evaluation-ui';

/** An adoption roll-up of one scope (API AdoptionRollup). */
export interface AdoptionRollupView {
  pilots: number;
  reported: number;
  meanIndex: number | null;
  medianIndex: number | null;
  distribution: Array<{ lower: number; upper: number; count: number }>;
  elementShares: Array<{ element: string; share: number | null; change: number | null }>;
  change: { pilots: number; meanIndexChange: number | null };
}

/** The influenced non-pilots of one scope (API InfluenceRollup). */
export interface InfluenceRollupView {
  reached: number;
  recorded: number;
  adopting: number;
  meanIndex: number | null;
  elementShares: Array<{ element: string; share: number | null }>;
}

/** A scope's name and its roll-ups, for the table by district. */
export interface ScopeAdoption {
  code: string;
  name: string;
  adoption: AdoptionRollupView;
}

/** Px per element bar: the ten labels each keep one line. */
const ROW_HEIGHT = 34;

/** 各要素采纳率: pilots (and influenced non-pilots) adopting each element, as horizontal bars. */
export function ElementSharesChart({
  adoption,
  influence,
}: {
  adoption: AdoptionRollupView;
  influence?: InfluenceRollupView | null;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const labels = useEvaluationLabels();
  if (adoption.reported === 0) return <Empty description={t('evaluation:overview.noReport')} />;
  const withInfluenced = Boolean(influence && influence.recorded > 0);
  const data = EVALUATION_ELEMENTS.map((element) => ({
    label: labels.element(element),
    pilots: adoption.elementShares.find((entry) => entry.element === element)?.share ?? 0,
    influenced: influence?.elementShares.find((entry) => entry.element === element)?.share ?? 0,
  }));
  const labelWidth = labels.language === 'en' ? 200 : 150;
  const bars = withInfluenced ? 2 : 1;
  return (
    <div data-testid="adoption-by-element">
      <ResponsiveContainer width="100%" height={data.length * ROW_HEIGHT * bars + 56}>
        <BarChart data={data} layout="vertical" margin={{ left: 4, right: 48, top: 4, bottom: 4 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} tickFormatter={(value: number) => `${value}%`} />
          <YAxis type="category" dataKey="label" width={labelWidth} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? labels.share(value) : '—')} />
          {withInfluenced ? <Legend /> : null}
          <Bar
            dataKey="pilots"
            name={t('evaluation:overview.pilotsGroup')}
            fill={token.colorPrimary}
            barSize={14}
            isAnimationActive={false}
          >
            <LabelList
              dataKey="pilots"
              position="right"
              formatter={(value: unknown) => labels.share(Number(value))}
            />
          </Bar>
          {withInfluenced ? (
            <Bar
              dataKey="influenced"
              name={t('evaluation:overview.influencedTitle')}
              fill={token.colorWarning}
              barSize={14}
              isAnimationActive={false}
            >
              <LabelList
                dataKey="influenced"
                position="right"
                formatter={(value: unknown) => labels.share(Number(value))}
              />
            </Bar>
          ) : null}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** 采纳指数分布: pilots per band of the index. */
export function DistributionChart({ adoption }: { adoption: AdoptionRollupView }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (adoption.reported === 0) return <Empty description={t('evaluation:overview.noReport')} />;
  const data = adoption.distribution.map((band) => ({
    band: `${band.lower}–${band.upper}`,
    count: band.count,
  }));
  return (
    <div data-testid="index-distribution">
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ top: 16, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="band" />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip formatter={(value) => [value, t('evaluation:overview.pilotCount')]} />
          <Bar dataKey="count" fill={token.colorPrimary} isAnimationActive={false}>
            <LabelList dataKey="count" position="top" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** A change in points, signed and coloured: green up, red down. */
export function ChangeFigure({ value, unit = '' }: { value: number | null | undefined; unit?: string }) {
  const { token } = theme.useToken();
  const labels = useEvaluationLabels();
  if (value === null || value === undefined) return <Num>—</Num>;
  const colour = value > 0 ? token.colorSuccess : value < 0 ? token.colorError : undefined;
  return (
    <span className="figure" style={{ color: colour }}>
      {value > 0 ? <ArrowUpOutlined /> : value < 0 ? <ArrowDownOutlined /> : null}{' '}
      {`${value > 0 ? '+' : value < 0 ? '−' : ''}${labels.number(Math.abs(value), 1)}${unit}`}
    </span>
  );
}

/** 较上一报送期变化: the mean index and each element's adoption, the same pilots then and now. */
export function ChangePanel({ adoption }: { adoption: AdoptionRollupView }) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  if (adoption.change.pilots === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluation:overview.noPrevious')} />;
  }
  return (
    <Flex vertical gap="small" data-testid="adoption-change">
      <Typography.Text type="secondary">
        {t('evaluation:overview.changeHint')} ·{' '}
        {t('evaluation:enterprises', { count: adoption.change.pilots })}
      </Typography.Text>
      <Flex gap="small" align="baseline">
        <Typography.Text>{t('evaluation:overview.meanChange')}</Typography.Text>
        <Typography.Text strong>
          <ChangeFigure value={adoption.change.meanIndexChange} />
        </Typography.Text>
      </Flex>
      <Table
        size="small"
        pagination={false}
        rowKey="element"
        dataSource={adoption.elementShares.filter((entry) => entry.change !== null)}
        columns={[
          {
            key: 'element',
            title: t('evaluation:weights.element'),
            render: (_, row) => labels.element(row.element),
          },
          {
            key: 'share',
            title: t('evaluation:overview.share'),
            align: 'right',
            render: (_, row) => <Num>{labels.share(row.share)}</Num>,
          },
          {
            key: 'change',
            title: t('evaluation:overview.elementChange'),
            align: 'right',
            render: (_, row) => <ChangeFigure value={row.change} />,
          },
        ]}
      />
    </Flex>
  );
}

/**
 * 分区（市）采纳情况: the elements down, the scopes across (the city first, then each district
 * and 市直) — ten rows fit a laptop's height, and a dozen districts its width.
 */
export function AdoptionByScopeTable({ scopes }: { scopes: readonly ScopeAdoption[] }) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  type Row = { key: string; label: string; strong?: boolean; value: (scope: ScopeAdoption) => string };
  const rows: Row[] = [
    {
      key: 'pilots',
      label: t('evaluation:overview.pilots'),
      strong: true,
      value: (scope) => `${scope.adoption.reported}/${scope.adoption.pilots}`,
    },
    {
      key: 'meanIndex',
      label: t('evaluation:overview.meanIndex'),
      strong: true,
      value: (scope) => labels.number(scope.adoption.meanIndex),
    },
    ...EVALUATION_ELEMENTS.map((element) => ({
      key: element,
      label: labels.element(element),
      value: (scope: ScopeAdoption) =>
        labels.share(scope.adoption.elementShares.find((entry) => entry.element === element)?.share),
    })),
  ];
  return (
    <Table<Row>
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      dataSource={rows}
      data-testid="adoption-by-scope"
      columns={[
        {
          key: 'label',
          title: t('evaluation:weights.element'),
          render: (_, row) =>
            row.strong ? <Typography.Text strong>{row.label}</Typography.Text> : row.label,
          onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
        },
        ...scopes.map((scope) => ({
          key: scope.code,
          title: scope.name,
          align: 'right' as const,
          onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
          render: (_: unknown, row: Row) => <Num>{row.value(scope)}</Num>,
        })),
      ]}
    />
  );
}
