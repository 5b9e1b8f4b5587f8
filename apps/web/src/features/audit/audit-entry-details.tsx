import { Descriptions, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangeDiff } from '../../ui/change-diff';
import { type AuditLogEntry } from './audit.api';

export interface AuditEntryDetailsProps {
  entry: AuditLogEntry;
}

/** The expanded row: identifiers in full (to quote or search by) and the before/after comparison. */
export function AuditEntryDetails({ entry }: AuditEntryDetailsProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const code = (value: string | null) =>
    value ? (
      <Typography.Text code copyable>
        {value}
      </Typography.Text>
    ) : (
      '-'
    );
  return (
    <Flex vertical gap={token.marginSM} data-testid={`audit-entry-${entry.id}`}>
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t('audit:actionCode')}>{code(entry.action)}</Descriptions.Item>
        <Descriptions.Item label={t('audit:ip')}>{code(entry.ip)}</Descriptions.Item>
        <Descriptions.Item label={t('audit:entityId')}>{code(entry.entityId)}</Descriptions.Item>
        <Descriptions.Item label={t('audit:requestId')}>{code(entry.requestId)}</Descriptions.Item>
      </Descriptions>
      {entry.before != null || entry.after != null ? (
        <ChangeDiff before={entry.before} after={entry.after} />
      ) : (
        <Typography.Text type="secondary">{t('diff.empty')}</Typography.Text>
      )}
    </Flex>
  );
}
