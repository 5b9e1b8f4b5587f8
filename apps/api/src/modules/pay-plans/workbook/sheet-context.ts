import { type Labels, type Language } from '@skillpay/domain';
import { type SourceArticle } from '@skillpay/paycalc';
import { type DocumentSheet } from '../../../common/xlsx/document-workbook';

/** What a calculator's sheet declarations need: the reader's language and the document's heading. */
export interface SheetContext {
  language: Language;
  /** the text in the reader's language */
  t(zh: string, en: string): string;
  label(labels: Labels): string;
  /** the lines under every sheet's title (the plan, its enterprise and version, the export date) */
  subtitle: string[];
  /** the source articles as the basis lines of a sheet */
  basis(articles: readonly SourceArticle[]): string[];
}

export function sheetContext(language: Language, subtitle: string[]): SheetContext {
  const label = (labels: Labels) => labels[language];
  return {
    language,
    t: (zh, en) => (language === 'zh-CN' ? zh : en),
    label,
    subtitle,
    basis: (articles) =>
      articles.map((source) =>
        language === 'zh-CN'
          ? `${source.document['zh-CN']}${source.article['zh-CN']}：“${source.excerpt['zh-CN']}”`
          : `${source.document.en}, ${source.article.en}: “${source.excerpt.en}”`,
      ),
  };
}

/** A calculator's sheets for its input and result (each part of a composite calculator that was run). */
export type SheetsOf<Input, Result> = (
  input: Input,
  result: Result,
  context: SheetContext,
) => DocumentSheet[];

/** Numbers as a list in the reader's language: 2,000、2,060 / 2,000, 2,060. */
export function listOf(items: Array<string | number>, context: SheetContext): string {
  return items.map(String).join(context.t('、', ', '));
}

/** A percentage of paycalc (a decimal string) as shown in a sentence. */
export function percentText(value: string | number): string {
  return `${Number(value).toFixed(2)}%`;
}

/** An amount of paycalc as shown in a sentence: 82,400.00. */
export function amountText(value: string | number): string {
  return Number(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A name the user typed, as text: paycalc reads some of them (a team group's, a category's) without checking. */
export function textOf(value: unknown, fallback = ''): string {
  if (typeof value === 'string') return value.trim() || fallback;
  if (typeof value === 'number') return String(value);
  return fallback;
}
