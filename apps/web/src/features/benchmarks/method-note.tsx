import { FootnoteCode } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { type MethodNote } from './public-benchmarks.api';
import { useBenchmarkLabels } from './benchmark-vocabulary';
import './method-note.css';

export interface MethodNoteViewProps {
  note: MethodNote;
  /** also list what each footnote means */
  withFootnotes?: boolean;
}

/*
 * Plain paragraphs, a heading and a list styled with the theme's tokens (method-note.css): the
 * public page shows these without antd, the release page with it.
 */

/** A release's generated method note in the UI language, optionally with the footnotes explained. */
export function MethodNoteView({ note, withFootnotes = false }: MethodNoteViewProps) {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  const paragraphs = labels.language === 'en' ? note.en : note.zhCN;
  return (
    <div className="method-note" data-testid="method-note">
      {paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {withFootnotes ? <FootnoteList title={t('benchmarks:footnotes.title')} /> : null}
    </div>
  );
}

export interface FootnoteListProps {
  title: string;
  /** the heading's level: the public page nests the list under its method section's h2 */
  headingLevel?: 3 | 4 | 5;
}

export function FootnoteList({ title, headingLevel = 5 }: FootnoteListProps) {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="method-note">
      <Heading className="method-note__heading">{title}</Heading>
      <ul data-testid="footnote-list">
        {Object.values(FootnoteCode).map((code) => (
          <li key={code}>
            <strong>
              {code} {labels.footnote(code)}
            </strong>
            ：{labels.footnoteExplanation(code)}
          </li>
        ))}
        <li>
          <strong>{t('benchmarks:footnotes.carried')}</strong>：{labels.carriedExplanation}
        </li>
      </ul>
    </div>
  );
}
