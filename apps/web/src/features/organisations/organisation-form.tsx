import {
  ProForm,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
  ProFormTreeSelect,
  type ProFormInstance,
} from '@ant-design/pro-components';
import { App } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES } from '@skillpay/domain';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useDomainLabels } from '../../app/i18n/labels';
import { layoutSize } from '../../app/theme';
import { useRegions } from '../regions';
import { regionTreeOptions } from '../regions';
import { type OrganisationField } from './organisation-access';

export interface OrganisationFormValues {
  name: string;
  type: string;
  regionCode: string;
  address?: string;
  contactPerson?: string;
  contactPhone?: string;
}

export interface OrganisationFormProps {
  initialValues?: Partial<OrganisationFormValues>;
  /** Fields shown but not editable are rendered disabled, so the user sees the whole record. */
  editable: ReadonlySet<OrganisationField>;
  submitText: string;
  /** Resolves when saved; rejects with the API error, which the form maps onto its fields. */
  onSubmit: (values: OrganisationFormValues) => Promise<unknown>;
  onCancel: () => void;
}

export function OrganisationForm({
  initialValues,
  editable,
  submitText,
  onSubmit,
  onCancel,
}: OrganisationFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useDomainLabels();
  const regions = useRegions();
  const formRef = useRef<ProFormInstance<OrganisationFormValues>>(undefined);

  const onFinish = async (values: OrganisationFormValues) => {
    try {
      await onSubmit(values);
      return true;
    } catch (error) {
      showFieldErrors(formRef.current, error);
      showError(message, error);
      return false;
    }
  };

  return (
    <ProForm<OrganisationFormValues>
      formRef={formRef}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      style={{ maxWidth: layoutSize.formMaxWidth }}
      submitter={{
        searchConfig: { submitText, resetText: t('common.cancel') },
        onReset: onCancel,
      }}
    >
      <ProFormText
        name="name"
        label={t('organisations:name')}
        disabled={!editable.has('name')}
        fieldProps={{ maxLength: 128 }}
        rules={[{ required: editable.has('name'), whitespace: true, message: t('common.required') }]}
      />
      <ProForm.Group>
        <ProFormSelect
          name="type"
          label={t('organisations:type')}
          width="md"
          disabled={!editable.has('type')}
          options={ORGANISATION_TYPES.map((type) => ({ value: type, label: labels.organisationType(type) }))}
          rules={[{ required: editable.has('type'), message: t('common.required') }]}
        />
        <ProFormTreeSelect
          name="regionCode"
          label={t('organisations:region')}
          width="md"
          disabled={!editable.has('regionCode')}
          fieldProps={{
            treeData: regionTreeOptions(regions.data ?? [], labels.language),
            treeDefaultExpandAll: true,
            showSearch: true,
            treeNodeFilterProp: 'title',
            loading: regions.isLoading,
          }}
          rules={[{ required: editable.has('regionCode'), message: t('common.required') }]}
        />
      </ProForm.Group>
      <ProFormTextArea
        name="address"
        label={t('organisations:address')}
        disabled={!editable.has('address')}
        fieldProps={{ maxLength: 256, autoSize: { minRows: 2, maxRows: 4 } }}
      />
      <ProForm.Group>
        <ProFormText
          name="contactPerson"
          label={t('organisations:contactPerson')}
          width="md"
          disabled={!editable.has('contactPerson')}
          fieldProps={{ maxLength: 64 }}
        />
        <ProFormText
          name="contactPhone"
          label={t('organisations:contactPhone')}
          width="md"
          disabled={!editable.has('contactPhone')}
          fieldProps={{ maxLength: 32, inputMode: 'tel' }}
        />
      </ProForm.Group>
    </ProForm>
  );
}
