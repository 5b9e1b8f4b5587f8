import { Typography } from 'antd';
import { FootnoteCode } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { type MethodNote } from './benchmarks.api';
import { useBenchmarkLabels } from './benchmark-labels';

export interface MethodNoteViewProps {
  note: MethodNote;
  /** also list what each footnote means */
  withFootnotes?: boolean;
}

/** A release's generated method note in the UI language, optionally with the footnotes explained. */
export function MethodNoteView({ note, withFootnotes = false }: MethodNoteViewProps) {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  const paragraphs = labels.language === 'en' ? note.en : note.zhCN;
  return (
    <Typography data-testid="method-note">
      {paragraphs.map((paragraph) => (
        <Typography.Paragraph key={paragraph}>{paragraph}</Typography.Paragraph>
      ))}
      {withFootnotes ? <FootnoteList title={t('benchmarks:footnotes.title')} /> : null}
    </Typography>
  );
}

export interface FootnoteListProps {
  title: string;
}

export function FootnoteList({ title }: FootnoteListProps) {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  return (
    <>
      <Typography.Title level={5}>{title}</Typography.Title>
      <ul data-testid="footnote-list">
        {Object.values(FootnoteCode).map((code) => (
          <li key={code}>
            <Typography.Text strong>
              {code} {labels.footnote(code)}
            </Typography.Text>
            ：{labels.footnoteExplanation(code)}
          </li>
        ))}
        <li>
          <Typography.Text strong>{t('benchmarks:footnotes.carried')}</Typography.Text>：
          {labels.carriedExplanation}
        </li>
      </ul>
    </>
  );
}
