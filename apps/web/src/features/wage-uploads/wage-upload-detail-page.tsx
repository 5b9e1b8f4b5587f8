import { DownloadOutlined } from '@ant-design/icons';
import { PageContainer, ProCard, ProDescriptions, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  POST_CATEGORY_LABELS,
  type PostCategory,
  SKILL_LEVEL_LABELS,
  type SkillLevel,
  UNRATED_SKILL_LEVEL,
  UNRATED_SKILL_LEVEL_LABELS,
  WageUploadStatus,
} from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import { useLanguage } from '../../app/i18n/i18n';
import { PageLoading } from '../../ui/page-loading';
import { NotFoundResult, QueryFailureResult } from '../../ui/status-results';
import { WageUploadOutcome, WageUploadStatusTag } from './wage-upload-outcome';
import {
  downloadOfUpload,
  listWageRows,
  useWageSummary,
  useWageUpload,
  type WageRow,
  type WageSummary,
  wageUploadKeys,
} from './wage-uploads.api';
import { QueryTable } from '../../ui/query-table';
import { labelOf } from '../../app/i18n/labels';

function useSkillLevelLabel() {
  const language = useLanguage();
  return (level: string) =>
    level === UNRATED_SKILL_LEVEL
      ? UNRATED_SKILL_LEVEL_LABELS[language]
      : labelOf(SKILL_LEVEL_LABELS, level as SkillLevel, language);
}

const money = (value: number | null | undefined) =>
  value === null || value === undefined
    ? null
    : value.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Employees and mean pay by occupation × skill level (bureaus: small groups without pay). */
function SummaryTable({ id, own }: { id: string; own: boolean }) {
  const { t } = useTranslation();
  const skillLevel = useSkillLevelLabel();
  const summary = useWageSummary(id, true);
  type Cell = WageSummary['cells'][number];
  return (
    <ProCard title={t('wageUploads:summaryTitle')} bordered>
      {!own && summary.data ? (
        <Typography.Paragraph type="secondary">
          {t('wageUploads:summaryBureauNote', { min: summary.data.minEmployeesForPay })}
        </Typography.Paragraph>
      ) : null}
      <Table<Cell>
        size="small"
        data-testid="wage-summary"
        loading={summary.isLoading}
        rowKey={(cell) => `${cell.occupationCode}-${cell.skillLevel}`}
        dataSource={summary.data?.cells ?? []}
        pagination={false}
        columns={[
          {
            title: t('wageUploads:occupation'),
            render: (_value, cell) => `${cell.occupationCode} ${cell.occupationName ?? ''}`,
          },
          {
            title: t('wageUploads:skillLevel'),
            dataIndex: 'skillLevel',
            render: (level: string) => skillLevel(level),
          },
          { title: t('wageUploads:employees'), dataIndex: 'employees', align: 'right' },
          {
            title: t('wageUploads:meanPay'),
            dataIndex: 'meanPay',
            align: 'right',
            render: (value: number | null) =>
              money(value) ?? <Typography.Text type="secondary">{t('wageUploads:withheld')}</Typography.Text>,
          },
          {
            title: t('wageUploads:meanAnnualisedPay'),
            dataIndex: 'meanAnnualisedPay',
            align: 'right',
            render: (value: number | null) =>
              money(value) ?? <Typography.Text type="secondary">{t('wageUploads:withheld')}</Typography.Text>,
          },
        ]}
      />
    </ProCard>
  );
}

