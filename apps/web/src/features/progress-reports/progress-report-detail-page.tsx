import { EditOutlined, PaperClipOutlined, PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  Col,
  Descriptions,
  List,
  Row,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
  Upload,
  theme,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import {
  ALLOWED_ATTACHMENT_EXTENSIONS,
  GUIDELINE_ELEMENTS,
  GuidelineElement,
  MAX_ATTACHMENT_BYTES,
  ProgressReportAction,
  ProgressReportStatus,
} from '@skillpay/domain';
import { ApiRequestError, errorMessage, showError } from '../../app/api/api-error';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { attachmentErrorMessage } from '../programmes';
import { CheckResults } from './check-results';
import {
  type ProgressReport,
  useAttachToReport,
  useDownloadReportAttachment,
  useProgressReport,
} from './progress-reports.api';
import { useReportLabels } from './report-labels';
import { ReportActions, ReportStatusTag } from './report-status';
import { formatDecimal } from '../../ui/format-decimal';

const ACCEPT = Object.keys(ALLOWED_ATTACHMENT_EXTENSIONS)
  .map((extension) => `.${extension}`)
  .join(',');

type Version = ProgressReport['version'];

/** A figure as entered (two decimals at most), or a dash. */
function amount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : formatDecimal(String(value));
}

/** The details of one adopted element, in words. */
function useElementDetail() {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const list = (items: readonly string[], label: (value: string) => string) =>
    items.length ? items.map(label).join(t('common.listSeparator')) : t('progressReports:detail.none');
  return (adoption: Version['adoption'], element: GuidelineElement): string => {
    switch (element) {
      case GuidelineElement.CareerChannel:
        return `${t('progressReports:form.gradeCount')}：${adoption.careerChannel.gradeCount ?? '—'}`;
      case GuidelineElement.PayUnits:
        return list(adoption.payUnits.units, labels.payUnit);
      case GuidelineElement.PostEvaluation:
        return adoption.postEvaluation.method ? labels.method(adoption.postEvaluation.method) : '—';
      case GuidelineElement.BroadBand:
        return `${t('progressReports:form.steps')}：${adoption.broadBand.steps ?? '—'}`;
      case GuidelineElement.PerformancePay:
        return adoption.performancePay.method
          ? labels.performancePayMethod(adoption.performancePay.method)
          : '—';
      case GuidelineElement.Allowances:
        return adoption.allowances.items.length
          ? adoption.allowances.items
              .map((item) => `${labels.allowance(item.type)} ${amount(item.amount)}`)
              .join(t('common.listSeparator'))
          : t('progressReports:detail.none');
      case GuidelineElement.HighSkillIncentives:
        return list(adoption.highSkillIncentives.incentives, labels.incentive);
    }
  };
}

