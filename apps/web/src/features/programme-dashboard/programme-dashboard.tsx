import { ProCard } from '@ant-design/pro-components';
import { Alert, Empty, Flex, List, Progress, Table, Tag, Tooltip as Hint, Typography, theme } from 'antd';
import { PILOT_STATUS_LABELS, type PilotStatus } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { errorMessage } from '../../app/api/api-error';
import { type ResponseBody } from '../../app/api/types';
import { useLanguage } from '../../app/i18n/i18n';
import { useProgrammeDashboard } from './programme-dashboard.api';
import { labelOf } from '../../app/i18n/labels';

type Dashboard = ResponseBody<'/api/programmes/{id}/dashboard', 'get'>;

export interface ProgrammeDashboardProps {
  programmeId: string;
}

/** Chart height in px: recharts needs a number; one row of the dashboard grid. */
const CHART_HEIGHT = 260;

/** The programme at a glance, within the viewer's scope (the API filters; this only draws). */
export function ProgrammeDashboard({ programmeId }: ProgrammeDashboardProps) {
  const { t } = useTranslation();
  const dashboard = useProgrammeDashboard(programmeId);
  if (dashboard.isError) return <Alert type="error" showIcon message={errorMessage(dashboard.error)} />;
  const data = dashboard.data;
  return (
    <Flex vertical gap="middle" data-testid="programme-dashboard">
      <ProCard gutter={16} ghost wrap>
        <ProCard
          colSpan={{ xs: 24, xl: 14 }}
          title={t('programmeDashboard:pilotsByRegion')}
          loading={dashboard.isLoading}
        >
          {data && <PilotsByRegion rows={data.pilotsByRegion} />}
        </ProCard>
        <ProCard
          colSpan={{ xs: 24, xl: 10 }}
          title={t('programmeDashboard:applicationsByStatus')}
          loading={dashboard.isLoading}
        >
          {data && <ApplicationsByStatus rows={data.applicationsByStatus} />}
        </ProCard>
      </ProCard>
      <ProCard gutter={16} ghost wrap>
        <ProCard
          colSpan={{ xs: 24, xl: 14 }}
          title={t('programmeDashboard:taskProgress')}
          loading={dashboard.isLoading}
        >
          {data && <TaskProgress rows={data.taskProgress} />}
        </ProCard>
        <ProCard
          colSpan={{ xs: 24, xl: 10 }}
          title={t('programmeDashboard:overdue')}
          loading={dashboard.isLoading}
        >
          {data && <Overdue rows={data.overdue} />}
        </ProCard>
      </ProCard>
      <ProCard gutter={16} ghost wrap>
        <ProCard
          colSpan={{ xs: 24, xl: 14 }}
          title={t('programmeDashboard:guidanceByMonth')}
          loading={dashboard.isLoading}
        >
          {data && <GuidanceByMonth rows={data.guidanceByMonth} />}
        </ProCard>
        <ProCard
          colSpan={{ xs: 24, xl: 10 }}
          title={t('programmeDashboard:guidanceByRegion')}
          loading={dashboard.isLoading}
        >
          {data && <GuidanceByRegion rows={data.guidanceByRegion} />}
        </ProCard>
      </ProCard>
    </Flex>
  );
}

function PilotsByRegion({ rows }: { rows: Dashboard['pilotsByRegion'] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const named = rows.map((row) => ({
    ...row,
    name: row.cityDirect ? t('programmeDashboard:cityDirect') : row.regionName,
  }));
  return (
    <Flex vertical gap="middle">
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <BarChart data={named}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: token.fontSizeSM }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar
            dataKey="quota"
            name={t('programmeDashboard:quota')}
            fill={token.colorFillSecondary}
            stroke={token.colorBorder}
          />
          <Bar
            dataKey="approved"
            name={t('programmeDashboard:approved')}
            stackId="pilots"
            fill={token.colorSuccess}
          />
          <Bar
            dataKey="recommended"
            name={t('programmeDashboard:recommended')}
            stackId="pilots"
            fill={token.colorPrimary}
          />
          <Bar
            dataKey="submitted"
            name={t('programmeDashboard:submitted')}
            stackId="pilots"
            fill={token.colorWarning}
          />
        </BarChart>
      </ResponsiveContainer>
      <Table
        size="small"
        rowKey="regionCode"
        pagination={false}
        dataSource={named}
        columns={[
          { title: t('programmeDashboard:region'), dataIndex: 'name' },
          { title: t('programmeDashboard:quota'), dataIndex: 'quota', align: 'right' },
          { title: t('programmeDashboard:approved'), dataIndex: 'approved', align: 'right' },
          {
            title: t('programmeDashboard:remaining'),
            align: 'right',
            render: (_, row) => {
              const remaining = row.quota - row.approved;
              return remaining > 0 ? remaining : <Tag color="success">{t('programmeDashboard:full')}</Tag>;
            },
          },
          {
            title: t('programmeDashboard:waiting'),
            align: 'right',
            render: (_, row) => row.recommended + row.submitted,
          },
        ]}
      />
    </Flex>
  );
}

