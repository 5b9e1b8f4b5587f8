import {
  ENTERPRISE_SIZE_LABELS,
  GUIDELINE_PART_LABELS,
  INDUSTRY_SECTIONS,
  type Language,
  OWNERSHIP_LABELS,
  PILOT_ACTION_LABELS,
  PILOT_STATUS_LABELS,
  PLAN_VARIANT_LABELS,
  PRIORITY_CATEGORY_LABELS,
  SKILL_LEVEL_LABELS,
} from '@skillpay/domain';
import { useLanguage } from '../../app/i18n/i18n';

type LabelTable = Record<string, Record<Language, string>>;

function labelOf(table: LabelTable, key: string, language: Language): string {
  return table[key]?.[language] ?? key;
}

/** Labels of the enterprise and pilot reference data (from @skillpay/domain) in the UI language. */
export function useEnterpriseLabels() {
  const language = useLanguage();
  return {
    language,
    industry: (code: string) => `${code} ${labelOf(INDUSTRY_SECTIONS, code, language)}`,
    ownership: (value: string) => labelOf(OWNERSHIP_LABELS, value, language),
    size: (value: string) => labelOf(ENTERPRISE_SIZE_LABELS, value, language),
    priority: (value: string) => labelOf(PRIORITY_CATEGORY_LABELS, value, language),
    skillLevel: (value: string) => labelOf(SKILL_LEVEL_LABELS, value, language),
    pilotStatus: (value: string) => labelOf(PILOT_STATUS_LABELS, value, language),
    pilotAction: (value: string) => labelOf(PILOT_ACTION_LABELS, value, language),
    guidelinePart: (value: string) => labelOf(GUIDELINE_PART_LABELS, value, language),
    planVariant: (value: string) => labelOf(PLAN_VARIANT_LABELS, value, language),
  };
}
