import { DownloadOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { App, Button, Descriptions, Empty, Popconfirm, Space, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PROGRAMME_STATUS_LABELS, Role, can, nextProgrammeStatus } from '@skillpay/domain';
import { ApiRequestError, errorMessage, showError } from '../../app/api/api-error';
import { useDomainLabels, labelOf } from '../../app/i18n/labels';
import { useCurrentRole } from '../../app/session/session-user';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { LedgerTable } from './ledger-table';
import { ProgressHistoryButton, ProgressReportButton } from './progress-report';
import { ProgressMatrixView } from './progress-matrix';
import { RoadmapTimeline } from './roadmap-timeline';
import {
  type Programme,
  useExportLedger,
  useProgramme,
  useTasks,
  useUpdateProgramme,
} from './programmes.api';
import { statusColour } from './programme-status';
import { LedgerStructureButtons, RemoveLedgerTaskLink, LedgerTaskFormButton } from './ledger-task-forms';
import { WorkingGroupView } from './working-group';
import { CheckRulesView } from './check-rules';
import { useRegionLabel } from '../regions';

export function ProgrammeDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id } = useParams<{ id: string }>();
  const [searchParams, setSearchParams] = useSearchParams();
  const role = useCurrentRole();
  const programme = useProgramme(id);
  const exportLedger = useExportLedger(id ?? '');

  if (programme.isLoading) return <PageLoading />;
  if (programme.isError) {
    const { error } = programme;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void programme.refetch()} />;
  }
  const record = programme.data;
  if (!record) return <NotFoundResult />;

  const bureau = can(role, 'tasks', 'read');
  const tabs = [
    { key: 'overview', label: t('programmes:tabs.overview'), children: <Overview programme={record} /> },
    ...(bureau
      ? [
          { key: 'ledger', label: t('programmes:tabs.ledger'), children: <Ledger programme={record} /> },
          ...(role === Role.DistrictBureau || role === Role.CityBureau
            ? [{ key: 'mine', label: t('programmes:tabs.mine'), children: <MyTasks programme={record} /> }]
            : []),
          ...(record.editable
            ? [
                {
                  key: 'matrix',
                  label: t('programmes:tabs.matrix'),
                  children: <ProgressMatrixView programme={record} />,
                },
              ]
            : []),
          {
            key: 'roadmap',
            label: t('programmes:tabs.roadmap'),
            children: <RoadmapTimeline programmeId={record.id} />,
          },
          {
            key: 'working-group',
            label: t('programmes:tabs.workingGroup'),
            children: <WorkingGroupView programmeId={record.id} editable={record.editable} />,
          },
          {
            key: 'check-rules',
            label: t('programmes:tabs.checkRules'),
            children: <CheckRulesView programmeId={record.id} />,
          },
        ]
      : []),
  ];
  // Reminders and the dashboard link to `?task=<id>`: open the bureau's own tasks, or the ledger.
  const fallbackTab = searchParams.get('task')
    ? (tabs.find((tab) => tab.key === (record.editable ? 'ledger' : 'mine'))?.key ?? 'overview')
    : 'overview';
  const activeTab = tabs.some((tab) => tab.key === searchParams.get('tab'))
    ? searchParams.get('tab')!
    : fallbackTab;

  return (
    <PageContainer
      title={record.title}
      subTitle={record.documentNumber}
      onBack={() => navigate('/programmes')}
      breadcrumbRender={false}
      extra={
        bureau
          ? [
              <Button
                key="export"
                icon={<DownloadOutlined />}
                loading={exportLedger.isPending}
                onClick={() =>
                  exportLedger.mutate(undefined, { onError: (error) => showError(message, error) })
                }
                data-testid="export-ledger"
              >
                {t('programmes:exportLedger')}
              </Button>,
            ]
          : []
      }
    >
      <Tabs
        activeKey={activeTab}
        onChange={(key) => setSearchParams({ tab: key }, { replace: true })}
        items={tabs}
        destroyOnHidden
      />
    </PageContainer>
  );
}

