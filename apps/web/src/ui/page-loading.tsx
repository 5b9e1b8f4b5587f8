import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export interface PageLoadingProps {
  /** Fill the whole viewport (before the shell exists) rather than the content area. */
  fullscreen?: boolean;
}

export function PageLoading({ fullscreen = false }: PageLoadingProps) {
  const { t } = useTranslation();
  return (
    <Flex
      align="center"
      justify="center"
      style={{ minHeight: fullscreen ? '100vh' : '40vh', width: '100%' }}
      role="status"
      aria-live="polite"
    >
      <Spin size="large" />
      <span className="sr-only">{t('common.loading')}</span>
    </Flex>
  );
}
