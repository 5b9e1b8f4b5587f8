import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  BENCHMARK_RELEASE_ACTION_LABELS,
  BENCHMARK_RELEASE_STATUS_LABELS,
  BenchmarkReleaseStatus,
  CARRIED_FORWARD_EXPLANATION,
  FOOTNOTE_EXPLANATIONS,
  FOOTNOTE_LABELS,
  type Language,
  PAY_BAND_LABELS,
  SKILL_LEVEL_LABELS,
  type SkillLevel,
  UNRATED_SKILL_LEVEL,
  UNRATED_SKILL_LEVEL_LABELS,
  WAGE_SKILL_LEVELS,
} from '@skillpay/domain';
import { useLanguage } from '../../app/i18n/i18n';
import { labelOf } from '../../app/i18n/labels';

/** Benchmark vocabulary from @skillpay/domain in the UI language. */
export function useBenchmarkLabels() {
  const language = useLanguage();
  return {
    language,
    skillLevel: (level: string) =>
      level === UNRATED_SKILL_LEVEL
        ? UNRATED_SKILL_LEVEL_LABELS[language]
        : labelOf(SKILL_LEVEL_LABELS, level, language),
    /** `{ level: { text } }` for ProTable selects, in ladder order */
    skillLevelEnum: Object.fromEntries(
      WAGE_SKILL_LEVELS.map((level) => [
        level,
        {
          text:
            level === UNRATED_SKILL_LEVEL
              ? UNRATED_SKILL_LEVEL_LABELS[language]
              : labelOf(SKILL_LEVEL_LABELS, level as SkillLevel, language),
        },
      ]),
    ),
    footnote: (code: string) => labelOf(FOOTNOTE_LABELS, code, language),
    footnoteExplanation: (code: string) => labelOf(FOOTNOTE_EXPLANATIONS, code, language),
    carriedExplanation: CARRIED_FORWARD_EXPLANATION[language],
    status: (status: string) => labelOf(BENCHMARK_RELEASE_STATUS_LABELS, status, language),
    action: (action: string) => labelOf(BENCHMARK_RELEASE_ACTION_LABELS, action, language),
    band: (band: string) => labelOf(PAY_BAND_LABELS, band, language),
    occupation: (cell: {
      occupationName?: string | null;
      occupationNameEn?: string | null;
      occupationCode: string;
    }) =>
      (language === 'en' ? (cell.occupationNameEn ?? cell.occupationName) : cell.occupationName) ??
      cell.occupationCode,
    region: (cell: { regionName: string; regionNameEn: string }) =>
      language === 'en' ? cell.regionNameEn : cell.regionName,
  };
}

/** Yuan, without decimals (annual pay); a dash for a missing figure. */
export function formatYuan(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '—';
  return value.toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 0 });
}

/** A percentage to two decimals at most, grouped, without its sign's plus. */
export function formatPercent(value: number, language: Language): string {
  return value.toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 2 });
}

const STATUS_COLOURS: Record<BenchmarkReleaseStatus, string> = {
  [BenchmarkReleaseStatus.Draft]: 'processing',
  [BenchmarkReleaseStatus.Reviewed]: 'cyan',
  [BenchmarkReleaseStatus.Published]: 'success',
  [BenchmarkReleaseStatus.Discarded]: 'default',
};

export interface ReleaseStatusTagProps {
  status: string;
}

export function ReleaseStatusTag({ status }: ReleaseStatusTagProps) {
  const labels = useBenchmarkLabels();
  return (
    <Tag color={STATUS_COLOURS[status as BenchmarkReleaseStatus] ?? 'default'} data-testid="release-status">
      {labels.status(status)}
    </Tag>
  );
}

export interface FootnoteTagProps {
  code: string;
}

/** A withheld cell's footnote: the code and its short reason, the full explanation on hover. */
export function FootnoteTag({ code }: FootnoteTagProps) {
  const labels = useBenchmarkLabels();
  return (
    <Tooltip title={labels.footnoteExplanation(code)}>
      <Tag color="warning" data-testid={`footnote-${code}`}>
        {code} {labels.footnote(code)}
      </Tag>
    </Tooltip>
  );
}

export interface CellMarkProps {
  cell: { footnote: string | null; carriedFrom?: string | null };
}

/**
 * What marks a cell: the footnote of a withheld one, or the earlier release whose figures a
 * correction kept (its own change would have revealed withheld data), explained on hover.
 */
export function CellMark({ cell }: CellMarkProps) {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  if (cell.footnote) return <FootnoteTag code={cell.footnote} />;
  if (!cell.carriedFrom) return null;
  return (
    <Tooltip title={labels.carriedExplanation}>
      <Tag color="processing" data-testid="carried-from">
        {t('benchmarks:carried', { label: cell.carriedFrom })}
      </Tag>
    </Tooltip>
  );
}

export interface OccupationNameProps {
  cell: {
    occupationName?: string | null;
    occupationNameEn?: string | null;
    occupationCode: string;
    urgentlyNeeded?: boolean;
  };
}

/** The occupation's name and code, marked when it is on the 急需紧缺 list. */
export function OccupationName({ cell }: OccupationNameProps) {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  return (
    <Space size={4} wrap>
      <span>{labels.occupation(cell)}</span>
      <Tag bordered={false}>{cell.occupationCode}</Tag>
      {cell.urgentlyNeeded ? (
        <Tag color="red" data-testid="urgent-occupation">
          {t('benchmarks:urgent')}
        </Tag>
      ) : null}
    </Space>
  );
}
