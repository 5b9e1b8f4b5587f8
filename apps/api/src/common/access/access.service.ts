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
import { type OrganisationScope, type ProgrammeScope } from './scope';

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
  | 'payPlans';

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
