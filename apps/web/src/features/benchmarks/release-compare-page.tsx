import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, Empty, Form, Select, Space, Table, type TableColumnType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../app/api/api-error';
import { type ComparedCell, useComparison, useReleaseOptions } from './benchmarks.api';
import {
  FootnoteTag,
  formatPercent,
  formatYuan,
  OccupationName,
  useBenchmarkLabels,
} from './benchmark-labels';
import { cellKey } from './cell-columns';

/** Two releases cell by cell: what was added, removed, and how changed cells moved. */
export function ReleaseComparePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = useBenchmarkLabels();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const options = useReleaseOptions();
  const comparison = useComparison(from, to);

  // only releases comparable with the one already chosen: same programme and year, never discarded
  const releases = (options.data?.items ?? []).filter((release) => release.status !== 'discarded');
  const releaseOptions = (side: 'from' | 'to') => {
    const other = releases.find((release) => release.id === (side === 'from' ? to : from));
    return releases
      .filter(
        (release) =>
          !other ||
          (release.id !== other.id &&
            release.programmeId === other.programmeId &&
            release.year === other.year),
      )
      .map((release) => ({
        value: release.id,
        // what tells releases apart first: a long programme title would hide it
        label: `${release.label ?? `${t('benchmarks:releases.draftLabel')} ${labels.status(release.status)}`} · ${t('benchmarks:releases.yearValue', { year: release.year })} · ${release.programmeTitle}`,
      }));
  };
  const choose = (key: 'from' | 'to', value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const cellColumns = [
    {
      title: t('benchmarks:occupation'),
      key: 'occupation',
      render: (_: unknown, cell: ComparedCell) => <OccupationName cell={cell} />,
    },
    {
      title: t('benchmarks:skillLevel'),
      key: 'level',
      render: (_: unknown, cell: ComparedCell) => labels.skillLevel(cell.skillLevel),
    },
    {
      title: t('benchmarks:region'),
      key: 'region',
      render: (_: unknown, cell: ComparedCell) => labels.region(cell),
    },
  ];
  const figures = (side: 'from' | 'to') => ({
    title: t('benchmarks:median'),
    key: `${side}-p50`,
    align: 'right' as const,
    render: (_: unknown, cell: ComparedCell) => {
      const values = cell[side];
      if (!values) return '—';
      return values.footnote ? (
        <FootnoteTag code={values.footnote} />
      ) : (
        formatYuan(values.p50, labels.language)
      );
    },
  });
  const fieldLabel = (field: string) =>
    ({
      employees: t('benchmarks:employees'),
      enterprises: t('benchmarks:enterprises'),
      mean: t('benchmarks:mean'),
      footnote: t('benchmarks:footnote'),
    })[field] ?? field.toUpperCase();
  // figures as people read them: grouped, with their unit (元 for pay, 人 / 家 for counts)
  const unitOf = (field: string) =>
    field === 'employees'
      ? t('benchmarks:releases.unitPeople')
      : field === 'enterprises'
        ? t('benchmarks:releases.unitEnterprises')
        : t('benchmarks:releases.unitYuan');
  const figure = (field: string, value: string | null) => {
    if (field === 'footnote') {
      return value ? <FootnoteTag code={value} /> : t('benchmarks:releases.notWithheld');
    }
    return value === null ? '—' : `${formatYuan(Number(value), labels.language)} ${unitOf(field)}`;
  };
  const signed = (value: number, format: (magnitude: number) => string) =>
    `${value > 0 ? '+' : value < 0 ? '−' : ''}${format(Math.abs(value))}`;

  const cellTable = (cells: ComparedCell[], last: TableColumnType<ComparedCell>) => (
    <Table<ComparedCell>
      size="small"
      rowKey={cellKey}
      dataSource={cells}
      pagination={{ pageSize: 20 }}
      scroll={{ x: 'max-content' }}
      columns={[...cellColumns, last]}
    />
  );

  const result = comparison.data;
  return (
    <PageContainer
      title={t('benchmarks:releases.compareTitle')}
      onBack={() => navigate('/benchmark-releases')}
      breadcrumbRender={false}
    >
      <ProCard bordered style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('benchmarks:releases.compareHint')}</Typography.Paragraph>
        <Form layout="inline">
          {(['from', 'to'] as const).map((side) => (
            <Form.Item
              key={side}
              label={
                side === 'from' ? t('benchmarks:releases.compareFrom') : t('benchmarks:releases.compareTo')
              }
            >
              <Select
                style={{ width: 420 }}
                popupMatchSelectWidth={false}
                allowClear
                showSearch
                optionFilterProp="label"
                options={releaseOptions(side)}
                value={side === 'from' ? from : to}
                onChange={(value?: string) => choose(side, value)}
                data-testid={`compare-${side}`}
              />
            </Form.Item>
          ))}
        </Form>
      </ProCard>
      {comparison.isError ? <Alert type="error" showIcon message={errorMessage(comparison.error)} /> : null}
      {!result ? (
        <Empty description={t('benchmarks:releases.compareEmpty')} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="comparison">
          <Typography.Text type="secondary">
            {t('benchmarks:releases.unchanged', { count: result.unchanged })}
          </Typography.Text>
          <ProCard title={`${t('benchmarks:releases.changed')} (${result.changed.length})`} bordered>
            {cellTable(result.changed, {
              title: t('benchmarks:releases.change'),
              key: 'differences',
              render: (_: unknown, cell: ComparedCell) => (
                <Space direction="vertical" size={0}>
                  {cell.differences.map((difference) => (
                    <span key={difference.field} className="figure" data-testid="compare-difference">
                      {fieldLabel(difference.field)}：{figure(difference.field, difference.from)} →{' '}
                      {figure(difference.field, difference.to)}
                      {difference.delta !== null ? (
                        <Tag color={difference.delta >= 0 ? 'green' : 'red'} style={{ marginInlineStart: 8 }}>
                          {signed(
                            difference.delta,
                            (delta) => `${formatYuan(delta, labels.language)} ${unitOf(difference.field)}`,
                          )}
                          {difference.deltaPercent !== null
                            ? ` (${signed(difference.deltaPercent, (percent) => `${formatPercent(percent, labels.language)}%`)})`
                            : ''}
                        </Tag>
                      ) : null}
                    </span>
                  ))}
                </Space>
              ),
            })}
          </ProCard>
          <ProCard title={`${t('benchmarks:releases.added')} (${result.added.length})`} bordered>
            {cellTable(result.added, figures('to'))}
          </ProCard>
          <ProCard title={`${t('benchmarks:releases.removed')} (${result.removed.length})`} bordered>
            {cellTable(result.removed, figures('from'))}
          </ProCard>
        </Space>
      )}
    </PageContainer>
  );
}
