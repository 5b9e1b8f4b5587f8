/** What other features use of the service window: its labels, the talent picker and the query keys. */
export { ServiceStatusTag, useServiceLabels } from './service-labels';
export { TalentSelect, type TalentOptionView } from './talent-select';
export { serviceRequestKeys } from './service-requests.api';