/** The content of one version, read-only (the print view shows it too). */
export function VersionContent({ version }: { version: Version }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const detail = useElementDetail();
  const { indicators } = version;
  const pairs = (
    [
      'averagePay',
      'managementAveragePay',
      'technicalAveragePay',
      'wageBill',
      'economicBenefit',
      'labourProductivity',
    ] as const
  ).map((key) => ({
    key,
    label: t(`progressReports:form.rows.${key}`),
    current: amount(indicators[key]),
    previous: amount(indicators[`${key}Previous`]),
  }));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <ProCard title={t('progressReports:detail.adoption')} bordered>
        <Descriptions column={1} size="small" bordered data-testid="report-adoption">
          {GUIDELINE_ELEMENTS.map((element) => (
            <Descriptions.Item key={element} label={labels.element(element)}>
              <Space wrap>
                <Tag color={version.adoption[element].status === 'adopted' ? 'success' : 'default'}>
                  {labels.adoption(version.adoption[element].status)}
                </Tag>
                <Typography.Text>{detail(version.adoption, element)}</Typography.Text>
              </Space>
            </Descriptions.Item>
          ))}
        </Descriptions>
      </ProCard>
      <ProCard title={t('progressReports:detail.indicators')} bordered>
        <Table
          size="small"
          pagination={false}
          rowKey="level"
          dataSource={indicators.skillLevels}
          columns={[
            { title: t('progressReports:form.level'), render: (_v, row) => labels.skillLevel(row.level) },
            { title: t('progressReports:form.headcount'), render: (_v, row) => amount(row.headcount) },
            { title: t('progressReports:form.averagePay'), render: (_v, row) => amount(row.averagePay) },
            {
              title: t('progressReports:form.previousHeadcount'),
              render: (_v, row) => amount(row.previousHeadcount),
            },
            {
              title: t('progressReports:form.previousAveragePay'),
              render: (_v, row) => amount(row.previousAveragePay),
            },
          ]}
        />
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={pairs}
          columns={[
            { dataIndex: 'label', title: '' },
            { dataIndex: 'current', title: t('progressReports:form.thisYear') },
            { dataIndex: 'previous', title: t('progressReports:form.previousYear') },
          ]}
        />
        <Descriptions size="small" column={2}>
          {(['educationFund', 'educationFundFrontLine', 'fixedPay', 'variablePay'] as const).map((key) => (
            <Descriptions.Item key={key} label={t(`progressReports:form.${key}`)}>
              {amount(indicators[key])}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </ProCard>
      <ProCard title={t('progressReports:detail.narrative')} bordered>
        <Typography.Paragraph
          style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
          data-testid="report-narrative-text"
        >
          {version.narrative || t('progressReports:detail.noValue')}
        </Typography.Paragraph>
      </ProCard>
    </Space>
  );
}

function Attachments({ report }: { report: ProgressReport }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const attach = useAttachToReport(report.id);
  const download = useDownloadReportAttachment(report.id);
  const canAttach = report.editable && report.version.version === report.currentVersion;
  return (
    <ProCard
      title={t('progressReports:detail.attachments')}
      bordered
      extra={
        canAttach ? (
          <Upload
            accept={ACCEPT}
            multiple
            showUploadList={false}
            beforeUpload={(file, files) => {
              if (file !== files[0]) return false;
              const tooLarge = files.find((candidate) => candidate.size > MAX_ATTACHMENT_BYTES);
              if (tooLarge) {
                message.error(t('programmes:fileTooLarge', { file: tooLarge.name }));
                return false;
              }
              attach.mutate(files.slice(0, 5), {
                onSuccess: () => message.success(t('progressReports:detail.attached')),
                onError: (error) => message.error(attachmentErrorMessage(error)),
              });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={attach.isPending} data-testid="report-upload">
              {t('progressReports:detail.upload')}
            </Button>
          </Upload>
        ) : null
      }
    >
      <List
        dataSource={report.version.attachments}
        locale={{ emptyText: t('progressReports:detail.noAttachments') }}
        renderItem={(attachment) => (
          <List.Item>
            <Typography.Link
              onClick={() => download.mutate(attachment, { onError: (error) => showError(message, error) })}
            >
              <PaperClipOutlined /> {attachment.fileName}
            </Typography.Link>
            <Typography.Text type="secondary">{Math.ceil(attachment.size / 1024)} KB</Typography.Text>
          </List.Item>
        )}
      />
    </ProCard>
  );
}

/** Every version with its submission and the bureau's decision; a click shows that version. */
function VersionHistory({ report, onOpen }: { report: ProgressReport; onOpen: (version: number) => void }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const time = (value: string | null) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '');
  return (
    <ProCard title={t('progressReports:detail.versions')} bordered>
      <Timeline
        data-testid="report-versions"
        items={[...report.versions].reverse().map((version) => ({
          color:
            version.status === ProgressReportStatus.Returned
              ? 'red'
              : version.status === ProgressReportStatus.Accepted
                ? 'green'
                : 'blue',
          children: (
            <div data-testid={`report-version-${version.version}`}>
              <Space size={4}>
                <Typography.Link
                  strong={version.version === report.version.version}
                  onClick={() => onOpen(version.version)}
                >
                  {t('progressReports:versionN', { version: version.version })}
                </Typography.Link>
                <ReportStatusTag status={version.status} />
              </Space>
              <div>
                <Typography.Text type="secondary">
                  {version.submittedAt
                    ? t('progressReports:detail.submittedOn', { time: time(version.submittedAt) })
                    : t('progressReports:detail.notSubmitted')}
                </Typography.Text>
              </div>
              {version.reviewedAt ? (
                <div>
                  <Typography.Text type="secondary">
                    {t('progressReports:detail.reviewedBy', {
                      name: version.reviewerName ?? '',
                      time: time(version.reviewedAt),
                      action: labels.status(version.status),
                    })}
                  </Typography.Text>
                </div>
              ) : null}
              {version.reviewComment ? (
                <div data-testid="report-review-comment">{`${t('progressReports:actions.comment')}：${version.reviewComment}`}</div>
              ) : null}
            </div>
          ),
        }))}
      />
    </ProCard>
  );
}

/** /progress-reports/:id[?version=n]: a report, its checks and versions, and the steps open to the caller. */
export function ProgressReportDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const labels = useReportLabels();
  const { id } = useParams<{ id: string }>();
  const [search, setSearch] = useSearchParams();
  const requested = Number(search.get('version')) || undefined;
  const report = useProgressReport(id, requested);

  if (report.isLoading) return <PageLoading />;
  if (report.isError) {
    const { error } = report;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void report.refetch()} />;
  }
  const record = report.data;
  if (!record) return <NotFoundResult />;
  const latest = record.version.version === record.currentVersion;
  const open = (version: number) =>
    setSearch(version === record.currentVersion ? {} : { version: String(version) });

  return (
    <PageContainer
      title={`${labels.period(record.period)} · ${record.programmeTitle}`}
      subTitle={record.enterprise.name}
      tags={
        <Space size={4}>
          <ReportStatusTag status={record.status} />
          <Tag data-testid="report-current-version">
            {t('progressReports:versionN', { version: record.currentVersion })}
          </Tag>
          {record.overdue ? <Tag color="error">{t('progressReports:overdue')}</Tag> : null}
          {record.enterprise.stateOwned ? <Tag>{t('progressReports:stateOwned')}</Tag> : null}
        </Space>
      }
      onBack={() => navigate('/progress-reports')}
      breadcrumbRender={false}
      extra={
        <Space wrap>
          <Button
            icon={<PrinterOutlined />}
            onClick={() =>
              navigate(
                `/progress-reports/${record.id}/print${latest ? '' : `?version=${record.version.version}`}`,
              )
            }
            data-testid="report-print"
          >
            {t('progressReports:print.button')}
          </Button>
          {latest ? (
            <Space wrap>
              {record.editable ? (
                <Button
                  icon={<EditOutlined />}
                  onClick={() => navigate(`/progress-reports/${record.id}/edit`)}
                  data-testid="report-edit"
                >
                  {t('common.edit')}
                </Button>
              ) : null}
              <ReportActions
                id={record.id}
                actions={record.availableActions}
                onDone={(_report, action) => {
                  if (action === ProgressReportAction.Revise) navigate(`/progress-reports/${record.id}/edit`);
                }}
              />
            </Space>
          ) : null}
        </Space>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {!latest ? (
          <Alert
            type="info"
            showIcon
            data-testid="report-old-version"
            message={t('progressReports:detail.viewing', {
              version: record.version.version,
              status: labels.status(record.version.status),
            })}
            action={
              <Button size="small" onClick={() => open(record.currentVersion)}>
                {t('progressReports:detail.viewLatest')}
              </Button>
            }
          />
        ) : null}
        <Row gutter={token.marginLG} align="top">
          <Col xs={24} xl={15}>
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              <VersionContent version={record.version} />
              <Attachments report={record} />
            </Space>
          </Col>
          <Col xs={24} xl={9}>
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              <VersionHistory report={record} onOpen={open} />
              <ProCard title={t('progressReports:checks.title')} bordered>
                <CheckResults results={record.version.checks} />
              </ProCard>
            </Space>
          </Col>
        </Row>
      </Space>
    </PageContainer>
  );
}
