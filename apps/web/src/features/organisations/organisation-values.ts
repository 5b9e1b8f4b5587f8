import { type OrganisationField } from './organisation-access';
import { type OrganisationFormValues } from './organisation-form';
import {
  type Organisation,
  type OrganisationCreateInput,
  type OrganisationUpdateInput,
} from './organisations.api';

const trimmed = (value: string | null | undefined): string => value?.trim() ?? '';

export function formValuesOf(organisation: Organisation): OrganisationFormValues {
  return {
    name: organisation.name,
    type: organisation.type,
    regionCode: organisation.regionCode,
    address: organisation.address ?? undefined,
    contactPerson: organisation.contactPerson ?? undefined,
    contactPhone: organisation.contactPhone ?? undefined,
  };
}

export function createInputOf(values: OrganisationFormValues): OrganisationCreateInput {
  const optional = (value: string | undefined) => (trimmed(value) ? trimmed(value) : undefined);
  return {
    name: trimmed(values.name),
    type: values.type as OrganisationCreateInput['type'],
    regionCode: values.regionCode,
    address: optional(values.address),
    contactPerson: optional(values.contactPerson),
    contactPhone: optional(values.contactPhone),
  };
}

/**
 * The PATCH body: only fields the role may edit and that actually changed; a cleared profile
 * field is sent as null (the API clears it).
 */
export function updateInputOf(
  original: Organisation,
  values: OrganisationFormValues,
  editable: ReadonlySet<OrganisationField>,
): OrganisationUpdateInput {
  const input: OrganisationUpdateInput = {};
  if (editable.has('name') && trimmed(values.name) !== original.name) input.name = trimmed(values.name);
  if (editable.has('type') && values.type !== original.type) input.type = values.type as Organisation['type'];
  if (editable.has('regionCode') && values.regionCode !== original.regionCode)
    input.regionCode = values.regionCode;
  for (const field of ['address', 'contactPerson', 'contactPhone'] as const) {
    if (!editable.has(field)) continue;
    const next = trimmed(values[field]);
    if (next !== trimmed(original[field])) input[field] = next ? next : null;
  }
  return input;
}
