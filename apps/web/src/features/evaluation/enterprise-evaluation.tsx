import { ProCard } from '@ant-design/pro-components';
import {
  Alert,
  Col,
  Descriptions,
  Empty,
  List,
  Progress,
  Row,
  Space,
  Table,
  Tag,
  Typography,
  theme,
} from 'antd';
import { DECLARED_GROWTH_TOLERANCE_POINTS, reportPeriodLabel } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLanguage } from '../../app/i18n/i18n';
import { type EnterpriseEvaluation } from './evaluation.api';
import {
  AdoptionStatusTag,
  Num,
  OutcomeMean,
  RuleTag,
  WithheldLegend,
  useEvaluationLabels,
  withheldCodes,
} from './evaluation-ui';

export interface EnterpriseEvaluationViewProps {
  evaluation: EnterpriseEvaluation;
}

/**
 * One enterprise's evaluation: its adoption index with the points of each element, the elements
 * still missing as the next visit's agenda, the index over the periods, its wage outcomes per year
 * and level, and what it declared against what its wage data measure.
 */
export function EnterpriseEvaluationView({ evaluation }: EnterpriseEvaluationViewProps) {
  const { token } = theme.useToken();
  return (
    <Space direction="vertical" size={token.marginMD} style={{ width: '100%' }}>
      <Row gutter={[token.marginMD, token.marginMD]}>
        <Col xs={24} xl={14}>
          <ProCard bordered style={{ height: '100%' }}>
            <IndexPanel evaluation={evaluation} />
          </ProCard>
        </Col>
        <Col xs={24} xl={10}>
          <Space direction="vertical" size={token.marginMD} style={{ width: '100%' }}>
            <AgendaPanel evaluation={evaluation} />
            <HistoryPanel evaluation={evaluation} />
          </Space>
        </Col>
      </Row>
      <OutcomesPanel evaluation={evaluation} />
      <DeclaredPanel evaluation={evaluation} />
    </Space>
  );
}

function IndexPanel({ evaluation }: EnterpriseEvaluationViewProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const language = useLanguage();
  const labels = useEvaluationLabels();
  const adoption = evaluation.adoption;
  if (!adoption) {
    return (
      <>
        <Typography.Title level={5}>{t('evaluation:enterpriseEvaluation.index')}</Typography.Title>
        <Empty description={t('evaluation:enterpriseEvaluation.noReport')} />
      </>
    );
  }
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space size="large" align="center" wrap>
        <Progress
          type="dashboard"
          percent={adoption.index}
          size={112}
          format={() => <Num testId="enterprise-index">{labels.number(adoption.index)}</Num>}
        />
        <div>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('evaluation:enterpriseEvaluation.index')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('evaluation:enterpriseEvaluation.fromReport', {
              period: reportPeriodLabel(adoption.period, language),
            })}
          </Typography.Text>
        </div>
      </Space>
      <Typography.Text strong>{t('evaluation:enterpriseEvaluation.breakdown')}</Typography.Text>
      <Table
        size="small"
        pagination={false}
        rowKey="element"
        dataSource={adoption.elements}
        data-testid="element-breakdown"
        columns={[
          {
            key: 'element',
            title: t('evaluation:weights.element'),
            render: (_, row) => labels.element(row.element),
          },
          {
            key: 'articles',
            title: t('evaluation:weights.articles'),
            dataIndex: 'articles',
            onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          },
          {
            key: 'status',
            title: t('evaluation:elementStatus'),
            render: (_, row) => <AdoptionStatusTag status={row.status} />,
            onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          },
          {
            key: 'score',
            title: t('evaluation:enterpriseEvaluation.score'),
            align: 'right',
            onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
            render: (_, row) => (
              <span
                className="figure"
                style={{ color: row.points < row.weight ? token.colorTextSecondary : undefined }}
              >
                {`${labels.number(row.points, row.points % 1 ? 1 : 0)} / ${row.weight}`}
              </span>
            ),
          },
        ]}
      />
    </Space>
  );
}

