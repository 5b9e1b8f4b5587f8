/**
 * What part of the organisation tree a caller may see. Repositories turn a scope into one SQL
 * condition; services never compare districts or organisation ids themselves.
 */
export type OrganisationScope =
  /** every organisation (system administrator) */
  | { kind: 'all' }
  /** organisations whose region lies under this path (city and district bureaus) */
  | { kind: 'region'; regionPath: string }
  /** exactly one organisation (an enterprise sees itself; reviewers their own body) */
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'none' };

export interface ScopeCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The WHERE fragment for a scope, given the aliases of the organisation and its region in the
 * query. Parameters are prefixed so several conditions can share one query.
 */
export function organisationScopeCondition(
  scope: OrganisationScope,
  organisationAlias: string,
  regionAlias: string,
): ScopeCondition {
  switch (scope.kind) {
    case 'all':
      return { sql: 'TRUE', params: {} };
    case 'region':
      return {
        sql: `${regionAlias}.path LIKE :scopeRegionPath`,
        params: { scopeRegionPath: `${scope.regionPath}%` },
      };
    case 'organisation':
      return {
        sql: `${organisationAlias}.id = :scopeOrganisationId`,
        params: { scopeOrganisationId: scope.organisationId },
      };
    case 'none':
      return { sql: 'FALSE', params: {} };
  }
}
