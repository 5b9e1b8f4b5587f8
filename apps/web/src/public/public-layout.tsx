import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { LanguageSwitch } from '../app/shell/language-switch';
import { PublicIcon } from './public-ui';

/**
 * The frame of every public page: the platform's name, the language switch and the way to log
 * in; the page in `<main>`; the name again in the footer. Drawn without antd (public.css).
 */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <div className="public-layout">
      <a className="public-skip-link" href="#public-main">
        {t('public.skipToContent')}
      </a>
      <header className="public-header">
        <div className="public-brand">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span>{t('app.title')}</span>
        </div>
        <nav className="public-nav" aria-label={t('public.nav.label')}>
          <NavLink to="/public/benchmarks">{t('public.nav.benchmarks')}</NavLink>
          <NavLink to="/public/case-collections">{t('public.nav.cases')}</NavLink>
          <NavLink to="/public/talent-lists">{t('public.nav.talentLists')}</NavLink>
          <NavLink to="/public/demonstration-units">{t('public.nav.demonstrationUnits')}</NavLink>
          <NavLink to="/public/policy-qa">{t('public.nav.policyQa')}</NavLink>
        </nav>
        <div className="public-header__actions">
          <LanguageSwitch />
          {/* the public entry hands /login over to the signed-in app (public-app.tsx) */}
          <Link to="/login" className="public-button public-button--link" data-testid="public-login">
            <PublicIcon name="login" />
            {t('public.login')}
          </Link>
        </div>
      </header>
      <main id="public-main" className="public-content" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="public-footer">{t('app.title')}</footer>
    </div>
  );
}

/** An address under /public/ with no page. */
export function PublicNotFound() {
  const { t } = useTranslation();
  return (
    <div className="public-page" data-testid="public-not-found">
      <h1 className="public-title">{t('status.notFound')}</h1>
      <p>{t('public.notFound')}</p>
      <Link to="/public/benchmarks">{t('public.toBenchmarks')}</Link>
    </div>
  );
}
