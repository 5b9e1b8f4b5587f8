import {
  formatBasis,
  POLICY_QA_ACTION_LABELS,
  POLICY_QA_STATUS_LABELS,
  POLICY_TOPIC_KEYS,
  POLICY_TOPICS,
  type PolicyBasis,
  PolicyQaStatus,
  type PolicyTopic,
} from '@skillpay/domain';
import { Tag } from 'antd';
import { labelOf } from '../../app/i18n/labels';
import { useLanguage } from '../../app/i18n/i18n';

const STATUS_COLOURS: Record<PolicyQaStatus, string> = {
  [PolicyQaStatus.Draft]: 'processing',
  [PolicyQaStatus.Published]: 'success',
  [PolicyQaStatus.Withdrawn]: 'default',
};

/** The policy Q&A's domain labels (libs/domain) in the UI language. */
export function usePolicyQaLabels() {
  const language = useLanguage();
  return {
    language,
    topic: (topic: string) => POLICY_TOPICS[topic as PolicyTopic]?.label[language] ?? topic,
    status: (status: string) => labelOf(POLICY_QA_STATUS_LABELS, status, language),
    action: (action: string) => labelOf(POLICY_QA_ACTION_LABELS, action, language),
    basis: (basis: PolicyBasis) => formatBasis(basis),
    topics: POLICY_TOPIC_KEYS.map((value) => ({ value, label: POLICY_TOPICS[value].label[language] })),
    statuses: Object.values(PolicyQaStatus).map((value) => ({
      value,
      label: POLICY_QA_STATUS_LABELS[value][language],
    })),
  };
}

export function PolicyQaStatusTag({ status }: { status: string }) {
  const labels = usePolicyQaLabels();
  return <Tag color={STATUS_COLOURS[status as PolicyQaStatus] ?? 'default'}>{labels.status(status)}</Tag>;
}
