import {
  CASE_COLLECTION_STATUS_LABELS,
  CASE_STATUS_LABELS,
  ENTERPRISE_SIZE_LABELS,
  GUIDELINE_CHAPTERS,
  INDUSTRY_SECTIONS,
  type Language,
  OWNERSHIP_LABELS,
  SKILL_LEVEL_LABELS,
} from '@skillpay/domain';
import { labelOf } from '../../app/i18n/labels';
import { useLanguage } from '../../app/i18n/i18n';
import { type CaseEnterprise, type CaseFigure } from './case-collections.api';

/** The case feature's domain labels in the UI language (no antd: the public pages use them too). */
export function useCaseLabels() {
  const language = useLanguage();
  return caseLabels(language);
}

export function caseLabels(language: Language) {
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'long',
  });
  return {
    language,
    chapter: (key: string) =>
      (GUIDELINE_CHAPTERS as Record<string, { label: Record<Language, string> } | undefined>)[key]?.label[
        language
      ] ?? key,
    industry: (code: string) => labelOf(INDUSTRY_SECTIONS, code, language),
    size: (size: string) => labelOf(ENTERPRISE_SIZE_LABELS, size, language),
    ownership: (ownership: string) => labelOf(OWNERSHIP_LABELS, ownership, language),
    caseStatus: (status: string) => labelOf(CASE_STATUS_LABELS, status, language),
    collectionStatus: (status: string) => labelOf(CASE_COLLECTION_STATUS_LABELS, status, language),
    skillLevel: (level: string) => labelOf(SKILL_LEVEL_LABELS, level, language),
    region: (enterprise: Pick<CaseEnterprise, 'regionName' | 'regionNameEn'>) =>
      language === 'en' ? enterprise.regionNameEn : enterprise.regionName,
    /** 1420 → 1,420 (en) / 1,420 (zh); null → — */
    figure: (value: number | null | undefined) =>
      value === null || value === undefined ? '—' : number.format(value),
    date: (value: string | null | undefined) => (value ? date.format(new Date(value)) : '—'),
    /** “A企业 · 曲靖市 · 制造业 · 大型 · 国有” */
    enterpriseLine: (enterprise: CaseEnterprise) =>
      [
        language === 'en' ? enterprise.regionNameEn : enterprise.regionName,
        labelOf(INDUSTRY_SECTIONS, enterprise.industrySection, language),
        labelOf(ENTERPRISE_SIZE_LABELS, enterprise.size, language),
        labelOf(OWNERSHIP_LABELS, enterprise.ownership, language),
      ].join(' · '),
    /** 495 → 1,420 元 */
    figureChange: (result: CaseFigure) =>
      result.before === null
        ? `${number.format(result.after ?? 0)} ${result.unit}`
        : `${number.format(result.before)} → ${result.after === null ? '—' : number.format(result.after)} ${result.unit}`,
  };
}

export type CaseLabels = ReturnType<typeof caseLabels>;
