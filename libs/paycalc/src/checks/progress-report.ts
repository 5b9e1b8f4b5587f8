import { HIGH_SKILL_LEVELS, type ProgressReportIndicators } from '@skillpay/domain';
import { type CheckResult } from './check-result';
import {
  type AppliedCheckRules,
  CHECK_RULE_KEYS,
  type CheckRuleKey,
  citedSource,
  NATIONAL_APPLIED_RULES,
} from './check-rules';
import { checkEducationFund } from './education-fund';
import { checkFixedVariableRatio } from './fixed-variable-ratio';
import { checkHighSkillWageGrowth, weightedAveragePay } from './high-skill-wage-growth';
import { checkTwoLowerThan } from './two-lower-than';

/**
 * The checks the programme applies on a progress report's indicators, in the order the report
 * shows them, each with the programme's thresholds and the basis it cites. The API runs it when a
 * report is saved and stores the results; the web runs the same code as the user types.
 */
export function checkProgressReport(
  indicators: ProgressReportIndicators,
  options: { stateOwned: boolean },
  applied: AppliedCheckRules = NATIONAL_APPLIED_RULES,
): CheckResult[] {
  const { rules, cityCode } = applied;
  const source = (key: CheckRuleKey) => citedSource(rules[key].basis, cityCode);
  const highSkill = indicators.skillLevels.filter((row) => HIGH_SKILL_LEVELS.includes(row.level));
  const current = weightedAveragePay(
    highSkill.map((row) => ({ headcount: row.headcount, averagePay: row.averagePay })),
    'highSkillAveragePay',
  );
  const previous = weightedAveragePay(
    highSkill.map((row) => ({ headcount: row.previousHeadcount, averagePay: row.previousAveragePay })),
    'highSkillAveragePayPrevious',
  );
  // each check runs only when the programme applies it
  const runs: { [K in CheckRuleKey]: () => CheckResult } = {
    twoLowerThan: () =>
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
        { ...options, source: source('twoLowerThan') },
      ),
    highSkillWageGrowth: () =>
      checkHighSkillWageGrowth(
        {
          highSkillAveragePay: { current: current.value, previous: previous.value },
          managementAveragePay: {
            current: indicators.managementAveragePay,
            previous: indicators.managementAveragePayPrevious,
          },
        },
        { ...options, source: source('highSkillWageGrowth') },
      ),
    educationFund: () =>
      checkEducationFund(
        {
          wageBill: indicators.wageBill,
          educationFund: indicators.educationFund,
          educationFundFrontLine: indicators.educationFundFrontLine,
        },
        {
          minShareOfWageBill: rules.educationFund.minShareOfWageBill,
          minFrontLineShare: rules.educationFund.minFrontLineShare,
          source: source('educationFund'),
        },
      ),
    fixedVariableRatio: () =>
      checkFixedVariableRatio(
        { fixedPay: indicators.fixedPay, variablePay: indicators.variablePay },
        {
          referenceFixedShare: rules.fixedVariableRatio.referenceFixedShare,
          source: source('fixedVariableRatio'),
        },
      ),
  };
  return CHECK_RULE_KEYS.filter((key) => rules[key].enabled).map((key) => runs[key]());
}
