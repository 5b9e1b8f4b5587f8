import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, App, Button, Space, Steps, Table, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type FieldError } from '@skillpay/domain';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { downloadImportTemplate, useImportEnterprises } from './enterprises.api';

/** Batch import: template, upload, and every problem by row and column when nothing was stored. */
export function EnterpriseImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const upload = useImportEnterprises();
  const [problems, setProblems] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [imported, setImported] = useState<number | null>(null);

  const onFile = async (file: File) => {
    setProblems([]);
    setFailure(null);
    setImported(null);
    try {
      const result = await upload.mutateAsync(file);
      setImported(result.imported);
      message.success(t('enterprises.imported', { count: result.imported }));
    } catch (error) {
      const details = error instanceof ApiRequestError ? error.details : [];
      setProblems(details);
      setFailure(
        details.some((detail) => detail.row !== undefined)
          ? t('enterprises.importFailed', { count: details.length })
          : errorMessage(error),
      );
    }
  };

  return (
    <PageContainer
      title={t('enterprises.importTitle')}
      onBack={() => navigate('/enterprises')}
      breadcrumbRender={false}
    >
      <ProCard direction="column" gutter={[0, 16]}>
        <Steps
          direction="vertical"
          items={[
            {
              status: 'process',
              title: t('enterprises.importStep1'),
              description: (
                <Button
                  icon={<DownloadOutlined />}
                  onClick={() =>
                    downloadImportTemplate().catch((error: unknown) => message.error(errorMessage(error)))
                  }
                >
                  {t('enterprises.downloadTemplate')}
                </Button>
              ),
            },
            {
              status: 'process',
              title: t('enterprises.importStep2'),
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
                    data-testid="enterprise-import-file"
                  >
                    {upload.isPending ? t('enterprises.importing') : t('enterprises.chooseFile')}
                  </Button>
                </Upload>
              ),
            },
          ]}
        />
        {imported !== null ? (
          <Alert
            type="success"
            showIcon
            message={t('enterprises.imported', { count: imported })}
            action={
              <Space>
                <Button size="small" onClick={() => navigate('/enterprises')}>
                  {t('menu.enterprises')}
                </Button>
              </Space>
            }
          />
        ) : null}
        {failure ? (
          <Alert type="error" showIcon message={failure} data-testid="enterprise-import-failed" />
        ) : null}
        {problems.some((problem) => problem.row !== undefined) ? (
          <Table<FieldError>
            size="small"
            rowKey={(problem) => `${problem.field}-${problem.message}`}
            pagination={problems.length > 50 ? { pageSize: 50 } : false}
            dataSource={problems}
            columns={[
              { title: t('enterprises.row'), dataIndex: 'row', width: 70 },
              { title: t('enterprises.column'), dataIndex: 'column', width: 180 },
              { title: t('enterprises.value'), dataIndex: 'value', width: 220, ellipsis: true },
              { title: t('enterprises.problem'), dataIndex: 'message' },
            ]}
          />
        ) : null}
      </ProCard>
    </PageContainer>
  );
}
