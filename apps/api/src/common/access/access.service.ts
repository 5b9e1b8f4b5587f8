import { Injectable } from '@nestjs/common';
import {
  type Action,
  ActorRelation,
  can,
  makerBarred,
  managesAccountsOf,
  Role,
  type Workflow,
} from '@skillpay/domain';
import { type Caller } from '../auth/caller';
import {
  type CaseScope,
  type EvaluationScope,
  type OpinionNoteScope,
  type OrganisationScope,
  type ProgrammeScope,
  type ResponsibleTaskScope,
  type StatisticsScope,
  type TalentScope,
} from './scope';

/** Resources whose rows hang off the organisation tree (by the organisation they belong to). */
export type ScopedResource =
  | 'organisations'
  | 'users'
  | 'enterprises'
  | 'pilotApplications'
  | 'guidance'
  | 'tasks'
  | 'progressReports'
  | 'benchmarkPosition'
  | 'wageUploads'
  | 'benchmarks'
  | 'payPlans'
  | 'conflictLinks';

/** What the workflow kernel needs to know of an object to decide who acts on it. */
export interface WorkflowSubject<S extends string = string> {
  id: string;
  status: S;
  /** the enterprise the object belongs to, if any */
  enterpriseId?: string | null;
  /** the object's enterprise is registered at the city itself (市直): district steps fall to the city */
  cityDirect?: boolean;
  /** the user who made the object, for steps that check the maker's work (maker-checker) */
  makerId?: string | null;
  /** the organisation that wrote the object, for steps its author takes */
  authorOrganisationId?: string | null;
  /** the organisation responsible for the object (责任单位), for steps it takes */
  responsibleOrganisationId?: string | null;
}

/**
 * The one place that decides which rows a caller may read or change. A role without the
 * permission gets an empty scope, so object routes answer 404 for anything it asks about,
 * exactly like a missing object: neither existence nor location is revealed.
 */
@Injectable()
export class AccessService {
  scope(caller: Caller, resource: ScopedResource, action: Action): OrganisationScope {
    if (!can(caller.role, resource, action)) return { kind: 'none' };
    switch (caller.role) {
      case Role.SystemAdmin:
        return { kind: 'all' };
      case Role.CityBureau:
      case Role.DistrictBureau:
        return { kind: 'region', regionPath: caller.regionPath };
      case Role.Enterprise:
      case Role.Reviewer:
      case Role.AuditAdmin:
        return { kind: 'organisation', organisationId: caller.organisationId };
    }
  }

  /**
   * Accounts: on top of the users scope (which organisations), whose accounts the caller
   * administers — a bureau only enterprise accounts, the system administrator all of them.
   */
  managesAccount(caller: Caller, accountRole: Role): boolean {
    return managesAccountsOf(caller.role, accountRole);
  }

  /**
   * Programmes: bureaus and enterprises read the plans on their branch of the region tree (the
   * city's plan from a district or an enterprise of the city); changes stay inside the caller's
   * own subtree, so only the city bureau changes a city plan.
   */
  programmeScope(caller: Caller, action: Action): ProgrammeScope {
    if (!can(caller.role, 'programmes', action)) return { kind: 'none' };
    if (caller.role === Role.SystemAdmin) return { kind: 'all' };
    return action === 'read'
      ? { kind: 'branch', regionPath: caller.regionPath }
      : { kind: 'region', regionPath: caller.regionPath };
  }

  /**
   * Case studies: bureaus see their region's, enterprises their own, reviewers only the cases they
   * are assigned to, so probing any other case answers 404.
   */
  caseScope(caller: Caller, action: Action): CaseScope {
    if (!can(caller.role, 'cases', action)) return { kind: 'none' };
    switch (caller.role) {
      case Role.CityBureau:
      case Role.DistrictBureau:
        return { kind: 'region', regionPath: caller.regionPath };
      case Role.Enterprise:
        return { kind: 'organisation', organisationId: caller.organisationId };
      case Role.Reviewer:
        return { kind: 'reviewer', userId: caller.userId };
      default:
        return { kind: 'none' };
    }
  }

  /**
   * Leading talents under `resource` (the records, their service requests, the contacts with them):
   * bureaus their region and below, an enterprise its own employees.
   */
  talentScope(
    caller: Caller,
    resource: 'talents' | 'serviceRequests' | 'talentContacts',
    action: Action,
  ): TalentScope {
    if (!can(caller.role, resource, action)) return { kind: 'none' };
    switch (caller.role) {
      case Role.CityBureau:
      case Role.DistrictBureau:
        return { kind: 'region', regionPath: caller.regionPath };
      case Role.Enterprise:
        return { kind: 'organisation', organisationId: caller.organisationId };
      default:
        return { kind: 'none' };
    }
  }

