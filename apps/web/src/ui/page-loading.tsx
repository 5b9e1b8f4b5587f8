import { useTranslation } from 'react-i18next';

export interface PageLoadingProps {
  /** Fill the whole viewport (before the shell exists) rather than the content area. */
  fullscreen?: boolean;
}

/**
 * A spinning ring in the theme's primary colour (global.css), while a page's code loads. Not
 * antd's Spin: the login page shows this before anything else, and Spin was ~3.4 KB of its code.
 */
export function PageLoading({ fullscreen = false }: PageLoadingProps) {
  const { t } = useTranslation();
  return (
    <div
      className={`page-loading${fullscreen ? ' page-loading--fullscreen' : ''}`}
      role="status"
      aria-live="polite"
    >
      <span className="page-loading__spinner" aria-hidden />
      <span className="sr-only">{t('common.loading')}</span>
    </div>
  );
}
