import { Space, Table, Tag, Typography, theme, type TableColumnsType } from 'antd';
import {
  type PayPath,
  type PayPathYear,
  RATING_LABELS,
  type Rating,
  type TeamWageBill,
  type TeamWageBillYear,
} from '@skillpay/paycalc';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLanguage } from '../../app/i18n/i18n';
import { formatDecimal } from '../progress-reports/report-values';
import { SourceList } from './source-link';

const CHART_HEIGHT = 300;

function YearChart({
  data,
  dataKey,
  name,
}: {
  data: { year: number; value: number }[];
  dataKey: 'value';
  name: string;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <LineChart data={data}>
        <CartesianGrid strokeDasharray="3 3" stroke={token.colorBorderSecondary} />
        <XAxis
          dataKey="year"
          label={{ value: t('payTools.stepMovement.yearAxis'), position: 'insideBottomRight', offset: -4 }}
        />
        <YAxis
          width={80}
          domain={['auto', 'auto']}
          tickFormatter={(value: number) => value.toLocaleString()}
        />
        <Tooltip />
        <Line
          type="stepAfter"
          dataKey={dataKey}
          name={name}
          stroke={token.colorPrimary}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

/** A worker's pay path (libs/paycalc simulatePayPath): chart and year-by-year table. */
export function PayPathView({ path }: { path: PayPath }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns: TableColumnsType<PayPathYear> = [
    { title: t('payTools.stepMovement.yearAxis'), dataIndex: 'year' },
    {
      title: t('payTools.stepMovement.ratings'),
      key: 'rating',
      render: (_, row) => (row.rating ? RATING_LABELS[row.rating as Rating][language] : '—'),
    },
    {
      title: t('payTools.payTable.step'),
      key: 'step',
      render: (_, row) => (
        <Space size={4}>
          {row.step}
          {row.capped ? <Tag color="orange">{t(`payTools.stepMovement.capped.${row.capped}`)}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('payTools.stepMovement.monthly'),
      key: 'monthly',
      align: 'right',
      render: (_, row) => formatDecimal(row.monthly),
    },
    {
      title: t('payTools.stepMovement.annual'),
      key: 'annual',
      align: 'right',
      render: (_, row) => formatDecimal(row.annual),
    },
    {
      title: t('payTools.stepMovement.increase'),
      key: 'increase',
      align: 'right',
      render: (_, row) => formatDecimal(row.increase),
    },
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="pay-path-result">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('payTools.stepMovement.pathChart')} ·{' '}
        {t('payTools.stepMovement.growth', { percent: path.growthPercent })}
      </Typography.Title>
      <YearChart
        data={path.years.map((year) => ({ year: year.year, value: Number(year.monthly) }))}
        dataKey="value"
        name={t('payTools.stepMovement.monthly')}
      />
      <Table<PayPathYear>
        size="small"
        rowKey="year"
        pagination={false}
        columns={columns}
        dataSource={path.years}
      />
      <SourceList sources={[path.source]} />
    </Space>
  );
}

/** A team's expected wage bill (libs/paycalc simulateTeamWageBill): chart and table. */
export function TeamWageBillView({ bill }: { bill: TeamWageBill }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<TeamWageBillYear> = [
    { title: t('payTools.stepMovement.yearAxis'), dataIndex: 'year' },
    {
      title: t('payTools.stepMovement.billMonthly'),
      key: 'monthly',
      align: 'right',
      render: (_, row) => formatDecimal(row.monthly),
    },
    {
      title: t('payTools.stepMovement.billAnnual'),
      key: 'annual',
      align: 'right',
      render: (_, row) => formatDecimal(row.annual),
    },
    {
      title: t('payTools.stepMovement.billGrowth'),
      key: 'growth',
      align: 'right',
      render: (_, row) => `${row.growthPercent}%`,
    },
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="team-bill-result">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('payTools.stepMovement.bill')} ·{' '}
        {t('payTools.stepMovement.totalGrowth', {
          years: bill.years.length - 1,
          percent: bill.totalGrowthPercent,
        })}
      </Typography.Title>
      <YearChart
        data={bill.years.map((year) => ({ year: year.year, value: Number(year.annual) }))}
        dataKey="value"
        name={t('payTools.stepMovement.billAnnual')}
      />
      <Table<TeamWageBillYear>
        size="small"
        rowKey="year"
        pagination={false}
        columns={columns}
        dataSource={bill.years}
      />
      <SourceList sources={[bill.source]} />
    </Space>
  );
}
