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

/**
 * What case studies a caller may see: bureaus those of their region, an enterprise those about it
 * or written by it, a reviewer only those it is assigned to (withdrawn assignments see nothing).
 */
export type CaseScope =
  | { kind: 'region'; regionPath: string }
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'reviewer'; userId: string }
  | { kind: 'none' };

/** The WHERE fragment for a case scope, given the aliases of the case and of its region. */
export function caseScopeCondition(scope: CaseScope, caseAlias: string, regionAlias: string): ScopeCondition {
  switch (scope.kind) {
    case 'region':
      return {
        sql: `${regionAlias}.path LIKE :caseScopePath || '%'`,
        params: { caseScopePath: scope.regionPath },
      };
    case 'organisation':
      return {
        sql: `(${caseAlias}.enterprise_id = :caseScopeOrganisation OR ${caseAlias}.author_organisation_id = :caseScopeOrganisation)`,
        params: { caseScopeOrganisation: scope.organisationId },
      };
    case 'reviewer':
      return {
        sql: `EXISTS (SELECT 1 FROM case_assignment case_scope_assignment
                       WHERE case_scope_assignment.case_id = ${caseAlias}.id
                         AND case_scope_assignment.reviewer_user_id = :caseScopeReviewer
                         AND case_scope_assignment.withdrawn_at IS NULL)`,
        params: { caseScopeReviewer: scope.userId },
      };
    case 'none':
      return { sql: 'FALSE', params: {} };
  }
}

/**
 * Ledger tasks by responsibility: exactly the tasks one organisation is named responsible for
 * (责任单位), the only ones a reviewer organisation opens.
 */
export type ResponsibleTaskScope = { kind: 'organisation'; organisationId: string } | { kind: 'none' };

/** The WHERE fragment for a responsible-task scope, given the alias of the task. */
export function responsibleTaskScopeCondition(
  scope: ResponsibleTaskScope,
  taskAlias: string,
): ScopeCondition {
  switch (scope.kind) {
    case 'organisation':
      return {
        sql: `EXISTS (SELECT 1 FROM programme_task_responsible task_scope_responsible
                       WHERE task_scope_responsible.task_id = ${taskAlias}.id
                         AND task_scope_responsible.organisation_id = :taskScopeOrganisation)`,
        params: { taskScopeOrganisation: scope.organisationId },
      };
    case 'none':
      return { sql: 'FALSE', params: {} };
  }
}

/**
 * Aggregate statistics (counts only): what lies in the caller's region and below, e.g. a city's
 * reviewer organisations see their city's programmes, districts and cases in figures.
 */
export type StatisticsScope = { kind: 'region'; regionPath: string } | { kind: 'none' };

/** The WHERE fragment for a statistics scope, given the alias of the region a counted row lies in. */
export function statisticsScopeCondition(scope: StatisticsScope, regionAlias: string): ScopeCondition {
  switch (scope.kind) {
    case 'region':
      return {
        sql: `${regionAlias}.path LIKE :statisticsScopePath || '%'`,
        params: { statisticsScopePath: scope.regionPath },
      };
    case 'none':
      return { sql: 'FALSE', params: {} };
  }
}

/**
 * Leading talents (and what hangs off them: service requests, contacts): a bureau those of its
 * region and below, an enterprise its own employees. The public reads published editions only.
 */
export type TalentScope =
  | { kind: 'region'; regionPath: string }
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'none' };

/** The WHERE fragment for a talent scope, given the aliases of the talent and of its region. */
export function talentScopeCondition(
  scope: TalentScope,
  talentAlias: string,
  regionAlias: string,
): ScopeCondition {
  switch (scope.kind) {
    case 'region':
      return {
        sql: `${regionAlias}.path LIKE :talentScopePath || '%'`,
        params: { talentScopePath: scope.regionPath },
      };
    case 'organisation':
      return {
        sql: `${talentAlias}.enterprise_id = :talentScopeOrganisation`,
        params: { talentScopeOrganisation: scope.organisationId },
      };
    case 'none':
      return { sql: 'FALSE', params: {} };
  }
}

/**
 * 总结评估: bureaus evaluate the enterprises of their region; an enterprise sees its own
 * evaluation; reviewer organisations see roll-ups of their region (aggregates, never an
 * enterprise's row). Programmes are those on the caller's branch of the region tree.
 */
export type EvaluationScope =
  | { kind: 'region'; regionPath: string; regionCode: string }
  | { kind: 'organisation'; organisationId: string; regionPath: string }
  | { kind: 'aggregate'; regionPath: string }
  | { kind: 'none' };

/**
 * 舆情: a bureau sees the notes recorded in its region and below and those it is responsible for
 * (a district the notes the city assigned it); the audit administrator reads those of its region.
 */
export type OpinionNoteScope = { kind: 'region'; regionPath: string } | { kind: 'none' };

/**
 * The WHERE fragment for an opinion-note scope, given the aliases of the regions of the recording
 * and of the responsible organisation.
 */
export function opinionNoteScopeCondition(
  scope: OpinionNoteScope,
  recorderRegionAlias: string,
  responsibleRegionAlias: string,
): ScopeCondition {
  switch (scope.kind) {
    case 'region':
      return {
        sql: `(${recorderRegionAlias}.path LIKE :opinionScopePath || '%' OR ${responsibleRegionAlias}.path LIKE :opinionScopePath || '%')`,
        params: { opinionScopePath: scope.regionPath },
      };
    case 'none':
      return { sql: 'FALSE', params: {} };
  }
}
