import { ModalForm, ProFormText, ProFormTreeSelect } from '@ant-design/pro-components';
import { App, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { REGION_CODE_PATTERN, regionLevelOfCode } from '@skillpay/domain';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useLanguage } from '../../app/i18n/i18n';
import { type Region, useCreateRegion, useUpdateRegion } from './regions.api';
import { regionTreeOptions } from './region-tree';

interface RegionFormValues {
  code: string;
  name: string;
  nameEn: string;
  parentCode?: string;
}

export interface RegionFormModalProps {
  /** The region to edit; without it the modal creates one. */
  region?: Region;
  /** Preselected parent when creating a child region. */
  parentCode?: string;
  regions: readonly Region[];
  trigger: React.ReactElement;
}

export function RegionFormModal({ region, parentCode, regions, trigger }: RegionFormModalProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegionFormValues>();
  const create = useCreateRegion();
  const update = useUpdateRegion();
  const code = Form.useWatch('code', form);
  const editing = region !== undefined;

  const onFinish = async (values: RegionFormValues): Promise<boolean> => {
    try {
      if (region) {
        await update.mutateAsync({
          code: region.code,
          version: region.version,
          input: { name: values.name, nameEn: values.nameEn },
        });
      } else {
        await create.mutateAsync({
          code: values.code,
          name: values.name,
          nameEn: values.nameEn,
          parentCode: values.parentCode ?? '',
        });
      }
      message.success(t('common.saved'));
      return true;
    } catch (error) {
      if (!showFieldErrors(form, error)) showError(message, error);
      return false;
    }
  };

  return (
    <ModalForm<RegionFormValues>
      form={form}
      title={editing ? t('regions:edit', { name: region.name }) : t('regions:create')}
      trigger={trigger}
      width={560}
      modalProps={{ destroyOnHidden: true }}
      initialValues={region ?? { parentCode }}
      onFinish={onFinish}
      layout="vertical"
    >
      <ProFormText
        name="code"
        label={t('regions:code')}
        disabled={editing}
        fieldProps={{ maxLength: 6, 'aria-label': t('regions:code') }}
        extra={
          code && REGION_CODE_PATTERN.test(code) ? (
            <Typography.Text type="secondary">
              {t('regions:levelFromCode', { level: t(`regions:levels.${regionLevelOfCode(code)}`) })}
            </Typography.Text>
          ) : (
            t('regions:codeHelp')
          )
        }
        rules={[
          { required: true, message: t('regions:codeRequired') },
          { pattern: REGION_CODE_PATTERN, message: t('regions:codeInvalid') },
        ]}
      />
      <ProFormText
        name="name"
        label={t('regions:name')}
        fieldProps={{ maxLength: 64 }}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      />
      <ProFormText
        name="nameEn"
        label={t('regions:nameEn')}
        fieldProps={{ maxLength: 64 }}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      />
      <ProFormTreeSelect
        name="parentCode"
        label={t('regions:parent')}
        disabled={editing}
        fieldProps={{
          treeData: regionTreeOptions(regions, language),
          treeDefaultExpandAll: true,
          showSearch: true,
          treeNodeFilterProp: 'title',
        }}
        rules={[{ required: !editing, message: t('regions:parentRequired') }]}
      />
    </ModalForm>
  );
}
