import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Dropdown, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, formatChinaTime, ROLE_LABELS } from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import { labelOf, useDomainLabels, valueEnumOf } from '../../app/i18n/labels';
import {
  type AuditLogEntry,
  type AuditLogFilter,
  type ExportFormat,
  listAuditLogs,
  useExportAuditLog,
  useVerifyAuditChain,
  auditKeys,
} from './audit.api';
import { AuditEntryDetails } from './audit-entry-details';
import { VerifyResultModal } from './verify-result-modal';
import { QueryTable } from '../../ui/query-table';

interface AuditSearch {
  occurredAt?: [string, string];
  from?: string;
  to?: string;
  actorUsername?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  outcome?: AuditLogFilter['outcome'];
}

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

export function AuditLogPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useDomainLabels();
  const exportLog = useExportAuditLog();
  const verify = useVerifyAuditChain();
  // The filter of the rows on screen, so an export contains exactly what the auditor sees.
  const filterRef = useRef<AuditLogFilter>({});

  const onExport = (format: ExportFormat) => {
    exportLog.mutate(
      { format, filter: filterRef.current },
      { onError: (error) => showError(message, error) },
    );
  };

  const columns: ProColumns<AuditLogEntry>[] = [
    {
      title: t('audit:occurredAt'),
      dataIndex: 'occurredAt',
      width: 170,
      hideInSearch: true,
      // China time whatever the reader's machine is set to: the log is evidence, read against 北京时间
      render: (_dom, entry) => formatChinaTime(entry.occurredAt),
    },
    {
      title: t('audit:period'),
      dataIndex: 'period',
      valueType: 'dateTimeRange',
      hideInTable: true,
      search: {
        transform: (value: [string, string]) => ({
          from: dayjs(value[0]).toISOString(),
          to: dayjs(value[1]).toISOString(),
        }),
      },
    },
    {
      title: t('audit:actor'),
      dataIndex: 'actorUsername',
      width: 200,
      render: (_dom, entry) =>
        entry.actorUsername ? (
          <>
            <div>
              {entry.actorName ? `${entry.actorName}（${entry.actorUsername}）` : entry.actorUsername}
            </div>
            {entry.actorRole ? (
              <Typography.Text type="secondary">{labels.role(entry.actorRole)}</Typography.Text>
            ) : null}
          </>
        ) : (
          <Typography.Text type="secondary">{t('audit:anonymous')}</Typography.Text>
        ),
    },
    {
      title: t('audit:actorRole'),
      dataIndex: 'actorRole',
      valueEnum: valueEnumOf(ROLE_LABELS, labels.language),
      hideInTable: true,
      hideInSearch: true,
    },
    {
      title: t('audit:action'),
      dataIndex: 'action',
      width: 190,
      valueType: 'select',
      valueEnum: valueEnumOf(ALL_AUDIT_ACTION_LABELS, labels.language),
      fieldProps: { showSearch: true },
      render: (_dom, entry) => labelOf(ALL_AUDIT_ACTION_LABELS, entry.action, labels.language),
    },
    {
      title: t('audit:entityType'),
      dataIndex: 'entityType',
      width: 120,
      valueType: 'select',
      valueEnum: valueEnumOf(AUDIT_ENTITY_LABELS, labels.language),
      render: (_dom, entry) =>
        entry.entityType ? labelOf(AUDIT_ENTITY_LABELS, entry.entityType, labels.language) : '-',
    },
    {
      title: t('audit:entity'),
      dataIndex: 'entityId',
      ellipsis: true,
      fieldProps: { placeholder: t('audit:entityId') },
      // the name where the object still exists; its id stays searchable and in the expanded row
      render: (_dom, entry) =>
        entry.entityName ?? (
          <Typography.Text type="secondary" code>
            {entry.entityId ?? '-'}
          </Typography.Text>
        ),
    },
    {
      title: t('audit:outcome'),
      dataIndex: 'outcome',
      width: 100,
      valueType: 'select',
      valueEnum: {
        success: { text: t('audit:outcomes.success'), status: 'Success' },
        failure: { text: t('audit:outcomes.failure'), status: 'Error' },
        denied: { text: t('audit:outcomes.denied'), status: 'Warning' },
      },
    },
  ];

  return (
    <PageContainer title={t('menu.auditLog')} subTitle={t('audit:subtitle')} breadcrumbRender={false}>
      <QueryTable<AuditLogEntry, AuditSearch>
        queryKey={auditKeys.all}
        rowKey="id"
        columns={columns}
        headerTitle={t('audit:tableTitle')}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        syncToUrl
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        expandable={{ expandedRowRender: (entry) => <AuditEntryDetails entry={entry} /> }}
        request={async ({
          current,
          pageSize,
          from,
          to,
          actorUsername,
          action,
          entityType,
          entityId,
          outcome,
        }) => {
          const filter: AuditLogFilter = {
            from,
            to,
            actor: blankToUndefined(actorUsername),
            action: blankToUndefined(action),
            entityType: blankToUndefined(entityType),
            entityId: blankToUndefined(entityId),
            outcome,
          };
          filterRef.current = filter;
          const page = await listAuditLogs({ ...filter, page: current ?? 1, pageSize: pageSize ?? 20 });
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => showError(message, error)}
        toolBarRender={() => [
          <Button
            key="verify"
            icon={<SafetyCertificateOutlined />}
            loading={verify.isPending}
            onClick={() => verify.mutate(undefined, { onError: (error) => showError(message, error) })}
            data-testid="audit-verify"
          >
            {t('audit:verify')}
          </Button>,
          <Dropdown
            key="export"
            menu={{
              items: [
                { key: 'csv', label: t('audit:exportCsv') },
                { key: 'xlsx', label: t('audit:exportXlsx') },
              ],
              onClick: ({ key }) => onExport(key as ExportFormat),
            }}
          >
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              loading={exportLog.isPending}
              data-testid="audit-export"
            >
              {t('audit:export')}
            </Button>
          </Dropdown>,
        ]}
      />
      <VerifyResultModal result={verify.data} onClose={() => verify.reset()} />
    </PageContainer>
  );
}
