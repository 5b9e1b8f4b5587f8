import { PageContainer, ProCard } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CASE_STATUS_LABELS, ORGANISATION_TYPE_LABELS } from '@skillpay/domain';
import { ApiRequestError, errorMessage, showError, showFieldErrors } from '../../app/api/api-error';
import { useLanguage } from '../../app/i18n/i18n';
import { labelOf } from '../../app/i18n/labels';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { AssignmentStateTag, CaseContent } from './case-content';
import {
  type Assignment,
  type CaseAssignments,
  type CaseReviews,
  type DecisionInput,
  useAssignReviewers,
  useCaseAssignments,
  useCaseReviews,
  useDecideCase,
  useWithdrawAssignment,
} from './case-reviews.api';
import { ReviewsTable } from './review-scoring-page';

/** The city bureau's review of one case: assign reviewers, read the reviews, decide. */
export function CaseReviewPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const reviews = useCaseReviews(id);
  const assignments = useCaseAssignments(id);
  if (reviews.isLoading || assignments.isLoading) return <PageLoading />;
  const error = reviews.error ?? assignments.error;
  if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
  if (error || !reviews.data || !assignments.data) {
    return <ErrorResult message={errorMessage(error)} onRetry={() => void reviews.refetch()} />;
  }
  const data = reviews.data;
  return (
    <PageContainer
      title={data.case.title}
      subTitle={t('caseReviews:reviewTitle')}
      tags={<Tag color="blue">{labelOf(CASE_STATUS_LABELS, data.case.status, language)}</Tag>}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <AssignmentsCard caseId={id} board={assignments.data} />
        <ReviewsCard data={data} />
        {data.decisions.length ? <DecisionCard caseId={id} data={data} /> : null}
        <ProCard title={t('caseReviews:caseContent')} bordered collapsible defaultCollapsed={false}>
          <CaseContent reviewed={data.case} />
        </ProCard>
      </Space>
    </PageContainer>
  );
}

interface AssignForm {
  userIds: string[];
  dueDate: Dayjs;
}

