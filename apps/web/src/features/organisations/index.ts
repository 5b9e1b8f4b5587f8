/** The organisations feature as other features see it. */
export { type OrganisationOption, searchOrganisationOptions } from './organisation-options';
export { useOrganisations } from './organisations.api';
