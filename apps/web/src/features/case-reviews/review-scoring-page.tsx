import { PageContainer, ProCard } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  Col,
  Descriptions,
  Form,
  Input,
  Modal,
  Popconfirm,
  Radio,
  Row,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { type CaseRubric as DomainRubric, weightedTotal } from '@skillpay/domain';
import { ApiRequestError, errorMessage, showError, showFieldErrors } from '../../app/api/api-error';
import { useLanguage } from '../../app/i18n/i18n';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { Figure } from '../../ui/figure';
import { AssignmentStateTag, CaseContent } from './case-content';
import {
  type CaseReview,
  type Criterion,
  type ReviewUpdate,
  useCaseReviews,
  useDeclareConflict,
  useSaveReview,
  useSubmitReview,
} from './case-reviews.api';

interface ScoreForm {
  scores: Record<string, number | undefined>;
  comment: string;
  recommendation?: ReviewUpdate['recommendation'];
}

const asRubric = (criteria: Criterion[]): DomainRubric => ({ criteria, disagreementThreshold: 0 });

/** The reviewer's page: the case on the left, the rubric to score on the right. */
export function ReviewScoringPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const reviews = useCaseReviews(caseId);
  if (reviews.isLoading) return <PageLoading />;
  if (reviews.error instanceof ApiRequestError && reviews.error.status === 404) return <NotFoundResult />;
  if (reviews.error || !reviews.data?.mine) {
    return <ErrorResult message={errorMessage(reviews.error)} onRetry={() => reviews.refetch()} />;
  }
  const data = reviews.data;
  const mine = data.mine!;
  return (
    <PageContainer title={data.case.title} subTitle={t('caseReviews:scoringTitle')}>
      <Row gutter={16}>
        <Col xs={24} xl={13}>
          <ProCard title={t('caseReviews:caseContent')} bordered>
            <CaseContent reviewed={data.case} />
          </ProCard>
        </Col>
        <Col xs={24} xl={11}>
          <ScoreCard key={`${mine.id}:${mine.version}`} caseId={caseId} />
          {mine.state === 'submitted' ? (
            <OtherReviews criteria={data.criteria} reviews={data.reviews} />
          ) : null}
        </Col>
      </Row>
    </PageContainer>
  );
}

function ScoreCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data } = useCaseReviews(caseId);
  const mine = data!.mine!;
  const criteria = data!.criteria;
  const [form] = Form.useForm<ScoreForm>();
  const save = useSaveReview(caseId, mine);
  const submit = useSubmitReview(caseId, mine);
  const declare = useDeclareConflict(caseId);
  const [conflictOpen, setConflictOpen] = useState(false);
  const [conflictForm] = Form.useForm<{ reason: string }>();
  const scores = Form.useWatch('scores', form) ?? mine.scores;
  const total = useMemo(
    () => weightedTotal(asRubric(criteria), (scores ?? {}) as Record<string, number | undefined>),
    [criteria, scores],
  );
  const top = Math.max(...criteria.flatMap((criterion) => criterion.scale.map((step) => step.score)));

  useEffect(() => {
    form.setFieldsValue({
      scores: mine.scores,
      comment: mine.comment,
      recommendation: mine.recommendation ?? undefined,
    });
  }, [form, mine]);

  const values = (): ReviewUpdate => {
    const current = form.getFieldsValue(true) as ScoreForm;
    const chosen = Object.fromEntries(
      Object.entries(current.scores ?? {}).filter(([, score]) => typeof score === 'number'),
    ) as Record<string, number>;
    return { scores: chosen, comment: current.comment ?? '', recommendation: current.recommendation ?? null };
  };

  const onSave = () =>
    save.mutate(values(), {
      onSuccess: () => message.success(t('caseReviews:saved')),
      onError: (error) => {
        if (!showFieldErrors(form, error)) showError(message, error);
      },
    });

  const onSubmit = () =>
    save.mutate(values(), {
      onSuccess: () =>
        submit.mutate(undefined, {
          onSuccess: () => message.success(t('caseReviews:submitted')),
          onError: (error) => {
            if (!showFieldErrors(form, error)) showError(message, error);
          },
        }),
      onError: (error) => {
        if (!showFieldErrors(form, error)) showError(message, error);
      },
    });

  const editable = mine.editable;
  return (
    <ProCard
      title={t('caseReviews:rubric')}
      bordered
      extra={
        <Space>
          <span>{t('caseReviews:dueDate')}</span>
          <span className="figure">{mine.dueDate}</span>
          <AssignmentStateTag state={mine.state} />
        </Space>
      }
    >
      {editable ? (
        <Typography.Paragraph type="secondary">
          {t('caseReviews:rubricHint', { max: top })}
        </Typography.Paragraph>
      ) : (
        <Alert
          style={{ marginBottom: 12 }}
          type={mine.state === 'submitted' ? 'success' : 'info'}
          showIcon
          message={
            mine.state === 'submitted' && mine.submittedAt
              ? t('caseReviews:submittedAt', { time: new Date(mine.submittedAt).toLocaleString(language) })
              : t('caseReviews:readOnly')
          }
        />
      )}
      <Form form={form} layout="vertical" disabled={!editable} data-testid="score-form">
        {criteria.map((criterion) => (
          <Form.Item
            key={criterion.key}
            name={['scores', criterion.key]}
            label={
              <Space size={8}>
                <Typography.Text strong>{criterion.label[language]}</Typography.Text>
                <Tag>{t('caseReviews:weight', { weight: criterion.weight })}</Tag>
              </Space>
            }
          >
            <Radio.Group data-testid={`score-${criterion.key}`} style={{ width: '100%' }}>
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                {criterion.scale.map((step) => (
                  <Radio key={step.score} value={step.score}>
                    <span className="figure">{step.score}</span>
                    <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                      {step.description[language]}
                    </Typography.Text>
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
        ))}
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'total',
              label: t('caseReviews:weightedTotal'),
              children:
                total === null ? (
                  <Typography.Text type="secondary">{t('caseReviews:notScored')}</Typography.Text>
                ) : (
                  <strong data-testid="weighted-total">
                    <Figure value={total.toFixed(2)} />
                  </strong>
                ),
            },
          ]}
        />
        <Form.Item name="recommendation" label={t('caseReviews:recommendation')}>
          <Radio.Group
            data-testid="recommendation"
            options={(['select', 'revise', 'reject'] as const).map((value) => ({
              value,
              label: t(`caseReviews:recommendations.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="comment" label={t('caseReviews:comment')}>
          <Input.TextArea
            rows={4}
            maxLength={5000}
            showCount
            placeholder={t('caseReviews:commentPlaceholder')}
          />
        </Form.Item>
      </Form>
      {editable ? (
        <Space wrap>
          <Button onClick={onSave} loading={save.isPending} data-testid="review-save">
            {t('caseReviews:save')}
          </Button>
          <Popconfirm title={t('caseReviews:submitConfirm')} onConfirm={onSubmit}>
            <Button type="primary" loading={submit.isPending} data-testid="review-submit">
              {t('caseReviews:submit')}
            </Button>
          </Popconfirm>
          <Button danger type="link" onClick={() => setConflictOpen(true)} data-testid="declare-conflict">
            {t('caseReviews:declareConflict')}
          </Button>
        </Space>
      ) : null}
      <Modal
        open={conflictOpen}
        title={t('caseReviews:declareConflictTitle')}
        okText={t('caseReviews:confirm')}
        okButtonProps={{ danger: true, loading: declare.isPending }}
        onCancel={() => setConflictOpen(false)}
        onOk={() =>
          conflictForm.validateFields().then(({ reason }) =>
            declare.mutate(reason, {
              onSuccess: () => {
                message.success(t('caseReviews:conflictDeclared'));
                navigate('/my-reviews');
              },
              onError: (error) => showError(message, error),
            }),
          )
        }
      >
        <Typography.Paragraph>{t('caseReviews:declareConflictHint')}</Typography.Paragraph>
        <Form form={conflictForm} layout="vertical">
          <Form.Item
            name="reason"
            label={t('caseReviews:conflictReason')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </ProCard>
  );
}

/** The other reviews, shown once every assigned review is in (blind before). */
function OtherReviews({ criteria, reviews }: { criteria: Criterion[]; reviews: CaseReview[] }) {
  const { t } = useTranslation();
  return (
    <ProCard title={t('caseReviews:othersTitle')} bordered style={{ marginTop: 16 }}>
      {reviews.length === 0 ? (
        <Typography.Text type="secondary">{t('caseReviews:othersBlind')}</Typography.Text>
      ) : (
        <ReviewsTable criteria={criteria} reviews={reviews} />
      )}
    </ProCard>
  );
}

/** Submitted reviews: reviewer, organisation, score per criterion, total, recommendation, comment. */
export function ReviewsTable({ criteria, reviews }: { criteria: Criterion[]; reviews: CaseReview[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table<CaseReview>
      size="small"
      rowKey="assignmentId"
      pagination={false}
      dataSource={reviews}
      scroll={{ x: 'max-content' }}
      data-testid="reviews-table"
      expandable={{
        expandedRowRender: (row) => (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {row.comment || '—'}
          </Typography.Paragraph>
        ),
        rowExpandable: (row) => Boolean(row.comment),
      }}
      columns={[
        {
          title: t('caseReviews:reviewer'),
          key: 'reviewer',
          render: (_, row) => (
            <Space direction="vertical" size={0}>
              <span style={{ whiteSpace: 'nowrap' }}>{row.reviewer.displayName}</span>
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                {row.reviewer.organisationName}
              </Typography.Text>
            </Space>
          ),
        },
        ...criteria.map((criterion) => ({
          title: <span title={criterion.label[language]}>{criterion.label[language]}</span>,
          key: criterion.key,
          align: 'right' as const,
          render: (_: unknown, row: CaseReview) => (
            <span className="figure">{row.scores[criterion.key] ?? '—'}</span>
          ),
        })),
        {
          title: t('caseReviews:weightedTotal'),
          dataIndex: 'weightedTotal',
          align: 'right',
          render: (value: number | null) =>
            value === null ? (
              '—'
            ) : (
              <strong>
                <Figure value={value.toFixed(2)} />
              </strong>
            ),
        },
        {
          title: t('caseReviews:recommendation'),
          dataIndex: 'recommendation',
          render: (value: string | null) =>
            value ? (
              <span style={{ whiteSpace: 'nowrap' }}>
                {t(`caseReviews:recommendations.${value as 'select'}`)}
              </span>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
