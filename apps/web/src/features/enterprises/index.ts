/** The enterprises feature as other features see it. */
export { EnterpriseDescriptions, IndustryLabel, PriorityTags } from './enterprise-descriptions';
export { useEnterpriseLabels } from './enterprise-labels';
export { useEnterprise } from './enterprises.api';