function Overview({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { language } = useDomainLabels();
  const update = useUpdateProgramme(programme.id, programme.version);
  const regionLabel = useRegionLabel();
  const next = nextProgrammeStatus(programme.status);

  const changeStatus = async () => {
    if (!next) return;
    try {
      await update.mutateAsync({ status: next });
      message.success(t('programmes:statusChanged'));
    } catch (error) {
      showError(message, error);
    }
  };

  return (
    <ProCard direction="column" gutter={[0, 16]}>
      <ProCard
        bordered
        title={t('programmes:documentInfo')}
        extra={
          programme.editable && next ? (
            <Popconfirm
              title={t(next === 'active' ? 'programmes:activateConfirm' : 'programmes:closeConfirm')}
              onConfirm={changeStatus}
            >
              <Button type="primary" loading={update.isPending} data-testid="programme-status-next">
                {t(next === 'active' ? 'programmes:activate' : 'programmes:close')}
              </Button>
            </Popconfirm>
          ) : null
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label={t('programmes:title')} span={2}>
            {programme.title}
          </Descriptions.Item>
          <Descriptions.Item label={t('programmes:documentNumber')}>
            {programme.documentNumber ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('programmes:status')}>
            <Tag color={statusColour(programme.status)}>
              {labelOf(PROGRAMME_STATUS_LABELS, programme.status, language)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('programmes:issuingBodies')} span={2}>
            {programme.issuingBodies.length ? programme.issuingBodies.join(t('common.listSeparator')) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('programmes:region')}>
            {regionLabel(programme.regionCode, programme.regionName)}
          </Descriptions.Item>
          <Descriptions.Item label={t('programmes:year')}>{programme.year}</Descriptions.Item>
          <Descriptions.Item label={t('programmes:principles')} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {programme.principles ?? '—'}
            </Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </ProCard>
      <ProCard
        bordered
        title={programme.phases.length ? t('programmes:phases') : t('programmes:measures')}
        extra={
          programme.editable && programme.status !== 'closed' ? (
            <Space>
              <LedgerStructureButtons programme={programme} />
            </Space>
          ) : null
        }
      >
        {programme.phases.length === 0 && programme.measures.length === 0 ? (
          <Empty description={t('programmes:noPhases')} />
        ) : null}
        <Space direction="vertical">
          {programme.phases.map((phase) => (
            <Typography.Text key={phase.id}>
              {phase.position}. {phase.name}（{phase.startsOn} ~ {phase.endsOn}）
            </Typography.Text>
          ))}
          {programme.measures.map((measure) => (
            <Typography.Text key={measure.id}>
              {measure.position}. {measure.title}
              <Typography.Text type="secondary">
                （{t('programmes:responsible')}：{measure.responsibleUnits.join(t('common.listSeparator'))}）
              </Typography.Text>
            </Typography.Text>
          ))}
        </Space>
      </ProCard>
    </ProCard>
  );
}

function Ledger({ programme }: { programme: Programme }) {
  const tasks = useTasks(programme.id);
  return (
    <LedgerTable
      programme={programme}
      tasks={tasks.data ?? []}
      loading={tasks.isLoading}
      toolbar={programme.editable ? [<LedgerTaskFormButton key="add" programme={programme} />] : []}
      actions={(task) => (
        <Space size={4} wrap>
          {programme.editable ? <LedgerTaskFormButton programme={programme} task={task} /> : null}
          {programme.editable ? <RemoveLedgerTaskLink programme={programme} task={task} /> : null}
          {task.mine || programme.editable ? (
            <ProgressHistoryButton programmeId={programme.id} task={task} />
          ) : null}
        </Space>
      )}
    />
  );
}

function MyTasks({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const tasks = useTasks(programme.id, true);
  if (tasks.data && tasks.data.length === 0) return <Empty description={t('programmes:noMyTasks')} />;
  return (
    <LedgerTable
      programme={programme}
      tasks={tasks.data ?? []}
      loading={tasks.isLoading}
      own
      actions={(task) => (
        <Space size={0} wrap>
          {/* a linked task follows the portal's records: nothing to report by hand */}
          {programme.status === 'active' && !task.linkedEvent ? (
            <ProgressReportButton programmeId={programme.id} task={task} />
          ) : null}
          <ProgressHistoryButton programmeId={programme.id} task={task} />
        </Space>
      )}
    />
  );
}
