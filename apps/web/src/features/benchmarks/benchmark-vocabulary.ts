import {
  BENCHMARK_RELEASE_ACTION_LABELS,
  BENCHMARK_RELEASE_STATUS_LABELS,
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

// Without antd: the public page reads these (benchmark-labels.tsx re-exports them for the portal).

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
