import { Space, Table, Tag, Typography, theme, type TableColumnsType } from 'antd';
import {
  type PayPath,
  type PayPathYear,
  RATING_LABELS,
  type Rating,
  type SourceArticle,
  type TeamWageBill,
  type TeamWageBillYear,
} from '@skillpay/paycalc';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLanguage } from '../../../app/i18n/i18n';
import { amountColumn } from '../shared/amount-column';
import { SourceList } from '../shared/source-link';
import { labelOf } from '../../../app/i18n/labels';

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
          label={{ value: t('payTools:stepMovement.yearAxis'), position: 'insideBottomRight', offset: -4 }}
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

interface YearResultProps<T extends { year: number }> {
  testId: string;
  title: string;
  years: T[];
  /** the amount charted for each year */
  chartValue: (year: T) => string;
  chartName: string;
  columns: TableColumnsType<T>;
  source: SourceArticle;
}

/** A simulation over the years: its headline, the chart of one amount and the year-by-year table. */
function YearResult<T extends { year: number }>({
  testId,
  title,
  years,
  chartValue,
  chartName,
  columns,
  source,
}: YearResultProps<T>) {
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid={testId}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      <YearChart
        data={years.map((year) => ({ year: year.year, value: Number(chartValue(year)) }))}
        dataKey="value"
        name={chartName}
      />
      <Table<T> size="small" rowKey="year" pagination={false} columns={columns} dataSource={years} />
      <SourceList sources={[source]} />
    </Space>
  );
}

/** A worker's pay path (libs/paycalc simulatePayPath): chart and year-by-year table. */
export function PayPathView({ path }: { path: PayPath }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns: TableColumnsType<PayPathYear> = [
    { title: t('payTools:stepMovement.yearAxis'), dataIndex: 'year' },
    {
      title: t('payTools:stepMovement.ratings'),
      key: 'rating',
      render: (_, row) => (row.rating ? labelOf(RATING_LABELS, row.rating as Rating, language) : '—'),
    },
    {
      title: t('payTools:payTable.step'),
      key: 'step',
      render: (_, row) => (
        <Space size={4}>
          {row.step}
          {row.capped ? <Tag color="orange">{t(`payTools:stepMovement.capped.${row.capped}`)}</Tag> : null}
        </Space>
      ),
    },
    amountColumn(t('payTools:stepMovement.monthly'), 'monthly', (row) => row.monthly),
    amountColumn(t('payTools:stepMovement.annual'), 'annual', (row) => row.annual),
    amountColumn(t('payTools:stepMovement.increase'), 'increase', (row) => row.increase),
  ];
  return (
    <YearResult<PayPathYear>
      testId="pay-path-result"
      title={`${t('payTools:stepMovement.pathChart')} · ${t('payTools:stepMovement.growth', { percent: path.growthPercent })}`}
      years={path.years}
      chartValue={(year) => year.monthly}
      chartName={t('payTools:stepMovement.monthly')}
      columns={columns}
      source={path.source}
    />
  );
}

/** A team's expected wage bill (libs/paycalc simulateTeamWageBill): chart and table. */
export function TeamWageBillView({ bill }: { bill: TeamWageBill }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<TeamWageBillYear> = [
    { title: t('payTools:stepMovement.yearAxis'), dataIndex: 'year' },
    amountColumn(t('payTools:stepMovement.billMonthly'), 'monthly', (row) => row.monthly),
    amountColumn(t('payTools:stepMovement.billAnnual'), 'annual', (row) => row.annual),
    {
      title: t('payTools:stepMovement.billGrowth'),
      key: 'growth',
      align: 'right',
      render: (_, row) => `${row.growthPercent}%`,
    },
  ];
  return (
    <YearResult<TeamWageBillYear>
      testId="team-bill-result"
      title={`${t('payTools:stepMovement.bill')} · ${t('payTools:stepMovement.totalGrowth', {
        years: bill.years.length - 1,
        percent: bill.totalGrowthPercent,
      })}`}
      years={bill.years}
      chartValue={(year) => year.annual}
      chartName={t('payTools:stepMovement.billAnnual')}
      columns={columns}
      source={bill.source}
    />
  );
}
