import {
  PageContainer,
  ProCard,
  ProForm,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
  type ProFormInstance,
} from '@ant-design/pro-components';
import { App, Descriptions, Radio, Space, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TARGET_GROUP_LABELS, shiftIsoDate } from '@skillpay/domain';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useDomainLabels, labelOf } from '../../app/i18n/labels';
import { layoutSize } from '../../app/theme';
import {
  type ProgrammeCreateInput,
  type ProgrammeTemplate,
  useCreateProgramme,
  useProgrammeTemplates,
} from './programmes.api';

const BLANK = 'blank';

interface ProgrammeFormValues {
  title: string;
  documentNumber?: string;
  issuingBodies?: string[];
  year: number;
  principles?: string;
}

export function ProgrammeCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { language } = useDomainLabels();
  const templates = useProgrammeTemplates();
  const create = useCreateProgramme();
  const formRef = useRef<ProFormInstance<ProgrammeFormValues>>(undefined);
  const [templateKey, setTemplateKey] = useState<string>(BLANK);
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const template = templates.data?.find((candidate) => candidate.key === templateKey);

  const onFinish = async (values: ProgrammeFormValues) => {
    try {
      const input: ProgrammeCreateInput = {
        ...values,
        documentNumber: values.documentNumber || null,
        principles: values.principles || null,
        ...(template ? { template: template.key } : {}),
      };
      const created = await create.mutateAsync(input);
      message.success(t('programmes:created'));
      navigate(`/programmes/${created.id}`, { replace: true });
      return true;
    } catch (error) {
      showFieldErrors(formRef.current, error);
      showError(message, error);
      return false;
    }
  };

  return (
    <PageContainer
      title={t('programmes:create')}
      onBack={() => navigate('/programmes')}
      breadcrumbRender={false}
    >
      <ProCard direction="column" gutter={[0, 16]}>
        <ProCard title={t('programmes:template')} bordered>
          <Radio.Group
            value={templateKey}
            onChange={(event) => setTemplateKey(event.target.value as string)}
            data-testid="programme-template"
          >
            <Space direction="vertical">
              <Radio value={BLANK}>{t('programmes:blank')}</Radio>
              {(templates.data ?? []).map((candidate) => (
                <Radio key={candidate.key} value={candidate.key}>
                  {language === 'en' ? candidate.nameEn : candidate.nameZh}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
          {template ? <TemplatePreview template={template} year={year} /> : null}
        </ProCard>
        <ProCard title={t('programmes:documentInfo')} bordered>
          <ProForm<ProgrammeFormValues>
            formRef={formRef}
            layout="vertical"
            style={{ maxWidth: layoutSize.formMaxWidth }}
            initialValues={{ year }}
            onValuesChange={(changed: Partial<ProgrammeFormValues>) => {
              if (changed.year) setYear(changed.year);
            }}
            onFinish={onFinish}
            submitter={{
              searchConfig: { submitText: t('common.create') },
              resetButtonProps: { style: { display: 'none' } },
            }}
          >
            <ProFormText
              name="title"
              label={t('programmes:title')}
              rules={[{ required: true, message: t('common.required') }]}
              fieldProps={{ maxLength: 200 }}
            />
            <ProFormText
              name="documentNumber"
              label={t('programmes:documentNumber')}
              fieldProps={{ maxLength: 60 }}
            />
            <ProFormSelect
              name="issuingBodies"
              label={t('programmes:issuingBodies')}
              mode="tags"
              fieldProps={{ tokenSeparators: ['、', ','] }}
              extra={t('programmes:issuingBodiesHint')}
            />
            <ProFormDigit
              name="year"
              label={t('programmes:year')}
              min={2000}
              max={2100}
              fieldProps={{ precision: 0 }}
              rules={[{ required: true, message: t('common.required') }]}
            />
            <ProFormTextArea
              name="principles"
              label={t('programmes:principles')}
              extra={template ? t('programmes:principlesFromTemplate') : undefined}
              fieldProps={{ autoSize: { minRows: 3, maxRows: 8 } }}
            />
          </ProForm>
        </ProCard>
      </ProCard>
    </PageContainer>
  );
}

function TemplatePreview({ template, year }: { template: ProgrammeTemplate; year: number }) {
  const { t } = useTranslation();
  const { language } = useDomainLabels();
  const shift = (date: string) => shiftIsoDate(date, (year || template.baseYear) - template.baseYear);
  return (
    <Descriptions
      column={1}
      size="small"
      style={{ marginTop: 16 }}
      title={t('programmes:templatePreview', { source: template.source })}
    >
      {template.phases.map((phase) => (
        <Descriptions.Item
          key={phase.name}
          label={`${phase.name}（${shift(phase.startsOn)} ~ ${shift(phase.endsOn)}）`}
        >
          <Space wrap>
            {phase.tasks.map((task) => (
              <Tag key={task}>{task}</Tag>
            ))}
          </Space>
        </Descriptions.Item>
      ))}
      {template.measures.map((measure) => (
        <Descriptions.Item
          key={measure.title}
          label={labelOf(TARGET_GROUP_LABELS, measure.targetGroup, language)}
        >
          <Space direction="vertical" size={2}>
            <Typography.Text strong>{measure.title}</Typography.Text>
            <Space wrap>
              {measure.tasks.map((task) => (
                <Tag key={task}>{task}</Tag>
              ))}
            </Space>
          </Space>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
