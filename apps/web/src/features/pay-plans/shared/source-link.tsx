import { ReadOutlined } from '@ant-design/icons';
import { Popover, Space, Typography } from 'antd';
import { type SourceArticle } from '@skillpay/paycalc';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/i18n';

function SourceText({ source }: { source: SourceArticle }) {
  const language = useLanguage();
  return (
    <Space direction="vertical" size={4} style={{ maxWidth: 420 }}>
      <Typography.Text strong>
        {source.document[language]} {source.article[language]}
      </Typography.Text>
      <Typography.Text type="secondary" italic>
        {source.excerpt[language]}
      </Typography.Text>
    </Space>
  );
}

export interface SourceLinkProps {
  source: SourceArticle;
}

/** The guideline article a rule rests on: its number, with document and words on hover or click. */
export function SourceLink({ source }: SourceLinkProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Popover content={<SourceText source={source} />} trigger={['hover', 'click']}>
      <Typography.Link data-testid="source-link" aria-label={t('payTools:basis')}>
        <ReadOutlined /> {source.article[language]}
      </Typography.Link>
    </Popover>
  );
}

/** Form.Item `tooltip` naming an input's article, so every input links to the guideline behind it. */
export function sourceTooltip(source: SourceArticle) {
  return { title: <SourceText source={source} />, icon: <ReadOutlined />, color: 'white' };
}

export interface SourceListProps {
  sources: readonly SourceArticle[];
}

/** The articles behind a result (each calculator's `source` / `sources`). */
export function SourceList({ sources }: SourceListProps) {
  const { t } = useTranslation();
  return (
    <Space size="small" wrap data-testid="result-sources">
      <Typography.Text type="secondary">{t('payTools:basis')}</Typography.Text>
      {sources.map((source) => (
        <SourceLink key={`${source.document.en}-${source.article.en}`} source={source} />
      ))}
    </Space>
  );
}
