import { ExportOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, theme } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage, unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult } from '../../ui/status-results';

const BOARD_PATH = '/api/admin/queues';

/**
 * Bull Board. The board authenticates with a short-lived httpOnly cookie scoped to its path, which
 * POST /api/admin/queues/session sets in exchange for the bearer token; reopening renews it.
 */
export function QueuesPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const session = useQuery({
    queryKey: ['queues', 'session'],
    queryFn: async () => {
      await unwrap(api.POST('/api/admin/queues/session'));
      return Date.now();
    },
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });

  const extra = [
    <Button
      key="reload"
      icon={<ReloadOutlined />}
      onClick={() => void session.refetch()}
      loading={session.isFetching}
    >
      {t('queues:reload')}
    </Button>,
    <Button
      key="open"
      icon={<ExportOutlined />}
      disabled={!session.isSuccess}
      href={`${BOARD_PATH}/`}
      target="_blank"
      rel="noopener"
    >
      {t('queues:openInNewTab')}
    </Button>,
  ];

  return (
    <PageContainer
      title={t('menu.queues')}
      subTitle={t('queues:subtitle')}
      extra={extra}
      breadcrumbRender={false}
    >
      {session.isLoading ? (
        <PageLoading />
      ) : session.isError ? (
        <ErrorResult message={errorMessage(session.error)} onRetry={() => void session.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }} style={{ overflow: 'hidden' }}>
          <iframe
            // A new session remounts the board so it picks up the fresh cookie.
            key={session.data}
            src={`${BOARD_PATH}/`}
            title={t('queues:frameTitle')}
            data-testid="queues-frame"
            style={{
              display: 'block',
              width: '100%',
              border: 0,
              // Viewport minus header and page title; the board scrolls inside.
              height: `calc(100vh - ${token.controlHeightLG * 4}px)`,
              minHeight: token.controlHeightLG * 12,
            }}
          />
        </Card>
      )}
    </PageContainer>
  );
}
