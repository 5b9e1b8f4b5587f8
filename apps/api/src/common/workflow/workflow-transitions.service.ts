import { Injectable } from '@nestjs/common';
import { type AnyWorkflow, makerBarred, type Workflow } from '@skillpay/domain';
import { type Caller } from '../auth/caller';
import { AccessService, type WorkflowSubject } from '../access/access.service';
import { type AppException } from '../errors/app.exception';
import { UnitOfWork, type Tx } from '../../database/unit-of-work';
import { AuditService, type WorkflowAuditAction } from '../../modules/audit/audit.service';
import {
  type NewNotification,
  NotificationsService,
} from '../../modules/notifications/notifications.service';
import { WorkflowException } from './workflow.exception';
import { WorkflowTransitionsRepository } from './workflow-transitions.repository';

export interface StepContext<S extends string> {
  from: S;
  to: S;
  reason: string | null;
  now: Date;
  tx: Tx;
}

/** What a feature adds to the kernel's step: its own rules, writes and notification. */
export interface TransitionRequest<S extends string, A extends string, T extends WorkflowSubject<S>> {
  workflow: Workflow<S, A>;
  action: A;
  /** the reason or review comment as typed; blank counts as none */
  reason?: string | null;
  /** the request field that carries the reason, named in the 400 when it is missing */
  reasonField?: string;
  /** the error for a missing reason, when the feature words it its own way */
  reasonMissing?: () => AppException;
  /** audit entity type, e.g. `pilot_application` */
  entityType: string;
  /** loads the object in the caller's scope, locked for the transaction; 404 when it cannot */
  lock(tx: Tx): Promise<T>;
  /** the feature's own checks and writes of the step (status columns, versions, side effects) */
  apply(subject: T, step: StepContext<S>): Promise<AuditChanges | void>;
  /** whom to tell: the next party, or whoever held the object */
  notify?(subject: T, step: StepContext<S> & { transitionId: string }): Promise<NewNotification | null>;
}

export interface AuditChanges {
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/**
 * Moves an object one step through its workflow in one transaction: locks it, asks the access
 * layer whether the caller is the one to act from its state, runs the feature's own step, and
 * writes the transition row, the audit record and the notification — all or nothing.
 */
@Injectable()
export class WorkflowTransitions {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: AccessService,
    private readonly transitions: WorkflowTransitionsRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  run<S extends string, A extends string, T extends WorkflowSubject<S>>(
    caller: Caller,
    request: TransitionRequest<S, A, T>,
  ): Promise<T> {
    return this.unitOfWork.run((tx) => this.runIn(caller, request, tx));
  }

  /**
   * The same step inside a transaction the caller already holds, for a change that moves several
   * objects at once (e.g. publishing a collection publishes each of its cases): all or nothing.
   */
  async runIn<S extends string, A extends string, T extends WorkflowSubject<S>>(
    caller: Caller,
    request: TransitionRequest<S, A, T>,
    tx: Tx,
  ): Promise<T> {
    const { workflow, action } = request;
    const step = workflow.actions[action];
    const reason = request.reason?.trim() ? request.reason.trim() : null;
    const subject = await request.lock(tx);
    if (step.from.includes(subject.status) && makerBarred(workflow, action, subject.makerId, caller.userId)) {
      throw makerMayNotCheck(workflow as AnyWorkflow, action);
    }
    if (!this.access.canAct(caller, workflow, action, subject)) {
      throw transitionNotAllowed(workflow as AnyWorkflow, subject.status, action);
    }
    if (step.reasonRequired && !reason) {
      throw (
        request.reasonMissing?.() ??
        WorkflowException.invalid(request.reasonField ?? 'reason', 'reason_required')
      );
    }
    const context: StepContext<S> = { from: subject.status, to: step.to, reason, now: new Date(), tx };
    const changes = (await request.apply(subject, context)) ?? {};
    const transitionId = await this.transitions.insert(
      {
        workflow: workflow.name,
        subjectId: subject.id,
        action,
        fromState: context.from,
        toState: context.to,
        actorId: caller.userId,
        actorOrganisationId: caller.organisationId,
        reason,
      },
      tx,
    );
    await this.audit.record(
      {
        action: `${workflow.name}.${action}` as WorkflowAuditAction,
        entityType: request.entityType,
        entityId: subject.id,
        before: { status: context.from, ...changes.before },
        after: { status: context.to, ...changes.after },
      },
      tx,
    );
    const notification = await request.notify?.(subject, { ...context, transitionId });
    if (notification) await this.notifications.notify(notification, tx);
    return subject;
  }

  /** The steps an object went through, for its detail page. */
  history(workflow: AnyWorkflow, subjectId: string) {
    return this.transitions.history(workflow.name, subjectId);
  }

  lastActor(workflow: AnyWorkflow, subjectId: string, action: string, tx?: Tx) {
    return this.transitions.lastActor(workflow.name, subjectId, action, tx);
  }
}

/** 409 with the object's state and the refused action, in the reader's language. */
export function transitionNotAllowed(workflow: AnyWorkflow, status: string, action: string): AppException {
  return new WorkflowException(
    'workflow_transition_not_allowed',
    { subject: workflow.subject, status: workflow.states[status], action: workflow.actions[action].label },
    { extra: { status, action } },
  );
}

/** 403: the maker of an object asked to take the step that checks it (maker-checker). */
export function makerMayNotCheck(workflow: AnyWorkflow, action: string): AppException {
  return new WorkflowException(
    'workflow_maker_checker',
    { subject: workflow.subject, action: workflow.actions[action].label },
    { extra: { action } },
  );
}

/** 409 for an edit of an object whose state no longer allows it. */
export function notEditable(workflow: AnyWorkflow, status: string): AppException {
  return new WorkflowException('workflow_not_editable', {
    subject: workflow.subject,
    status: workflow.states[status],
  });
}
