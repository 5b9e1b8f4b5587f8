import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { PageContainer, ProCard, type ProColumns } from '@ant-design/pro-components';
import { Alert, App, Button, Form, Select, Space, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Role, WAGE_UPLOAD_LIMITS, WageUploadStatus } from '@skillpay/domain';
import { ApiRequestError, showError } from '../../app/api/api-error';
import { useCurrentRole } from '../../app/session/session-user';
import { WageUploadOutcome, WageUploadStatusTag } from './wage-upload-outcome';
import {
  downloadTemplate,
  exportWageUploads,
  listWageUploads,
  usePilotProgrammes,
  useUploadWageFile,
  useWageUpload,
  type WageUpload,
  wageUploadKeys,
} from './wage-uploads.api';
import { QueryTable, type QueryTableParams } from '../../ui/query-table';

/** Wage data describes whole years: the last few, latest first. */
function yearOptions(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 6 }, (_, i) => now - i);
}

/** Template, upload with a progress bar and the result, then the enterprise's versions. */
function EnterpriseWageUploads() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const programmes = usePilotProgrammes(true);
  const upload = useUploadWageFile();
  const [chosen, setProgrammeId] = useState<string>();
  const programmeId = chosen ?? programmes.data?.[0]?.id;
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [uploadId, setUploadId] = useState<string>();
  const [failure, setFailure] = useState<ApiRequestError | null>(null);
  const latest = useWageUpload(uploadId);

  const onFile = async (file: File) => {
    if (!programmeId) return;
    setFailure(null);
    setUploadId(undefined);
    try {
      const created = await upload.mutateAsync({ file, programmeId, year });
      setUploadId(created.id);
    } catch (error) {
      if (error instanceof ApiRequestError) setFailure(error);
      else showError(message, error);
    }
  };
  const template = (format: 'xlsx' | 'csv') =>
    downloadTemplate(format).catch((error: unknown) => showError(message, error));

  if (programmes.data && programmes.data.length === 0) {
    return <Alert type="info" showIcon message={t('wageUploads:noPilot')} />;
  }

  const columns: ProColumns<WageUpload>[] = [
    {
      title: t('wageUploads:version'),
      dataIndex: 'versionNumber',
      width: 90,
      render: (_dom, record) =>
        record.versionNumber ? t('wageUploads:versionN', { version: record.versionNumber }) : '—',
    },
    {
      title: t('wageUploads:status'),
      dataIndex: 'status',
      width: 110,
      render: (_dom, record) => <WageUploadStatusTag status={record.status} />,
    },
    {
      title: t('wageUploads:fileName'),
      dataIndex: 'fileName',
      ellipsis: true,
      render: (_dom, record) => (
        <Link to={`/wage-uploads/${record.id}`} data-testid="wage-upload-link">
          {record.fileName}
        </Link>
      ),
    },
    {
      title: t('wageUploads:rowCount'),
      dataIndex: 'rowCount',
      width: 90,
      render: (_dom, r) => r.rowCount ?? '—',
    },
    { title: t('wageUploads:errorCount'), dataIndex: 'errorCount', width: 90 },
    {
      title: t('wageUploads:replacedBy'),
      dataIndex: 'supersededByVersion',
      width: 150,
      render: (_dom, record) =>
        record.supersededByVersion
          ? t('wageUploads:supersededBy', { version: record.supersededByVersion })
          : '—',
    },
    { title: t('wageUploads:uploadedAt'), dataIndex: 'createdAt', valueType: 'dateTime', width: 170 },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <ProCard title={t('wageUploads:uploadTitle')} bordered>
        <Form layout="inline" style={{ marginBottom: 16 }}>
          <Form.Item label={t('wageUploads:programme')}>
            <Select
              style={{ minWidth: 320 }}
              data-testid="wage-programme"
              placeholder={t('wageUploads:chooseProgramme')}
              loading={programmes.isLoading}
              value={programmeId}
              onChange={setProgrammeId}
              options={(programmes.data ?? []).map((programme) => ({
                value: programme.id,
                label: programme.title,
              }))}
            />
          </Form.Item>
          <Form.Item label={t('wageUploads:year')}>
            <Select
              style={{ width: 120 }}
              data-testid="wage-year"
              value={year}
              onChange={setYear}
              options={yearOptions().map((value) => ({ value, label: String(value) }))}
            />
          </Form.Item>
        </Form>
        <Steps
          direction="vertical"
          items={[
            {
              status: 'process',
              title: t('wageUploads:stepTemplate'),
              description: (
                <Space direction="vertical">
                  <Space wrap>
                    <Button icon={<DownloadOutlined />} onClick={() => void template('xlsx')}>
                      {t('wageUploads:templateXlsx')}
                    </Button>
                    <Button icon={<DownloadOutlined />} onClick={() => void template('csv')}>
                      {t('wageUploads:templateCsv')}
                    </Button>
                  </Space>
                  <Typography.Text type="secondary">
                    {t('wageUploads:limits', {
                      rows: WAGE_UPLOAD_LIMITS.maxRows.toLocaleString(),
                      mb: WAGE_UPLOAD_LIMITS.maxBytes / 1024 / 1024,
                    })}
                  </Typography.Text>
                  <Typography.Text type="warning">{t('wageUploads:privacy')}</Typography.Text>
                </Space>
              ),
            },
            {
              status: 'process',
              title: t('wageUploads:stepUpload'),
              description: (
                <Upload.Dragger
                  accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                  showUploadList={false}
                  disabled={!programmeId || upload.isPending}
                  beforeUpload={(file) => {
                    void onFile(file);
                    return false;
                  }}
                  data-testid="wage-upload-file"
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">
                    {upload.isPending ? t('wageUploads:uploading') : t('wageUploads:dragHint')}
                  </p>
                </Upload.Dragger>
              ),
            },
          ]}
        />
        {failure ? (
          <Alert
            type="error"
            showIcon
            data-testid="wage-upload-refused"
            message={failure.message}
            description={
              failure.details.length > 0
                ? failure.details.map((detail) => detail.message).join('；')
                : undefined
            }
          />
        ) : null}
        {uploadId ? <WageUploadOutcome id={uploadId} /> : null}
      </ProCard>
      <QueryTable<WageUpload>
        queryKey={wageUploadKeys.all}
        rowKey="id"
        headerTitle={t('wageUploads:history')}
        // reloads when the programme or year changes, and when an upload has been checked
        params={{ programmeId, year, uploadId, status: latest.data?.status }}
        columns={columns}
        search={false}

        pagination={{ defaultPageSize: 10 }}
        request={async ({ current, pageSize }) => {
          if (!programmeId) return { data: [], total: 0, success: true };
          const page = await listWageUploads({
            programmeId,
            year,
            page: current ?? 1,
            pageSize: pageSize ?? 10,
          });
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => showError(message, error)}
      />
    </Space>
  );
}

