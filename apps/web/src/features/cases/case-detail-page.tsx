import {
  DeleteOutlined,
  EditOutlined,
  PaperClipOutlined,
  SolutionOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  Descriptions,
  List,
  Modal,
  Popconfirm,
  Space,
  Steps,
  Table,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  ALLOWED_ATTACHMENT_EXTENSIONS,
  CaseAction,
  CaseStatus,
  MAX_ATTACHMENT_BYTES,
  Role,
  SKILL_LEVEL_LABELS,
  type SkillLevel,
  UNRATED_SKILL_LEVEL,
  UNRATED_SKILL_LEVEL_LABELS,
} from '@skillpay/domain';
import { ApiRequestError, errorMessage, showError } from '../../app/api/api-error';
import { useLanguage } from '../../app/i18n/i18n';
import { labelOf } from '../../app/i18n/labels';
import { useCurrentRole } from '../../app/session/session-user';
import { Figure } from '../../ui/figure';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { IndustryLabel, useEnterpriseLabels } from '../enterprises';
import { attachmentErrorMessage } from '../programmes';
import { useRegionLabel } from '../regions';
import {
  type CaseDetail,
  type CaseVersion,
  useAttachToCase,
  useCase,
  useCaseVersions,
  useDeleteCase,
  useDownloadCaseAttachment,
  useRemoveCaseAttachment,
} from './cases.api';
import { CaseStatusTag, CaseTransitionButtons, ChapterTags, useCaseLabels } from './case-status';

const ACCEPT = Object.keys(ALLOWED_ATTACHMENT_EXTENSIONS)
  .map((extension) => `.${extension}`)
  .join(',');

/** States from which the city bureau organises the review (helper page /cases/:id/review). */
const REVIEWABLE: readonly string[] = [
  CaseStatus.Endorsed,
  CaseStatus.UnderReview,
  CaseStatus.Selected,
  CaseStatus.RevisionRequested,
  CaseStatus.NotSelected,
  CaseStatus.Published,
];

/** Where the case stands: written, endorsed by the district, reviewed, selected, published. */
function currentStep(status: string): { current: number; status: 'process' | 'finish' | 'error' | 'wait' } {
  switch (status) {
    case CaseStatus.Draft:
    case CaseStatus.Returned:
    case CaseStatus.RevisionRequested:
      return { current: 0, status: 'process' };
    case CaseStatus.Submitted:
      return { current: 1, status: 'process' };
    case CaseStatus.Endorsed:
    case CaseStatus.UnderReview:
      return { current: 2, status: 'process' };
    case CaseStatus.Selected:
      return { current: 4, status: 'process' };
    case CaseStatus.NotSelected:
      return { current: 3, status: 'error' };
    case CaseStatus.Published:
      return { current: 4, status: 'finish' };
    default:
      return { current: 0, status: 'process' };
  }
}

function useSkillLevelLabel() {
  const language = useLanguage();
  return (level: string) =>
    level === UNRATED_SKILL_LEVEL
      ? UNRATED_SKILL_LEVEL_LABELS[language]
      : labelOf(SKILL_LEVEL_LABELS, level as SkillLevel, language);
}

type VersionContent = CaseDetail['current'] | CaseVersion;

function FigureValue({ value, unit }: { value: number | null; unit: string }) {
  const { t } = useTranslation();
  return value === null ? <>{t('cases:noValue')}</> : <Figure value={value} unit={unit} />;
}

/** The skilled employees' mean annualised pay per skill level in two years; small cells show no mean. */
function WageOutcomeTable({ outcome }: { outcome: NonNullable<VersionContent['wageOutcome']> }) {
  const { t } = useTranslation();
  const skillLevel = useSkillLevelLabel();
  const suppressed = t('cases:suppressed', { min: outcome.minHeadcount });
  const mean = (value: number | null) =>
    value === null ? (
      <Typography.Text type="secondary">{suppressed}</Typography.Text>
    ) : (
      <Figure value={value} unit="元" />
    );
  return (
    <>
      <Table
        size="small"
        rowKey="skillLevel"
        pagination={false}
        dataSource={outcome.levels}
        data-testid="case-wage-outcome"
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('cases:skillLevel'),
            dataIndex: 'skillLevel',
            render: (level: string) => skillLevel(level),
          },
          {
            title: `${outcome.fromYear} ${t('cases:headcount')}`,
            dataIndex: 'fromHeadcount',
            align: 'right',
            render: (value: number) => <Figure value={value} unit="人" />,
          },
          {
            title: `${outcome.fromYear} ${t('cases:meanAnnual')}`,
            dataIndex: 'fromMeanAnnual',
            align: 'right',
            render: mean,
          },
          {
            title: `${outcome.toYear} ${t('cases:headcount')}`,
            dataIndex: 'toHeadcount',
            align: 'right',
            render: (value: number) => <Figure value={value} unit="人" />,
          },
          {
            title: `${outcome.toYear} ${t('cases:meanAnnual')}`,
            dataIndex: 'toMeanAnnual',
            align: 'right',
            render: mean,
          },
          {
            title: t('cases:change'),
            dataIndex: 'changePercent',
            align: 'right',
            render: (value: number | null) =>
              value === null ? (
                t('cases:noValue')
              ) : (
                <span style={{ whiteSpace: 'nowrap' }}>
                  {value > 0 ? '+' : ''}
                  <Figure value={value} unit="%" />
                </span>
              ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('cases:wageOutcomeNote', { min: outcome.minHeadcount })}
      </Typography.Paragraph>
    </>
  );
}

