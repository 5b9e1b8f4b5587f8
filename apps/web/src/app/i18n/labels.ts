import {
  ORGANISATION_TYPE_LABELS,
  ROLE_LABELS,
  type Language,
  type OrganisationType,
  type Role,
} from '@skillpay/domain';
import { useLanguage } from './i18n';

/** Domain labels (roles, organisation types) come from @skillpay/domain, in the UI language. */
export function useDomainLabels() {
  const language = useLanguage();
  return {
    language,
    role: (role: Role | string) => labelOf(ROLE_LABELS, role, language),
    organisationType: (type: OrganisationType | string) => labelOf(ORGANISATION_TYPE_LABELS, type, language),
  };
}

/**
 * The one way a domain label map (@skillpay/domain `*_LABELS`: `{ 'zh-CN', en }` per value) reaches
 * the UI: the value's label in the language, or the value itself when the map has none.
 */
export function labelOf<K extends string>(
  labels: Record<K, Record<Language, string>>,
  key: string,
  language: Language,
): string {
  return (labels as Record<string, Record<Language, string> | undefined>)[key]?.[language] ?? key;
}

/** `{ value: { text } }` maps for ProTable/ProDescriptions `valueEnum`. */
export function valueEnumOf<K extends string>(
  labels: Record<K, Record<Language, string>>,
  language: Language,
): Record<K, { text: string }> {
  return Object.fromEntries(
    (Object.keys(labels) as K[]).map((key) => [key, { text: labels[key][language] }]),
  ) as Record<K, { text: string }>;
}
