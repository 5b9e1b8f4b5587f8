import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { createBrowserRouter, useLocation } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from '../app/api/query-client';
import { PublicLoading } from './public-ui';
import { PublicRouteError } from './public-route-error';
import { publicRoutes } from './public-routes';

/**
 * Any other address (the login link, a portal page) belongs to the signed-in app: the document is
 * loaded again, and the server sends the app's document (index.html) for it.
 */
function OpenInApp() {
  const { pathname, search, hash } = useLocation();
  useEffect(() => window.location.replace(pathname + search + hash), [pathname, search, hash]);
  return <PublicLoading />;
}

const router = createBrowserRouter([
  {
    HydrateFallback: PublicLoading,
    errorElement: <PublicRouteError />,
    children: [...publicRoutes, { path: '*', Component: OpenInApp }],
  },
]);

/**
 * The light entry's providers: the API queries (the app's client and its settings) and the public
 * route tree. No antd `App` (its message, modal and notification), no theme provider, no session:
 * the public pages draw with the tokens of design-tokens.css and never sign in.
 */
export function PublicApp() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