function ApplicationsByStatus({ rows }: { rows: Dashboard['applicationsByStatus'] }) {
  const { token } = theme.useToken();
  const language = useLanguage();
  const { t } = useTranslation();
  if (rows.length === 0) return <Empty description={t('programmeDashboard:noApplications')} />;
  const colours: Record<PilotStatus, string> = {
    draft: token.colorTextQuaternary,
    submitted: token.colorWarning,
    recommended: token.colorPrimary,
    returned: token.colorError,
    approved: token.colorSuccess,
    rejected: token.colorTextSecondary,
    withdrawn: token.colorBorder,
  };
  const data = rows.map((row) => ({ ...row, name: labelOf(PILOT_STATUS_LABELS, row.status, language) }));
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <PieChart>
        <Pie data={data} dataKey="count" nameKey="name" innerRadius="45%" outerRadius="75%" label>
          {data.map((row) => (
            <Cell key={row.status} fill={colours[row.status]} />
          ))}
        </Pie>
        <Tooltip />
        <Legend />
      </PieChart>
    </ResponsiveContainer>
  );
}

function TaskProgress({ rows }: { rows: Dashboard['taskProgress'] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (rows.length === 0) return <Empty description={t('programmeDashboard:noTasks')} />;
  return (
    <List
      size="small"
      dataSource={rows}
      renderItem={(row) => (
        <List.Item>
          <Flex vertical style={{ width: '100%' }}>
            <Flex justify="space-between" wrap gap="small">
              <Typography.Text strong>{row.name}</Typography.Text>
              <Typography.Text type="secondary">
                {row.startsOn && row.endsOn ? `${row.startsOn} ~ ${row.endsOn} · ` : ''}
                {t('programmeDashboard:tasksDone', { done: row.done, tasks: row.tasks })}
                {row.overdue > 0 && (
                  <Tag color="error" style={{ marginInlineStart: token.marginXS }}>
                    {t('programmeDashboard:overdueCount', { count: row.overdue })}
                  </Tag>
                )}
              </Typography.Text>
            </Flex>
            <Progress percent={row.percent} status={row.overdue > 0 ? 'exception' : undefined} />
          </Flex>
        </List.Item>
      )}
    />
  );
}

/** Long lists of responsible units (a task for every district) read as "A、B 等 12 个单位". */
const NAMES_SHOWN = 2;

function Overdue({ rows }: { rows: Dashboard['overdue'] }) {
  const { t } = useTranslation();
  const summarise = (names: string[]) =>
    names.length <= NAMES_SHOWN + 1
      ? names.join(t('common.listSeparator'))
      : t('programmeDashboard:andMore', {
          names: names.slice(0, NAMES_SHOWN).join(t('common.listSeparator')),
          count: names.length,
        });
  if (rows.length === 0) return <Empty description={t('programmeDashboard:nothingOverdue')} />;
  return (
    <List
      size="small"
      dataSource={rows}
      renderItem={(row) => (
        <List.Item extra={<Tag color="error">{row.dueOn}</Tag>}>
          <List.Item.Meta
            title={<Link to={row.link}>{row.title}</Link>}
            description={
              <Hint title={row.responsible.join(t('common.listSeparator'))}>
                {t(`programmeDashboard:kind.${row.kind}`)} · {summarise(row.responsible)}
              </Hint>
            }
          />
        </List.Item>
      )}
    />
  );
}

function GuidanceByMonth({ rows }: { rows: Dashboard['guidanceByMonth'] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (rows.length === 0) return <Empty description={t('programmeDashboard:noGuidance')} />;
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <BarChart data={rows}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar dataKey="count" name={t('programmeDashboard:activities')} fill={token.colorPrimary} />
      </BarChart>
    </ResponsiveContainer>
  );
}

function GuidanceByRegion({ rows }: { rows: Dashboard['guidanceByRegion'] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Empty description={t('programmeDashboard:noGuidance')} />;
  return (
    <Table
      size="small"
      rowKey="regionCode"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('programmeDashboard:region'), dataIndex: 'regionName' },
        { title: t('programmeDashboard:activities'), dataIndex: 'count', align: 'right' },
      ]}
    />
  );
}
