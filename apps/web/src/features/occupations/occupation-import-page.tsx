import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { showError } from '../../app/api/api-error';
import { ImportProblems } from '../../ui/import-problems';
import { ImportSteps } from '../../ui/import-steps';
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
  const [failure, setFailure] = useState<unknown>();
  const [result, setResult] = useState<OccupationImportResult | null>(null);

  const onFile = async (file: File) => {
    setFailure(undefined);
    setResult(null);
    try {
      const imported = await upload.mutateAsync(file);
      setResult(imported);
      message.success(t('occupations:imported', imported));
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <PageContainer
      title={t('occupations:importTitle')}
      onBack={() => navigate('/occupations')}
      breadcrumbRender={false}
    >
      <ProCard direction="column" gutter={[0, 16]}>
        <ImportSteps
          namespace="occupations"
          onDownload={() => template.mutate(undefined, { onError: (error) => showError(message, error) })}
          downloading={template.isPending}
          templateTestId="occupation-template"
          onFile={(file) => void onFile(file)}
          uploading={upload.isPending}
          fileTestId="occupation-import-file"
        />
        {result ? (
          <Alert
            type="success"
            showIcon
            message={t('occupations:imported', result)}
            data-testid="occupation-import-result"
            action={
              <Button size="small" onClick={() => navigate('/occupations')}>
                {t('occupations:backToList')}
              </Button>
            }
          />
        ) : null}
        <ImportProblems error={failure} namespace="occupations" testId="occupation-import" />
      </ProCard>
    </PageContainer>
  );
}
