import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Progress, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WageUploadStatus } from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import {
  downloadOfUpload,
  isPending,
  useWageUpload,
  useWageUploadErrors,
  type WageUpload,
  type WageUploadError,
} from './wage-uploads.api';

const STATUS_COLOURS: Record<WageUploadStatus, string> = {
  [WageUploadStatus.Queued]: 'default',
  [WageUploadStatus.Validating]: 'processing',
  [WageUploadStatus.Rejected]: 'error',
  [WageUploadStatus.Current]: 'success',
  [WageUploadStatus.Superseded]: 'default',
  [WageUploadStatus.Failed]: 'warning',
};

export function WageUploadStatusTag({ status }: { status: `${WageUploadStatus}` }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status as WageUploadStatus]} data-testid="wage-upload-status">
      {t(`wageUploads:statuses.${status}`)}
    </Tag>
  );
}

export interface WageErrorTableProps {
  upload: WageUpload;
}

/** Every error by row and column, a page at a time, with the whole list for download. */
export function WageErrorTable({ upload }: WageErrorTableProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const errors = useWageUploadErrors(upload.id, page, upload.status === WageUploadStatus.Rejected);
  const download = (what: 'errors.xlsx' | 'errors.csv') =>
    downloadOfUpload(upload.id, what).catch((error: unknown) => showError(message, error));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={() => void download('errors.xlsx')}>
          {t('wageUploads:downloadErrorsXlsx')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => void download('errors.csv')}>
          {t('wageUploads:downloadErrorsCsv')}
        </Button>
      </Space>
      <Table<WageUploadError>
        size="small"
        data-testid="wage-errors"
        loading={errors.isLoading}
        rowKey={(error) => `${error.row}-${error.column}-${error.code}-${error.value}`}
        dataSource={errors.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 20,
          total: errors.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        columns={[
          {
            title: t('wageUploads:row'),
            dataIndex: 'row',
            width: 80,
            render: (row: number | null) => row ?? '—',
          },
          {
            title: t('wageUploads:column'),
            dataIndex: 'columnLabel',
            width: 160,
            render: (label: string) => label || t('wageUploads:fileLevel'),
          },
          { title: t('wageUploads:value'), dataIndex: 'value', width: 200, ellipsis: true },
          { title: t('wageUploads:problem'), dataIndex: 'message' },
        ]}
      />
    </Space>
  );
}

export interface WageUploadOutcomeProps {
  id: string;
}

/** The worker's verdict on an upload: a progress bar while it checks, then the result. */
export function WageUploadOutcome({ id }: WageUploadOutcomeProps) {
  const { t } = useTranslation();
  const upload = useWageUpload(id);
  const data = upload.data;
  if (!data) return null;
  if (isPending(data.status)) {
    return (
      <div data-testid="wage-progress">
        <Progress percent={data.progress} status="active" />
        {data.status === WageUploadStatus.Queued
          ? t('wageUploads:queued')
          : t('wageUploads:validating', { progress: data.progress })}
      </div>
    );
  }
  if (data.status === WageUploadStatus.Rejected) {
    return (
      <Space direction="vertical" style={{ width: '100%' }} data-testid="wage-result">
        <Alert type="error" showIcon message={t('wageUploads:rejected', { count: data.errorCount })} />
        <WageErrorTable upload={data} />
      </Space>
    );
  }
  if (data.status === WageUploadStatus.Failed) {
    return <Alert type="warning" showIcon message={t('wageUploads:failed')} data-testid="wage-result" />;
  }
  return (
    <Alert
      type="success"
      showIcon
      data-testid="wage-result"
      message={t('wageUploads:stored', { year: data.year, version: data.versionNumber, rows: data.rowCount })}
      description={
        data.versionNumber && data.versionNumber > 1
          ? t('wageUploads:storedSuperseded', { version: data.versionNumber - 1 })
          : undefined
      }
    />
  );
}
