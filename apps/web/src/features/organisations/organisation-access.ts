import { type Role, can } from '@skillpay/domain';

export const IDENTITY_FIELDS = ['name', 'type', 'regionCode'] as const;
export const PROFILE_FIELDS = ['address', 'contactPerson', 'contactPhone'] as const;
export type OrganisationField = (typeof IDENTITY_FIELDS)[number] | (typeof PROFILE_FIELDS)[number];

/**
 * Which organisation fields a role may change (PERMISSIONS.organisations.update): everyone who
 * may update edits the profile (address, contact); only a role that may create organisations also
 * renames, retypes or moves one. Which organisations are in scope is the API's decision.
 */
export function editableOrganisationFields(role: Role): ReadonlySet<OrganisationField> {
  if (!can(role, 'organisations', 'update')) return new Set();
  return new Set<OrganisationField>([
    ...PROFILE_FIELDS,
    ...(can(role, 'organisations', 'create') ? IDENTITY_FIELDS : []),
  ]);
}
