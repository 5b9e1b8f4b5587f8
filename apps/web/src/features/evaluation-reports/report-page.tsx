import {
  DownloadOutlined,
  FileWordOutlined,
  ReloadOutlined,
  SaveOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Popconfirm,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import {
  can,
  EVALUATION_REPORT_SECTION_LABELS,
  EVALUATION_REPORT_SECTIONS,
  type EvaluationReportSection,
  formatChinaTime,
} from '@skillpay/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiRequestError, showError } from '../../app/api/api-error';
import { useLanguage } from '../../app/i18n/i18n';
import { useCurrentRole } from '../../app/session/session-user';
import { useCurrentUser } from '../../app/session/session-store';
import { PageLoading } from '../../ui/page-loading';
import { NotFoundResult, QueryFailureResult } from '../../ui/status-results';
import {
  downloadEvaluationReport,
  type EvaluationDistrictReport,
  type EvaluationReport,
  type EvaluationReportSections,
  type EvaluationReportVersion,
  useEvaluationReport,
  useGenerateEvaluationReport,
  useSubmitEvaluationReport,
  useUpdateEvaluationReport,
} from './evaluation-reports.api';
import { ReportStateTag } from './report-list-page';

/** 2026-12-07 16:05 (China time) */
const chinaMinute = (value: string | Date) => formatChinaTime(value).slice(0, 16);

/** 48,213 bytes → 47 KB */
const kilobytes = (size: number) => `${Math.max(1, Math.round(size / 1024)).toLocaleString('en-US')} KB`;

/**
 * One evaluation report: the five narrative sections (editable by the bureau that owns it), its
 * generated versions with their downloads, a district's submission to the city, and — on the
 * city's report — where each district's report stands.
 */
export function ReportPage() {
  const { id } = useParams<{ id: string }>();
  const report = useEvaluationReport(id);
  if (report.isLoading) return <PageLoading />;
  if (report.isError)
    return <QueryFailureResult error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data) return <NotFoundResult />;
  // the editor starts again from the record whenever its edit version changes (a save, a reload)
  return (
    <ReportEditor
      key={`${report.data.id}:${report.data.editVersion}`}
      record={report.data}
      onReload={() => void report.refetch()}
    />
  );
}

