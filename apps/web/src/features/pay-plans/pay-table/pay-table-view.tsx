import { Alert, Space, Table, Tabs, Tag, Tooltip, Typography, theme, type TableColumnsType } from 'antd';
import { type PayTable, type PayTableGrade, PayTableForm } from '@skillpay/paycalc';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip as ChartTooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLanguage } from '../../../app/i18n/i18n';
import { formatDecimal } from '../../../ui/format-decimal';
import { heatColour, seriesColour } from '../shared/chart-colours';
import { SourceList } from '../shared/source-link';

const CHART_HEIGHT = 360;

export interface PayTableViewProps {
  table: PayTable;
  /** extra tabs (e.g. the market comparison), after the table, chart and gaps */
  extraTabs?: { key: string; label: string; children: ReactNode }[];
  /** an action per grade row (e.g. simulate its steps) */
  gradeAction?: (grade: PayTableGrade) => ReactNode;
}

/**
 * A post pay table as libs/paycalc computed it: a heat map of grades × steps, a line per grade,
 * the gaps and their warnings, and the articles behind it. Read-only: used live by the calculator
 * and for saved plan versions.
 */
export function PayTableView({ table, extraTabs = [], gradeAction }: PayTableViewProps) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="pay-table-result">
      <PayTableWarnings table={table} />
      <Tabs
        items={[
          {
            key: 'table',
            label: t('payTools:payTable.heatmap'),
            children: <HeatTable table={table} gradeAction={gradeAction} />,
          },
          { key: 'chart', label: t('payTools:payTable.chart'), children: <GradeLines table={table} /> },
          { key: 'gaps', label: t('payTools:payTable.gaps'), children: <GapTable table={table} /> },
          ...extraTabs,
        ]}
      />
      <SourceList sources={table.sources} />
    </Space>
  );
}

function useGradeLabel(table: PayTable) {
  const language = useLanguage();
  return (key: string) => table.grades.find((grade) => grade.key === key)?.label[language] ?? key;
}

function PayTableWarnings({ table }: { table: PayTable }) {
  const { t } = useTranslation();
  const label = useGradeLabel(table);
  if (table.warnings.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        message={t('payTools:payTable.noWarnings')}
        data-testid="pay-table-no-warnings"
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="pay-table-warnings"
      message={
        <Space direction="vertical" size={2}>
          {table.warnings.map((warning, index) => (
            <span key={index}>
              {warning.code === 'within-grade-gap-exceeds-cross-grade-gap'
                ? t(`payTools:payTable.warnings.${warning.code}`, {
                    grade: label(warning.grade),
                    lower: label(warning.lowerGrade),
                    upper: label(warning.upperGrade),
                    withinGap: formatDecimal(warning.withinGap),
                    crossGap: formatDecimal(warning.crossGap),
                  })
                : t(`payTools:payTable.warnings.${warning.code}`, {
                    lower: label(warning.lowerGrade),
                    upper: label(warning.upperGrade),
                    value: formatDecimal(warning.value),
                  })}
            </span>
          ))}
        </Space>
      }
    />
  );
}

/** Grades (rows, highest first as pay tables are printed) × steps, shaded from the lowest to the highest value. */
function HeatTable({
  table,
  gradeAction,
}: {
  table: PayTable;
  gradeAction?: (grade: PayTableGrade) => ReactNode;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const language = useLanguage();
  const values = table.grades.flatMap((grade) => grade.steps.map((step) => Number(step.value)));
  const min = Math.min(...values);
  const max = Math.max(...values);
  const strength = (value: string) => (max === min ? 0.5 : (Number(value) - min) / (max - min));
  const showAmount = table.form !== PayTableForm.Amount && table.pointValue !== null;
  const columns: TableColumnsType<PayTableGrade> = [
    {
      title: t('payTools:payTable.grade'),
      key: 'grade',
      fixed: 'left',
      width: 160,
      render: (_, grade) => (
        <Space size={4} wrap>
          <span>{grade.label[language]}</span>
          {grade.keyPoint ? <Tag color="blue">{t('payTools:payTable.keyPoint')}</Tag> : null}
          {gradeAction?.(grade)}
        </Space>
      ),
    },
    ...Array.from({ length: table.stepCount }, (_, index) => ({
      title: t('payTools:payTable.stepN', { step: index + 1 }),
      key: `step-${index + 1}`,
      align: 'right' as const,
      width: showAmount ? 110 : 84,
      onCell: (grade: PayTableGrade) => ({
        style: { background: heatColour(token, strength(grade.steps[index].value)) },
      }),
      render: (_: unknown, grade: PayTableGrade) => {
        const step = grade.steps[index];
        return (
          <span data-testid={`pay-cell-${grade.key}-${step.step}`}>
            {formatDecimal(step.value)}
            {showAmount && step.amount !== null ? (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: token.fontSizeSM }}>
                {formatDecimal(step.amount)}
              </Typography.Text>
            ) : null}
          </span>
        );
      },
    })),
  ];
  return (
    <Table<PayTableGrade>
      size="small"
      bordered
      rowKey="key"
      pagination={false}
      columns={columns}
      dataSource={[...table.grades].reverse()}
      scroll={{ x: 'max-content' }}
      data-testid="pay-table"
    />
  );
}