interface BureauUploadSearch {
  year?: string;
  status?: WageUploadStatus;
}

/** The bureaus' list filters as the API takes them, for a page and for the export. */
function wageUploadQuery({ year, status }: QueryTableParams<BureauUploadSearch>) {
  return { year: year ? Number(year) : undefined, status };
}

/** Bureaus: the uploads of the enterprises in their region, with links to each summary. */
function BureauWageUploads() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const columns: ProColumns<WageUpload>[] = [
    {
      title: t('wageUploads:enterprise'),
      dataIndex: ['enterprise', 'name'],
      hideInSearch: true,
      ellipsis: true,
      width: 220,
      render: (_dom, record) => (
        <Link to={`/wage-uploads/${record.id}`} data-testid="wage-upload-link">
          {record.enterprise.name}
        </Link>
      ),
    },
    {
      title: t('wageUploads:region'),
      dataIndex: ['enterprise', 'regionName'],
      hideInSearch: true,
      width: 110,
    },
    {
      title: t('wageUploads:programme'),
      dataIndex: 'programmeTitle',
      hideInSearch: true,
      ellipsis: true,
      width: 220,
    },
    {
      title: t('wageUploads:year'),
      dataIndex: 'year',
      width: 90,
      valueType: 'select',
      valueEnum: Object.fromEntries(yearOptions().map((value) => [value, { text: String(value) }])),
    },
    {
      title: t('wageUploads:version'),
      dataIndex: 'versionNumber',
      hideInSearch: true,
      width: 90,
      render: (_dom, record) =>
        record.versionNumber ? t('wageUploads:versionN', { version: record.versionNumber }) : '—',
    },
    {
      title: t('wageUploads:status'),
      dataIndex: 'status',
      width: 110,
      valueType: 'select',
      valueEnum: Object.fromEntries(
        Object.values(WageUploadStatus).map((status) => [
          status,
          { text: t(`wageUploads:statuses.${status}`) },
        ]),
      ),
      render: (_dom, record) => <WageUploadStatusTag status={record.status} />,
    },
    {
      title: t('wageUploads:rowCount'),
      dataIndex: 'rowCount',
      hideInSearch: true,
      width: 90,
      render: (_dom, r) => r.rowCount ?? '—',
    },
    {
      title: t('wageUploads:uploadedAt'),
      dataIndex: 'createdAt',
      valueType: 'dateTime',
      hideInSearch: true,
      width: 170,
    },
  ];
  return (
    <QueryTable<WageUpload, BureauUploadSearch>
      queryKey={wageUploadKeys.all}
      rowKey="id"
      columns={columns}
      headerTitle={t('wageUploads:bureauTitle')}
      form={{ initialValues: { status: WageUploadStatus.Current } }}
      search={{ labelWidth: 'auto', defaultCollapsed: false }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      scroll={{ x: 'max-content' }}
      syncToUrl
      request={async ({ current, pageSize, ...search }) => {
        const page = await listWageUploads({
          ...wageUploadQuery(search),
          page: current ?? 1,
          pageSize: pageSize ?? 20,
        });
        return { data: page.items, total: page.total, success: true };
      }}
      onExport={(search) => exportWageUploads(wageUploadQuery(search))}
      onRequestError={(error) => showError(message, error)}
    />
  );
}

export function WageUploadsPage() {
  const { t } = useTranslation();
  const role = useCurrentRole();
  return (
    <PageContainer title={t('wageUploads:title')} breadcrumbRender={false}>
      {role === Role.Enterprise ? <EnterpriseWageUploads /> : <BureauWageUploads />}
    </PageContainer>
  );
}
