import { Role } from '@skillpay/domain';
import { useCurrentRole } from '../../app/session/session-user';
import { EvaluationOverviewPage } from './evaluation-overview-page';
import { OwnEvaluationPage } from './own-evaluation-page';

/** /evaluation: an enterprise's own evaluation (企业评估), everyone else's roll-ups (评估总览). */
export function EvaluationHomePage() {
  const role = useCurrentRole();
  return role === Role.Enterprise ? <OwnEvaluationPage /> : <EvaluationOverviewPage />;
}
