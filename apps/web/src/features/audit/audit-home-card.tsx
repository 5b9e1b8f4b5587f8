import { ProCard } from '@ant-design/pro-components';
import { Badge, Button, Col, Empty, Flex, List, Row, Statistic, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatChinaTime } from '@skillpay/domain';
import { errorMessage } from '../../app/api/api-error';
import { useAuditChainState, useAuditLogPage } from './audit.api';

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** How many entries of an action the last seven days hold, opening them in the log. */
function WeekCount({ action, title, testId }: { action: string; title: string; testId: string }) {
  const { t } = useTranslation();
  // one instant per mount, so the query key stays put between renders
  const [from] = useState(() => new Date(Date.now() - WEEK_MS).toISOString());
  const page = useAuditLogPage({ action, from, page: 1, pageSize: 1 });
  return (
    <ProCard
      bordered
      style={{ height: '100%' }}
      extra={<Link to={`/audit-logs?action=${encodeURIComponent(action)}`}>{t('audit:home.open')}</Link>}
    >
      <Statistic
        title={title}
        value={page.isError ? '—' : page.data?.total}
        loading={page.isLoading}
        data-testid={testId}
      />
    </ProCard>
  );
}

/**
 * The audit administrator's home: what waits for it — whether the hash chain holds (checked when
 * the home opens), the denials and failed logins of the week, and who exported the log lately.
 */
export function AuditHomeCard() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const chain = useAuditChainState();
  const exports = useAuditLogPage({ action: 'audit.export', page: 1, pageSize: 5 });

  return (
    <ProCard title={t('audit:home.title')} data-testid="audit-home">
      <Flex vertical gap={token.marginMD}>
        <Row gutter={[token.marginMD, token.marginMD]}>
          <Col xs={24} md={8}>
            <ProCard
              bordered
              style={{ height: '100%' }}
              title={t('audit:home.chain')}
              extra={
                <Button size="small" loading={chain.isFetching} onClick={() => void chain.refetch()}>
                  {t('audit:home.verifyAgain')}
                </Button>
              }
            >
              {chain.isError ? (
                <Badge status="error" text={errorMessage(chain.error)} />
              ) : chain.data ? (
                <Flex vertical gap={token.marginXXS} data-testid="audit-home-chain" data-ok={chain.data.ok}>
                  <Badge
                    status={chain.data.ok ? 'success' : 'error'}
                    text={chain.data.ok ? t('audit:verifyOk') : t('audit:verifyBroken')}
                  />
                  <Typography.Text type="secondary">
                    {t('audit:verifyChecked', { count: chain.data.checked })}
                  </Typography.Text>
                  {chain.data.firstBrokenId ? (
                    <Typography.Text type="danger" copyable>
                      {t('audit:verifyFirstBroken')}
                      {chain.data.firstBrokenId}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ) : (
                <Badge status="processing" text="…" />
              )}
            </ProCard>
          </Col>
          <Col xs={24} md={8}>
            <WeekCount action="access.denied" title={t('audit:home.denied')} testId="audit-home-denied" />
          </Col>
          <Col xs={24} md={8}>
            <WeekCount
              action="auth.login_failed"
              title={t('audit:home.loginFailed')}
              testId="audit-home-login-failed"
            />
          </Col>
        </Row>
        <ProCard
          bordered
          title={t('audit:home.recentExports')}
          extra={<Link to="/audit-logs?action=audit.export">{t('audit:home.open')}</Link>}
        >
          {exports.data && exports.data.items.length === 0 ? (
            <Empty description={t('audit:home.noExports')} />
          ) : (
            <List
              size="small"
              loading={exports.isLoading}
              dataSource={exports.data?.items ?? []}
              renderItem={(entry) => (
                <List.Item>
                  <Flex justify="space-between" gap={token.marginSM} style={{ width: '100%' }}>
                    <Typography.Text>
                      {t('audit:home.exportBy', {
                        actor: entry.actorName ?? entry.actorUsername ?? t('audit:anonymous'),
                        format: String(entry.after?.format ?? '').toUpperCase(),
                      })}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                      {formatChinaTime(entry.occurredAt)}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </ProCard>
      </Flex>
    </ProCard>
  );
}
