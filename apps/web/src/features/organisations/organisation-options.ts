import { type OrganisationType } from '@skillpay/domain';
import { api } from '../../app/api/client';
import { listOrganisations } from './organisations.api';

export interface OrganisationOption {
  value: string;
  label: string;
  type: string;
}

/**
 * Options for an organisation picker, searched by name on the server. The API filters by one
 * type at a time, so several allowed types are filtered here. `includeId` makes sure the current
 * value has its label even when it is not among the first matches.
 */
export async function searchOrganisationOptions(
  keyword: string | undefined,
  allowedTypes?: readonly OrganisationType[],
  includeId?: string,
): Promise<OrganisationOption[]> {
  const page = await listOrganisations({
    page: 1,
    pageSize: 50,
    q: keyword?.trim() ? keyword.trim() : undefined,
    type: allowedTypes?.length === 1 ? allowedTypes[0] : undefined,
  });
  const items = [...page.items];
  if (includeId && !keyword?.trim() && !items.some((organisation) => organisation.id === includeId)) {
    const { data } = await api.GET('/api/organisations/{id}', { params: { path: { id: includeId } } });
    if (data) items.unshift(data);
  }
  return items
    .filter((organisation) => !allowedTypes || allowedTypes.some((type) => type === organisation.type))
    .map((organisation) => ({ value: organisation.id, label: organisation.name, type: organisation.type }));
}
