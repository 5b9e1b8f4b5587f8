import {
  ProForm,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
  ProFormTreeSelect,
  type ProFormInstance,
} from '@ant-design/pro-components';
import { Alert, App, Form, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EnterpriseSize,
  INDUSTRY_SECTION_CODES,
  normaliseCreditCode,
  Ownership,
  PriorityCategory,
  SkillLevel,
} from '@skillpay/domain';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useCurrentUser } from '../../app/session/session-store';
import { layoutSize } from '../../app/theme';
import { usePreselectSoleOption } from '../../ui/sole-option';
import { useRegions } from '../regions';
import { regionTreeOptions } from '../regions';
import { creditCodeHint } from './credit-code-hint';
import { useEnterpriseLabels } from './enterprise-labels';
import { type Enterprise, type EnterpriseCreateInput } from './enterprises.api';

export type EnterpriseFormValues = EnterpriseCreateInput;

/** Fields an enterprise keeps current itself (the API's ENTERPRISE_SELF_EDITABLE). */
export const SELF_EDITABLE: ReadonlySet<string> = new Set([
  'headcount',
  'skilledHeadcount',
  'address',
  'contactPerson',
  'contactPhone',
]);

export function formValuesOf(enterprise: Enterprise): EnterpriseFormValues {
  return {
    creditCode: enterprise.creditCode,
    name: enterprise.name,
    regionCode: enterprise.regionCode,
    industrySection: enterprise.industrySection,
    ownership: enterprise.ownership,
    size: enterprise.size,
    headcount: enterprise.headcount,
    skilledHeadcount: enterprise.skilledHeadcount,
    priorityCategories: enterprise.priorityCategories,
    address: enterprise.address,
    contactPerson: enterprise.contactPerson,
    contactPhone: enterprise.contactPhone,
  };
}

/** Empty texts become null (cleared), counts that were emptied become 0, credit codes are normalised. */
export function inputOf(values: EnterpriseFormValues): EnterpriseFormValues {
  const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
  const skilled = Object.fromEntries(
    Object.entries(values.skilledHeadcount ?? {}).filter(([, count]) => typeof count === 'number'),
  );
  return {
    ...values,
    creditCode: normaliseCreditCode(values.creditCode),
    name: values.name.trim(),
    headcount: values.headcount ?? 0,
    skilledHeadcount: skilled,
    priorityCategories: values.priorityCategories ?? [],
    address: text(values.address),
    contactPerson: text(values.contactPerson),
    contactPhone: text(values.contactPhone),
  };
}

export interface EnterpriseFormProps {
  initialValues?: Partial<EnterpriseFormValues>;
  /** only the profile fields (an enterprise editing itself) */
  profileOnly?: boolean;
  submitText: string;
  onSubmit: (values: EnterpriseFormValues) => Promise<unknown>;
  onCancel: () => void;
}

