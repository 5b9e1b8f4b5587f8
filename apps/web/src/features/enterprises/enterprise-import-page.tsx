import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { showError } from '../../app/api/api-error';
import { ImportProblems } from '../../ui/import-problems';
import { ImportSteps } from '../../ui/import-steps';
import { downloadImportTemplate, useImportEnterprises } from './enterprises.api';

/** Batch import: template, upload, and every problem by row and column when nothing was stored. */
export function EnterpriseImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const upload = useImportEnterprises();
  const [failure, setFailure] = useState<unknown>();
  const [imported, setImported] = useState<number | null>(null);

  const onFile = async (file: File) => {
    setFailure(undefined);
    setImported(null);
    try {
      const result = await upload.mutateAsync(file);
      setImported(result.imported);
      message.success(t('enterprises:imported', { count: result.imported }));
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <PageContainer
      title={t('enterprises:importTitle')}
      onBack={() => navigate('/enterprises')}
      breadcrumbRender={false}
    >
      <ProCard direction="column" gutter={[0, 16]}>
        <ImportSteps
          namespace="enterprises"
          onDownload={() => downloadImportTemplate().catch((error: unknown) => showError(message, error))}
          onFile={(file) => void onFile(file)}
          uploading={upload.isPending}
          fileTestId="enterprise-import-file"
        />
        {imported !== null ? (
          <Alert
            type="success"
            showIcon
            message={t('enterprises:imported', { count: imported })}
            action={
              <Space>
                <Button size="small" onClick={() => navigate('/enterprises')}>
                  {t('menu.enterprises')}
                </Button>
              </Space>
            }
          />
        ) : null}
        <ImportProblems error={failure} namespace="enterprises" testId="enterprise-import" />
      </ProCard>
    </PageContainer>
  );
}
