import {
  ADOPTION_STATUS_LABELS,
  ALLOWANCE_TYPE_LABELS,
  GUIDELINE_ELEMENT_LABELS,
  HIGH_SKILL_INCENTIVE_LABELS,
  type Language,
  PAY_UNIT_LABELS,
  PERFORMANCE_PAY_METHOD_LABELS,
  POST_EVALUATION_METHOD_LABELS,
  PROGRESS_REPORT_ACTION_LABELS,
  PROGRESS_REPORT_STATUS_LABELS,
  REPORT_CADENCE_LABELS,
  reportPeriodLabel,
  SKILL_LEVEL_LABELS,
} from '@skillpay/domain';
import { useLanguage } from '../../app/i18n/i18n';
import { labelOf } from '../../app/i18n/labels';

type LabelTable = Record<string, Record<Language, string>>;

/** Labels of the progress-report reference data (from @skillpay/domain) in the UI language. */
export function useReportLabels() {
  const language = useLanguage();
  return {
    language,
    status: (value: string) => labelOf(PROGRESS_REPORT_STATUS_LABELS, value, language),
    action: (value: string) => labelOf(PROGRESS_REPORT_ACTION_LABELS, value, language),
    adoption: (value: string) => labelOf(ADOPTION_STATUS_LABELS, value, language),
    element: (value: string) => labelOf(GUIDELINE_ELEMENT_LABELS, value, language),
    payUnit: (value: string) => labelOf(PAY_UNIT_LABELS, value, language),
    method: (value: string) => labelOf(POST_EVALUATION_METHOD_LABELS, value, language),
    performancePayMethod: (value: string) => labelOf(PERFORMANCE_PAY_METHOD_LABELS, value, language),
    allowance: (value: string) => labelOf(ALLOWANCE_TYPE_LABELS, value, language),
    incentive: (value: string) => labelOf(HIGH_SKILL_INCENTIVE_LABELS, value, language),
    skillLevel: (value: string) => labelOf(SKILL_LEVEL_LABELS, value, language),
    cadence: (value: string) => labelOf(REPORT_CADENCE_LABELS, value, language),
    period: (key: string) => reportPeriodLabel(key, language),
    /** `{ value, label }` options of a label table, in declaration order. */
    options: (table: LabelTable) =>
      Object.keys(table).map((value) => ({ value, label: labelOf(table, value, language) })),
  };
}
