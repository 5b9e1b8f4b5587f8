import { Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CASE_STATUS_LABELS, chapterOfArticle, GUIDELINE_CHAPTERS } from '@skillpay/domain';
import { useLanguage } from '../../app/i18n/i18n';
import { labelOf } from '../../app/i18n/labels';
import { Figure } from '../../ui/figure';
import { type ReviewedCase } from './case-reviews.api';

/** The case version under review as its reviewers read it: articles, background, measures, results. */
export function CaseContent({ reviewed }: { reviewed: ReviewedCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div data-testid="case-content">
      <Descriptions
        size="small"
        column={2}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'enterprise', label: t('caseReviews:enterprise'), children: reviewed.enterpriseName },
          { key: 'region', label: t('caseReviews:region'), children: reviewed.regionName },
          {
            key: 'version',
            label: t('caseReviews:version'),
            children: t('caseReviews:versionNo', { no: reviewed.versionNo }),
          },
          {
            key: 'status',
            label: t('caseReviews:caseStatus'),
            children: labelOf(CASE_STATUS_LABELS, reviewed.status, language),
          },
          {
            key: 'articles',
            label: t('caseReviews:articles'),
            span: 2,
            children: (
              <span>
                {reviewed.articles.map((article) => {
                  const chapter = chapterOfArticle(article);
                  return (
                    <Tag key={article}>
                      {t('caseReviews:article', { no: article })}
                      {chapter ? ` · ${GUIDELINE_CHAPTERS[chapter].label[language]}` : ''}
                    </Tag>
                  );
                })}
              </span>
            ),
          },
        ]}
      />
      <Typography.Title level={5}>{t('caseReviews:background')}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{reviewed.background}</Typography.Paragraph>
      <Typography.Title level={5}>{t('caseReviews:measures')}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{reviewed.measures}</Typography.Paragraph>
      <Typography.Title level={5}>{t('caseReviews:results')}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey={(row) => `${row.indicator}-${row.period}`}
        dataSource={reviewed.results}
        columns={[
          { title: t('caseReviews:indicator'), dataIndex: 'indicator' },
          {
            title: t('caseReviews:before'),
            dataIndex: 'before',
            align: 'right',
            render: (value: number | null, row) =>
              value === null ? '—' : <Figure value={value} unit={row.unit} />,
          },
          {
            title: t('caseReviews:after'),
            dataIndex: 'after',
            align: 'right',
            render: (value: number | null, row) =>
              value === null ? '—' : <Figure value={value} unit={row.unit} />,
          },
          { title: t('caseReviews:period'), dataIndex: 'period', width: 140 },
        ]}
      />
      {reviewed.resultsNarrative ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>
          {reviewed.resultsNarrative}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}

/** 待评审 / 评审中 / 已提交 …, coloured. */
export function AssignmentStateTag({ state }: { state: string }) {
  const { t } = useTranslation();
  const colour: Record<string, string> = {
    pending: 'gold',
    'in-progress': 'blue',
    submitted: 'green',
    withdrawn: 'default',
    closed: 'default',
  };
  return (
    <Tag color={colour[state]} data-testid="assignment-state">
      {t(`caseReviews:states.${state as 'pending'}`)}
    </Tag>
  );
}
