import { PageContainer } from '@ant-design/pro-components';
import {
  App,
  Button,
  type ButtonProps,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { QueryFailureResult } from '../../ui/status-results';
import { OpinionNoteForm } from './opinion-note-form';
import {
  type OpinionAction,
  type OpinionNote,
  useDeleteOpinionNote,
  useOpinionNote,
  useOpinionStep,
} from './opinion-notes.api';
import { HeatTag, OpinionStatusTag, SentimentTag, useOpinionLabels } from './opinion-labels';

type Dialog = OpinionAction | 'edit' | 'delete' | null;

/** The responsible unit's steps: each opens a small form (explanation, response, reason). */
function StepDialog({
  note,
  action,
  onClose,
}: {
  note: OpinionNote;
  action: OpinionAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useOpinionLabels();
  const [form] = Form.useForm();
  const step = useOpinionStep(note);
  const submit = async (values: Record<string, unknown>) => {
    const respondedOn = values.respondedOn as Dayjs | undefined;
    try {
      await step.mutateAsync({
        action,
        body: {
          comment: values.comment as string | undefined,
          explanation: values.explanation as string | undefined,
          response: values.response as string | undefined,
          respondedOn: respondedOn?.format('YYYY-MM-DD'),
          responseChannel: values.responseChannel as never,
        },
      });
      message.success(t('opinionNotes:saved'));
      onClose();
    } catch (error) {
      if (!showFieldErrors(form, error)) showError(message, error);
    }
  };
  return (
    <Modal
      open
      title={labels.action(action)}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={step.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'dialog-ok' } as ButtonProps}
      destroyOnHidden
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={
          action === 'take' ? { explanation: note.explanation ?? undefined } : { respondedOn: dayjs() }
        }
      >
        {action === 'take' ? (
          <Form.Item
            name="explanation"
            label={t('opinionNotes:explanation')}
            rules={[{ required: true, whitespace: true, max: 4000 }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 4 }}
              maxLength={4000}
              placeholder={t('opinionNotes:explanationPlaceholder')}
              data-testid="explanation-input"
            />
          </Form.Item>
        ) : null}
        {action === 'respond' ? (
          <>
            <Form.Item
              name="response"
              label={t('opinionNotes:response')}
              rules={[{ required: true, whitespace: true, max: 4000 }]}
            >
              <Input.TextArea autoSize={{ minRows: 3 }} maxLength={4000} data-testid="response-input" />
            </Form.Item>
            <Space size="large" wrap>
              <Form.Item
                name="respondedOn"
                label={t('opinionNotes:respondedOn')}
                rules={[{ required: true }]}
              >
                <DatePicker
                  disabledDate={(day) =>
                    day.isAfter(dayjs(), 'day') || day.isBefore(dayjs(note.notedOn), 'day')
                  }
                />
              </Form.Item>
              <Form.Item
                name="responseChannel"
                label={t('opinionNotes:responseChannel')}
                rules={[{ required: true }]}
              >
                <Select options={labels.channels} style={{ width: 220 }} data-testid="channel-select" />
              </Form.Item>
            </Space>
          </>
        ) : null}
        {action === 'close' || action === 'reopen' ? (
          <Form.Item
            name="comment"
            label={action === 'reopen' ? t('opinionNotes:reason') : t('opinionNotes:comment')}
            rules={[{ required: action === 'reopen', whitespace: true, max: 1000 }]}
          >
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} data-testid="comment-input" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

function DeleteDialog({ note, onClose }: { note: OpinionNote; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ reason: string }>();
  const remove = useDeleteOpinionNote(note);
  return (
    <Modal
      open
      title={t('opinionNotes:deleteTitle')}
      okText={t('opinionNotes:delete')}
      okButtonProps={{ danger: true, 'data-testid': 'delete-ok' } as ButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={remove.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async ({ reason }) => {
          try {
            await remove.mutateAsync(reason);
            message.success(t('opinionNotes:deleted'));
            navigate('/opinion-notes');
          } catch (error) {
            if (!showFieldErrors(form, error)) showError(message, error);
          }
        }}
      >
        <Form.Item
          name="reason"
          label={t('opinionNotes:deleteReason')}
          rules={[{ required: true, whitespace: true, max: 1000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A note with the responsible unit's actions, its explanation and response, its steps and edits. */
export function OpinionNoteDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const labels = useOpinionLabels();
  const query = useOpinionNote(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  if (query.isError) return <QueryFailureResult error={query.error} onRetry={() => void query.refetch()} />;
  const note = query.data;
  if (!note) return <Spin />;

  const buttons = [
    ...note.availableActions.map((action) => (
      <Button
        key={action}
        type={action === 'reopen' ? 'default' : 'primary'}
        onClick={() => setDialog(action)}
        data-testid={`action-${action}`}
      >
        {labels.action(action)}
      </Button>
    )),
    note.canEdit ? (
      <Button key="edit" onClick={() => setDialog('edit')} data-testid="action-edit">
        {t('opinionNotes:edit')}
      </Button>
    ) : null,
    note.canDelete ? (
      <Button key="delete" danger onClick={() => setDialog('delete')} data-testid="action-delete">
        {t('opinionNotes:delete')}
      </Button>
    ) : null,
  ].filter(Boolean);
  const fieldNames = (fields: string[]) =>
    fields.map((field) => t(`opinionNotes:fields.${field}`, { defaultValue: field })).join('、');

  return (
    <PageContainer
      title={`${labels.source(note.source, note.sourceDetail)} · ${note.notedOn}`}
      breadcrumbRender={false}
      extra={<Space wrap>{buttons}</Space>}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} data-testid="opinion-summary-card">
            <Descriptions.Item label={t('opinionNotes:status')}>
              <span data-testid="opinion-status">
                <OpinionStatusTag status={note.status} />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('opinionNotes:sentiment')}>
              <SentimentTag sentiment={note.sentiment} />
            </Descriptions.Item>
            <Descriptions.Item label={t('opinionNotes:heat')}>
              <HeatTag heat={note.heat} />
            </Descriptions.Item>
            <Descriptions.Item label={t('opinionNotes:source')}>
              {labels.source(note.source, note.sourceDetail)}
            </Descriptions.Item>
            <Descriptions.Item label={t('opinionNotes:notedOn')}>{note.notedOn}</Descriptions.Item>
            <Descriptions.Item label={t('opinionNotes:programme')}>{note.programmeTitle}</Descriptions.Item>
            <Descriptions.Item label={t('opinionNotes:recorder')}>{note.recorderName}</Descriptions.Item>
            <Descriptions.Item label={t('opinionNotes:responsible')}>
              <span data-testid="opinion-responsible-name">{note.responsibleName}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('opinionNotes:topics')}>
              <span>
                {note.topics.map((topic) => (
                  <Tag key={topic}>{labels.topic(topic)}</Tag>
                ))}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('opinionNotes:summary')} span={3}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{note.summary}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('opinionNotes:explanation')} span={3}>
              <span style={{ whiteSpace: 'pre-wrap' }} data-testid="opinion-explanation">
                {note.explanation ?? '—'}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('opinionNotes:response')} span={3}>
              {note.response ? (
                <span style={{ whiteSpace: 'pre-wrap' }} data-testid="opinion-response">
                  {note.response}（{note.respondedOn} · {labels.channel(note.responseChannel ?? '')}）
                </span>
              ) : (
                '—'
              )}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t('opinionNotes:history')}>
          <Timeline
            items={[
              {
                children: (
                  <>
                    <strong>{t('opinionNotes:recorded')}</strong> · {note.recorderName} ·{' '}
                    {dayjs(note.createdAt).format('YYYY-MM-DD HH:mm')}
                  </>
                ),
              },
              ...note.history.map((step) => ({
                children: (
                  <span data-testid="opinion-step">
                    <strong>{labels.action(step.action)}</strong> → {labels.status(step.toState)} ·{' '}
                    {step.actor} · {dayjs(step.at).format('YYYY-MM-DD HH:mm')}
                    {step.comment ? <div>{step.comment}</div> : null}
                  </span>
                ),
              })),
            ]}
          />
        </Card>
        <Card title={t('opinionNotes:revisions')}>
          {note.revisions.length === 0 ? (
            <Typography.Text type="secondary">{t('opinionNotes:noRevisions')}</Typography.Text>
          ) : (
            <Timeline
              items={note.revisions.map((revision) => ({
                children: (
                  <>
                    {dayjs(revision.at).format('YYYY-MM-DD HH:mm')} ·{' '}
                    {t('opinionNotes:revisionLine', {
                      editor: revision.editor,
                      fields: fieldNames(revision.changedFields),
                      version: revision.version,
                    })}
                  </>
                ),
              }))}
            />
          )}
        </Card>
      </Space>
      {dialog === 'edit' ? <OpinionNoteForm open note={note} onClose={() => setDialog(null)} /> : null}
      {dialog === 'delete' ? <DeleteDialog note={note} onClose={() => setDialog(null)} /> : null}
      {dialog && dialog !== 'edit' && dialog !== 'delete' ? (
        <StepDialog note={note} action={dialog} onClose={() => setDialog(null)} />
      ) : null}
    </PageContainer>
  );
}
