import { type Action, type Resource, type Role, can } from '@skillpay/domain';

/**
 * Who may use a screen. `can()` (PERMISSIONS in @skillpay/domain) decides whether the role may act
 * on the resource at all; `audience` narrows a screen to the roles it was designed for, e.g. an
 * enterprise reads organisations too, but through "my organisation" rather than the list.
 *
 * The access rules and the navigation (`navigation.ts`) are what features may import; the page
 * loaders (`resources.tsx`) are the router's alone, so no feature imports the pages that import it.
 */
export interface Access {
  resource: Resource;
  action: Action;
  audience?: readonly Role[];
}

export function allows(access: Access, role: Role): boolean {
  return can(role, access.resource, access.action) && (access.audience?.includes(role) ?? true);
}
