import {
  CONTACT_BODY_LABELS,
  CONTACT_FORM_LABELS,
  SATISFACTION_LABELS,
  SERVICE_CATEGORY_LABELS,
  SERVICE_LEVELS,
  SERVICE_REQUEST_ACTION_LABELS,
  SERVICE_REQUEST_STATUS_LABELS,
  ServiceCategory,
  ServiceRequestStatus,
  serviceLevelLabel,
} from '@skillpay/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../app/i18n/labels';
import { useLanguage } from '../../app/i18n/i18n';

const STATUS_COLOURS: Record<ServiceRequestStatus, string> = {
  [ServiceRequestStatus.Received]: 'processing',
  [ServiceRequestStatus.Assigned]: 'cyan',
  [ServiceRequestStatus.InProgress]: 'blue',
  [ServiceRequestStatus.Resolved]: 'success',
  [ServiceRequestStatus.Closed]: 'default',
};

/** The service window's domain labels (libs/domain) in the UI language. */
export function useServiceLabels() {
  const language = useLanguage();
  return {
    language,
    category: (category: string) => labelOf(SERVICE_CATEGORY_LABELS, category, language),
    serviceLevel: (category: string) =>
      SERVICE_LEVELS[category as ServiceCategory]
        ? serviceLevelLabel(SERVICE_LEVELS[category as ServiceCategory])[language]
        : '',
    status: (status: string) => labelOf(SERVICE_REQUEST_STATUS_LABELS, status, language),
    action: (action: string) => labelOf(SERVICE_REQUEST_ACTION_LABELS, action, language),
    satisfaction: (rating: number) => SATISFACTION_LABELS[rating]?.[language] ?? String(rating),
    form: (form: string) => labelOf(CONTACT_FORM_LABELS, form, language),
    body: (body: string) => labelOf(CONTACT_BODY_LABELS, body, language),
    categories: Object.values(ServiceCategory).map((value) => ({
      value,
      label: SERVICE_CATEGORY_LABELS[value][language],
    })),
  };
}

export function ServiceStatusTag({ status, overdue }: { status: string; overdue?: boolean }) {
  const labels = useServiceLabels();
  const { t } = useTranslation();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag color={STATUS_COLOURS[status as ServiceRequestStatus] ?? 'default'}>{labels.status(status)}</Tag>
      {overdue ? <Tag color="error">{t('serviceRequests:overdue')}</Tag> : null}
    </span>
  );
}
