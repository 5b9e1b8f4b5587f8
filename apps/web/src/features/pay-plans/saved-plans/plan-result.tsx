import { Space } from 'antd';
import { type CheckResult } from '@skillpay/paycalc';
import { CheckResults } from '../../progress-reports';
import { AllowancesResultView } from '../allowances/allowances-result';
import { CHECK_PARTS } from '../checks/checks-values';
import { type PayPlanDetail } from '../pay-plans.api';
import { PayTableView } from '../pay-table/pay-table-view';
import { AuxiliaryPoolView, PerformancePayView } from '../performance-pay/performance-pay-view';
import { PostEvaluationView } from '../post-evaluation/post-evaluation-view';
import { PayPathView, TeamWageBillView } from '../step-movement/step-movement-view';
import { ProfitSharingResult } from '../profit-sharing/profit-sharing-result';

export interface PlanResultProps {
  /** the plan, with the version shown: its result is what the API computed with libs/paycalc and stored */
  plan: PayPlanDetail;
}

/**
 * A saved version's result, read-only, with the same views the calculators show live. The stored
 * result is libs/paycalc's own output for the stored input, typed per calculator.
 */
export function PlanResult({ plan }: PlanResultProps) {
  switch (plan.calculator) {
    case 'pay-table':
      return <PayTableView table={plan.version.result} />;
    case 'step-movement': {
      const parts = plan.version.result;
      return (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          {parts.payPath ? <PayPathView path={parts.payPath} /> : null}
          {parts.teamWageBill ? <TeamWageBillView bill={parts.teamWageBill} /> : null}
        </Space>
      );
    }
    case 'post-evaluation':
      return <PostEvaluationView evaluation={plan.version.result} />;
    case 'performance-pay': {
      const parts = plan.version.result;
      return (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          {parts.distribution ? <PerformancePayView pay={parts.distribution} /> : null}
          {parts.auxiliary ? <AuxiliaryPoolView pool={parts.auxiliary} /> : null}
        </Space>
      );
    }
    case 'allowances':
      return <AllowancesResultView result={plan.version.result} />;
    case 'profit-sharing':
      return <ProfitSharingResult result={plan.version.result} />;
    case 'checks': {
      const checks = plan.version.result;
      return (
        <CheckResults
          results={CHECK_PARTS.map((part) => checks[part]).filter((check): check is CheckResult =>
            Boolean(check),
          )}
        />
      );
    }
  }
}
