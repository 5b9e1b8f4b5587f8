import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { App, AutoComplete, Button, Card, Form, Input, Select, Space, Spin } from 'antd';
import {
  POLICY_DOCUMENTS,
  POLICY_QA_ANSWER_MAX,
  POLICY_QA_MAX_BASIS,
  POLICY_QA_MAX_TOPICS,
  POLICY_QA_QUESTION_MAX,
} from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { QueryFailureResult } from '../../ui/status-results';
import {
  type PolicyQa,
  type PolicyQaInput,
  useCreatePolicyQa,
  usePolicyQa,
  useUpdatePolicyQa,
} from './policy-qa.api';
import { usePolicyQaLabels } from './policy-qa-labels';

const DOCUMENT_OPTIONS = POLICY_DOCUMENTS.map((value) => ({ value }));

function EntryForm({ entry }: { entry?: PolicyQa }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = usePolicyQaLabels();
  const navigate = useNavigate();
  const [form] = Form.useForm<PolicyQaInput>();
  const create = useCreatePolicyQa();
  const update = useUpdatePolicyQa({ id: entry?.id ?? '', version: entry?.version ?? 0 });
  const initial: PolicyQaInput = entry
    ? {
        question: entry.question,
        answer: entry.answer,
        citations: entry.citations.map((item) => ({ document: item.document, article: item.article })),
        topics: entry.topics,
      }
    : { question: '', answer: '', citations: [{ document: POLICY_DOCUMENTS[0], article: null }], topics: [] };

  return (
    <Form<PolicyQaInput>
      form={form}
      layout="vertical"
      initialValues={initial}
      style={{ maxWidth: 880 }}
      onFinish={async (values) => {
        try {
          if (entry) {
            const saved = await update.mutateAsync(values);
            message.success(
              saved.versionNumber === entry.versionNumber ? t('policyQa:unchanged') : t('policyQa:saved'),
            );
            navigate(`/policy-qa/${entry.id}`);
          } else {
            const created = await create.mutateAsync(values);
            message.success(t('policyQa:created'));
            navigate(`/policy-qa/${created.id}`);
          }
        } catch (error) {
          if (!showFieldErrors(form, error)) showError(message, error);
        }
      }}
    >
      <Form.Item
        name="question"
        label={t('policyQa:question')}
        rules={[{ required: true, whitespace: true, max: POLICY_QA_QUESTION_MAX }]}
      >
        <Input maxLength={POLICY_QA_QUESTION_MAX} showCount data-testid="policy-qa-question" />
      </Form.Item>
      <Form.Item
        name="answer"
        label={t('policyQa:answer')}
        extra={t('policyQa:answerHelp')}
        rules={[{ required: true, whitespace: true, max: POLICY_QA_ANSWER_MAX }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 6, maxRows: 16 }}
          maxLength={POLICY_QA_ANSWER_MAX}
          data-testid="policy-qa-answer"
        />
      </Form.Item>
      <Form.Item label={t('policyQa:citations')} required>
        <Form.List name="citations">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item
                    name={[field.name, 'document']}
                    rules={[{ required: true, whitespace: true, max: 100 }]}
                    noStyle={false}
                    style={{ marginBottom: 0 }}
                  >
                    <AutoComplete
                      options={DOCUMENT_OPTIONS}
                      style={{ width: 480 }}
                      placeholder={t('policyQa:document')}
                      aria-label={`${t('policyQa:document')} ${index + 1}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'article']} rules={[{ max: 50 }]} style={{ marginBottom: 0 }}>
                    <Input
                      style={{ width: 200 }}
                      placeholder={t('policyQa:articlePlaceholder')}
                      aria-label={`${t('policyQa:article')} ${index + 1}`}
                      data-testid="policy-qa-article"
                    />
                  </Form.Item>
                  {fields.length > 1 ? (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('policyQa:removeCitation')}
                      title={t('policyQa:removeCitation')}
                      onClick={() => remove(field.name)}
                    />
                  ) : null}
                </Space>
              ))}
              {fields.length < POLICY_QA_MAX_BASIS ? (
                <Button icon={<PlusOutlined />} onClick={() => add({ document: '', article: null })}>
                  {t('policyQa:addCitation')}
                </Button>
              ) : null}
            </Space>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item
        name="topics"
        label={t('policyQa:topics')}
        rules={[{ required: true, type: 'array', min: 1, max: POLICY_QA_MAX_TOPICS }]}
      >
        <Select
          mode="multiple"
          options={labels.topics}
          maxCount={POLICY_QA_MAX_TOPICS}
          data-testid="policy-qa-topics"
        />
      </Form.Item>
      <Space>
        <Button
          type="primary"
          htmlType="submit"
          loading={create.isPending || update.isPending}
          data-testid="policy-qa-save"
        >
          {t('common.save')}
        </Button>
        <Button onClick={() => navigate(entry ? `/policy-qa/${entry.id}` : '/policy-qa')}>
          {t('common.cancel')}
        </Button>
      </Space>
    </Form>
  );
}

/** 新建 / 修改政策问答: the wording, the basis cited and the topics; an edit saves the next version. */
export function PolicyQaFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const entry = usePolicyQa(id);
  return (
    <PageContainer title={id ? t('policyQa:editEntry') : t('policyQa:newEntry')} breadcrumbRender={false}>
      <Card>
        {id && entry.isError ? (
          <QueryFailureResult error={entry.error} onRetry={() => void entry.refetch()} />
        ) : id && !entry.data ? (
          <Spin />
        ) : (
          <EntryForm entry={entry.data} key={entry.data?.version ?? 'new'} />
        )}
      </Card>
    </PageContainer>
  );
}
