import { PageContainer, ProCard, StatisticCard } from '@ant-design/pro-components';
import { Empty, InputNumber, Space, Typography, theme } from 'antd';
import { chinaToday } from '@skillpay/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLanguage } from '../../app/i18n/i18n';
import { QueryFailureResult } from '../../ui/status-results';
import { type TalentCount, useTalentStatistics } from './talent-statistics.api';

/** Px per bar of a horizontal chart, so long Chinese labels each keep one line. */
const ROW_HEIGHT = 36;

/** One breakdown as a horizontal bar chart: labels on the left in one line, counts at the bar's end. */
function CountChart({ rows, testId }: { rows: readonly TalentCount[]; testId: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const language = useLanguage();
  if (rows.length === 0) return <Empty description={t('talentStatistics:empty')} />;
  const data = rows.map((row) => ({
    label: language === 'en' ? (row.labelEn ?? row.label) : row.label,
    count: row.count,
  }));
  const longest = Math.max(...data.map((row) => row.label.length));
  const labelWidth = Math.min(260, Math.max(72, longest * (language === 'en' ? 7 : 13) + 12));
  return (
    <div data-testid={testId}>
      <ResponsiveContainer width="100%" height={data.length * ROW_HEIGHT + 32}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 40, top: 4, bottom: 4 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={labelWidth} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => [value, t('talentStatistics:count')]} />
          <Bar dataKey="count" fill={token.colorPrimary} barSize={18} isAnimationActive={false}>
            <LabelList dataKey="count" position="right" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * 人才统计: the confirmed leading talents of the caller's region in figures — by honour, industry,
 * district, skill level and age band. The API sends counts only, so a reviewer sees no name.
 */
export function TalentStatisticsPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [year, setYear] = useState(Number(chinaToday().slice(0, 4)));
  const statistics = useTalentStatistics(year);
  const data = statistics.data;
  if (statistics.isError) {
    return <QueryFailureResult error={statistics.error} onRetry={() => void statistics.refetch()} />;
  }
  const panels: Array<{ key: keyof NonNullable<typeof data>; title: string; note?: string }> = [
    { key: 'byHonour', title: t('talentStatistics:byHonour'), note: t('talentStatistics:byHonourNote') },
    { key: 'byAgeBand', title: t('talentStatistics:byAgeBand') },
    { key: 'bySkillLevel', title: t('talentStatistics:bySkillLevel') },
    { key: 'byDistrict', title: t('talentStatistics:byDistrict') },
    { key: 'byIndustry', title: t('talentStatistics:byIndustry') },
  ];
  return (
    <PageContainer
      title={t('talentStatistics:title')}
      subTitle={<Typography.Text type="secondary">{t('talentStatistics:note')}</Typography.Text>}
      breadcrumbRender={false}
      loading={statistics.isLoading}
      extra={
        <Space>
          <Typography.Text>{t('talentStatistics:year')}</Typography.Text>
          <InputNumber
            min={2018}
            max={2100}
            value={year}
            onChange={(value) => value && setYear(Number(value))}
          />
        </Space>
      }
    >
      {data ? (
        <ProCard gutter={[token.marginMD, token.marginMD]} ghost wrap>
          <ProCard colSpan={24} bordered>
            <StatisticCard
              statistic={{
                title: `${data.regionName} · ${t('talentStatistics:total')}`,
                value: data.total,
                suffix: t('talentStatistics:people', { count: data.total })
                  .replace(String(data.total), '')
                  .trim(),
              }}
              data-testid="talent-statistics-total"
            />
          </ProCard>
          {panels.map((panel) => (
            <ProCard
              key={panel.key}
              colSpan={{ xs: 24, xl: 12 }}
              bordered
              title={panel.title}
              subTitle={panel.note}
            >
              <CountChart rows={data[panel.key] as TalentCount[]} testId={`talent-statistics-${panel.key}`} />
            </ProCard>
          ))}
        </ProCard>
      ) : null}
    </PageContainer>
  );
}