  /**
   * 总结评估 (the roll-ups, an enterprise's evaluation, influenced enterprises, demonstration units):
   * bureaus their region and below, an enterprise itself, reviewer organisations the roll-ups of
   * their region only.
   */
  evaluationScope(
    caller: Caller,
    resource: 'evaluation' | 'influencedEnterprises' | 'demonstrationUnits',
    action: Action,
  ): EvaluationScope {
    if (!can(caller.role, resource, action)) return { kind: 'none' };
    switch (caller.role) {
      case Role.CityBureau:
      case Role.DistrictBureau:
        return { kind: 'region', regionPath: caller.regionPath, regionCode: caller.regionCode };
      case Role.Enterprise:
        return { kind: 'organisation', organisationId: caller.organisationId, regionPath: caller.regionPath };
      case Role.Reviewer:
        return { kind: 'aggregate', regionPath: caller.regionPath };
      default:
        return { kind: 'none' };
    }
  }

  /**
   * Ledger tasks by responsibility: a reviewer organisation opens and reports on the tasks it is
   * named responsible for and no other (the bureaus read the whole ledger: `scope(…, 'tasks', …)`).
   */
  responsibleTaskScope(caller: Caller, action: Action): ResponsibleTaskScope {
    if (!can(caller.role, 'responsibleTasks', action)) return { kind: 'none' };
    return { kind: 'organisation', organisationId: caller.organisationId };
  }

  /** The programme in figures: the caller's region and below (a city's reviewers: their city). */
  statisticsScope(caller: Caller): StatisticsScope {
    if (!can(caller.role, 'programmeStatistics', 'read')) return { kind: 'none' };
    return { kind: 'region', regionPath: caller.regionPath };
  }

  /**
   * 案例精选 editions belong to a city: its districts read them (the branch of the region tree),
   * only the city's own bureau changes them.
   */
  caseCollectionScope(caller: Caller, action: Action): ProgrammeScope {
    if (!can(caller.role, 'caseCollections', action)) return { kind: 'none' };
    return action === 'read'
      ? { kind: 'branch', regionPath: caller.regionPath }
      : { kind: 'region', regionPath: caller.regionPath };
  }

  /**
   * 人才名录 editions belong to a city: its districts read them (the branch of the region tree),
   * only the city's own bureau changes them.
   */
  talentListScope(caller: Caller, action: Action): ProgrammeScope {
    if (!can(caller.role, 'talentLists', action)) return { kind: 'none' };
    return action === 'read'
      ? { kind: 'branch', regionPath: caller.regionPath }
      : { kind: 'region', regionPath: caller.regionPath };
  }

  /**
   * 政策问答 entries belong to a city: its districts read them (the branch of the region tree; the
   * service shows them the published ones), only the city's own bureau changes them.
   */
  policyQaScope(caller: Caller, action: Action): ProgrammeScope {
    if (!can(caller.role, 'policyQa', action)) return { kind: 'none' };
    return action === 'read'
      ? { kind: 'branch', regionPath: caller.regionPath }
      : { kind: 'region', regionPath: caller.regionPath };
  }

  /**
   * 评估报告: a bureau reads the reports of its region and below (the city its districts' too);
   * the service lets each bureau change only its own region's report.
   */
  evaluationReportScope(caller: Caller, action: Action): ProgrammeScope {
    if (!can(caller.role, 'evaluationReports', action)) return { kind: 'none' };
    return { kind: 'region', regionPath: caller.regionPath };
  }

  /**
   * 舆情: bureaus the notes of their region and those they answer for. The responsible unit, not
   * the region, decides who moves a note.
   */
  opinionNoteScope(caller: Caller, action: Action): OpinionNoteScope {
    if (!can(caller.role, 'opinionNotes', action)) return { kind: 'none' };
    return { kind: 'region', regionPath: caller.regionPath };
  }

  /** The talents in figures: the bureaus their region and below, a city's reviewers their city. */
  talentStatisticsScope(caller: Caller): StatisticsScope {
    if (!can(caller.role, 'talentStatistics', 'read')) return { kind: 'none' };
    return { kind: 'region', regionPath: caller.regionPath };
  }

  /**
   * Whether the caller is the one to take `action` on an object it can see, from the object's
   * current state: the workflow's single access question, asked by the transition service and by
   * every detail view that lists the open actions.
   */
  canAct<S extends string, A extends string>(
    caller: Caller,
    workflow: Workflow<S, A>,
    action: A,
    subject: WorkflowSubject<S>,
  ): boolean {
    const step = workflow.actions[action];
    if (!step.from.includes(subject.status)) return false;
    if (makerBarred(workflow, action, subject.makerId, caller.userId)) return false;
    switch (step.actor) {
      case ActorRelation.SubjectEnterprise:
        return caller.role === Role.Enterprise && caller.organisationId === subject.enterpriseId;
      case ActorRelation.DistrictBureau:
        return caller.role === (subject.cityDirect ? Role.CityBureau : Role.DistrictBureau);
      case ActorRelation.CityBureau:
        return caller.role === Role.CityBureau;
      case ActorRelation.Author:
        return caller.organisationId === subject.authorOrganisationId;
      case ActorRelation.ResponsibleUnit:
        return caller.organisationId === subject.responsibleOrganisationId;
    }
  }

  /** The actions the caller may take on an object now, in the workflow's order. */
  openActions<S extends string, A extends string>(
    caller: Caller,
    workflow: Workflow<S, A>,
    subject: WorkflowSubject<S>,
  ): A[] {
    return (Object.keys(workflow.actions) as A[]).filter((action) =>
      this.canAct(caller, workflow, action, subject),
    );
  }
}
