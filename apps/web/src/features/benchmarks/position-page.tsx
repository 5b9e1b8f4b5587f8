import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, Empty, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PayBand } from '@skillpay/domain';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../app/api/api-error';
import { type PositionItem, usePosition, usePositionOptions } from './benchmarks.api';
import { formatYuan, OccupationName, useBenchmarkLabels } from './benchmark-labels';

import { useTableColumns } from '../../ui/table-columns';
const BAND_COLOURS: Record<PayBand, string> = {
  [PayBand.BelowP25]: 'red',
  [PayBand.P25ToP50]: 'orange',
  [PayBand.P50ToP75]: 'green',
  [PayBand.AboveP75]: 'blue',
};

/** 薪酬对标: the enterprise's own pay beside the published P25 / P50 / P75, privately. */
export function PositionPage() {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  const [params, setParams] = useSearchParams();
  const options = usePositionOptions();
  // open on the newest year with a published release (options come newest first): a year whose
  // data are in but whose benchmarks are not yet published has nothing to compare against
  const items = options.data?.items ?? [];
  const first = items.find((option) => option.releaseLabel !== null) ?? items[0];
  const programmeId = params.get('programmeId') ?? first?.programmeId;
  const year = Number(params.get('year') ?? first?.year ?? 0) || undefined;
  const position = usePosition(programmeId, year);
  const yuan = (value: number) => formatYuan(value, labels.language);

  const columns = useTableColumns<TableColumnsType<PositionItem>[number]>([
    {
      title: t('benchmarks:occupation'),
      key: 'occupation',
      render: (_, item) => <OccupationName cell={item} />,
    },
    {
      title: t('benchmarks:skillLevel'),
      key: 'level',
      render: (_, item) => labels.skillLevel(item.skillLevel),
    },
    { title: t('benchmarks:position.ownEmployees'), dataIndex: 'employees', figure: 'count' },
    {
      title: t('benchmarks:position.ownMean'),
      key: 'mean',
      figure: 'amount',
      render: (_, item) => yuan(item.mean),
    },
    {
      title: t('benchmarks:position.benchmark'),
      key: 'source',
      render: (_, item) =>
        item.benchmark ? (
          <Tag color={item.benchmark.source === 'district' ? 'geekblue' : 'default'}>
            {item.benchmark.source === 'district'
              ? t('benchmarks:position.district')
              : t('benchmarks:position.city')}
            {' · '}
            {labels.region(item.benchmark)}
          </Tag>
        ) : (
          <Typography.Text type="secondary">{t('benchmarks:position.noBenchmark')}</Typography.Text>
        ),
    },
    ...(['p25', 'p50', 'p75'] as const).map((key) => ({
      title: key === 'p50' ? t('benchmarks:median') : key.toUpperCase(),
      key,
      figure: 'amount' as const,
      render: (_: unknown, item: PositionItem) => (item.benchmark ? yuan(item.benchmark[key]) : '—'),
    })),
    {
      title: t('benchmarks:position.compaRatio'),
      key: 'compaRatio',
      figure: 'ratio',
      keyColumn: 'right',
      render: (_, item) => (item.compaRatio === null ? '—' : item.compaRatio.toFixed(2)),
    },
    {
      title: t('benchmarks:position.band'),
      key: 'band',
      keyColumn: 'right',
      render: (_, item) =>
        item.band ? (
          <Tag color={BAND_COLOURS[item.band as PayBand]} data-testid="position-band">
            {labels.band(item.band)}
          </Tag>
        ) : null,
    },
  ]);

  const choices = (options.data?.items ?? []).map((option) => ({
    value: `${option.programmeId}|${option.year}`,
    label: `${option.programmeTitle} · ${option.year}${option.releaseLabel ? ` · ${option.releaseLabel}` : ''}`,
  }));
  const data = position.data;
  return (
    <PageContainer
      title={t('benchmarks:position.title')}
      subTitle={t('benchmarks:position.subtitle')}
      breadcrumbRender={false}
    >
      {options.isError ? <Alert type="error" showIcon message={errorMessage(options.error)} /> : null}
      {options.data && choices.length === 0 ? (
        <Empty description={t('benchmarks:position.noOptions')} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Select
            style={{ minWidth: 420 }}
            placeholder={t('benchmarks:position.choose')}
            loading={options.isLoading}
            options={choices}
            value={programmeId && year ? `${programmeId}|${year}` : undefined}
            onChange={(value: string) => {
              const [nextProgramme, nextYear] = value.split('|');
              setParams({ programmeId: nextProgramme, year: nextYear }, { replace: true });
            }}
            data-testid="position-choice"
          />
          {position.isError ? <Alert type="error" showIcon message={errorMessage(position.error)} /> : null}
          {data ? (
            <ProCard bordered>
              <Space direction="vertical" style={{ width: '100%' }}>
                {data.upload ? (
                  <Typography.Text type="secondary">
                    {t('benchmarks:position.upload', {
                      version: data.upload.versionNumber,
                      rows: data.upload.rowCount,
                    })}
                  </Typography.Text>
                ) : null}
                {data.release ? (
                  <Typography.Text type="secondary">
                    {t('benchmarks:position.release', {
                      label: data.release.label,
                      date: dayjs(data.release.publishedAt).format('YYYY-MM-DD'),
                    })}
                  </Typography.Text>
                ) : (
                  <Alert type="info" showIcon message={t('benchmarks:position.noRelease')} />
                )}
                <Table<PositionItem>
                  size="small"
                  rowKey={(item) => `${item.occupationCode}|${item.skillLevel}`}
                  columns={columns}
                  dataSource={data.items}
                  loading={position.isFetching}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  locale={{ emptyText: <Empty description={t('benchmarks:position.noData')} /> }}
                  data-testid="position-table"
                />
              </Space>
            </ProCard>
          ) : null}
        </Space>
      )}
    </PageContainer>
  );
}
