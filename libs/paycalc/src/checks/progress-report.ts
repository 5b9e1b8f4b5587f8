import { HIGH_SKILL_LEVELS, type ProgressReportIndicators } from '@skillpay/domain';
import { type CheckResult } from './check-result';
import { checkEducationFund } from './education-fund';
import { checkFixedVariableRatio } from './fixed-variable-ratio';
import { checkHighSkillWageGrowth, weightedAveragePay } from './high-skill-wage-growth';
import { checkTwoLowerThan } from './two-lower-than';

/**
 * Every check on a progress report's indicators, in the order the report shows them. The API runs
 * it when a report is saved and stores the results; the web runs the same code as the user types.
 */
export function checkProgressReport(
  indicators: ProgressReportIndicators,
  options: { stateOwned: boolean },
): CheckResult[] {
  const highSkill = indicators.skillLevels.filter((row) => HIGH_SKILL_LEVELS.includes(row.level));
  const current = weightedAveragePay(
    highSkill.map((row) => ({ headcount: row.headcount, averagePay: row.averagePay })),
    'highSkillAveragePay',
  );
  const previous = weightedAveragePay(
    highSkill.map((row) => ({ headcount: row.previousHeadcount, averagePay: row.previousAveragePay })),
    'highSkillAveragePayPrevious',
  );
  return [
    checkTwoLowerThan(
      {
        wageBill: { current: indicators.wageBill, previous: indicators.wageBillPrevious },
        economicBenefit: {
          current: indicators.economicBenefit,
          previous: indicators.economicBenefitPrevious,
        },
        averagePay: { current: indicators.averagePay, previous: indicators.averagePayPrevious },
        labourProductivity: {
          current: indicators.labourProductivity,
          previous: indicators.labourProductivityPrevious,
        },
      },
      options,
    ),
    checkHighSkillWageGrowth(
      {
        highSkillAveragePay: { current: current.value, previous: previous.value },
        managementAveragePay: {
          current: indicators.managementAveragePay,
          previous: indicators.managementAveragePayPrevious,
        },
      },
      options,
    ),
    checkEducationFund({
      wageBill: indicators.wageBill,
      educationFund: indicators.educationFund,
      educationFundFrontLine: indicators.educationFundFrontLine,
    }),
    checkFixedVariableRatio({ fixedPay: indicators.fixedPay, variablePay: indicators.variablePay }),
  ];
}
