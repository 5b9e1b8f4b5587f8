import { type ReactNode, Suspense, lazy } from 'react';
import { Button, type ResultProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiRequestError, errorMessage } from '../app/api/api-error';

/*
 * antd's Result carries the 403/404/500 illustrations (~10 KB gzip): the guards of the login and
 * public pages import these results, so it is fetched when a result is first shown.
 */
const LazyResult = lazy(() => import('antd/es/result'));

function Result(props: ResultProps) {
  return (
    <Suspense fallback={null}>
      <LazyResult {...props} />
    </Suspense>
  );
}

function HomeButton() {
  const { t } = useTranslation();
  return (
    <Link to="/">
      <Button type="primary">{t('status.backHome')}</Button>
    </Link>
  );
}

export function ForbiddenResult() {
  const { t } = useTranslation();
  return (
    <div data-testid="result-403">
      <Result status="403" title="403" subTitle={t('status.forbidden')} extra={<HomeButton />} />
    </div>
  );
}

export function NotFoundResult() {
  const { t } = useTranslation();
  return (
    <div data-testid="result-404">
      <Result status="404" title="404" subTitle={t('status.notFound')} extra={<HomeButton />} />
    </div>
  );
}

export interface ErrorResultProps {
  message: string;
  /** Shown small, so a user can quote it to support. */
  requestId?: string;
  onRetry?: () => void;
  extra?: ReactNode;
}

export function ErrorResult({ message, requestId, onRetry, extra }: ErrorResultProps) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('status.failed')}
      subTitle={
        <>
          <div>{message}</div>
          {requestId ? <div>{t('status.requestId', { requestId })}</div> : null}
        </>
      }
      extra={
        <>
          {onRetry ? (
            <Button type="primary" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          ) : null}
          {extra}
        </>
      }
    />
  );
}

export interface QueryFailureResultProps {
  error: unknown;
  onRetry?: () => void;
}

/** Whether the object of a detail page does not exist for its reader. */
function notFound(error: unknown): boolean {
  if (!(error instanceof ApiRequestError)) return false;
  // the API answers 404 alike for a missing object and one outside the reader's scope; an address
  // whose id is not even an id (a 400 on `id`) names no object either
  return error.status === 404 || (error.status === 400 && error.details.some((d) => d.field === 'id'));
}

/** A detail page whose object failed to load: the not-found page, or the error with a retry. */
export function QueryFailureResult({ error, onRetry }: QueryFailureResultProps) {
  if (notFound(error)) return <NotFoundResult />;
  return (
    <ErrorResult
      message={errorMessage(error)}
      requestId={error instanceof ApiRequestError ? error.requestId : undefined}
      onRetry={onRetry}
    />
  );
}
