import { PolicyQaStatus } from '@skillpay/domain';
import { Tag } from 'antd';
import { usePolicyQaLabels } from './policy-qa-labels';

const STATUS_COLOURS: Record<PolicyQaStatus, string> = {
  [PolicyQaStatus.Draft]: 'processing',
  [PolicyQaStatus.Published]: 'success',
  [PolicyQaStatus.Withdrawn]: 'default',
};

export function PolicyQaStatusTag({ status }: { status: string }) {
  const labels = usePolicyQaLabels();
  return <Tag color={STATUS_COLOURS[status as PolicyQaStatus] ?? 'default'}>{labels.status(status)}</Tag>;
}
