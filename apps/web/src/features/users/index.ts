/** The users feature as other features see it. */
export { useUsers } from './users.api';
export { OrganisationAccounts } from './organisation-accounts';
