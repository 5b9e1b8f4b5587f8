import { type CalculatorKind } from '@skillpay/domain';
import { Space } from 'antd';
import {
  type AuxiliaryPool,
  type CheckResult,
  type PayPath,
  type PayTable,
  type PerformancePay,
  type PostEvaluation,
  type ProfitSharing,
  type TeamWageBill,
} from '@skillpay/paycalc';
import { CheckResults } from '../../progress-reports';
import { AllowancesResultView } from '../allowances/allowances-result';
import { type AllowancesResult } from '../allowances/allowances-values';
import { CHECK_PARTS, type ChecksResult } from '../checks/checks-values';
import { PayTableView } from '../pay-table/pay-table-view';
import { AuxiliaryPoolView, PerformancePayView } from '../performance-pay/performance-pay-view';
import { PostEvaluationView } from '../post-evaluation/post-evaluation-view';
import { PayPathView, TeamWageBillView } from '../step-movement/step-movement-view';
import { ProfitSharingResult } from '../profit-sharing/profit-sharing-result';

export interface PlanResultProps {
  calculator: CalculatorKind;
  /** the result the API computed with libs/paycalc and stored with the version */
  result: Record<string, unknown>;
}

/**
 * A saved version's result, read-only, with the same views the calculators show live. The stored
 * result is libs/paycalc's own output for the stored input, so its types are paycalc's.
 */
export function PlanResult({ calculator, result }: PlanResultProps) {
  switch (calculator) {
    case 'pay-table':
      return <PayTableView table={result as unknown as PayTable} />;
    case 'step-movement': {
      const parts = result as { payPath?: PayPath; teamWageBill?: TeamWageBill };
      return (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          {parts.payPath ? <PayPathView path={parts.payPath} /> : null}
          {parts.teamWageBill ? <TeamWageBillView bill={parts.teamWageBill} /> : null}
        </Space>
      );
    }
    case 'post-evaluation':
      return <PostEvaluationView evaluation={result as unknown as PostEvaluation} />;
    case 'performance-pay': {
      const parts = result as { distribution?: PerformancePay; auxiliary?: AuxiliaryPool };
      return (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          {parts.distribution ? <PerformancePayView pay={parts.distribution} /> : null}
          {parts.auxiliary ? <AuxiliaryPoolView pool={parts.auxiliary} /> : null}
        </Space>
      );
    }
    case 'allowances':
      return <AllowancesResultView result={result as AllowancesResult} />;
    case 'profit-sharing':
      return <ProfitSharingResult result={result as unknown as ProfitSharing} />;
    case 'checks': {
      const checks = result as ChecksResult;
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
