import { type Labels } from './enterprise';

/**
 * The workflow kernel: every reviewed object of the portal (pilot applications, progress reports,
 * benchmark releases, and the workflows to come) is declared once here as states and actions,
 * each action leading from some states to one state and taken by one party related to the object.
 * The API asks one question of a declaration (`AccessService.canAct`) and moves objects through
 * one transition service; the web shows the actions the API says are open.
 */

/** Who takes an action, relative to the object it acts on (the caller already sees the object). */
export enum ActorRelation {
  /** the enterprise the object belongs to */
  SubjectEnterprise = 'subject-enterprise',
  /** the district bureau of the object's district; the city bureau for 市直 (city-direct) objects */
  DistrictBureau = 'district-bureau',
  /** the city bureau */
  CityBureau = 'city-bureau',
  /** the organisation that wrote the object (an enterprise, or a district bureau writing about one) */
  Author = 'author',
  /** the organisation named responsible for the object (责任单位), e.g. the bureau answering a public-opinion note */
  ResponsibleUnit = 'responsible-unit',
}

export interface WorkflowStep<S extends string> {
  from: readonly S[];
  /** the state the action leaves the object in */
  to: S;
  actor: ActorRelation;
  /** a reason (or review comment) must be given, e.g. to return or reject */
  reasonRequired: boolean;
  /**
   * maker-checker (双人复核): the step is a check, taken by someone other than the person who made
   * the object, so no one puts a thing before the public alone
   */
  checksMaker?: boolean;
}

export interface Workflow<S extends string, A extends string> {
  /** key of the workflow: audit actions (`<name>.<action>`), transition rows, i18n keys */
  name: string;
  /** how the object is called in messages, e.g. 申报 ("the application") */
  subject: Labels;
  states: Record<S, Labels>;
  actions: Record<A, WorkflowStep<S> & { label: Labels }>;
  /** states in which the owner may still edit the object's content */
  editableIn: readonly S[];
}

export type AnyWorkflow = Workflow<string, string>;
export type StateOf<W> = W extends Workflow<infer S, string> ? S : never;
export type ActionOf<W> = W extends Workflow<string, infer A> ? A : never;

/** Declares a workflow; checks that every action leads between declared states. */
export function defineWorkflow<S extends string, A extends string>(workflow: Workflow<S, A>): Workflow<S, A> {
  for (const [action, step] of Object.entries<WorkflowStep<S>>(workflow.actions)) {
    for (const state of [...step.from, step.to]) {
      if (!(state in workflow.states)) {
        throw new Error(`Workflow ${workflow.name}: action ${action} names unknown state ${state}`);
      }
    }
  }
  return workflow;
}

/** Whether `userId`, the maker of an object, is barred from `action` on it (maker-checker). */
export function makerBarred<S extends string, A extends string>(
  workflow: Workflow<S, A>,
  action: A,
  makerId: string | null | undefined,
  userId: string,
): boolean {
  return workflow.actions[action].checksMaker === true && makerId === userId;
}

/** The state after `action`, or null when the action is not open from `state`. */
export function nextState<S extends string, A extends string>(
  workflow: Workflow<S, A>,
  state: S,
  action: A,
): S | null {
  const step = workflow.actions[action];
  return step.from.includes(state) ? step.to : null;
}

/** Actions open from a state, in declaration order (whoever may take them). */
export function actionsFrom<S extends string, A extends string>(workflow: Workflow<S, A>, state: S): A[] {
  return (Object.keys(workflow.actions) as A[]).filter((action) => nextState(workflow, state, action));
}
