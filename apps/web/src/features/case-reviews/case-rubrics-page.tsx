import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, App, Button, Col, Form, Input, InputNumber, Row, Select, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage, showError, showFieldErrors } from '../../app/api/api-error';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult } from '../../ui/status-results';
import { useProgrammes } from '../programmes';
import { type CaseRubric, type RubricInput, useCaseRubric, useSaveRubric } from './case-reviews.api';

/** 案例评审细则: each programme's criteria, weights (summing to 100), scale and disagreement threshold. */
export function CaseRubricsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const programmes = useProgrammes();
  const items = programmes.data?.items ?? [];
  const programmeId = search.get('programmeId') ?? items[0]?.id;
  const rubric = useCaseRubric(programmeId);
  if (programmes.error) return <ErrorResult message={errorMessage(programmes.error)} />;
  return (
    <PageContainer
      title={t('caseReviews:rubricsTitle')}
      extra={
        <Select
          style={{ width: 360 }}
          value={programmeId}
          loading={programmes.isLoading}
          placeholder={t('caseReviews:selectProgramme')}
          notFoundContent={t('caseReviews:noProgrammes')}
          onChange={(value: string) => setSearch({ programmeId: value })}
          options={items.map((programme) => ({ value: programme.id, label: programme.title }))}
          data-testid="rubric-programme"
        />
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('caseReviews:rubricsHint')} />
        {rubric.isLoading ? <PageLoading /> : null}
        {rubric.error ? (
          <ErrorResult message={errorMessage(rubric.error)} onRetry={() => rubric.refetch()} />
        ) : null}
        {rubric.data ? (
          <RubricEditor key={`${rubric.data.programmeId}:${rubric.data.version}`} rubric={rubric.data} />
        ) : null}
      </Space>
    </PageContainer>
  );
}

function RubricEditor({ rubric }: { rubric: CaseRubric }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RubricInput>();
  const save = useSaveRubric(rubric.programmeId, rubric.version);
  const criteria = Form.useWatch('criteria', form) ?? rubric.criteria;
  const sum = criteria.reduce((total, criterion) => total + (Number(criterion?.weight) || 0), 0);

  useEffect(() => {
    form.setFieldsValue({ criteria: rubric.criteria, disagreementThreshold: rubric.disagreementThreshold });
  }, [form, rubric]);

  return (
    <ProCard
      bordered
      title={
        rubric.isDefault ? (
          <Tag>{t('caseReviews:rubricDefault')}</Tag>
        ) : (
          <Tag color="blue">{t('caseReviews:rubricOwn', { version: rubric.version })}</Tag>
        )
      }
      extra={
        <Typography.Text type={sum === 100 ? 'secondary' : 'danger'} data-testid="weight-sum">
          {t('caseReviews:weightSum', { sum })}
        </Typography.Text>
      }
    >
      <Form<RubricInput>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          save.mutate(values, {
            onSuccess: () => message.success(t('common.saved')),
            onError: (error) => {
              if (!showFieldErrors(form, error)) showError(message, error);
            },
          })
        }
      >
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              {fields.map((field, index) => (
                <ProCard
                  key={field.key}
                  type="inner"
                  bordered
                  title={`${t('caseReviews:criterion')} ${index + 1}`}
                  extra={
                    fields.length > 1 ? (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                      />
                    ) : null
                  }
                >
                  <Row gutter={12}>
                    <Col span={5}>
                      <Form.Item
                        name={[field.name, 'key']}
                        label={t('caseReviews:criterionKey')}
                        rules={[{ required: true }]}
                      >
                        <Input maxLength={40} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item
                        name={[field.name, 'label', 'zh-CN']}
                        label={t('caseReviews:labelZh')}
                        rules={[{ required: true }]}
                      >
                        <Input maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item
                        name={[field.name, 'label', 'en']}
                        label={t('caseReviews:labelEn')}
                        rules={[{ required: true }]}
                      >
                        <Input maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item
                        name={[field.name, 'weight']}
                        label={t('caseReviews:weightLabel')}
                        rules={[{ required: true }]}
                      >
                        <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Typography.Text type="secondary">{t('caseReviews:scale')}</Typography.Text>
                  <Form.List name={[field.name, 'scale']}>
                    {(steps) =>
                      steps.map((step, position) => (
                        <Row gutter={12} key={step.key} align="middle">
                          <Col span={2}>
                            <Form.Item name={[step.name, 'score']} hidden>
                              <InputNumber />
                            </Form.Item>
                            <span className="figure">{t('caseReviews:score', { score: position + 1 })}</span>
                          </Col>
                          <Col span={11}>
                            <Form.Item
                              name={[step.name, 'description', 'zh-CN']}
                              rules={[{ required: true }]}
                              style={{ marginBottom: 8 }}
                            >
                              <Input maxLength={100} aria-label={t('caseReviews:descriptionZh')} />
                            </Form.Item>
                          </Col>
                          <Col span={11}>
                            <Form.Item
                              name={[step.name, 'description', 'en']}
                              rules={[{ required: true }]}
                              style={{ marginBottom: 8 }}
                            >
                              <Input maxLength={100} aria-label={t('caseReviews:descriptionEn')} />
                            </Form.Item>
                          </Col>
                        </Row>
                      ))
                    }
                  </Form.List>
                </ProCard>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  add({
                    key: `criterion-${fields.length + 1}`,
                    label: { 'zh-CN': '', en: '' },
                    weight: 10,
                    scale: [1, 2, 3, 4, 5].map((score) => ({ score, description: { 'zh-CN': '', en: '' } })),
                  })
                }
              >
                {t('caseReviews:criterion')}
              </Button>
            </Space>
          )}
        </Form.List>
        <Form.Item
          style={{ marginTop: 16 }}
          name="disagreementThreshold"
          label={t('caseReviews:threshold')}
          extra={t('caseReviews:thresholdHint')}
          rules={[{ required: true }]}
        >
          <InputNumber min={0} max={100} precision={2} style={{ width: 160 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="rubric-save">
          {t('caseReviews:saveRubric')}
        </Button>
      </Form>
    </ProCard>
  );
}