/** 下次指导议程: the elements not fully adopted, with the guideline's articles to bring along. */
function AgendaPanel({ evaluation }: EnterpriseEvaluationViewProps) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const adoption = evaluation.adoption;
  return (
    <ProCard bordered title={t('evaluation:enterpriseEvaluation.agenda')} data-testid="visit-agenda">
      <Typography.Paragraph type="secondary">
        {t('evaluation:enterpriseEvaluation.agendaHint')}
      </Typography.Paragraph>
      {!adoption ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('evaluation:enterpriseEvaluation.noReport')}
        />
      ) : adoption.missing.length === 0 ? (
        <Alert type="success" showIcon message={t('evaluation:enterpriseEvaluation.agendaEmpty')} />
      ) : (
        <List
          size="small"
          dataSource={adoption.missing}
          renderItem={(item, index) => {
            const score = adoption.elements.find((element) => element.element === item.element);
            return (
              <List.Item extra={score ? <AdoptionStatusTag status={score.status} /> : null}>
                <Typography.Text>
                  {index + 1}.{' '}
                  {t('evaluation:enterpriseEvaluation.agendaItem', {
                    element: labels.element(item.element),
                    articles: item.articles,
                  })}
                </Typography.Text>
              </List.Item>
            );
          }}
        />
      )}
    </ProCard>
  );
}

function HistoryPanel({ evaluation }: EnterpriseEvaluationViewProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const language = useLanguage();
  const data = evaluation.history.map((point) => ({
    period: reportPeriodLabel(point.period, language),
    index: point.index,
  }));
  return (
    <ProCard bordered title={t('evaluation:enterpriseEvaluation.history')}>
      {data.length < 2 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('evaluation:enterpriseEvaluation.historyEmpty')}
        />
      ) : (
        <div data-testid="index-history">
          <ResponsiveContainer width="100%" height={200}>
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="period" tick={{ fontSize: token.fontSizeSM }} />
              <YAxis domain={[0, 100]} width={32} />
              <Tooltip />
              <Line
                type="monotone"
                dataKey="index"
                name={t('evaluation:enterpriseEvaluation.index')}
                stroke={token.colorPrimary}
                strokeWidth={2}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </ProCard>
  );
}

type OutcomeYear = EnterpriseEvaluation['outcomes']['years'][number];
type Cell = OutcomeYear['highSkill'];

interface OutcomeRow {
  key: string;
  label: string;
  strong?: boolean;
  cell: (year: OutcomeYear) => Cell | undefined;
}

