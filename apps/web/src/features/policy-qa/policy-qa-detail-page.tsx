import './policy-qa.css';
import { PageContainer } from '@ant-design/pro-components';
import {
  App,
  Alert,
  Button,
  type ButtonProps,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { answerParagraphs, can, diffParagraphs, formatChinaTime } from '@skillpay/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useCurrentRole } from '../../app/session/session-user';
import { QueryFailureResult } from '../../ui/status-results';
import {
  type PolicyQa,
  type PolicyQaAction,
  type PolicyQaVersion,
  useDeletePolicyQa,
  usePolicyQa,
  usePolicyQaStep,
  usePolicyQaVersions,
} from './policy-qa.api';
import { usePolicyQaLabels } from './policy-qa-labels';
import { PolicyQaStatusTag } from './policy-qa-status-tag';

const day = (value: string | null | undefined) => (value ? formatChinaTime(String(value)) : '—');

/** An answer as the public reads it: one paragraph per line, shown as text (never as markup). */
export function AnswerText({ answer }: { answer: string }) {
  return (
    <div className="policy-qa-answer">
      {answerParagraphs(answer).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

/** One version against the one before it: paragraphs added and removed marked in words, not colour alone. */
function VersionChanges({ version, previous }: { version: PolicyQaVersion; previous?: PolicyQaVersion }) {
  const { t } = useTranslation();
  const labels = usePolicyQaLabels();
  if (!previous) {
    return (
      <div className="policy-qa-diff">
        {/* a district reads the current wording only: it is not told there is nothing earlier */}
        {version.number === 1 ? (
          <p>
            <Typography.Text type="secondary">{t('policyQa:onlyVersion')}</Typography.Text>
          </p>
        ) : null}
        <AnswerText answer={version.answer} />
      </div>
    );
  }
  const citations = (v: PolicyQaVersion) => v.citations.map(labels.basis).join('；');
  const topics = (v: PolicyQaVersion) => v.topics.map(labels.topic).join('、');
  return (
    <div className="policy-qa-diff" data-testid="policy-qa-diff">
      <Typography.Text type="secondary">
        {t('policyQa:compareWith', { number: previous.number })}
      </Typography.Text>
      {version.question !== previous.question ? (
        <p>
          <Tag color="blue">{t('policyQa:questionChanged')}</Tag>
          {version.question}
        </p>
      ) : null}
      {diffParagraphs(previous.answer, version.answer).map((change, index) => (
        <p key={index} className={`policy-qa-diff__${change.kind}`}>
          {change.kind === 'added' ? <Tag color="success">{t('policyQa:added')}</Tag> : null}
          {change.kind === 'removed' ? <Tag color="error">{t('policyQa:removed')}</Tag> : null}
          {change.kind === 'removed' ? <del>{change.text}</del> : change.text}
        </p>
      ))}
      {citations(version) !== citations(previous) ? (
        <p>
          <Tag color="blue">{t('policyQa:citationsChanged')}</Tag>
          {citations(version)}
        </p>
      ) : null}
      {topics(version) !== topics(previous) ? (
        <p>
          <Tag color="blue">{t('policyQa:topicsChanged')}</Tag>
          {topics(version)}
        </p>
      ) : null}
    </div>
  );
}

function Versions({ id }: { id: string }) {
  const { t } = useTranslation();
  const versions = usePolicyQaVersions(id);
  if (versions.isError)
    return <QueryFailureResult error={versions.error} onRetry={() => void versions.refetch()} />;
  if (!versions.data) return <Spin />;
  return (
    <ol className="policy-qa-versions" data-testid="policy-qa-versions">
      {versions.data.map((version, index) => (
        <li key={version.id}>
          <Space wrap>
            <Typography.Text strong>{t('policyQa:versionLabel', { number: version.number })}</Typography.Text>
            {version.current ? <Tag color="processing">{t('policyQa:currentVersion')}</Tag> : null}
            <Typography.Text type="secondary">
              {version.authorName ?? '—'} · {day(String(version.createdAt))}
            </Typography.Text>
          </Space>
          <VersionChanges version={version} previous={versions.data[index + 1]} />
        </li>
      ))}
    </ol>
  );
}

function Actions({ entry }: { entry: PolicyQa }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = usePolicyQaLabels();
  const navigate = useNavigate();
  const step = usePolicyQaStep(entry);
  const remove = useDeletePolicyQa(entry);
  const [withdrawing, setWithdrawing] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const run = async (action: PolicyQaAction, reason?: string) => {
    await step.mutateAsync({ action, reason });
    message.success(t('policyQa:done', { action: labels.action(action) }));
  };

  return (
    <Space wrap>
      {entry.availableActions.includes('publish') ? (
        <Popconfirm
          title={labels.action('publish')}
          onConfirm={() => run('publish').catch((error: unknown) => showError(message, error))}
          okButtonProps={{ 'data-testid': 'policy-qa-publish-confirm' } as ButtonProps}
        >
          <Button type="primary" loading={step.isPending} data-testid="policy-qa-publish">
            {labels.action('publish')}
          </Button>
        </Popconfirm>
      ) : null}
      {entry.availableActions.includes('withdraw') ? (
        <Button danger onClick={() => setWithdrawing(true)} data-testid="policy-qa-withdraw">
          {labels.action('withdraw')}
        </Button>
      ) : null}
      {entry.editable ? (
        <Link to={`/policy-qa/${entry.id}/edit`}>
          <Button data-testid="policy-qa-edit">{t('policyQa:edit')}</Button>
        </Link>
      ) : null}
      {entry.editable ? (
        <Popconfirm
          title={t('policyQa:deleteConfirm')}
          onConfirm={async () => {
            try {
              await remove.mutateAsync();
              message.success(t('policyQa:deleted'));
              navigate('/policy-qa');
            } catch (error) {
              showError(message, error);
            }
          }}
        >
          <Button danger type="text">
            {t('policyQa:delete')}
          </Button>
        </Popconfirm>
      ) : null}
      <Modal
        open={withdrawing}
        title={labels.action('withdraw')}
        okText={labels.action('withdraw')}
        cancelText={t('common.cancel')}
        confirmLoading={step.isPending}
        onCancel={() => setWithdrawing(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={async ({ reason }) => {
            try {
              await run('withdraw', reason);
              setWithdrawing(false);
            } catch (error) {
              if (!showFieldErrors(form, error)) showError(message, error);
            }
          }}
        >
          <Form.Item
            name="reason"
            label={t('policyQa:withdrawReason')}
            rules={[{ required: true, whitespace: true, max: 1000 }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3 }}
              maxLength={1000}
              placeholder={t('policyQa:reasonPlaceholder')}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

/** 政策问答详情: the current wording with its basis, the open steps, and every version with its changes. */
export function PolicyQaDetailPage() {
  const { t } = useTranslation();
  const labels = usePolicyQaLabels();
  const role = useCurrentRole();
  const { id } = useParams();
  const entry = usePolicyQa(id);
  if (entry.isError) {
    return (
      <PageContainer title={t('policyQa:title')} breadcrumbRender={false}>
        <QueryFailureResult error={entry.error} onRetry={() => void entry.refetch()} />
      </PageContainer>
    );
  }
  if (!entry.data) return <Spin />;
  const data = entry.data;
  return (
    <PageContainer
      title={data.question}
      breadcrumbRender={false}
      tags={<PolicyQaStatusTag status={data.status} />}
      extra={<Actions entry={data} />}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {data.callerIsMaker && data.status !== 'published' ? (
          <Alert type="info" showIcon message={t('policyQa:makerNote')} />
        ) : null}
        {can(role, 'policyQa', 'update') ? (
          <Typography.Text type="secondary">{t('policyQa:editableNote')}</Typography.Text>
        ) : null}
        <Card title={t('policyQa:answer')}>
          <AnswerText answer={data.answer} />
        </Card>
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('policyQa:citations')} span={2}>
              <ul className="policy-qa-citations">
                {data.citations.map((item, index) => (
                  <li key={index}>{labels.basis(item)}</li>
                ))}
              </ul>
            </Descriptions.Item>
            <Descriptions.Item label={t('policyQa:topics')} span={2}>
              <Space size={[0, 4]} wrap>
                {data.topics.map((topic) => (
                  <Tag key={topic}>{labels.topic(topic)}</Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('policyQa:region')}>{data.regionName}</Descriptions.Item>
            <Descriptions.Item label={t('policyQa:versionNumber')}>
              {t('policyQa:versionLabel', { number: data.versionNumber })} · {data.versionAuthorName ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('policyQa:firstPublishedAt')}>
              {day(data.firstPublishedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('policyQa:publishedBy')}>
              {data.publishedByName ? `${data.publishedByName} · ${day(data.publishedAt)}` : '—'}
            </Descriptions.Item>
            {data.withdrawnAt ? (
              <Descriptions.Item label={t('policyQa:withdrawReason')} span={2}>
                {data.withdrawReason} · {day(data.withdrawnAt)}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
        <Card title={t('policyQa:versions')}>
          <Versions id={data.id} />
        </Card>
        <Link to="/policy-qa">{t('policyQa:back')}</Link>
      </Space>
    </PageContainer>
  );
}
