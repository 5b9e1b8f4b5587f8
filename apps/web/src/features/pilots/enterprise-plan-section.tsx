import { DeleteOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { ProCard } from '@ant-design/pro-components';
import {
  App,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { GuidelinePart, GUIDELINE_PART_LABELS, PlanVariant } from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import { useEnterpriseLabels } from '../enterprises';
import { type EnterprisePlan, useEnterprisePlan, useEnterprisePlanMutations } from './pilots.api';

interface PlanFormValues {
  variant: string;
  guidelineParts: string[];
  officerId?: string | null;
  notes?: string | null;
}

/** 一企一策: read by the enterprise, edited by the bureaus in charge. */
export function EnterprisePlanSection({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = useEnterprisePlan(applicationId, true);
  if (!plan.data) return null;
  return (
    <ProCard
      title={t('pilots:plan')}
      bordered
      data-testid="pilot-plan"
      extra={
        <Button
          icon={<PrinterOutlined />}
          onClick={() => navigate(`/pilot-applications/${applicationId}/plan/print`)}
          data-testid="plan-print"
        >
          {t('pilots:print')}
        </Button>
      }
    >
      <PlanBody key={plan.data.version} plan={plan.data} applicationId={applicationId} />
    </ProCard>
  );
}

function PlanBody({ plan, applicationId }: { plan: EnterprisePlan; applicationId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useEnterpriseLabels();
  const mutations = useEnterprisePlanMutations(applicationId, plan);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<PlanFormValues>();
  const [milestoneForm] = Form.useForm<{ title: string; dueOn: dayjs.Dayjs }>();
  const fail = (error: unknown) => showError(message, error);

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      {editing ? (
        <Form<PlanFormValues>
          form={form}
          layout="vertical"
          initialValues={{
            variant: plan.variant,
            guidelineParts: plan.guidelineParts,
            officerId: plan.officer?.id ?? null,
            notes: plan.notes,
          }}
          onFinish={async (values) => {
            try {
              await mutations.update.mutateAsync({
                variant: values.variant as EnterprisePlan['variant'],
                guidelineParts: values.guidelineParts as EnterprisePlan['guidelineParts'],
                officerId: values.officerId ?? null,
                notes: values.notes?.trim() ? values.notes.trim() : null,
              });
              message.success(t('common.saved'));
              setEditing(false);
            } catch (error) {
              fail(error);
            }
          }}
        >
          <Form.Item name="variant" label={t('pilots:planVariant')}>
            <Select
              options={Object.values(PlanVariant).map((value) => ({
                value,
                label: labels.planVariant(value),
              }))}
            />
          </Form.Item>
          <Form.Item name="guidelineParts" label={t('pilots:planParts')}>
            <Checkbox.Group
              options={Object.values(GuidelinePart).map((part) => ({
                value: part,
                label: `${labels.guidelinePart(part)}（${GUIDELINE_PART_LABELS[part].articles}）`,
              }))}
            />
          </Form.Item>
          <Form.Item name="officerId" label={t('pilots:planOfficer')}>
            <Select
              allowClear
              options={plan.officerOptions.map((officer) => ({
                value: officer.id,
                label: `${officer.displayName}（${officer.organisationName}）`,
              }))}
            />
          </Form.Item>
          <Form.Item name="notes" label={t('pilots:planNotes')}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={mutations.update.isPending}>
              {t('common.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      ) : (
        <Descriptions
          column={1}
          bordered
          size="small"
          extra={
            plan.editable ? <Button onClick={() => setEditing(true)}>{t('pilots:editPlan')}</Button> : null
          }
        >
          <Descriptions.Item label={t('pilots:planVariant')}>
            {labels.planVariant(plan.variant)}
          </Descriptions.Item>
          <Descriptions.Item label={t('pilots:planParts')}>
            <Space size={[0, 4]} wrap>
              {plan.guidelineParts.map((part) => (
                <Tag key={part} color="blue">
                  {labels.guidelinePart(part)}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('pilots:planOfficer')}>
            {plan.officer
              ? `${plan.officer.displayName}（${plan.officer.organisationName}）`
              : t('pilots:planNoOfficer')}
          </Descriptions.Item>
          <Descriptions.Item label={t('pilots:planNotes')}>{plan.notes ?? '-'}</Descriptions.Item>
        </Descriptions>
      )}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        title={() => t('pilots:milestones')}
        dataSource={plan.milestones}
        columns={[
          {
            title: t('pilots:milestoneDone'),
            dataIndex: 'doneAt',
            width: 90,
            render: (_value, milestone) => (
              <Checkbox
                checked={Boolean(milestone.doneAt)}
                disabled={!plan.editable}
                onChange={(event) =>
                  void mutations.updateMilestone
                    .mutateAsync({ milestoneId: milestone.id, done: event.target.checked })
                    .catch(fail)
                }
              />
            ),
          },
          { title: t('pilots:milestoneTitle'), dataIndex: 'title' },
          { title: t('pilots:milestoneDue'), dataIndex: 'dueOn', width: 130 },
          ...(plan.editable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 90,
                  render: (_value: unknown, milestone: EnterprisePlan['milestones'][number]) => (
                    <Popconfirm
                      title={t('common.delete')}
                      onConfirm={() => mutations.removeMilestone.mutateAsync(milestone.id).catch(fail)}
                    >
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('common.delete')}
                      />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {plan.editable ? (
        <Form
          form={milestoneForm}
          layout="inline"
          onFinish={async (values) => {
            try {
              await mutations.addMilestone.mutateAsync({
                title: values.title.trim(),
                dueOn: values.dueOn.format('YYYY-MM-DD'),
              });
              milestoneForm.resetFields();
            } catch (error) {
              fail(error);
            }
          }}
        >
          <Form.Item
            name="title"
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input placeholder={t('pilots:milestoneTitle')} maxLength={200} />
          </Form.Item>
          <Form.Item name="dueOn" rules={[{ required: true, message: t('common.required') }]}>
            <DatePicker placeholder={t('pilots:milestoneDue')} />
          </Form.Item>
          <Button htmlType="submit" icon={<PlusOutlined />} loading={mutations.addMilestone.isPending}>
            {t('pilots:addMilestone')}
          </Button>
        </Form>
      ) : null}
    </Space>
  );
}
