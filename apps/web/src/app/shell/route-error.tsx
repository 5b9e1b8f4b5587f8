import { useRouteError } from 'react-router';
import { ErrorResult } from '../../ui/status-results';
import { ApiRequestError, errorMessage } from '../api/api-error';

/** Last-resort boundary for a route: a failed chunk load or a rendering error. */
export function RouteErrorResult() {
  const error = useRouteError();
  return (
    <ErrorResult
      message={errorMessage(error)}
      requestId={error instanceof ApiRequestError ? error.requestId : undefined}
      onRetry={() => window.location.reload()}
    />
  );
}
