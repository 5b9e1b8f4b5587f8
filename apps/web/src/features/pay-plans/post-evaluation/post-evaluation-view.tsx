import { Space, Table, Tag, Typography, theme, type TableColumnsType } from 'antd';
import { type EvaluatedPost, type PostEvaluation } from '@skillpay/paycalc';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLanguage } from '../../../app/i18n/i18n';
import { formatDecimal } from '../../../ui/format-decimal';
import { SourceList } from '../shared/source-link';

const CHART_HEIGHT = 280;

/** A point-factor evaluation (libs/paycalc evaluatePosts): level points, posts' points, ranks and grades. */
export function PostEvaluationView({ evaluation }: { evaluation: PostEvaluation }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const language = useLanguage();
  const maxLevels = Math.max(...evaluation.factors.map((factor) => factor.levelPoints.length));
  const factorColumns: TableColumnsType<PostEvaluation['factors'][number]> = [
    {
      title: t('payTools:postEvaluation.factor'),
      key: 'factor',
      render: (_, factor) => factor.label[language],
    },
    {
      title: t('payTools:postEvaluation.weight'),
      key: 'weight',
      align: 'right',
      render: (_, factor) => factor.weightPercent,
    },
    ...Array.from({ length: maxLevels }, (_, level) => ({
      title: `${level + 1}`,
      key: `level-${level + 1}`,
      align: 'right' as const,
      render: (_: unknown, factor: PostEvaluation['factors'][number]) => factor.levelPoints[level] ?? '',
    })),
  ];
  const postColumns: TableColumnsType<EvaluatedPost> = [
    { title: t('payTools:postEvaluation.postLabel'), dataIndex: 'label' },
    ...evaluation.factors.map((factor) => ({
      title: factor.label[language],
      key: factor.key,
      align: 'right' as const,
      render: (_: unknown, post: EvaluatedPost) => post.factorPoints[factor.key],
    })),
    {
      title: t('payTools:postEvaluation.points'),
      key: 'points',
      align: 'right',
      render: (_, post) => <Typography.Text strong>{formatDecimal(post.points)}</Typography.Text>,
    },
    { title: t('payTools:postEvaluation.rank'), dataIndex: 'rank', align: 'right' },
    { title: t('payTools:postEvaluation.ratioToLowest'), dataIndex: 'ratioToLowest', align: 'right' },
    {
      title: t('payTools:postEvaluation.postGrade'),
      key: 'grade',
      render: (_, post) =>
        post.grade ? (
          <Tag color="blue">{post.grade}</Tag>
        ) : evaluation.bands.length > 0 ? (
          <Tag color="orange">{t('payTools:postEvaluation.ungraded')}</Tag>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="post-evaluation-result">
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        columns={factorColumns}
        dataSource={evaluation.factors}
        title={() => t('payTools:postEvaluation.levelPoints')}
      />
      <Table<EvaluatedPost>
        size="small"
        rowKey="key"
        pagination={false}
        columns={postColumns}
        dataSource={[...evaluation.posts].sort((a, b) => a.rank - b.rank)}
        scroll={{ x: 'max-content' }}
        data-testid="post-evaluation-posts"
      />
      <Typography.Text type="secondary">{t('payTools:postEvaluation.ratioHint')}</Typography.Text>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <BarChart data={evaluation.posts.map((post) => ({ name: post.label, points: Number(post.points) }))}>
          <CartesianGrid strokeDasharray="3 3" stroke={token.colorBorderSecondary} />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: token.fontSizeSM }} />
          <YAxis width={60} />
          <Tooltip />
          <Bar
            dataKey="points"
            name={t('payTools:postEvaluation.points')}
            fill={token.colorPrimary}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
      <SourceList sources={[evaluation.source]} />
    </Space>
  );
}
