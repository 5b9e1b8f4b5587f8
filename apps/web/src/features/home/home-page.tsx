import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Badge, Col, Descriptions, Flex, Row, Statistic, Tag, Typography, theme } from 'antd';
import { type ReactNode, createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrganisationType, type Role, can } from '@skillpay/domain';
import { useDomainLabels } from '../../app/i18n/labels';
import { canOpen, menuFor } from '../../app/navigation';
import { useCurrentUser } from '../../app/session/session-store';
import { roleOf } from '../../app/session/session-user';
import { ProgrammeOverview } from '../programme-dashboard';
import { ProgrammeStatisticsCard } from '../programme-statistics';
import { OpinionStatisticsCard } from '../opinion-notes';
import { AuditHomeCard } from '../audit';
import { useRegions } from '../regions';
import { MENU_ICONS } from '../../app/menu-icons';
import { useHealth, useOrganisationCount, useUserCount } from './home.api';
import { WorkbenchCard } from './workbench-card';

interface CountCardProps {
  title: string;
  value: number | undefined;
  loading: boolean;
  failed: boolean;
  to: string;
  testId: string;
}

function CountCard({ title, value, loading, failed, to, testId }: CountCardProps) {
  const { t } = useTranslation();
  return (
    <ProCard title={title} style={{ height: '100%' }} extra={<Link to={to}>{t('home:open')}</Link>}>
      <Statistic value={failed ? '—' : value} loading={loading} data-testid={testId} />
    </ProCard>
  );
}

function HealthCard() {
  const { t } = useTranslation();
  const health = useHealth(true);
  const up = (value: string | undefined) => value === 'ok' || value === 'up';
  const badge = (value: string | undefined, text = value) =>
    health.isError ? (
      <Badge status="error" text={t('home:health.unreachable')} />
    ) : (
      <Badge status={up(value) ? 'success' : 'error'} text={text ?? '…'} />
    );
  // embedded mode keeps the queues in PostgreSQL: they are up when the database is
  const queues =
    health.data?.queues === 'postgres'
      ? badge(health.data.db, t('home:health.queuesInPostgres'))
      : badge(health.data?.redis, health.data?.redis && `Redis ${health.data.redis}`);
  return (
    <ProCard title={t('home:health.title')} loading={health.isLoading}>
      <Descriptions column={1} size="small" data-testid="dashboard-health">
        <Descriptions.Item label={t('home:health.api')}>{badge(health.data?.status)}</Descriptions.Item>
        <Descriptions.Item label={t('home:health.db')}>{badge(health.data?.db)}</Descriptions.Item>
        <Descriptions.Item label={t('home:health.queues')}>{queues}</Descriptions.Item>
      </Descriptions>
    </ProCard>
  );
}

