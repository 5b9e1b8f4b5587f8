import { ModalForm, ProFormSwitch, ProFormText } from '@ant-design/pro-components';
import { App, Form } from 'antd';
import { type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseOccupationCode, OCCUPATION_CODE_PATTERN } from '@skillpay/domain';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { type Occupation, useCreateOccupation, useUpdateOccupation } from './occupations.api';

interface OccupationFormValues {
  code: string;
  nameZh: string;
  nameEn?: string;
  urgentlyNeeded: boolean;
}

export interface OccupationFormModalProps {
  /** The occupation to edit; without it the modal adds one. */
  occupation?: Occupation;
  trigger: ReactElement;
  onSaved: () => void;
}

export function OccupationFormModal({ occupation, trigger, onSaved }: OccupationFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OccupationFormValues>();
  const create = useCreateOccupation();
  const update = useUpdateOccupation();
  const editing = occupation !== undefined;

  const onFinish = async (values: OccupationFormValues): Promise<boolean> => {
    const nameEn = values.nameEn?.trim() ? values.nameEn.trim() : null;
    try {
      if (occupation) {
        await update.mutateAsync({
          code: occupation.code,
          version: occupation.version,
          input: { nameZh: values.nameZh, nameEn, urgentlyNeeded: values.urgentlyNeeded },
        });
      } else {
        await create.mutateAsync({
          code: normaliseOccupationCode(values.code),
          nameZh: values.nameZh,
          nameEn,
          urgentlyNeeded: values.urgentlyNeeded,
        });
      }
      message.success(t('common.saved'));
      onSaved();
      return true;
    } catch (error) {
      if (!showFieldErrors(form, error)) showError(message, error);
      return false;
    }
  };

  return (
    <ModalForm<OccupationFormValues>
      form={form}
      title={editing ? t('occupations:edit', { name: occupation.nameZh }) : t('occupations:create')}
      trigger={trigger}
      width={560}
      modalProps={{ destroyOnHidden: true }}
      initialValues={
        occupation ? { ...occupation, nameEn: occupation.nameEn ?? undefined } : { urgentlyNeeded: false }
      }
      onFinish={onFinish}
      layout="vertical"
    >
      <ProFormText
        name="code"
        label={t('occupations:code')}
        disabled={editing}
        extra={t('occupations:codeHelp')}
        fieldProps={{ maxLength: 12 }}
        rules={[
          { required: true, message: t('occupations:codeRequired') },
          {
            validator: (_rule, value: string | undefined) =>
              !value || OCCUPATION_CODE_PATTERN.test(normaliseOccupationCode(value))
                ? Promise.resolve()
                : Promise.reject(new Error(t('occupations:codeInvalid'))),
          },
        ]}
      />
      <ProFormText
        name="nameZh"
        label={t('occupations:nameZh')}
        fieldProps={{ maxLength: 100 }}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      />
      <ProFormText name="nameEn" label={t('occupations:nameEn')} fieldProps={{ maxLength: 150 }} />
      <ProFormSwitch
        name="urgentlyNeeded"
        label={t('occupations:urgentlyNeeded')}
        extra={t('occupations:urgentHelp')}
      />
    </ModalForm>
  );
}
