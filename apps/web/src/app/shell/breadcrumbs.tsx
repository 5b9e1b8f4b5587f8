import { Breadcrumb, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useMatches } from 'react-router';
import { breadcrumbTrail } from '../breadcrumb-trail';
import { NAVIGATION, type ResourceKey } from '../navigation';
import { useCurrentRole } from '../session/session-user';

/** Route handle of a screen (a NAVIGATION entry) and of each of its pages, set by the router. */
export interface ScreenHandle {
  screen: ResourceKey;
  pagePaths: readonly string[];
}
export interface PageHandle {
  pagePath: string;
}

const isScreen = (handle: unknown): handle is ScreenHandle =>
  typeof handle === 'object' && handle !== null && 'screen' in handle;
const isPage = (handle: unknown): handle is PageHandle =>
  typeof handle === 'object' && handle !== null && 'pagePath' in handle;

/** 首页 / screen / page steps, derived once from the route declarations for every page of the shell. */
export function Breadcrumbs() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const role = useCurrentRole();
  const matches = useMatches();
  const screenMatch = matches.find((match) => isScreen(match.handle));
  const pageMatch = matches.findLast((match) => isPage(match.handle));
  if (!screenMatch || !isScreen(screenMatch.handle) || screenMatch.handle.screen === 'dashboard') return null;
  const entry = NAVIGATION.find((item) => item.key === (screenMatch.handle as ScreenHandle).screen);
  if (!entry) return null;
  const label = t(
    `menu.${typeof entry.menu.label === 'function' ? entry.menu.label(role) : entry.menu.label}`,
  );
  const pagePath = pageMatch && isPage(pageMatch.handle) ? pageMatch.handle.pagePath : '';
  const trail = breadcrumbTrail(entry.path, screenMatch.handle.pagePaths, pagePath, pageMatch?.params ?? {});
  const stepLabel = (segment: string) =>
    t(`common.breadcrumb.${segment}` as 'common.breadcrumb.detail', { defaultValue: segment });
  return (
    <Breadcrumb
      data-testid="breadcrumbs"
      style={{ paddingInline: token.paddingLG, paddingBlockStart: token.paddingXS }}
      items={[
        { key: 'home', title: <Link to="/">{t('common.breadcrumb.home')}</Link> },
        { key: 'screen', title: trail.length > 0 ? <Link to={entry.path}>{label}</Link> : label },
        ...trail.map((step, index) => ({
          key: `${index}-${step.segment}`,
          title: step.href ? <Link to={step.href}>{stepLabel(step.segment)}</Link> : stepLabel(step.segment),
        })),
      ]}
    />
  );
}
