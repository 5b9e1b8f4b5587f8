import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
// The ESM builds: the CommonJS `antd/locale/*` entries lose their default export in the bundle.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { type Language } from '@skillpay/domain';
import { useMemo } from 'react';
import { RouterProvider } from 'react-router/dom';
import { EditConflictNotice } from './api/edit-conflict-notice';
import { queryClient } from './api/query-client';
import { usePrefersReducedMotion } from './reduced-motion';
import { useLanguage } from './i18n/i18n';
import { router } from './router';
import { appTheme } from './theme';

const ANTD_LOCALES: Record<Language, typeof zhCN> = { 'zh-CN': zhCN, en: enUS };

export function App() {
  const language = useLanguage();
  const reducedMotion = usePrefersReducedMotion();
  const theme = useMemo(
    () => (reducedMotion ? { ...appTheme, token: { ...appTheme.token, motion: false } } : appTheme),
    [reducedMotion],
  );
  return (
    // ProComponents read their own texts off antd's locale, so one switch changes everything.
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
          <EditConflictNotice />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