function AssignmentsCard({ caseId, board }: { caseId: string; board: CaseAssignments }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<AssignForm>();
  const assign = useAssignReviewers(caseId);
  const withdraw = useWithdrawAssignment(caseId);
  const [withdrawing, setWithdrawing] = useState<Assignment | null>(null);
  const [withdrawForm] = Form.useForm<{ reason: string }>();

  const onAssign = ({ userIds, dueDate }: AssignForm) =>
    assign.mutate(
      { reviewers: userIds.map((userId) => ({ userId, dueDate: dueDate.format('YYYY-MM-DD') })) },
      {
        onSuccess: () => {
          message.success(t('caseReviews:assigned'));
          form.resetFields();
        },
        onError: (error) => {
          // a conflict or a rule of the assignment: the server's sentence names it
          if (error instanceof ApiRequestError && error.status === 409) {
            modal.error({ title: t('caseReviews:assign'), content: error.message });
          } else if (!showFieldErrors(form, error)) showError(message, error);
        },
      },
    );

  return (
    <ProCard title={t('caseReviews:assignments')} bordered>
      <Table<Assignment>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={board.items}
        locale={{ emptyText: t('caseReviews:noAssignmentsYet') }}
        data-testid="assignments-table"
        columns={[
          {
            title: t('caseReviews:reviewer'),
            key: 'reviewer',
            render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{row.reviewer.displayName}</span>,
          },
          {
            title: t('caseReviews:organisation'),
            key: 'organisation',
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                <span>{row.reviewer.organisationName}</span>
                <Typography.Text type="secondary">
                  {labelOf(ORGANISATION_TYPE_LABELS, row.reviewer.organisationType, language)}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('caseReviews:version'),
            dataIndex: 'versionNo',
            width: 90,
            render: (no: number) => <span className="figure">{t('caseReviews:versionNo', { no })}</span>,
          },
          {
            title: t('caseReviews:dueDate'),
            dataIndex: 'dueDate',
            width: 120,
            render: (date: string) => <span className="figure">{date}</span>,
          },
          {
            title: t('caseReviews:state'),
            dataIndex: 'state',
            width: 200,
            render: (state: string, row) => (
              <Space direction="vertical" size={0}>
                <AssignmentStateTag state={state} />
                {row.withdrawalReason ? (
                  <Typography.Text type="secondary">{row.withdrawalReason}</Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
            render: (_, row) =>
              row.state === 'pending' || row.state === 'in-progress' ? (
                <Button type="link" size="small" danger onClick={() => setWithdrawing(row)}>
                  {t('caseReviews:withdraw')}
                </Button>
              ) : null,
          },
        ]}
      />
      {board.canAssign ? (
        <>
          <Alert
            style={{ margin: '16px 0 12px' }}
            type="info"
            showIcon
            message={t('caseReviews:assignHint')}
          />
          <Form<AssignForm>
            form={form}
            layout="inline"
            onFinish={onAssign}
            initialValues={{ dueDate: dayjs().add(14, 'day') }}
            data-testid="assign-form"
          >
            <Form.Item
              name="userIds"
              label={t('caseReviews:reviewers')}
              rules={[{ required: true, message: t('common.required') }]}
              style={{ minWidth: 520, flex: 1 }}
            >
              <Select
                mode="multiple"
                data-testid="assign-reviewers"
                placeholder={t('caseReviews:reviewersPlaceholder')}
                optionFilterProp="label"
                options={board.candidates.map((candidate) => ({
                  value: candidate.userId,
                  disabled: Boolean(candidate.conflict) || candidate.assigned,
                  label: `${candidate.displayName}（${candidate.organisationName}）`,
                  title: candidate.conflict
                    ? t('caseReviews:conflictWith', {
                        kind: t(`caseReviews:kinds.${candidate.conflict.kind}`),
                      })
                    : undefined,
                }))}
                optionRender={(option) => {
                  const candidate = board.candidates.find((c) => c.userId === option.value)!;
                  return (
                    <Space size={6} wrap={false}>
                      <span>{candidate.displayName}</span>
                      <Typography.Text type="secondary">
                        {candidate.organisationName} ·{' '}
                        {labelOf(ORGANISATION_TYPE_LABELS, candidate.organisationType, language)}
                      </Typography.Text>
                      {candidate.conflict ? (
                        <Tag color="red">
                          {t('caseReviews:conflictWith', {
                            kind: t(`caseReviews:kinds.${candidate.conflict.kind}`),
                          })}
                        </Tag>
                      ) : null}
                      {candidate.assigned ? <Tag>{t('caseReviews:alreadyAssigned')}</Tag> : null}
                    </Space>
                  );
                }}
              />
            </Form.Item>
            <Form.Item
              name="dueDate"
              label={t('caseReviews:dueDate')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker
                data-testid="assign-due"
                disabledDate={(day) => day.isBefore(dayjs(), 'day')}
                allowClear={false}
              />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={assign.isPending} data-testid="assign-submit">
                {t('caseReviews:assign')}
              </Button>
            </Form.Item>
          </Form>
        </>
      ) : null}
      <Modal
        open={Boolean(withdrawing)}
        title={t('caseReviews:withdrawTitle')}
        okText={t('caseReviews:confirm')}
        okButtonProps={{ danger: true, loading: withdraw.isPending }}
        onCancel={() => setWithdrawing(null)}
        onOk={() =>
          withdrawForm.validateFields().then(({ reason }) =>
            withdraw.mutate(
              { assignmentId: withdrawing!.id, reason },
              {
                onSuccess: () => {
                  setWithdrawing(null);
                  withdrawForm.resetFields();
                },
                onError: (error) => showError(message, error),
              },
            ),
          )
        }
      >
        <Typography.Paragraph>
          {withdrawing
            ? `${withdrawing.reviewer.displayName}（${withdrawing.reviewer.organisationName}）`
            : ''}
        </Typography.Paragraph>
        <Form form={withdrawForm} layout="vertical">
          <Form.Item
            name="reason"
            label={t('caseReviews:withdrawReason')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </ProCard>
  );
}

function ReviewsCard({ data }: { data: CaseReviews }) {
  const { t } = useTranslation();
  const summary = data.summary;
  return (
    <ProCard title={t('caseReviews:reviewsTitle')} bordered>
      {summary ? (
        <Space size={48} wrap style={{ display: 'flex', marginBottom: 16 }} data-testid="review-summary">
          <Statistic
            title={t('caseReviews:summary')}
            value={t('caseReviews:submittedCount', {
              submitted: summary.submitted,
              assigned: summary.assigned,
            })}
          />
          <Statistic
            title={t('caseReviews:mean')}
            value={summary.mean ?? '—'}
            precision={summary.mean === null ? undefined : 2}
          />
          <Statistic
            title={t('caseReviews:spread')}
            value={summary.spread ?? '—'}
            precision={summary.spread === null ? undefined : 2}
          />
        </Space>
      ) : null}
      {summary?.disagreement ? (
        <Alert
          style={{ marginBottom: 12 }}
          type="warning"
          showIcon
          data-testid="disagreement"
          message={t('caseReviews:disagreement', {
            spread: summary.spread,
            threshold: summary.disagreementThreshold,
          })}
        />
      ) : null}
      {data.reviews.length ? (
        <ReviewsTable criteria={data.criteria} reviews={data.reviews} />
      ) : (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('caseReviews:noReviews')}
        </Typography.Paragraph>
      )}
    </ProCard>
  );
}

function DecisionCard({ caseId, data }: { caseId: string; data: CaseReviews }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const decide = useDecideCase(caseId);
  const [pending, setPending] = useState<DecisionInput['decision'] | null>(null);
  const [form] = Form.useForm<{ reason?: string }>();
  const needsReason = pending !== null && pending !== 'select';
  const decidable = data.summary?.decidable ?? false;
  return (
    <ProCard title={t('caseReviews:decision')} bordered>
      {!decidable ? (
        <Alert style={{ marginBottom: 12 }} type="info" showIcon message={t('caseReviews:decisionHint')} />
      ) : null}
      <Space wrap>
        {data.decisions.map((decision) => (
          <Button
            key={decision}
            type={decision === 'select' ? 'primary' : 'default'}
            danger={decision === 'reject'}
            disabled={!decidable}
            data-testid={`decide-${decision}`}
            onClick={() => setPending(decision as DecisionInput['decision'])}
          >
            {t(`caseReviews:decisions.${decision as 'select'}`)}
          </Button>
        ))}
      </Space>
      <Modal
        open={pending !== null}
        title={pending ? t(`caseReviews:decisions.${pending}`) : ''}
        okText={t('caseReviews:confirm')}
        okButtonProps={{ loading: decide.isPending, id: 'decision-confirm' }}
        onCancel={() => setPending(null)}
        onOk={() =>
          form.validateFields().then(({ reason }) =>
            decide.mutate(
              { decision: pending!, reason: reason?.trim() || undefined },
              {
                onSuccess: () => {
                  message.success(
                    t('caseReviews:decided', { decision: t(`caseReviews:decisions.${pending!}`) }),
                  );
                  setPending(null);
                  form.resetFields();
                },
                onError: (error) => {
                  if (!showFieldErrors(form, error)) showError(message, error);
                },
              },
            ),
          )
        }
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t('caseReviews:decisionReason')}
            rules={
              needsReason
                ? [{ required: true, whitespace: true, message: t('caseReviews:decisionReasonRequired') }]
                : []
            }
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </ProCard>
  );
}
