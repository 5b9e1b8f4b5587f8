import { App, type ButtonProps, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import { ContactBody, ContactForm } from '@skillpay/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { TalentSelect, useServiceLabels } from '../service-requests';
import { useContactTalentOptions, useRecordContact } from './talent-contacts.api';

const useTalentOptions = (search: string) => useContactTalentOptions(search, true);

interface ContactFormValues {
  talentId: string;
  contactedOn: Dayjs;
  form: ContactForm;
  contactBody: ContactBody;
  contactPerson: string;
  heard: string;
  followUp?: string;
  raiseRequest?: boolean;
  requestCategory?: string;
  requestDescription?: string;
}

export interface RecordContactModalProps {
  open: boolean;
  onClose: () => void;
  /** the talent chosen beforehand (from the coverage list) */
  talent?: { id: string; name: string; enterpriseName: string };
}

/** 登记联系: who contacted the talent, how, what was heard; the follow-up optionally raised as a request. */
export function RecordContactModal({ open, onClose, talent }: RecordContactModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useServiceLabels();
  const [form] = Form.useForm<ContactFormValues>();
  const record = useRecordContact();
  const raiseRequest = Form.useWatch('raiseRequest', form);
  return (
    <Modal
      open={open}
      title={t('talentContacts:newContact')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={record.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'contact-submit' } as ButtonProps}
      destroyOnHidden
      width={640}
    >
      <Form<ContactFormValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          talentId: talent?.id,
          contactedOn: dayjs(),
          form: ContactForm.Visit,
          contactBody: ContactBody.PartyCommittee,
        }}
        onFinish={async (values) => {
          try {
            await record.mutateAsync({
              talentId: values.talentId,
              contactedOn: values.contactedOn.format('YYYY-MM-DD'),
              form: values.form,
              contactBody: values.contactBody,
              contactPerson: values.contactPerson,
              heard: values.heard,
              followUp: values.followUp,
              serviceRequest:
                values.raiseRequest && values.requestCategory
                  ? {
                      category: values.requestCategory as never,
                      description: values.requestDescription ?? '',
                    }
                  : undefined,
            });
            message.success(t('talentContacts:saved'));
            onClose();
          } catch (error) {
            if (!showFieldErrors(form, error)) showError(message, error);
          }
        }}
      >
        <Form.Item name="talentId" label={t('talentContacts:talent')} rules={[{ required: true }]}>
          <TalentSelect
            useOptions={useTalentOptions}
            placeholder={t('talentContacts:talentPlaceholder')}
            initial={talent}
          />
        </Form.Item>
        <Form.Item name="contactedOn" label={t('talentContacts:contactedOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="form" label={t('talentContacts:form')} rules={[{ required: true }]}>
          <Select
            options={Object.values(ContactForm).map((value) => ({ value, label: labels.form(value) }))}
          />
        </Form.Item>
        <Form.Item name="contactBody" label={t('talentContacts:contactBody')} rules={[{ required: true }]}>
          <Select
            options={Object.values(ContactBody).map((value) => ({ value, label: labels.body(value) }))}
          />
        </Form.Item>
        <Form.Item
          name="contactPerson"
          label={t('talentContacts:contactPerson')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input placeholder={t('talentContacts:contactPersonPlaceholder')} maxLength={100} />
        </Form.Item>
        <Form.Item
          name="heard"
          label={t('talentContacts:heard')}
          rules={[{ required: true, whitespace: true, max: 2000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="followUp" label={t('talentContacts:followUp')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 1 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="raiseRequest" valuePropName="checked">
          <Checkbox>{t('talentContacts:raiseRequest')}</Checkbox>
        </Form.Item>
        {raiseRequest ? (
          <>
            <Form.Item
              name="requestCategory"
              label={t('talentContacts:requestCategory')}
              rules={[{ required: true }]}
            >
              <Select options={labels.categories} />
            </Form.Item>
            <Form.Item
              name="requestDescription"
              label={t('talentContacts:requestDescription')}
              rules={[{ required: true, whitespace: true, max: 2000 }]}
            >
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
