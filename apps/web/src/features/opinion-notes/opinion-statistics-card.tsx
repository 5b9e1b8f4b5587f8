import { ProCard } from '@ant-design/pro-components';
import { OpinionNoteStatus, OpinionSentiment } from '@skillpay/domain';
import { Col, Empty, Flex, Row, Statistic, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { QueryFailureResult } from '../../ui/status-results';
import { type OpinionStatisticsQuery, useOpinionStatistics } from './opinion-notes.api';
import { useOpinionLabels } from './opinion-labels';

const ROW_HEIGHT = 26;

export interface OpinionStatisticsCardProps {
  query?: OpinionStatisticsQuery;
  /** a link to the list in the card's header (on the home page) */
  linkToList?: boolean;
}

/**
 * 舆情统计: how many notes, how many await a response, and the counts by topic, sentiment and
 * month in the caller's scope — on the bureaus' home page and above the notes' list.
 */
export function OpinionStatisticsCard({ query = {}, linkToList = false }: OpinionStatisticsCardProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const labels = useOpinionLabels();
  const statistics = useOpinionStatistics(query);
  const data = statistics.data;
  const sentimentColour: Record<string, string> = {
    [OpinionSentiment.Positive]: token.colorSuccess,
    [OpinionSentiment.Neutral]: token.colorTextTertiary,
    [OpinionSentiment.Negative]: token.colorError,
  };
  const count = (rows: Array<{ key: string; count: number }> | undefined, key: string) =>
    rows?.find((row) => row.key === key)?.count ?? 0;
  const topics = (data?.byTopic ?? []).map((row) => ({ label: labels.topic(row.key), count: row.count }));
  const sentiments = Object.values(OpinionSentiment).map((key) => ({
    key,
    label: labels.sentiment(key),
    count: count(data?.bySentiment, key),
  }));
  const months = (data?.byMonth ?? []).map((row) => ({ label: row.key, count: row.count }));
  const tooltip = (value: unknown) => [String(value), t('opinionNotes:statistics.count')];

  return (
    <ProCard
      title={t('opinionNotes:statistics.title')}
      loading={statistics.isLoading}
      extra={linkToList ? <Link to="/opinion-notes">{t('opinionNotes:statistics.open_list')}</Link> : null}
      data-testid="opinion-statistics"
    >
      {statistics.isError ? (
        <QueryFailureResult error={statistics.error} onRetry={() => void statistics.refetch()} />
      ) : !data || data.total === 0 ? (
        <Empty description={t('opinionNotes:statistics.empty')} />
      ) : (
        <Row gutter={[token.marginLG, token.marginMD]}>
          <Col xs={24} xl={4}>
            <Flex vertical gap={token.marginSM}>
              <Statistic
                title={t('opinionNotes:statistics.total')}
                value={data.total}
                valueStyle={{ fontVariantNumeric: 'tabular-nums' }}
                data-testid="opinion-statistics-total"
              />
              <Statistic
                title={t('opinionNotes:statistics.open')}
                value={data.open}
                valueStyle={{ fontVariantNumeric: 'tabular-nums' }}
              />
              <Statistic
                title={t('opinionNotes:statistics.negative')}
                value={count(data.bySentiment, OpinionSentiment.Negative)}
                valueStyle={{ color: token.colorError, fontVariantNumeric: 'tabular-nums' }}
              />
              <Typography.Text type="secondary">
                {labels.status(OpinionNoteStatus.Closed)} {count(data.byStatus, OpinionNoteStatus.Closed)}
              </Typography.Text>
            </Flex>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Typography.Text strong>{t('opinionNotes:statistics.byTopic')}</Typography.Text>
            <ResponsiveContainer width="100%" height={topics.length * ROW_HEIGHT + 32}>
              <BarChart data={topics} layout="vertical" margin={{ left: 4, right: 32, top: 4, bottom: 4 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} />
                <YAxis
                  type="category"
                  dataKey="label"
                  width={labels.language === 'en' ? 176 : 132}
                  interval={0}
                  tick={{ fontSize: 12 }}
                />
                <Tooltip formatter={tooltip} />
                <Bar dataKey="count" fill={token.colorPrimary} barSize={14} isAnimationActive={false}>
                  <LabelList dataKey="count" position="right" />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </Col>
          <Col xs={24} md={12} xl={5}>
            <Typography.Text strong>{t('opinionNotes:statistics.bySentiment')}</Typography.Text>
            <ResponsiveContainer width="100%" height={200}>
              <BarChart data={sentiments} margin={{ left: 0, right: 8, top: 16, bottom: 4 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
                <YAxis allowDecimals={false} width={28} />
                <Tooltip formatter={tooltip} />
                <Bar dataKey="count" barSize={24} isAnimationActive={false}>
                  {sentiments.map((row) => (
                    <Cell key={row.key} fill={sentimentColour[row.key]} />
                  ))}
                  <LabelList dataKey="count" position="top" />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </Col>
          <Col xs={24} xl={7}>
            <Typography.Text strong>{t('opinionNotes:statistics.byMonth')}</Typography.Text>
            <ResponsiveContainer width="100%" height={200}>
              <BarChart data={months} margin={{ left: 0, right: 8, top: 16, bottom: 4 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                <YAxis allowDecimals={false} width={28} />
                <Tooltip formatter={tooltip} />
                <Bar dataKey="count" fill={token.colorPrimary} barSize={20} isAnimationActive={false}>
                  <LabelList dataKey="count" position="top" />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </Col>
        </Row>
      )}
    </ProCard>
  );
}