/** One version's content: what a reader of the case reads. */
export function CaseContent({ content }: { content: VersionContent }) {
  const { t } = useTranslation();
  const text = (value: string) =>
    value.trim() ? (
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{value}</Typography.Paragraph>
    ) : (
      <Typography.Text type="secondary">{t('cases:noValue')}</Typography.Text>
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Descriptions column={1} bordered size="small" labelStyle={{ width: 140 }}>
        <Descriptions.Item label={t('cases:articles')}>
          <Space direction="vertical" size={4}>
            <ChapterTags chapters={content.chapters} />
            <Typography.Text type="secondary">
              {content.articles
                .map((article) => t('cases:articleOption', { article }))
                .join(t('common.listSeparator'))}
            </Typography.Text>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('cases:background')}>{text(content.background)}</Descriptions.Item>
        <Descriptions.Item label={t('cases:measures')}>{text(content.measures)}</Descriptions.Item>
        <Descriptions.Item label={t('cases:results')}>
          {content.results.length === 0 ? (
            <Typography.Text type="secondary">{t('cases:noFigures')}</Typography.Text>
          ) : (
            <Table
              size="small"
              rowKey={(_row, index) => String(index)}
              pagination={false}
              dataSource={content.results}
              data-testid="case-figures"
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('cases:indicator'), dataIndex: 'indicator' },
                {
                  title: t('cases:before'),
                  dataIndex: 'before',
                  align: 'right',
                  render: (value: number | null, row) => <FigureValue value={value} unit={row.unit} />,
                },
                {
                  title: t('cases:after'),
                  dataIndex: 'after',
                  align: 'right',
                  render: (value: number | null, row) => <FigureValue value={value} unit={row.unit} />,
                },
                {
                  title: t('cases:period'),
                  dataIndex: 'period',
                  render: (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{value}</span>,
                },
              ]}
            />
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases:resultsNarrative')}>
          {text(content.resultsNarrative)}
        </Descriptions.Item>
        {content.payPlans.length > 0 ? (
          <Descriptions.Item label={t('cases:payPlans')}>
            <Space size={[0, 4]} wrap>
              {content.payPlans.map((plan) => (
                <Tag key={plan.id}>{plan.name}</Tag>
              ))}
            </Space>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {content.wageOutcome ? (
        <ProCard title={t('cases:wageOutcome')} bordered size="small">
          <WageOutcomeTable outcome={content.wageOutcome} />
        </ProCard>
      ) : null}
    </Space>
  );
}

/** Files the author attached; it adds and removes them while it may edit the case. */
function CaseAttachments({ record }: { record: CaseDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const attach = useAttachToCase(record.id);
  const remove = useRemoveCaseAttachment(record.id);
  const download = useDownloadCaseAttachment(record.id);
  return (
    <ProCard
      title={t('cases:attachments')}
      subTitle={record.editable ? t('cases:attachmentsHint') : undefined}
      bordered
      extra={
        record.editable ? (
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
                onSuccess: () => message.success(t('cases:attached')),
                onError: (error) => message.error(attachmentErrorMessage(error)),
              });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={attach.isPending} data-testid="case-upload">
              {t('cases:upload')}
            </Button>
          </Upload>
        ) : null
      }
    >
      <List
        data-testid="case-attachments"
        dataSource={record.attachments}
        locale={{ emptyText: t('cases:noAttachments') }}
        renderItem={(attachment) => (
          <List.Item
            actions={
              record.editable
                ? [
                    <Popconfirm
                      key="remove"
                      title={t('cases:removeAttachmentConfirm', { file: attachment.fileName })}
                      onConfirm={() =>
                        remove.mutateAsync(attachment.id).catch((error) => showError(message, error))
                      }
                    >
                      <Typography.Link type="danger">{t('cases:removeAttachment')}</Typography.Link>
                    </Popconfirm>,
                  ]
                : undefined
            }
          >
            <Space>
              <Typography.Link
                onClick={() => download.mutate(attachment, { onError: (error) => showError(message, error) })}
              >
                <PaperClipOutlined /> {attachment.fileName}
              </Typography.Link>
              <Typography.Text type="secondary">{Math.ceil(attachment.size / 1024)} KB</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </ProCard>
  );
}

/** Every version of the case; an earlier one opens as it was submitted. */
function CaseVersions({ record }: { record: CaseDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const versions = useCaseVersions(record.id, open !== null);
  const shown = versions.data?.find((version) => version.versionNo === open);
  const stateOf = (submittedAt: string | null) =>
    submittedAt
      ? `${t('cases:submittedAt')} ${dayjs(submittedAt).format('YYYY-MM-DD HH:mm')}`
      : t('cases:notSubmitted');
  return (
    <ProCard title={t('cases:versions')} bordered>
      <List
        data-testid="case-versions"
        dataSource={record.versions}
        renderItem={(version) => (
          <List.Item
            actions={
              version.versionNo === record.currentVersionNo
                ? [<Tag key="current">{t('cases:currentVersion')}</Tag>]
                : [
                    <Typography.Link
                      key="view"
                      onClick={() => setOpen(version.versionNo)}
                      data-testid={`case-version-${version.versionNo}`}
                    >
                      {t('cases:viewVersion')}
                    </Typography.Link>,
                  ]
            }
          >
            <Space wrap>
              <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                {t('cases:versionNo', { version: version.versionNo })}
              </Typography.Text>
              <Typography.Text>{version.title}</Typography.Text>
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                {stateOf(version.submittedAt)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <Modal
        open={open !== null}
        width={960}
        footer={null}
        onCancel={() => setOpen(null)}
        title={
          shown
            ? `${shown.title} · ${t('cases:versionTitle', { version: shown.versionNo, state: stateOf(shown.submittedAt) })}`
            : ''
        }
        destroyOnHidden
      >
        {versions.isLoading ? <PageLoading /> : shown ? <CaseContent content={shown} /> : null}
      </Modal>
    </ProCard>
  );
}

export function CaseDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const labels = useCaseLabels();
  const enterpriseLabels = useEnterpriseLabels();
  const regionLabel = useRegionLabel();
  const { id } = useParams<{ id: string }>();
  const caseStudy = useCase(id);
  const remove = useDeleteCase(id ?? '', caseStudy.data?.version);

  if (caseStudy.isLoading) return <PageLoading />;
  if (caseStudy.isError) {
    const { error } = caseStudy;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void caseStudy.refetch()} />;
  }
  const record = caseStudy.data;
  if (!record) return <NotFoundResult />;
  const step = currentStep(record.status);
  const lastReturn = [...record.transitions]
    .reverse()
    .find(
      (transition) =>
        transition.action === CaseAction.Return || transition.action === CaseAction.RequestRevision,
    );
  const deletable = record.editable && record.status === CaseStatus.Draft && record.currentVersionNo === 1;
  const enterprise = record.enterprise;

  return (
    <PageContainer
      title={record.title}
      subTitle={enterprise.name}
      tags={<CaseStatusTag status={record.status} />}
      onBack={() => navigate('/cases')}
      breadcrumbRender={false}
      extra={
        <Space wrap>
          {record.editable ? (
            <Button
              icon={<EditOutlined />}
              onClick={() => navigate(`/cases/${record.id}/edit`)}
              data-testid="case-edit"
            >
              {t('cases:edit')}
            </Button>
          ) : null}
          {deletable ? (
            <Popconfirm
              title={t('cases:deleteConfirm')}
              onConfirm={() =>
                remove
                  .mutateAsync()
                  .then(() => {
                    message.success(t('cases:deleted'));
                    navigate('/cases', { replace: true });
                  })
                  .catch((error) => showError(message, error))
              }
            >
              <Button danger icon={<DeleteOutlined />}>
                {t('cases:delete')}
              </Button>
            </Popconfirm>
          ) : null}
          {role === Role.CityBureau && REVIEWABLE.includes(record.status) ? (
            <Button icon={<SolutionOutlined />} onClick={() => navigate(`/cases/${record.id}/review`)}>
              {t('cases:review')}
            </Button>
          ) : null}
          <CaseTransitionButtons caseStudy={record} actions={record.availableActions} />
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        {record.editable &&
        lastReturn &&
        (record.status === CaseStatus.Returned || record.status === CaseStatus.RevisionRequested) ? (
          <Alert
            type="warning"
            showIcon
            message={
              record.status === CaseStatus.Returned ? t('cases:returnedHint') : t('cases:revisionHint')
            }
            description={lastReturn.reason}
          />
        ) : null}
        {record.status === CaseStatus.Draft && record.editable ? (
          <Alert
            type="info"
            showIcon
            message={
              role === Role.DistrictBureau
                ? t('cases:draftHiddenBureau')
                : enterprise.cityDirect
                  ? t('cases:cityDirectHint')
                  : t('cases:draftHidden')
            }
          />
        ) : null}
        {record.status === CaseStatus.Submitted &&
        record.editable === false &&
        record.availableActions.includes(CaseAction.Return) &&
        !record.availableActions.includes(CaseAction.Endorse) ? (
          <Alert type="info" showIcon message={t('cases:ownCaseHint')} />
        ) : null}
        <ProCard title={t('cases:steps')} bordered>
          <Steps
            current={step.current}
            status={step.status}
            size="small"
            items={[
              { title: t('cases:stepWrite') },
              { title: t('cases:stepEndorse') },
              { title: t('cases:stepReview') },
              { title: t('cases:stepDecision') },
              { title: t('cases:stepPublish') },
            ]}
          />
        </ProCard>
        <ProCard bordered>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label={t('cases:enterprise')}>
              {enterprise.name}
              {enterprise.external ? <Tag style={{ marginLeft: 4 }}>{t('cases:externalTag')}</Tag> : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases:region')}>
              <span style={{ whiteSpace: 'nowrap' }}>
                {regionLabel(enterprise.regionCode, enterprise.regionName)}
              </span>
              {enterprise.cityDirect ? (
                <Tag style={{ marginLeft: 4 }}>{t('enterprises:cityDirect')}</Tag>
              ) : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('enterprises:industry')}>
              <IndustryLabel code={enterprise.industrySection} />
            </Descriptions.Item>
            <Descriptions.Item label={`${t('enterprises:size')} / ${t('enterprises:ownership')}`}>
              {enterpriseLabels.size(enterprise.size)} / {enterpriseLabels.ownership(enterprise.ownership)}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases:author')}>{record.authorOrganisationName}</Descriptions.Item>
            <Descriptions.Item label={t('cases:programme')}>
              {record.programmeTitle ?? t('cases:noValue')}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases:version')}>
              <span style={{ whiteSpace: 'nowrap' }}>
                {t('cases:versionNo', { version: record.currentVersionNo })}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('cases:submittedAt')}>
              <span style={{ whiteSpace: 'nowrap' }}>
                {record.current.submittedAt
                  ? dayjs(record.current.submittedAt).format('YYYY-MM-DD HH:mm')
                  : t('cases:notSubmitted')}
              </span>
            </Descriptions.Item>
          </Descriptions>
        </ProCard>
        <ProCard title={t('cases:versionNo', { version: record.currentVersionNo })} bordered>
          <CaseContent content={record.current} />
        </ProCard>
        <CaseAttachments record={record} />
        {record.versions.length > 1 ? <CaseVersions record={record} /> : null}
        <ProCard title={t('cases:history')} bordered>
          {record.transitions.length === 0 ? (
            <Typography.Text type="secondary">{t('cases:notSubmitted')}</Typography.Text>
          ) : (
            <Timeline
              data-testid="case-history"
              items={record.transitions.map((transition) => ({
                color:
                  transition.action === CaseAction.Return ||
                  transition.action === CaseAction.Reject ||
                  transition.action === CaseAction.RequestRevision
                    ? 'red'
                    : 'blue',
                children: (
                  <>
                    <Typography.Text strong>{labels.action(transition.action)}</Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      {transition.actorName}（{transition.actorOrganisationName}）{' '}
                      {dayjs(transition.createdAt).format('YYYY-MM-DD HH:mm')}
                    </Typography.Text>
                    {transition.reason ? (
                      <div style={{ whiteSpace: 'pre-wrap' }}>{transition.reason}</div>
                    ) : null}
                  </>
                ),
              }))}
            />
          )}
        </ProCard>
      </Space>
    </PageContainer>
  );
}
