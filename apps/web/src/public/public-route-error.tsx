import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { errorMessage } from '../app/api/api-error';

/**
 * A public route's last-resort boundary: a failed download of its code or a rendering error.
 * Drawn without antd, and small: the signed-in app's router carries the public routes too.
 */
export function PublicRouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <div className="public-alert" role="alert" data-testid="public-route-error">
      <p>{t('public.failed')}</p>
      {isRouteErrorResponse(error) ? null : <p>{errorMessage(error)}</p>}
      <button type="button" className="public-button" onClick={() => window.location.reload()}>
        {t('public.reload')}
      </button>
    </div>
  );
}