function ReportEditor({ record, onReload }: { record: EvaluationReport; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const language = useLanguage();
  const role = useCurrentRole();
  const user = useCurrentUser();
  const update = useUpdateEvaluationReport();
  const generate = useGenerateEvaluationReport();
  const submit = useSubmitEvaluationReport();
  const [draft, setDraft] = useState<EvaluationReportSections>(record.sections);
  const [conflict, setConflict] = useState(false);
  const [downloading, setDownloading] = useState<number | null>(null);
  const editable = record.regionCode === user.region.code && can(role, 'evaluationReports', 'update');
  const dirty = EVALUATION_REPORT_SECTIONS.some((section) => draft[section] !== record.sections[section]);
  const tooLong = EVALUATION_REPORT_SECTIONS.find(
    (section) => draft[section].length > record.maxSectionLength,
  );
  const latest = record.versions[0]?.versionNo ?? null;

  const save = async () => {
    try {
      await update.mutateAsync({ report: record, input: { sections: draft } });
      message.success(t('evaluationReports:saved'));
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 412) setConflict(true);
      showError(message, error);
    }
  };

  const generateNow = async () => {
    try {
      const version = await generate.mutateAsync(record.id);
      message.success(t('evaluationReports:generated', { n: version.versionNo }));
    } catch (error) {
      showError(message, error);
    }
  };

  const download = async (versionNo: number) => {
    setDownloading(versionNo);
    try {
      await downloadEvaluationReport(record.id, versionNo);
    } catch (error) {
      showError(message, error);
    } finally {
      setDownloading(null);
    }
  };

  const actions = [];
  if (editable) {
    actions.push(
      <Button
        key="save"
        data-testid="report-save"
        icon={<SaveOutlined />}
        disabled={!dirty || Boolean(tooLong)}
        loading={update.isPending}
        onClick={() => void save()}
      >
        {t('evaluationReports:save')}
      </Button>,
      <Tooltip
        key="generate"
        title={dirty ? t('evaluationReports:saveFirst') : t('evaluationReports:generateHint')}
      >
        <Button
          data-testid="report-generate"
          type="primary"
          icon={<FileWordOutlined />}
          disabled={dirty}
          loading={generate.isPending}
          onClick={() => void generateNow()}
        >
          {t('evaluationReports:generate')}
        </Button>
      </Tooltip>,
    );
  }
  if (record.canSubmit && latest !== null) {
    actions.push(
      <Popconfirm
        key="submit"
        title={t('evaluationReports:submitConfirm', { n: latest })}
        onConfirm={async () => {
          try {
            await submit.mutateAsync(record.id);
            message.success(t('evaluationReports:submitDone', { n: latest }));
          } catch (error) {
            showError(message, error);
          }
        }}
      >
        <Button
          data-testid="report-submit"
          icon={<SendOutlined />}
          loading={submit.isPending}
          disabled={dirty}
        >
          {t('evaluationReports:submit')}
        </Button>
      </Popconfirm>,
    );
  }

  const versionColumns: TableColumnsType<EvaluationReportVersion> = [
    {
      key: 'version',
      title: t('evaluationReports:version'),
      width: 110,
      render: (_, version) => t('evaluationReports:versionNo', { n: version.versionNo }),
    },
    {
      key: 'generatedAt',
      title: t('evaluationReports:generatedAt'),
      width: 170,
      render: (_, version) => chinaMinute(version.generatedAt),
    },
    { key: 'generatedBy', title: t('evaluationReports:generatedBy'), dataIndex: 'generatedByName' },
    {
      key: 'size',
      title: t('evaluationReports:size'),
      width: 100,
      align: 'right',
      render: (_, version) => kilobytes(version.size),
    },
    {
      key: 'submitted',
      title: t('evaluationReports:state'),
      width: 180,
      render: (_, version) =>
        version.submittedAt ? (
          <Tag color="success">
            {t('evaluationReports:submitted')} {chinaMinute(version.submittedAt)}
          </Tag>
        ) : null,
    },
    {
      key: 'download',
      title: t('evaluationReports:download'),
      width: 110,
      render: (_, version) => (
        <Button
          data-testid={`report-download-${version.versionNo}`}
          size="small"
          icon={<DownloadOutlined />}
          loading={downloading === version.versionNo}
          onClick={() => void download(version.versionNo)}
        >
          {t('evaluationReports:download')}
        </Button>
      ),
    },
  ];

  const districtColumns: TableColumnsType<EvaluationDistrictReport> = [
    {
      key: 'region',
      title: t('evaluationReports:region'),
      render: (_, district) =>
        district.reportId ? (
          <Link to={`/evaluation-reports/${district.reportId}`}>{district.regionName}</Link>
        ) : (
          district.regionName
        ),
    },
    {
      key: 'state',
      title: t('evaluationReports:state'),
      width: 110,
      render: (_, district) => <ReportStateTag state={district.state} />,
    },
    {
      key: 'latest',
      title: t('evaluationReports:latestVersion'),
      width: 130,
      render: (_, district) =>
        district.latestVersionNo === null
          ? '—'
          : t('evaluationReports:versionNo', { n: district.latestVersionNo }),
    },
    {
      key: 'submitted',
      title: t('evaluationReports:submittedVersion'),
      width: 130,
      render: (_, district) =>
        district.submittedVersionNo === null
          ? '—'
          : t('evaluationReports:versionNo', { n: district.submittedVersionNo }),
    },
    {
      key: 'submittedAt',
      title: t('evaluationReports:submittedAt'),
      width: 170,
      render: (_, district) => (district.submittedAt ? chinaMinute(district.submittedAt) : '—'),
    },
  ];

  return (
    <PageContainer
      title={t('evaluationReports:title')}
      subTitle={`${record.regionName} · ${record.programmeTitle}`}
      tags={<ReportStateTag state={record.state} />}
      onBack={() => navigate(`/evaluation-reports?programmeId=${record.programmeId}`)}
      breadcrumbRender={false}
      extra={actions}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {!editable ? (
          <Alert
            type="info"
            showIcon
            message={t('evaluationReports:readOnly', { region: record.regionName })}
          />
        ) : null}
        {conflict ? (
          <Alert
            type="error"
            showIcon
            message={t('evaluationReports:conflict')}
            action={
              <Button size="small" icon={<ReloadOutlined />} onClick={onReload}>
                {t('evaluationReports:reload')}
              </Button>
            }
          />
        ) : null}
        {editable && dirty ? (
          <Alert type="warning" showIcon message={t('evaluationReports:unsaved')} />
        ) : null}

        <Card
          title={t('evaluationReports:sections')}
          extra={<Typography.Text type="secondary">{t('evaluationReports:chineseOnly')}</Typography.Text>}
        >
          <Flex vertical gap={16}>
            <Typography.Text type="secondary">{t('evaluationReports:sectionHint')}</Typography.Text>
            {EVALUATION_REPORT_SECTIONS.map((section: EvaluationReportSection) => {
              const label = EVALUATION_REPORT_SECTION_LABELS[section][language];
              const over = draft[section].length > record.maxSectionLength;
              return (
                <label key={section} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
                  <Typography.Text strong>{label}</Typography.Text>
                  <Input.TextArea
                    aria-label={label}
                    value={draft[section]}
                    readOnly={!editable}
                    showCount={{
                      formatter: ({ count }) =>
                        `${count.toLocaleString('en-US')} / ${record.maxSectionLength.toLocaleString('en-US')}`,
                    }}
                    status={over ? 'error' : undefined}
                    autoSize={{ minRows: 3, maxRows: 14 }}
                    onChange={(event) => setDraft({ ...draft, [section]: event.target.value })}
                  />
                  {over ? (
                    <Typography.Text type="danger">
                      {t('evaluationReports:tooLong', { section: label, max: record.maxSectionLength })}
                    </Typography.Text>
                  ) : null}
                </label>
              );
            })}
          </Flex>
        </Card>

        <Card title={t('evaluationReports:versions')}>
          <Table
            data-testid="report-versions"
            rowKey="versionNo"
            size="small"
            columns={versionColumns}
            dataSource={record.versions}
            pagination={false}
            locale={{ emptyText: <Empty description={t('evaluationReports:noVersions')} /> }}
          />
          {record.scope === 'district' && editable ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('evaluationReports:submitHint')}
            </Typography.Paragraph>
          ) : null}
        </Card>

        {record.scope === 'city' ? (
          <Card
            title={t('evaluationReports:districts')}
            extra={<Typography.Text type="secondary">{t('evaluationReports:districtsHint')}</Typography.Text>}
          >
            <Table
              rowKey="regionCode"
              size="small"
              columns={districtColumns}
              dataSource={record.districts}
              pagination={false}
              locale={{ emptyText: <Empty description={t('evaluationReports:noDistricts')} /> }}
            />
          </Card>
        ) : null}
      </Space>
    </PageContainer>
  );
}