/** 薪酬成效: the mean annual pay per skill level, high-skill and management, year by year. */
function OutcomesPanel({ evaluation }: EnterpriseEvaluationViewProps) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const { outcomes } = evaluation;
  const years = outcomes.years;
  const levels = [...new Set(years.flatMap((year) => year.levels.map((level) => level.skillLevel)))];
  const rows: OutcomeRow[] = [
    ...levels.map((level) => ({
      key: level,
      label: labels.skillLevel(level),
      cell: (year: OutcomeYear) => year.levels.find((entry) => entry.skillLevel === level),
    })),
    {
      key: 'high-skill',
      label: t('evaluation:overview.highSkillRow'),
      strong: true,
      cell: (year: OutcomeYear) => year.highSkill,
    },
    {
      key: 'management',
      label: t('evaluation:overview.managementRow'),
      strong: true,
      cell: (year: OutcomeYear) => year.management,
    },
  ];
  const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });
  const cells = years.flatMap((year) => rows.map((row) => row.cell(year)?.cell));
  return (
    <ProCard
      bordered
      title={t('evaluation:enterpriseEvaluation.outcomes')}
      subTitle={t('evaluation:enterpriseEvaluation.outcomesHint')}
      data-testid="enterprise-outcomes"
    >
      {years.length === 0 ? (
        <Empty description={t('evaluation:overview.noOutcomes')} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Table<OutcomeRow>
            size="small"
            bordered
            pagination={false}
            rowKey="key"
            dataSource={rows}
            scroll={years.length > 3 ? { x: 'max-content' } : undefined}
            columns={[
              {
                key: 'level',
                title: t('evaluation:enterpriseEvaluation.level'),
                fixed: 'left',
                onCell: nowrap,
                render: (_, row) =>
                  row.strong ? <Typography.Text strong>{row.label}</Typography.Text> : row.label,
              },
              ...years.map((year) => ({
                key: String(year.year),
                title: t('evaluation:enterpriseEvaluation.year', { year: year.year }),
                children: [
                  {
                    key: `${year.year}-headcount`,
                    title: t('evaluation:enterpriseEvaluation.headcount'),
                    align: 'right' as const,
                    onCell: nowrap,
                    render: (_: unknown, row: OutcomeRow) => {
                      const cell = row.cell(year)?.cell;
                      return <Num>{cell && cell.headcount > 0 ? String(cell.headcount) : '—'}</Num>;
                    },
                  },
                  {
                    key: `${year.year}-mean`,
                    title: t('evaluation:enterpriseEvaluation.mean'),
                    align: 'right' as const,
                    onCell: nowrap,
                    render: (_: unknown, row: OutcomeRow) => <OutcomeMean cell={row.cell(year)?.cell} />,
                  },
                  {
                    key: `${year.year}-growth`,
                    title: t('evaluation:overview.growth'),
                    align: 'right' as const,
                    onCell: nowrap,
                    render: (_: unknown, row: OutcomeRow) => (
                      <Num>{labels.growth(row.cell(year)?.growth)}</Num>
                    ),
                  },
                ],
              })),
            ]}
          />
          <WithheldLegend codes={withheldCodes(cells)} />
          <Descriptions size="small" bordered column={{ xs: 1, lg: 2 }}>
            <Descriptions.Item label={t('evaluation:overview.spread')}>
              <Space wrap size="middle">
                {years.map((year) => (
                  <span key={year.year}>
                    {year.year}: <Num>{labels.number(year.spread, 2)}</Num>
                  </span>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluation:overview.variableShare')}>
              <Space wrap size="middle">
                {years.map((year) => (
                  <span key={year.year}>
                    {year.year}: <Num>{labels.share(year.variableShare)}</Num>
                  </span>
                ))}
              </Space>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary">
            {t('evaluation:overview.spreadHint')}；
            {t('evaluation:overview.variableShareReference', { reference: outcomes.referenceVariableShare })}
          </Typography.Text>
        </Space>
      )}
    </ProCard>
  );
}

/** 申报与测算对比: the growth the report declared against the growth the wage rows give. */
function DeclaredPanel({ evaluation }: EnterpriseEvaluationViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useEvaluationLabels();
  const { outcomes } = evaluation;
  const declared = outcomes.declared;
  const rows = [
    {
      key: 'highSkill',
      label: t('evaluation:overview.highSkillGrowth'),
      declared: declared?.highSkill ?? null,
      measured: outcomes.highSkillGrowth,
    },
    {
      key: 'management',
      label: t('evaluation:overview.managementGrowth'),
      declared: declared?.management ?? null,
      measured: outcomes.managementGrowth,
    },
  ];
  const declaredVerdict =
    declared && declared.highSkill !== null && declared.management !== null
      ? declared.highSkill >= declared.management
      : null;
  return (
    <ProCard
      bordered
      title={t('evaluation:enterpriseEvaluation.declaredVsMeasured')}
      extra={
        outcomes.declaredDiffers ? (
          <Tag color="warning" data-testid="declared-differs">
            {t('evaluation:overview.declaredDiffers')}
          </Tag>
        ) : outcomes.declaredDiffers === false ? (
          <Tag color="success">{t('evaluation:enterpriseEvaluation.agrees')}</Tag>
        ) : null
      }
      data-testid="declared-vs-measured"
    >
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey="key"
        dataSource={[
          ...rows,
          { key: 'rule', label: t('evaluation:overview.rule'), declared: null, measured: null },
        ]}
        columns={[
          {
            key: 'label',
            title: '',
            dataIndex: 'label',
            onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          },
          {
            key: 'declared',
            title: declared
              ? `${t('evaluation:enterpriseEvaluation.declared')} · ${reportPeriodLabel(declared.period, language)}`
              : t('evaluation:enterpriseEvaluation.declared'),
            align: 'right',
            render: (_, row) =>
              row.key === 'rule' ? (
                <RuleTag holds={declaredVerdict} />
              ) : (
                <Num>{labels.growth(row.declared)}</Num>
              ),
          },
          {
            key: 'measured',
            title:
              outcomes.fromYear !== null
                ? `${t('evaluation:enterpriseEvaluation.measured')} · ${outcomes.fromYear}–${outcomes.toYear}`
                : t('evaluation:enterpriseEvaluation.measured'),
            align: 'right',
            render: (_, row) =>
              row.key === 'rule' ? (
                <RuleTag holds={outcomes.ruleHolds} />
              ) : (
                <Num>{labels.growth(row.measured)}</Num>
              ),
          },
          {
            key: 'difference',
            title: t('evaluation:enterpriseEvaluation.difference'),
            align: 'right',
            render: (_, row) =>
              row.key === 'rule' || row.declared === null || row.measured === null ? (
                '—'
              ) : (
                <Num>
                  {t('evaluation:enterpriseEvaluation.pointsApart', {
                    value: labels.number(Math.abs(row.declared - row.measured), 2),
                  })}
                </Num>
              ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {declared
          ? t('evaluation:enterpriseEvaluation.flagExplained', {
              tolerance: DECLARED_GROWTH_TOLERANCE_POINTS,
            })
          : t('evaluation:enterpriseEvaluation.noDeclared')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('evaluation:overview.ruleBasis')}
      </Typography.Paragraph>
    </ProCard>
  );
}