/** The stored rows: the enterprise's own view only. */
function RowsTable({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const skillLevel = useSkillLevelLabel();
  const amount = (key: keyof WageRow, title: string): ProColumns<WageRow> => ({
    title,
    dataIndex: key,
    align: 'right',
    render: (_dom, row) => money(row[key] as number),
  });
  return (
    <QueryTable<WageRow>
      queryKey={wageUploadKeys.all}
      rowKey="rowNumber"
      headerTitle={t('wageUploads:rowsTitle')}
      search={false}
      options={{ reload: false }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      scroll={{ x: 'max-content' }}
      request={async ({ current, pageSize }) => {
        const page = await listWageRows(id, current ?? 1, pageSize ?? 20);
        return { data: page.items, total: page.total, success: true };
      }}
      columns={[
        { title: t('wageUploads:row'), dataIndex: 'rowNumber', width: 70 },
        { title: t('wageUploads:employeeRef'), dataIndex: 'employeeRef' },
        {
          title: t('wageUploads:occupation'),
          render: (_dom, row) => `${row.occupationCode} ${row.occupationName ?? ''}`,
        },
        { title: t('wageUploads:skillLevel'), render: (_dom, row) => skillLevel(row.skillLevel) },
        {
          title: t('wageUploads:postCategory'),
          render: (_dom, row) => labelOf(POST_CATEGORY_LABELS, row.postCategory as PostCategory, language),
        },
        { title: t('wageUploads:monthsWorked'), dataIndex: 'monthsWorked', align: 'right' },
        amount('basePay', t('wageUploads:basePay')),
        amount('postPay', t('wageUploads:postPay')),
        amount('performancePay', t('wageUploads:performancePay')),
        amount('allowances', t('wageUploads:allowances')),
        amount('otherPay', t('wageUploads:otherPay')),
        amount('totalPay', t('wageUploads:totalPay')),
      ]}
    />
  );
}

export function WageUploadDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const upload = useWageUpload(id);
  if (upload.isLoading) return <PageLoading />;
  if (upload.isError)
    return <QueryFailureResult error={upload.error} onRetry={() => void upload.refetch()} />;
  if (!upload.data) return <NotFoundResult />;
  const data = upload.data;
  const stored = data.status === WageUploadStatus.Current || data.status === WageUploadStatus.Superseded;
  return (
    <PageContainer
      title={t('wageUploads:detailTitle', { file: data.fileName })}
      onBack={() => navigate('/wage-uploads')}
      breadcrumbRender={false}
      extra={
        data.ownUpload
          ? [
              <Button
                key="file"
                icon={<DownloadOutlined />}
                onClick={() =>
                  void downloadOfUpload(id, 'file').catch((error: unknown) => showError(message, error))
                }
              >
                {t('wageUploads:downloadOriginal')}
              </Button>,
            ]
          : []
      }
    >
      <ProCard direction="column" gutter={[0, 16]} ghost>
        <ProCard bordered>
          <ProDescriptions column={{ xs: 1, md: 2, xl: 3 }} dataSource={data}>
            <ProDescriptions.Item label={t('wageUploads:enterprise')}>
              {data.enterprise.name}
            </ProDescriptions.Item>
            <ProDescriptions.Item label={t('wageUploads:programme')}>
              {data.programmeTitle}
            </ProDescriptions.Item>
            <ProDescriptions.Item label={t('wageUploads:year')}>{data.year}</ProDescriptions.Item>
            <ProDescriptions.Item label={t('wageUploads:status')}>
              <WageUploadStatusTag status={data.status} />
              {data.supersededByVersion
                ? t('wageUploads:supersededBy', { version: data.supersededByVersion })
                : null}
            </ProDescriptions.Item>
            <ProDescriptions.Item label={t('wageUploads:version')}>
              {data.versionNumber ? t('wageUploads:versionN', { version: data.versionNumber }) : '—'}
            </ProDescriptions.Item>
            <ProDescriptions.Item label={t('wageUploads:rowCount')}>
              {data.rowCount ?? '—'}
            </ProDescriptions.Item>
            <ProDescriptions.Item
              label={t('wageUploads:uploadedAt')}
              dataIndex="createdAt"
              valueType="dateTime"
            />
            <ProDescriptions.Item
              label={t('wageUploads:processedAt')}
              dataIndex="processedAt"
              valueType="dateTime"
            />
          </ProDescriptions>
        </ProCard>
        {stored ? null : (
          <ProCard bordered>
            <WageUploadOutcome id={id} />
          </ProCard>
        )}
        {stored ? <SummaryTable id={id} own={data.ownUpload} /> : null}
        {stored && data.ownUpload ? <RowsTable id={id} /> : null}
      </ProCard>
    </PageContainer>
  );
}
