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

/**
 * What programmes (work plans) a caller may see or change. Programmes hang off the region tree:
 * a programme is visible where its region and the caller's region lie on one branch (the city's
 * plan to its districts and enterprises; a district plan to its city), and changeable only inside
 * the caller's own subtree.
 */
export type ProgrammeScope =
  | { kind: 'all' }
  /** programmes whose region path and the caller's region path are prefixes of one another */
  | { kind: 'branch'; regionPath: string }
  /** programmes whose region lies under this path */
  | { kind: 'region'; regionPath: string }
  | { kind: 'none' };

/** The WHERE fragment for a programme scope, given the alias of the programme's region. */
export function programmeScopeCondition(scope: ProgrammeScope, regionAlias: string): ScopeCondition {
  switch (scope.kind) {
    case 'all':
      return { sql: 'TRUE', params: {} };
    case 'branch':
      return {
        sql: `(${regionAlias}.path LIKE :programmeScopePath || '%' OR :programmeScopePath LIKE ${regionAlias}.path || '%')`,
        params: { programmeScopePath: scope.regionPath },
      };
    case 'region':
      return {
        sql: `${regionAlias}.path LIKE :programmeScopePath || '%'`,
        params: { programmeScopePath: scope.regionPath },
      };
    case 'none':
      return { sql: 'FALSE', params: {} };
  }
}