export function EnterpriseForm({
  initialValues,
  profileOnly = false,
  submitText,
  onSubmit,
  onCancel,
}: EnterpriseFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useEnterpriseLabels();
  const regions = useRegions();
  const formRef = useRef<ProFormInstance<EnterpriseFormValues>>(undefined);
  const [form] = Form.useForm<EnterpriseFormValues>();
  const creditCode = Form.useWatch('creditCode', form) ?? '';
  const hint = creditCodeHint(creditCode, t);
  const disabled = (field: string) => profileOnly && !SELF_EDITABLE.has(field);
  const ownRegion = useCurrentUser().organisation.regionCode;
  // the city registers in its districts and as 市直; a district bureau only in itself
  const allowedRegions = (regions.data ?? []).filter(
    (region) => region.code === ownRegion || region.parentCode === ownRegion,
  );
  usePreselectSoleOption(
    form,
    'regionCode',
    regions.data ? allowedRegions.map((region) => region.code) : undefined,
  );

  const onFinish = async (values: EnterpriseFormValues) => {
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
    <ProForm<EnterpriseFormValues>
      form={form}
      formRef={formRef}
      layout="vertical"
      initialValues={{ headcount: 0, priorityCategories: [], ...initialValues }}
      onFinish={onFinish}
      style={{ maxWidth: layoutSize.formMaxWidth }}
      submitter={{ searchConfig: { submitText, resetText: t('common.cancel') }, onReset: onCancel }}
    >
      {profileOnly ? <Alert type="info" showIcon message={t('enterprises:profileOnly')} /> : null}
      <ProFormText
        name="creditCode"
        label={t('enterprises:creditCode')}
        disabled={disabled('creditCode')}
        fieldProps={{ maxLength: 40, 'data-testid': 'enterprise-credit-code' } as object}
        validateStatus={hint ? 'error' : undefined}
        help={
          hint ??
          (creditCode && !disabled('creditCode') ? (
            <Typography.Text type="success">{t('enterprises:creditCodeValid')}</Typography.Text>
          ) : undefined)
        }
        rules={[
          { required: true, whitespace: true, message: t('common.required') },
          {
            validator: (_rule, value: string) =>
              creditCodeHint(value ?? '', t)
                ? Promise.reject(new Error(creditCodeHint(value, t)!))
                : Promise.resolve(),
          },
        ]}
      />
      <ProFormText
        name="name"
        label={t('enterprises:name')}
        disabled={disabled('name')}
        fieldProps={{ maxLength: 100 }}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      />
      <ProForm.Group>
        <ProFormTreeSelect
          name="regionCode"
          label={t('enterprises:region')}
          width="sm"
          disabled={disabled('regionCode')}
          fieldProps={{
            treeData: regionTreeOptions(allowedRegions, labels.language),
            treeDefaultExpandAll: true,
            showSearch: true,
            treeNodeFilterProp: 'title',
            loading: regions.isLoading,
          }}
          rules={[{ required: true, message: t('common.required') }]}
        />
        <ProFormSelect
          name="industrySection"
          label={t('enterprises:industry')}
          width="md"
          disabled={disabled('industrySection')}
          showSearch
          options={INDUSTRY_SECTION_CODES.map((code) => ({ value: code, label: labels.industry(code) }))}
          rules={[{ required: true, message: t('common.required') }]}
        />
      </ProForm.Group>
      <ProForm.Group>
        <ProFormSelect
          name="ownership"
          label={t('enterprises:ownership')}
          width="sm"
          disabled={disabled('ownership')}
          options={Object.values(Ownership).map((value) => ({ value, label: labels.ownership(value) }))}
          rules={[{ required: true, message: t('common.required') }]}
        />
        <ProFormSelect
          name="size"
          label={t('enterprises:size')}
          width="sm"
          disabled={disabled('size')}
          options={Object.values(EnterpriseSize).map((value) => ({ value, label: labels.size(value) }))}
          rules={[{ required: true, message: t('common.required') }]}
        />
        <ProFormDigit
          name="headcount"
          label={t('enterprises:headcount')}
          width="xs"
          min={0}
          fieldProps={{ precision: 0 }}
        />
      </ProForm.Group>
      <ProFormSelect
        name="priorityCategories"
        label={t('enterprises:priorityCategories')}
        mode="multiple"
        disabled={disabled('priorityCategories')}
        options={Object.values(PriorityCategory).map((value) => ({ value, label: labels.priority(value) }))}
      />
      <Typography.Text strong>{t('enterprises:skilledHeadcount')}</Typography.Text>
      <ProForm.Group>
        {Object.values(SkillLevel).map((level) => (
          <ProFormDigit
            key={level}
            name={['skilledHeadcount', level]}
            label={labels.skillLevel(level)}
            width="xs"
            min={0}
            fieldProps={{ precision: 0 }}
          />
        ))}
      </ProForm.Group>
      <ProFormTextArea
        name="address"
        label={t('enterprises:address')}
        fieldProps={{ maxLength: 200, autoSize: { minRows: 1, maxRows: 3 } }}
      />
      <ProForm.Group>
        <ProFormText
          name="contactPerson"
          label={t('enterprises:contactPerson')}
          width="md"
          fieldProps={{ maxLength: 50 }}
        />
        <ProFormText
          name="contactPhone"
          label={t('enterprises:contactPhone')}
          width="md"
          fieldProps={{ maxLength: 30, inputMode: 'tel' }}
        />
      </ProForm.Group>
    </ProForm>
  );
}
