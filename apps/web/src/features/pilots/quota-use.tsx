import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { PilotAction } from '@skillpay/domain';
import { useRegionLabel } from '../regions';
import { type PilotActionName, type Quota, useQuotas } from './pilots.api';

/** The application a quota concerns: its programme and its enterprise's region. */
export interface QuotaSubject {
  programmeId: string;
  programmeTitle: string;
  enterprise: { regionCode: string };
}

/** The quota row of the application's region, for the bureau taking a step that uses a place. */
export function useRegionQuota(subject: QuotaSubject, enabled: boolean): Quota | undefined {
  const quotas = useQuotas(enabled ? subject.programmeId : undefined);
  return quotas.data?.items.find((row) => row.regionCode === subject.enterprise.regionCode);
}

/** Whether the region has no place left: the API refuses to recommend or approve then. */
export function quotaFull(row: Quota | undefined): boolean {
  return row !== undefined && row.remaining <= 0;
}

/**
 * The region's use of its quota in this programme (approved / quota, waiting for the city), told
 * before a recommendation or approval: an error when no place is left, a warning when the
 * recommendations waiting would fill it.
 */
export function QuotaUse({
  subject,
  row,
  action,
}: {
  subject: QuotaSubject;
  row: Quota | undefined;
  action: PilotActionName;
}) {
  const { t } = useTranslation();
  const regionLabel = useRegionLabel();
  if (!row) return null;
  const use = t('pilots:quotaUse', {
    region: regionLabel(row.regionCode, row.regionName),
    programme: subject.programmeTitle,
    used: row.used,
    quota: row.quota,
    pending: row.pending,
  });
  const full = quotaFull(row);
  const filling = !full && action === PilotAction.Recommend && row.used + row.pending >= row.quota;
  return (
    <Alert
      type={full ? 'error' : filling ? 'warning' : 'info'}
      showIcon
      message={use}
      description={
        full
          ? t(action === PilotAction.Recommend ? 'pilots:quotaFullRecommend' : 'pilots:quotaFullApprove')
          : filling
            ? t('pilots:quotaFilling')
            : undefined
      }
      data-testid="pilot-quota-use"
    />
  );
}
