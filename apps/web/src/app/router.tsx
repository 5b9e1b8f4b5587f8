import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/login-page';
import { PageLoading } from '../ui/page-loading';
import { NotFoundResult } from '../ui/status-results';
import { RESOURCES, type AppResource } from './resources';
import { AccessGuard, HomeRedirect, RedirectIfLoggedIn, RequireSession } from './session/guards';
import { AppShell } from './shell/app-shell';
import { RouteErrorResult } from './shell/route-error';

function resourceRoute(resource: AppResource): RouteObject {
  return {
    path: resource.path.replace(/^\//, ''),
    element: <AccessGuard access={resource.access} />,
    children: resource.pages.map((page): RouteObject => {
      const leaf: RouteObject = page.path
        ? { path: page.path, lazy: page.load }
        : { index: true, lazy: page.load };
      return page.access ? { element: <AccessGuard access={page.access} />, children: [leaf] } : leaf;
    }),
  };
}

export const router = createBrowserRouter([
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
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppShell />,
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
                  ...RESOURCES.map(resourceRoute),
                  { path: '*', element: <NotFoundResult /> },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
]);
