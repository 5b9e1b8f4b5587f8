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
import { labelOf } from '../../app/i18n/labels';
import { useLanguage } from '../../app/i18n/i18n';

/** The policy Q&A's domain labels (libs/domain) in the UI language; no antd, so the public page can use it. */
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
