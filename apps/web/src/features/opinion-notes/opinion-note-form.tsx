import { Role } from '@skillpay/domain';
import { App, type ButtonProps, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useCurrentRole } from '../../app/session/session-user';
import { useProgrammes } from '../programmes';
import {
  type OpinionNote,
  type OpinionNoteInput,
  useCreateOpinionNote,
  useResponsibleOptions,
  useUpdateOpinionNote,
} from './opinion-notes.api';
import { useOpinionLabels } from './opinion-labels';

type FormValues = Omit<OpinionNoteInput, 'notedOn'> & { notedOn: Dayjs };

export interface OpinionNoteFormProps {
  open: boolean;
  onClose: () => void;
  /** the note to edit; a new one without */
  note?: OpinionNote;
}

/** 登记/修改舆情: source, date, summary, topics, sentiment, heat and (the city) the responsible unit. */
export function OpinionNoteForm({ open, onClose, note }: OpinionNoteFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useOpinionLabels();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateOpinionNote();
  const update = useUpdateOpinionNote({ id: note?.id ?? '', version: note?.version ?? 0 });
  const programmes = useProgrammes();
  const responsible = useResponsibleOptions(open && role === Role.CityBureau);
  const source = Form.useWatch('source', form);
  const programmeOptions = (programmes.data?.items ?? [])
    .filter((programme) => programme.status !== 'draft')
    .map((programme) => ({ value: programme.id, label: programme.title }));
  const pending = create.isPending || update.isPending;

  return (
    <Modal
      open={open}
      title={note ? t('opinionNotes:editNote') : t('opinionNotes:newNote')}
      okText={note ? t('common.save') : t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'opinion-submit' } as ButtonProps}
      destroyOnHidden
      width={680}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          note
            ? {
                programmeId: note.programmeId,
                source: note.source,
                sourceDetail: note.sourceDetail ?? undefined,
                notedOn: dayjs(note.notedOn),
                summary: note.summary,
                topics: note.topics,
                sentiment: note.sentiment,
                heat: note.heat,
                responsibleOrganisationId: note.responsibleOrganisationId,
              }
            : { notedOn: dayjs(), heat: 2, sentiment: 'neutral', programmeId: programmeOptions[0]?.value }
        }
        onFinish={async (values) => {
          const body = { ...values, notedOn: values.notedOn.format('YYYY-MM-DD') };
          try {
            if (note) {
              const { programmeId: _programme, ...changes } = body;
              void _programme;
              await update.mutateAsync(changes);
              message.success(t('opinionNotes:saved'));
              onClose();
            } else {
              const created = await create.mutateAsync(body);
              message.success(t('opinionNotes:created'));
              onClose();
              navigate(`/opinion-notes/${created.id}`);
            }
          } catch (error) {
            if (!showFieldErrors(form, error)) showError(message, error);
          }
        }}
      >
        {note ? null : (
          <Form.Item name="programmeId" label={t('opinionNotes:programme')} rules={[{ required: true }]}>
            <Select
              options={programmeOptions}
              loading={programmes.isLoading}
              data-testid="opinion-programme"
            />
          </Form.Item>
        )}
        <Form.Item name="source" label={t('opinionNotes:source')} rules={[{ required: true }]}>
          <Radio.Group options={labels.sources} optionType="button" data-testid="opinion-source" />
        </Form.Item>
        {source === 'other' ? (
          <Form.Item
            name="sourceDetail"
            label={t('opinionNotes:sourceDetail')}
            rules={[{ required: true, whitespace: true, max: 100 }]}
          >
            <Input maxLength={100} placeholder={t('opinionNotes:sourceDetailPlaceholder')} />
          </Form.Item>
        ) : null}
        <Form.Item name="notedOn" label={t('opinionNotes:notedOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} data-testid="opinion-noted-on" />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('opinionNotes:summary')}
          rules={[{ required: true, whitespace: true, max: 2000 }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            placeholder={t('opinionNotes:summaryPlaceholder')}
            data-testid="opinion-summary"
          />
        </Form.Item>
        <Form.Item
          name="topics"
          label={t('opinionNotes:topics')}
          extra={t('opinionNotes:topicsExtra')}
          rules={[{ required: true, type: 'array', min: 1, max: 6 }]}
        >
          <Select mode="multiple" options={labels.topics} maxCount={6} data-testid="opinion-topics" />
        </Form.Item>
        <Form.Item name="sentiment" label={t('opinionNotes:sentiment')} rules={[{ required: true }]}>
          <Radio.Group options={labels.sentiments} optionType="button" data-testid="opinion-sentiment" />
        </Form.Item>
        <Form.Item name="heat" label={t('opinionNotes:heat')} rules={[{ required: true }]}>
          <Radio.Group options={labels.heats} optionType="button" data-testid="opinion-heat-input" />
        </Form.Item>
        {role === Role.CityBureau && (!note || note.canAssign) ? (
          <Form.Item
            name="responsibleOrganisationId"
            label={t('opinionNotes:responsible')}
            extra={t('opinionNotes:responsibleExtra')}
          >
            <Select
              allowClear
              options={(responsible.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
              loading={responsible.isLoading}
              data-testid="opinion-responsible"
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
