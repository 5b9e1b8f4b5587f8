import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, App, Button, Steps, Table, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type FieldError } from '@skillpay/domain';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import {
  type OccupationImportResult,
  useDownloadOccupationTemplate,
  useImportOccupations,
} from './occupations.api';

/** Template, upload, then either the counts or every problem by row and column (nothing stored). */
export function OccupationImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const upload = useImportOccupations();
  const template = useDownloadOccupationTemplate();
  const [problems, setProblems] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<OccupationImportResult | null>(null);

  const onFile = async (file: File) => {
    setProblems([]);
    setFailure(null);
    setResult(null);
    try {
      const imported = await upload.mutateAsync(file);
      setResult(imported);
      message.success(t('occupations.imported', imported));
    } catch (error) {
      const details = error instanceof ApiRequestError ? error.details : [];
      setProblems(details);
      setFailure(
        details.some((detail) => detail.row !== undefined)
          ? t('occupations.importFailed', { count: details.length })
          : errorMessage(error),
      );
    }
  };

  return (
    <PageContainer
      title={t('occupations.importTitle')}
      onBack={() => navigate('/occupations')}
      breadcrumbRender={false}
    >
      <ProCard direction="column" gutter={[0, 16]}>
        <Steps
          direction="vertical"
          items={[
            {
              status: 'process',
              title: t('occupations.importStep1'),
              description: (
                <Button
                  icon={<DownloadOutlined />}
                  loading={template.isPending}
                  onClick={() =>
                    template.mutate(undefined, { onError: (error) => message.error(errorMessage(error)) })
                  }
                  data-testid="occupation-template"
                >
                  {t('occupations.downloadTemplate')}
                </Button>
              ),
            },
            {
              status: 'process',
              title: t('occupations.importStep2'),
              description: (
                <Upload
                  accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    void onFile(file);
                    return false;
                  }}
                >
                  <Button
                    type="primary"
                    icon={<UploadOutlined />}
                    loading={upload.isPending}
                    data-testid="occupation-import-file"
                  >
                    {upload.isPending ? t('occupations.importing') : t('occupations.chooseFile')}
                  </Button>
                </Upload>
              ),
            },
          ]}
        />
        {result ? (
          <Alert
            type="success"
            showIcon
            message={t('occupations.imported', result)}
            data-testid="occupation-import-result"
            action={
              <Button size="small" onClick={() => navigate('/occupations')}>
                {t('occupations.backToList')}
              </Button>
            }
          />
        ) : null}
        {failure ? (
          <Alert type="error" showIcon message={failure} data-testid="occupation-import-failed" />
        ) : null}
        {problems.some((problem) => problem.row !== undefined) ? (
          <Table<FieldError>
            size="small"
            rowKey={(problem) => `${problem.field}-${problem.message}`}
            pagination={problems.length > 50 ? { pageSize: 50 } : false}
            dataSource={problems}
            columns={[
              { title: t('occupations.row'), dataIndex: 'row', width: 70 },
              { title: t('occupations.column'), dataIndex: 'column', width: 140 },
              { title: t('occupations.value'), dataIndex: 'value', width: 220, ellipsis: true },
              { title: t('occupations.problem'), dataIndex: 'message' },
            ]}
            data-testid="occupation-import-problems"
          />
        ) : null}
      </ProCard>
    </PageContainer>
  );
}