function FigureCards({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const listsOrganisations = canOpen('organisations', role);
  const organisations = useOrganisationCount({}, listsOrganisations);
  const enterprises = useOrganisationCount({ type: OrganisationType.Enterprise }, listsOrganisations);
  const users = useUserCount(can(role, 'users', 'read'));
  const regions = useRegions(canOpen('regions', role));
  const cards: ReactNode[] = [];
  if (listsOrganisations) {
    cards.push(
      <CountCard
        key="organisations"
        testId="dashboard-count-organisations"
        title={t('home:figures.organisations')}
        value={organisations.data}
        loading={organisations.isLoading}
        failed={organisations.isError}
        to="/organisations"
      />,
      <CountCard
        key="enterprises"
        testId="dashboard-count-enterprises"
        title={t('home:figures.enterprises')}
        value={enterprises.data}
        loading={enterprises.isLoading}
        failed={enterprises.isError}
        to={`/organisations?type=${OrganisationType.Enterprise}`}
      />,
    );
  }
  if (can(role, 'users', 'read')) {
    cards.push(
      <CountCard
        key="users"
        testId="dashboard-count-users"
        title={t('home:figures.users')}
        value={users.data}
        loading={users.isLoading}
        failed={users.isError}
        to="/users"
      />,
    );
  }
  if (canOpen('regions', role)) {
    cards.push(
      <CountCard
        key="regions"
        testId="dashboard-count-regions"
        title={t('home:figures.regions')}
        value={regions.data?.length}
        loading={regions.isLoading}
        failed={regions.isError}
        to="/regions"
      />,
    );
  }
  if (cards.length === 0) return null;
  return (
    <Row gutter={[token.marginMD, token.marginMD]} style={{ marginBottom: token.marginMD }}>
      {cards.map((card, index) => (
        <Col key={index} xs={24} md={12} xl={6}>
          {card}
        </Col>
      ))}
    </Row>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const labels = useDomainLabels();
  const user = useCurrentUser();
  const role = roleOf(user);
  const shortcuts = menuFor(role).filter((entry) => entry.key !== 'dashboard');
  const regionName = labels.language === 'en' ? user.region.nameEn : user.region.name;

  return (
    <PageContainer title={false} breadcrumbRender={false}>
      <ProCard style={{ marginBottom: token.marginMD }}>
        <Flex vertical gap={token.marginXS} data-testid="dashboard-welcome">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('home:welcome', { name: user.displayName })}
          </Typography.Title>
          <Flex gap={token.marginXS} wrap align="center">
            <Typography.Text>{user.organisation.name}</Typography.Text>
            <Typography.Text type="secondary">·</Typography.Text>
            <Typography.Text type="secondary">{t('home:region', { region: regionName })}</Typography.Text>
            <Tag color="blue" style={{ marginInlineStart: token.marginXS }}>
              {labels.role(role)}
            </Tag>
          </Flex>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t(`home:roleSummary.${role}`)}
          </Typography.Paragraph>
        </Flex>
      </ProCard>

      {/* the audit administrator's to-dos are in the log itself: its chain, denials, exports */}
      {can(role, 'auditLog', 'read') ? (
        <div style={{ marginBottom: token.marginMD }}>
          <AuditHomeCard />
        </div>
      ) : (
        <WorkbenchCard enabled={can(role, 'dashboard', 'read')} />
      )}

      <FigureCards role={role} />

      {can(role, 'tasks', 'read') ? (
        <div style={{ marginBottom: token.marginMD }}>
          <ProgrammeOverview />
        </div>
      ) : null}

      {/* 舆情: the bureaus' notes by topic, sentiment and month (the auditor reads notes, it does not follow them) */}
      {canOpen('opinionNotes', role) ? (
        <div style={{ marginBottom: token.marginMD }}>
          <OpinionStatisticsCard linkToList />
        </div>
      ) : null}

      {can(role, 'programmeStatistics', 'read') ? (
        <div style={{ marginBottom: token.marginMD }}>
          <ProgrammeStatisticsCard />
        </div>
      ) : null}

      <Row gutter={[token.marginMD, token.marginMD]}>
        {shortcuts.map((entry) => (
          <Col key={entry.key} xs={24} md={12} xl={8}>
            <Link to={entry.path} data-testid={`dashboard-shortcut-${entry.key}`}>
              <ProCard hoverable style={{ height: '100%' }}>
                <Flex gap={token.marginSM} align="start">
                  <span style={{ fontSize: token.fontSizeHeading3, color: token.colorPrimary }}>
                    {createElement(MENU_ICONS[entry.key])}
                  </span>
                  <Flex vertical gap={token.marginXXS}>
                    <Typography.Text strong>{t(`menu.${entry.label}`)}</Typography.Text>
                    <Typography.Text type="secondary">{t(`home:shortcuts.${entry.label}`)}</Typography.Text>
                  </Flex>
                </Flex>
              </ProCard>
            </Link>
          </Col>
        ))}
        {can(role, 'queues', 'read') ? (
          <Col xs={24} md={12} xl={8}>
            <HealthCard />
          </Col>
        ) : null}
      </Row>
    </PageContainer>
  );
}
