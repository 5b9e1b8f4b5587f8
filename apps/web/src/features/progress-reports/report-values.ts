import {
  emptyAdoption,
  emptyIndicators,
  type ProgressReportAdoption,
  type ProgressReportIndicators,
  SkillLevel,
  type SkillLevelIndicators,
} from '@skillpay/domain';
import {
  type AppliedCheckRules,
  type CheckResult,
  checkProgressReport,
  PaycalcError,
} from '@skillpay/paycalc';

/** What the report form holds: the API's content, with whatever the user has not filled yet. */
export interface ReportFormValues {
  programmeId?: string;
  period?: string;
  adoption: ProgressReportAdoption;
  indicators: ProgressReportIndicators;
  narrative: string;
}

/** A new report starts with the high-skill levels the checks read (三级/高级工 and above). */
export function newReportValues(): ReportFormValues {
  const row = (level: SkillLevel): SkillLevelIndicators => ({
    level,
    headcount: null,
    averagePay: null,
    previousHeadcount: null,
    previousAveragePay: null,
  });
  return {
    adoption: emptyAdoption(),
    indicators: {
      ...emptyIndicators(),
      skillLevels: [row(SkillLevel.Level3), row(SkillLevel.Level2), row(SkillLevel.Level1)],
    },
    narrative: '',
  };
}

const nullable = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * The indicators as the checks read them, from a form that may be half filled: every missing
 * figure becomes null (the checks then report insufficient data rather than guess).
 */
export function indicatorsOf(
  values: Partial<ProgressReportIndicators> | undefined,
): ProgressReportIndicators {
  const empty = emptyIndicators();
  const figures = Object.fromEntries(
    (Object.keys(empty) as Array<keyof ProgressReportIndicators>)
      .filter((key) => key !== 'skillLevels')
      .map((key) => [key, nullable(values?.[key])]),
  ) as Omit<ProgressReportIndicators, 'skillLevels'>;
  const skillLevels = (values?.skillLevels ?? [])
    .filter((row): row is SkillLevelIndicators => Boolean(row?.level))
    .map((row) => ({
      level: row.level,
      headcount: nullable(row.headcount),
      averagePay: nullable(row.averagePay),
      previousHeadcount: nullable(row.previousHeadcount),
      previousAveragePay: nullable(row.previousAveragePay),
    }));
  return { ...figures, skillLevels };
}

export type LiveChecks =
  { results: CheckResult[]; invalidField: null } | { results: null; invalidField: string };

/** The checks of libs/paycalc on what the form holds now, or the field that is not a valid number. */
export function liveChecks(
  values: Partial<ProgressReportIndicators> | undefined,
  stateOwned: boolean,
  rules: AppliedCheckRules,
): LiveChecks {
  try {
    return { results: checkProgressReport(indicatorsOf(values), { stateOwned }, rules), invalidField: null };
  } catch (error) {
    if (error instanceof PaycalcError) return { results: null, invalidField: error.field };
    throw error;
  }
}
