import { SettingOutlined } from '@ant-design/icons';
import { PageContainer, ProCard, type ProColumns } from '@ant-design/pro-components';
import { Alert, App, Button, Form, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PROGRESS_REPORT_STATUS_LABELS, ProgressReportStatus, ReportCadence, Role } from '@skillpay/domain';
import { errorMessage, showError } from '../../app/api/api-error';
import { valueEnumOf } from '../../app/i18n/labels';
import { useCurrentRole } from '../../app/session/session-user';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult } from '../../ui/status-results';
import { useRegionLabel } from '../regions';
import {
  exportProgressReports,
  listProgressReports,
  type ProgrammeSchedule,
  type ProgressReportListItem,
  type ProgressReportQuery,
  useReportSchedule,
  useSetCadence,
  reportKeys,
} from './progress-reports.api';
import { ReportStatusTag } from './report-status';
import { useReportLabels } from './report-labels';
import { QueryTable, type QueryTableParams } from '../../ui/query-table';

/** One programme's periods for the enterprise: its own report per period, or a button to write it. */
function ProgrammePeriods({ schedule }: { schedule: ProgrammeSchedule }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = useReportLabels();
  return (
    <ProCard
      bordered
      title={t('progressReports:schedule.title', {
        programme: schedule.programmeTitle,
        year: schedule.year,
        cadence: labels.cadence(schedule.cadence),
      })}
    >
      <Table
        size="small"
        rowKey="period"
        pagination={false}
        dataSource={schedule.periods}
        data-testid={`schedule-${schedule.programmeId}`}
        onRow={(row) => ({ 'data-testid': `period-${row.period}` }) as object}
        columns={[
          { title: t('progressReports:period'), render: (_v, row) => labels.period(row.period) },
          { title: t('progressReports:dueOn'), dataIndex: 'dueOn', width: 130 },
          {
            title: t('progressReports:status'),
            width: 200,
            render: (_v, row) => (
              <Space size={4}>
                {row.status ? <ReportStatusTag status={row.status} /> : null}
                {row.currentVersion && row.currentVersion > 1 ? (
                  <Tag>{t('progressReports:versionN', { version: row.currentVersion })}</Tag>
                ) : null}
                {row.overdue ? <Tag color="error">{t('progressReports:overdue')}</Tag> : null}
                {!row.status && !row.overdue ? (
                  <Typography.Text type="secondary">
                    {!row.open
                      ? t('progressReports:schedule.notOpen')
                      : row.owed
                        ? t('progressReports:schedule.owed')
                        : t('progressReports:schedule.beforePilot')}
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            width: 120,
            render: (_v, row) =>
              row.reportId ? (
                <Button
                  size="small"
                  onClick={() => navigate(`/progress-reports/${row.reportId}`)}
                  data-testid="period-open"
                >
                  {row.status === ProgressReportStatus.Draft
                    ? t('progressReports:schedule.continue')
                    : t('progressReports:schedule.view')}
                </Button>
              ) : row.open ? (
                <Button
                  size="small"
                  type={row.owed ? 'primary' : 'default'}
                  data-testid="period-write"
                  onClick={() =>
                    navigate(
                      `/progress-reports/new?programmeId=${schedule.programmeId}&period=${encodeURIComponent(row.period)}`,
                    )
                  }
                >
                  {t('progressReports:schedule.write')}
                </Button>
              ) : null,
          },
        ]}
      />
    </ProCard>
  );
}

/** 进展报送 for an enterprise: the periods of each programme it is a pilot of. */
function OwnReports() {
  const { t } = useTranslation();
  const schedule = useReportSchedule();
  if (schedule.isLoading) return <PageLoading />;
  if (schedule.isError)
    return <ErrorResult message={errorMessage(schedule.error)} onRetry={() => void schedule.refetch()} />;
  const programmes = schedule.data?.programmes ?? [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert type="info" showIcon message={t('progressReports:schedule.rule')} />
      {programmes.length === 0 ? (
        <Alert type="warning" showIcon message={t('progressReports:schedule.noPilot')} />
      ) : null}
      {programmes.map((programme) => (
        <ProgrammePeriods key={programme.programmeId} schedule={programme} />
      ))}
    </Space>
  );
}

/** The city bureau sets how often a programme's pilots report, until the first report exists. */
function CadenceModal({ programmes, onClose }: { programmes: ProgrammeSchedule[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useReportLabels();
  const setCadence = useSetCadence();
  const [form] = Form.useForm<{ programmeId: string; cadence: ReportCadence }>();
  const programmeId = Form.useWatch('programmeId', form);
  const chosen = programmes.find((p) => p.programmeId === programmeId);
  return (
    <Modal
      open
      title={t('progressReports:cadence.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !chosen?.cadenceEditable }}
      confirmLoading={setCadence.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ programmeId: programmes[0]?.programmeId, cadence: programmes[0]?.cadence }}
        onValuesChange={(changed) => {
          if (changed.programmeId) {
            form.setFieldValue(
              'cadence',
              programmes.find((p) => p.programmeId === changed.programmeId)?.cadence,
            );
          }
        }}
        onFinish={async (values) => {
          try {
            await setCadence.mutateAsync({ ...values, programmeVersion: chosen?.programmeVersion });
            message.success(t('progressReports:cadence.saved'));
            onClose();
          } catch (error) {
            showError(message, error);
          }
        }}
      >
        <Form.Item
          name="programmeId"
          label={t('progressReports:cadence.programme')}
          rules={[{ required: true }]}
        >
          <Select
            options={programmes.map((p) => ({
              value: p.programmeId,
              label: `${p.programmeTitle}（${p.year}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="cadence" label={t('progressReports:cadence.cadence')} rules={[{ required: true }]}>
          <Radio.Group
            disabled={!chosen?.cadenceEditable}
            options={Object.values(ReportCadence).map((value) => ({ value, label: labels.cadence(value) }))}
          />
        </Form.Item>
        {chosen && !chosen.cadenceEditable ? (
          <Alert type="info" showIcon message={t('progressReports:cadence.locked')} />
        ) : null}
      </Form>
    </Modal>
  );
}

interface ReportSearch {
  q?: string;
  programmeId?: string;
  period?: string;
  status?: string;
}

/** The list's filters as the API takes them, for a page and for the export. */
function reportQuery({ q, programmeId, period, status }: QueryTableParams<ReportSearch>) {
  return {
    q: q?.trim() ? q.trim() : undefined,
    programmeId,
    period,
    status: status as ProgressReportQuery['status'],
  };
}

/** The bureaus' review queue: reports in their scope, waiting ones first by default. */
function ReviewQueue() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = useCurrentRole();
  const labels = useReportLabels();
  const regionLabel = useRegionLabel();
  const schedule = useReportSchedule();
  const [cadenceOpen, setCadenceOpen] = useState(false);
  const programmes = schedule.data?.programmes ?? [];
  const periods = [
    ...new Set(programmes.flatMap((p) => p.periods.filter((period) => period.open).map((x) => x.period))),
  ];

  const columns: ProColumns<ProgressReportListItem>[] = [
    { title: t('common.keyword'), dataIndex: 'q', hideInTable: true },
    {
      title: t('progressReports:enterprise'),
      dataIndex: ['enterprise', 'name'],
      hideInSearch: true,
      width: 220,
      ellipsis: true,
      render: (_dom, record) => (
        <Link to={`/progress-reports/${record.id}`} data-testid="report-link">
          {record.enterprise.name}
        </Link>
      ),
    },
    {
      title: t('progressReports:region'),
      hideInSearch: true,
      width: 110,
      render: (_dom, record) => regionLabel(record.enterprise.regionCode, record.enterprise.regionName),
    },
    {
      title: t('progressReports:programme'),
      dataIndex: 'programmeId',
      width: 200,
      ellipsis: true,
      valueType: 'select',
      valueEnum: Object.fromEntries(programmes.map((p) => [p.programmeId, { text: p.programmeTitle }])),
      render: (_dom, record) => record.programmeTitle,
    },
    {
      title: t('progressReports:period'),
      dataIndex: 'period',
      width: 130,
      valueType: 'select',
      valueEnum: Object.fromEntries(periods.map((period) => [period, { text: labels.period(period) }])),
      render: (_dom, record) => labels.period(record.period),
    },
    {
      title: t('progressReports:version'),
      hideInSearch: true,
      width: 80,
      render: (_dom, record) => t('progressReports:versionN', { version: record.currentVersion }),
    },
    {
      title: t('progressReports:status'),
      dataIndex: 'status',
      width: 150,
      valueType: 'select',
      valueEnum: valueEnumOf(PROGRESS_REPORT_STATUS_LABELS, labels.language),
      render: (_dom, record) => (
        <Space size={4}>
          <ReportStatusTag status={record.status} />
          {record.overdue ? <Tag color="error">{t('progressReports:overdue')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('progressReports:failedChecks'),
      hideInSearch: true,
      width: 100,
      render: (_dom, record) =>
        record.failedChecks > 0 ? (
          <Tag color="error">{record.failedChecks}</Tag>
        ) : (
          <Tag color="success">0</Tag>
        ),
    },
    {
      title: t('progressReports:submittedAt'),
      dataIndex: 'submittedAt',
      valueType: 'dateTime',
      hideInSearch: true,
      width: 160,
    },
  ];

  return (
    <>
      <QueryTable<ProgressReportListItem, ReportSearch>
        queryKey={reportKeys.all}
        rowKey="id"
        columns={columns}
        headerTitle={t('progressReports:queueTitle')}
        form={{ initialValues: { status: ProgressReportStatus.Submitted } }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        scroll={{ x: 'max-content' }}
        syncToUrl
        request={async ({ current, pageSize, ...search }) => {
          const page = await listProgressReports({
            ...reportQuery(search),
            page: current ?? 1,
            pageSize: pageSize ?? 20,
          });
          return { data: page.items, total: page.total, success: true };
        }}
        onExport={(search) => exportProgressReports(reportQuery(search))}
        onRequestError={(error) => showError(message, error)}
        toolBarRender={() => [
          role === Role.CityBureau ? (
            <Button
              key="cadence"
              icon={<SettingOutlined />}
              disabled={programmes.length === 0}
              onClick={() => setCadenceOpen(true)}
              data-testid="report-cadence"
            >
              {t('progressReports:cadence.button')}
            </Button>
          ) : null,
        ]}
      />
      {cadenceOpen ? <CadenceModal programmes={programmes} onClose={() => setCadenceOpen(false)} /> : null}
    </>
  );
}

export function ProgressReportListPage() {
  const { t } = useTranslation();
  const role = useCurrentRole();
  return (
    <PageContainer title={t('progressReports:title')} breadcrumbRender={false}>
      {role === Role.Enterprise ? <OwnReports /> : <ReviewQueue />}
    </PageContainer>
  );
}