/** One line per grade over its steps (amounts where the table has them, otherwise its values). */
function GradeLines({ table }: { table: PayTable }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const language = useLanguage();
  const valueOf = (step: PayTableGrade['steps'][number]) => Number(step.amount ?? step.value);
  const data = Array.from({ length: table.stepCount }, (_, index) => ({
    step: index + 1,
    ...Object.fromEntries(table.grades.map((grade) => [grade.key, valueOf(grade.steps[index])])),
  }));
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <LineChart data={data}>
        <CartesianGrid strokeDasharray="3 3" stroke={token.colorBorderSecondary} />
        <XAxis
          dataKey="step"
          label={{ value: t('payTools:payTable.step'), position: 'insideBottomRight', offset: -4 }}
        />
        <YAxis width={72} tickFormatter={(value: number) => value.toLocaleString()} />
        <ChartTooltip />
        <Legend />
        {table.grades.map((grade, index) => (
          <Line
            key={grade.key}
            type="monotone"
            dataKey={grade.key}
            name={grade.label[language]}
            stroke={seriesColour(token, index)}
            dot={table.stepCount <= 12}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

interface GapRow {
  grade: PayTableGrade;
  gap: PayTable['crossGradeGaps'][number] | null;
}

function GapTable({ table }: { table: PayTable }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows: GapRow[] = table.grades.map((grade, index) => ({
    grade,
    gap: index === 0 ? null : table.crossGradeGaps[index - 1],
  }));
  const flagged = new Set(
    table.warnings.flatMap((warning) =>
      warning.code === 'within-grade-gap-exceeds-cross-grade-gap' ? [warning.grade] : [],
    ),
  );
  const columns: TableColumnsType<GapRow> = [
    { title: t('payTools:payTable.grade'), key: 'grade', render: (_, row) => row.grade.label[language] },
    {
      title: t('payTools:payTable.gradeRatio'),
      key: 'ratio',
      align: 'right',
      render: (_, row) => row.grade.ratio,
    },
    {
      title: t('payTools:payTable.withinGap'),
      key: 'within',
      align: 'right',
      render: (_, row) =>
        flagged.has(row.grade.key) ? (
          <Tooltip title={t('payTools:payTable.gaps')}>
            <Typography.Text type="warning">{formatDecimal(row.grade.stepIncrement)}</Typography.Text>
          </Tooltip>
        ) : (
          formatDecimal(row.grade.stepIncrement)
        ),
    },
    {
      title: t('payTools:payTable.spread'),
      key: 'spread',
      align: 'right',
      render: (_, row) => `${row.grade.spreadPercent}%`,
    },
    {
      title: t('payTools:payTable.crossGap'),
      key: 'cross',
      align: 'right',
      render: (_, row) => (row.gap ? formatDecimal(row.gap.value) : '—'),
    },
    {
      title: t('payTools:payTable.crossGapPercent'),
      key: 'crossPercent',
      align: 'right',
      render: (_, row) => (row.gap ? `${row.gap.percent}%` : '—'),
    },
  ];
  return (
    <Table<GapRow>
      size="small"
      rowKey={(row) => row.grade.key}
      pagination={false}
      columns={columns}
      dataSource={[...rows].reverse()}
      data-testid="pay-table-gaps"
    />
  );
}
