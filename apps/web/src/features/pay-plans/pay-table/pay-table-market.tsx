import { Alert, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import {
  CALCULATOR_SOURCES,
  type GradeBesideMarket,
  type MarketPercentiles,
  MarketPosition,
  type PayTable,
  placeBesideMarket,
} from '@skillpay/paycalc';
import { type WageSkillLevel } from '@skillpay/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api/api-error';
import { useLanguage } from '../../../app/i18n/i18n';
import { useBenchmarkLabels } from '../../benchmarks';
import { usePublicOccupations } from '../../benchmarks';
import { formatDecimal } from '../../../ui/format-decimal';
import { calculate } from '../shared/live-calculation';
import { type Market, useMarket } from '../pay-plans.api';
import { SourceLink } from '../shared/source-link';

const POSITION_COLOURS: Record<MarketPosition, string> = {
  [MarketPosition.BelowP25]: 'red',
  [MarketPosition.P25ToP50]: 'orange',
  [MarketPosition.P50ToP75]: 'green',
  [MarketPosition.AboveP75]: 'blue',
};

/** The published levels that have figures, as libs/paycalc's placeBesideMarket takes them. */
export function marketPercentilesOf(market: Market): MarketPercentiles[] {
  return market.levels.flatMap((level) =>
    level.p25 !== null && level.p50 !== null && level.p75 !== null
      ? [{ skillLevel: level.skillLevel as WageSkillLevel, p25: level.p25, p50: level.p50, p75: level.p75 }]
      : [],
  );
}

export interface PayTableMarketProps {
  table: PayTable;
}

/**
 * Art. 22: the market P25 / P50 / P75 of a chosen occupation beside each grade, from the latest
 * published benchmark release (/api/pay-tools/market), placed by libs/paycalc.
 */
export function PayTableMarket({ table }: PayTableMarketProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useBenchmarkLabels();
  const [search, setSearch] = useState('');
  const [occupation, setOccupation] = useState<string>();
  const occupations = usePublicOccupations(search);
  const market = useMarket(occupation, undefined);
  const data = market.data;
  const placed = data?.release ? calculate(() => placeBesideMarket(table, marketPercentilesOf(data))) : null;
  const footnoteOf = (level: string | null) =>
    level === null
      ? null
      : (data?.levels.find((candidate) => candidate.skillLevel === level)?.footnote ?? null);
  const labelOf = (key: string) => table.grades.find((grade) => grade.key === key)?.label[language] ?? key;
  const positionTag = (position: MarketPosition | null) =>
    position ? (
      <Tag color={POSITION_COLOURS[position]}>{t(`payTools:payTable.positions.${position}`)}</Tag>
    ) : (
      '—'
    );

  const columns: TableColumnsType<GradeBesideMarket> = [
    { title: t('payTools:payTable.grade'), key: 'grade', render: (_, row) => labelOf(row.grade) },
    {
      title: t('payTools:payTable.marketLevel'),
      key: 'level',
      render: (_, row) =>
        row.marketSkillLevel ? (
          labels.skillLevel(row.marketSkillLevel)
        ) : (
          <Typography.Text type="secondary">{t('payTools:payTable.noMarketLevel')}</Typography.Text>
        ),
    },
    ...(['p25', 'p50', 'p75'] as const).map((key) => ({
      title: key.toUpperCase(),
      key,
      align: 'right' as const,
      render: (_: unknown, row: GradeBesideMarket) => {
        if (row.market) return formatDecimal(row.market[key]);
        const footnote = footnoteOf(row.marketSkillLevel);
        return footnote && key === 'p50' ? (
          <Typography.Text type="secondary">
            {t('payTools:payTable.suppressed', { footnote: labels.footnote(footnote) })}
          </Typography.Text>
        ) : (
          '—'
        );
      },
    })),
    { title: t('payTools:payTable.firstStep'), key: 'first', render: (_, row) => positionTag(row.firstStep) },
    { title: t('payTools:payTable.topStep'), key: 'top', render: (_, row) => positionTag(row.topStep) },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="pay-table-market">
      <Space wrap>
        <Typography.Text type="secondary">{t('payTools:payTable.marketHint')}</Typography.Text>
        <SourceLink source={CALCULATOR_SOURCES.marketReference} />
      </Space>
      <Select
        showSearch
        allowClear
        style={{ width: '100%', maxWidth: 420 }}
        placeholder={t('payTools:payTable.occupationPlaceholder')}
        filterOption={false}
        onSearch={setSearch}
        value={occupation}
        onChange={(value?: string) => setOccupation(value)}
        loading={occupations.isFetching}
        options={(occupations.data?.items ?? []).map((item) => ({
          value: item.code,
          label: `${language === 'en' ? (item.nameEn ?? item.nameZh) : item.nameZh} · ${item.code}`,
        }))}
        data-testid="market-occupation"
      />
      {market.error ? <Alert type="error" showIcon message={errorMessage(market.error)} /> : null}
      {data && !data.release ? (
        <Alert type="info" showIcon message={t('payTools:payTable.noRelease')} />
      ) : null}
      {data?.release ? (
        <Tag>
          {t('payTools:payTable.release', { label: data.release.label, year: data.release.year })}
          {' · '}
          {language === 'en' ? (data.regionNameEn ?? data.regionName) : data.regionName}
        </Tag>
      ) : null}
      {placed?.error ? <Alert type="warning" showIcon message={t('payTools:payTable.needAmounts')} /> : null}
      {placed?.result ? (
        <Table<GradeBesideMarket>
          size="small"
          rowKey="grade"
          pagination={false}
          columns={columns}
          dataSource={[...placed.result.grades].reverse()}
          data-testid="pay-table-market-table"
        />
      ) : null}
    </Space>
  );
}
