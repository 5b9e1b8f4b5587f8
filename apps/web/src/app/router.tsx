import { Suspense, lazy } from 'react';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/login-page';
import { PageLoading } from '../ui/page-loading';
import { NotFoundResult } from '../ui/status-results';
import { publicRoutes } from '../public/public-routes';
import { loadPortalTexts } from './i18n/i18n';
import { RESOURCES, type AppResource, type ResourcePage } from './resources';
import { AccessGuard, HomeRedirect, RedirectIfLoggedIn, RequireSession } from './session/guards';
import { type PageHandle, type ScreenHandle } from './shell/breadcrumbs';
import { RouteErrorResult } from './shell/route-error';

/**
 * A page's code is fetched when it first renders, i.e. after its access guard has let it through.
 * Route `lazy` would not do: react-router resolves it for every matched route before rendering, so
 * a role would download screens it may not use, and a failed download would hide the 403.
 */
function lazyPage(page: ResourcePage) {
  const Page = lazy(async () => ({ default: (await page.load()).Component }));
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

/** What a route may fetch ahead of rendering: see `preloadRoute`. */
interface RouteHandle {
  preload: () => Promise<unknown>;
}

/**
 * The signed-in frame (ProLayout and its menu) is loaded with the first portal page, so the login
 * and public pages never download it.
 */
const loadShell = () =>
  Promise.all([import('./shell/app-shell'), loadPortalTexts()]).then(([shell]) => shell);
const AppShell = lazy(async () => ({ default: (await loadShell()).AppShell }));
/** Only screens of personal data have a watermark: antd's Watermark comes with them. */
const ViewerWatermark = lazy(async () => ({
  default: (await import('./shell/viewer-watermark')).ViewerWatermark,
}));

/** The routes of a resource's pages in one layout (the portal shell, or print views without it). */
function resourceRoute(resource: AppResource, layout: ResourcePage['layout']): RouteObject[] {
  const pages = resource.pages
    .filter((page) => page.layout === layout)
    .map((page): RouteObject => {
      // print views render without the frame, so they fetch the texts themselves
      const load = () => Promise.all([page.load(), loadPortalTexts()]).then(([module]) => module);
      const element = lazyPage({ ...page, load });
      // the shell's breadcrumb reads the page's path; preloadRoute its code
      const handle: PageHandle & RouteHandle = { pagePath: page.path, preload: load };
      const leaf: RouteObject = page.path
        ? { path: page.path, element, handle }
        : { index: true, element, handle };
      return page.access ? { element: <AccessGuard access={page.access} />, children: [leaf] } : leaf;
    });
  if (pages.length === 0) return [];
  const screen: ScreenHandle = { screen: resource.key, pagePaths: resource.pages.map((page) => page.path) };
  return [
    {
      path: resource.path.replace(/^\//, ''),
      element: <AccessGuard access={resource.access} />,
      handle: screen,
      children: resource.watermark
        ? [
            {
              element: (
                <Suspense fallback={<PageLoading />}>
                  <ViewerWatermark />
                </Suspense>
              ),
              children: pages,
            },
          ]
        : pages,
    },
  ];
}

const routes: RouteObject[] = [
  {
    HydrateFallback: () => <PageLoading fullscreen />,
    errorElement: <RouteErrorResult />,
    children: [
      {
        path: 'login',
        element: (
          <RedirectIfLoggedIn>
            <LoginPage />
          </RedirectIfLoggedIn>
        ),
      },
      // the pages for anyone (/public/…), outside the login shell: no session needed. A first visit
      // to one gets the light public entry (public.html); this tree has them for visitors who come
      // from the login page, and for a server that sends index.html for every address.
      ...publicRoutes,
      {
        element: <RequireSession />,
        children: [
          // print views: the page alone, as it goes on paper
          {
            errorElement: <RouteErrorResult />,
            children: RESOURCES.flatMap((r) => resourceRoute(r, 'print')),
          },
          {
            element: (
              <Suspense fallback={<PageLoading fullscreen />}>
                <AppShell />
              </Suspense>
            ),
            handle: { preload: loadShell } satisfies RouteHandle,
            children: [
              {
                errorElement: <RouteErrorResult />,
                children: [
                  { index: true, element: <HomeRedirect /> },
                  {
                    path: 'account/password',
                    lazy: async () => ({
                      Component: (await import('../features/account/change-password-page'))
                        .ChangePasswordPage,
                    }),
                  },
                  {
                    path: 'account/two-factor',
                    lazy: async () => ({
                      Component: (await import('../features/account/two-factor-page')).TwoFactorPage,
                    }),
                  },
                  ...RESOURCES.flatMap((resource) => resourceRoute(resource, undefined)),
                  { path: '*', element: <NotFoundResult /> },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);

/**
 * Starts downloading the code of the page at `pathname` (and of the frame around it) while the
 * session is being restored, instead of after: without it, a first visit waits for the refresh,
 * then for the frame's code, then for the page's, one after the other. Only the code of the page
 * asked for is fetched; its guard still decides whether it shows.
 */
export function preloadRoute(pathname: string): void {
  for (const match of matchRoutes(routes, pathname) ?? []) {
    // a screen's handle (breadcrumbs) has no preload: only pages and the frame do
    void (match.route.handle as Partial<RouteHandle> | undefined)?.preload?.();
  }
}
