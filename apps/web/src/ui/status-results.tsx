import { type ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

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
