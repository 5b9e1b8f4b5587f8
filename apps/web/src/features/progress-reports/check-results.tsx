import {
  CheckCircleFilled,
  CloseCircleFilled,
  InfoCircleFilled,
  QuestionCircleFilled,
} from '@ant-design/icons';
import { Card, Descriptions, Space, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CheckResultView } from './progress-reports.api';
import { Figure } from '../../ui/figure';

const OUTCOME_COLOURS: Record<string, string> = {
  pass: 'success',
  fail: 'error',
  'insufficient-data': 'default',
  info: 'processing',
};

/** The words of this feature's locale that are looked up by a key from the data. */
function useCheckTexts() {
  const { t } = useTranslation();
  const lookup =
    <T extends Record<string, string>>(table: T) =>
    (key: string) =>
      (table as Record<string, string | undefined>)[key] ?? key;
  return {
    name: lookup(t('progressReports:checks.names', { returnObjects: true })),
    outcome: lookup(t('progressReports:checks.outcomes', { returnObjects: true })),
    condition: lookup(t('progressReports:checks.conditions', { returnObjects: true })),
    figure: lookup(t('progressReports:checks.figures', { returnObjects: true })),
    unit: lookup(t('progressReports:checks.units', { returnObjects: true })),
  };
}

function OutcomeIcon({ outcome }: { outcome: string }) {
  const { token } = theme.useToken();
  switch (outcome) {
    case 'pass':
      return <CheckCircleFilled style={{ color: token.colorSuccess }} />;
    case 'fail':
      return <CloseCircleFilled style={{ color: token.colorError }} />;
    case 'info':
      return <InfoCircleFilled style={{ color: token.colorInfo }} />;
    default:
      return <QuestionCircleFilled style={{ color: token.colorTextQuaternary }} />;
  }
}

export interface CheckResultsProps {
  results: readonly CheckResultView[];
}

/**
 * Each check with its outcome, the comparisons behind it, the figures (exact decimals from
 * libs/paycalc) and the article it rests on.
 */
export function CheckResults({ results }: CheckResultsProps) {
  const { t, i18n } = useTranslation();
  const texts = useCheckTexts();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }} data-testid="check-results">
      {results.map((result) => (
        <Card
          key={result.check}
          size="small"
          data-testid={`check-${result.check}`}
          // a check's name is read whole: it wraps beside the outcome tags rather than being cut
          styles={{ title: { whiteSpace: 'normal' } }}
          title={
            <Space size="small">
              <OutcomeIcon outcome={result.result} />
              {texts.name(result.check)}
            </Space>
          }
          extra={
            <Space size={4}>
              {!result.binding && result.result !== 'info' ? (
                <Tag>{t('progressReports:checks.advisory')}</Tag>
              ) : null}
              <Tag color={OUTCOME_COLOURS[result.result]} data-testid="check-outcome">
                {texts.outcome(result.result)}
              </Tag>
            </Space>
          }
        >
          {result.conditions.length > 0 ? (
            <Space direction="vertical" size={2} style={{ width: '100%', marginBottom: 8 }}>
              {result.conditions.map((condition) => (
                <Typography.Text key={condition.key}>
                  <OutcomeIcon outcome={condition.outcome} /> {texts.condition(condition.key)}
                </Typography.Text>
              ))}
            </Space>
          ) : null}
          {result.figures.length > 0 ? (
            // one figure a line: the panel beside a form is too narrow for a label and a figure twice
            <Descriptions size="small" column={1} colon={false} data-testid="check-figures">
              {result.figures.map((figure) => (
                <Descriptions.Item key={figure.key} label={texts.figure(figure.key)}>
                  <Figure
                    value={figure.value}
                    unit={figure.unit === 'percent' ? '%' : texts.unit(figure.unit)}
                    data-testid={`figure-${figure.key}`}
                  />
                </Descriptions.Item>
              ))}
            </Descriptions>
          ) : null}
          {result.insufficient.map((gap) => (
            <div key={`${gap.field}-${gap.code}`}>
              <Typography.Text type="secondary">
                {t(`progressReports:checks.insufficient.${gap.code}`, { field: texts.figure(gap.field) })}
              </Typography.Text>
            </div>
          ))}
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {/* another city's text, adopted by the programme, is named as that city's example */}
            {result.source.exampleOf ? (
              <Tag color="orange" data-testid="check-example">
                {t('progressReports:checks.exampleOf', { city: result.source.exampleOf[language] })}
              </Tag>
            ) : null}
            {t('progressReports:checks.source', {
              document: result.source.document[language],
              article: result.source.article[language],
            })}
            <br />
            <Typography.Text type="secondary" italic>
              {result.source.excerpt[language]}
            </Typography.Text>
          </Typography.Paragraph>
        </Card>
      ))}
    </Space>
  );
}
