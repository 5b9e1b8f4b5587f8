import { Space, Tag, Tooltip, Typography } from 'antd';
import {
  ADOPTION_STATUS_LABELS,
  AdoptionStatus,
  DEMONSTRATION_UNIT_KIND_LABELS,
  EVALUATION_ELEMENT_LABELS,
  GUIDANCE_KIND_LABELS,
  SKILL_LEVEL_LABELS,
} from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/i18n/i18n';
import { labelOf } from '../../app/i18n/labels';
import { formatGrowth, formatNumber, formatShare, formatYuan } from './evaluation-format';

/** The evaluation vocabulary of @skillpay/domain in the UI language. */
export function useEvaluationLabels() {
  const language = useLanguage();
  return {
    language,
    element: (element: string) => labelOf(EVALUATION_ELEMENT_LABELS, element, language),
    articles: (element: string) =>
      (EVALUATION_ELEMENT_LABELS as Record<string, { articles: string } | undefined>)[element]?.articles ??
      '',
    status: (status: string) => labelOf(ADOPTION_STATUS_LABELS, status, language),
    kind: (kind: string) => labelOf(DEMONSTRATION_UNIT_KIND_LABELS, kind, language),
    skillLevel: (level: string) => labelOf(SKILL_LEVEL_LABELS, level, language),
    guidanceKind: (kind: string) => labelOf(GUIDANCE_KIND_LABELS, kind, language),
    growth: (value: number | null | undefined) => formatGrowth(value, language),
    share: (value: number | null | undefined) => formatShare(value, language),
    yuan: (value: number | null | undefined) => formatYuan(value, language),
    number: (value: number | null | undefined, decimals = 1) => formatNumber(value, language, decimals),
  };
}

/** A figure kept on one line in tabular digits (a narrow column never breaks it). */
export function Num({ children, testId }: { children: string; testId?: string }) {
  return (
    <span className="figure" data-testid={testId}>
      {children}
    </span>
  );
}

export interface RuleTagProps {
  /** the central opinions' rule: true holds, false fails, null not measurable */
  holds: boolean | null | undefined;
}

/** The verdict of 中办发〔2018〕16号 四(二) as a tag. */
export function RuleTag({ holds }: RuleTagProps) {
  const { t } = useTranslation();
  if (holds === null || holds === undefined) {
    return <Typography.Text type="secondary">{t('evaluation:rule.unknown')}</Typography.Text>;
  }
  return (
    <Tag color={holds ? 'success' : 'error'} data-testid="rule-verdict" style={{ marginInlineEnd: 0 }}>
      {holds ? t('evaluation:rule.holds') : t('evaluation:rule.fails')}
    </Tag>
  );
}

const STATUS_COLOURS: Record<AdoptionStatus, string> = {
  [AdoptionStatus.Adopted]: 'success',
  [AdoptionStatus.InProgress]: 'processing',
  [AdoptionStatus.NotStarted]: 'default',
};

export function AdoptionStatusTag({ status }: { status: string }) {
  const labels = useEvaluationLabels();
  return (
    <Tag color={STATUS_COLOURS[status as AdoptionStatus] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {labels.status(status)}
    </Tag>
  );
}

export interface ElementTagsProps {
  elements: readonly string[];
  /** show the guideline's articles on hover */
  withArticles?: boolean;
}

/** Elements as tags (the missing ones of a pilot): the articles of the guideline on hover. */
export function ElementTags({ elements, withArticles = true }: ElementTagsProps) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  if (elements.length === 0) return <Tag color="success">{t('evaluation:overview.allAdopted')}</Tag>;
  return (
    <Space size={[4, 4]} wrap>
      {elements.map((element) => (
        <Tooltip
          key={element}
          title={
            withArticles
              ? t('evaluation:enterpriseEvaluation.agendaItem', {
                  element: labels.element(element),
                  articles: labels.articles(element),
                })
              : undefined
          }
        >
          <Tag style={{ marginInlineEnd: 0 }}>{labels.element(element)}</Tag>
        </Tooltip>
      ))}
    </Space>
  );
}

/** One mean as the API sends it: the figure, or why it is withheld (domain OutcomeCell). */
export interface OutcomeCellView {
  headcount: number;
  enterprises?: number;
  mean: number | null;
  withheld: string | null;
}

/** Why a figure is withheld, in words (A/B/C of the benchmark rules, or under 5 employees). */
export function useWithheldLabel() {
  const { t } = useTranslation();
  return (code: string) =>
    code === 'A' || code === 'B' || code === 'C' || code === 'small'
      ? t(`evaluation:withheld.${code}`)
      : code;
}

/** A mean in a table: the figure, or "—" marked with the code of why it is withheld. */
export function OutcomeMean({ cell }: { cell: OutcomeCellView | null | undefined }) {
  const labels = useEvaluationLabels();
  const withheldLabel = useWithheldLabel();
  if (!cell) return <Num>—</Num>;
  if (cell.withheld) {
    return (
      <Tooltip title={withheldLabel(cell.withheld)}>
        <span className="figure" data-testid={`withheld-${cell.withheld}`}>
          —<sup>{cell.withheld === 'small' ? '*' : cell.withheld}</sup>
        </span>
      </Tooltip>
    );
  }
  return <Num>{labels.yuan(cell.mean)}</Num>;
}

/** The codes of the withheld cells among `cells`, in a stable order. */
export function withheldCodes(cells: ReadonlyArray<OutcomeCellView | null | undefined>): string[] {
  const present = new Set(
    cells.map((cell) => cell?.withheld).filter((code): code is string => Boolean(code)),
  );
  return ['A', 'B', 'C', 'small'].filter((code) => present.has(code));
}

/** The legend under a table with withheld cells: what each mark means, in words. */
export function WithheldLegend({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  const withheldLabel = useWithheldLabel();
  if (codes.length === 0) return null;
  return (
    <Typography.Paragraph
      type="secondary"
      style={{ marginTop: 8, marginBottom: 0 }}
      data-testid="withheld-legend"
    >
      {t('evaluation:withheld.legend')}{' '}
      {codes
        .map((code) => (code === 'small' ? `* ${withheldLabel(code)}` : withheldLabel(code)))
        .join(t('common.listSeparator'))}
    </Typography.Paragraph>
  );
}
