import { QueryClient } from '@tanstack/react-query';
import { sessionStore } from '../session/session-store';
import { ApiRequestError } from './api-error';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (403, 404, validation) will not change on retry; network and 5xx may.
      retry: (failureCount, error) =>
        failureCount < 2 && !(error instanceof ApiRequestError && error.status > 0 && error.status < 500),
    },
    mutations: { retry: false },
  },
});

// Nothing one user fetched may be shown to the next one on this browser.
sessionStore.subscribe(() => {
  if (sessionStore.getState().status === 'anonymous') queryClient.clear();
});
