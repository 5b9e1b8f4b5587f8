import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { WorkflowTransitionEntity } from './workflow-transition.entity';

export interface NewTransition {
  workflow: string;
  subjectId: string;
  action: string;
  fromState: string;
  toState: string;
  actorId: string;
  actorOrganisationId: string;
  reason: string | null;
}

export interface TransitionView {
  id: string;
  action: string;
  fromState: string;
  toState: string;
  actorName: string;
  actorOrganisationName: string;
  reason: string | null;
  createdAt: Date;
}

@Injectable()
export class WorkflowTransitionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(transition: NewTransition, tx: Tx): Promise<string> {
    const result = await managerOf(tx, this.dataSource).insert(WorkflowTransitionEntity, transition);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** The history of one object, oldest first, with who took each step. */
  async history(workflow: string, subjectId: string): Promise<TransitionView[]> {
    return this.dataSource.query<TransitionView[]>(
      `SELECT t.id, t.action, t.from_state AS "fromState", t.to_state AS "toState",
              coalesce(u.display_name, '') AS "actorName", coalesce(o.name, '') AS "actorOrganisationName",
              t.reason, t.created_at AS "createdAt"
         FROM workflow_transition t
         LEFT JOIN app_user u ON u.id = t.actor_id
         LEFT JOIN organisation o ON o.id = t.actor_organisation_id
        WHERE t.workflow = $1 AND t.subject_id = $2
        ORDER BY t.created_at, t.id`,
      [workflow, subjectId],
    );
  }

  /** Who last took `action` on an object (e.g. the district officer who recommended a pilot). */
  async lastActor(workflow: string, subjectId: string, action: string, tx?: Tx): Promise<string | null> {
    const rows = await managerOf(tx, this.dataSource).query<{ actor_id: string }[]>(
      `SELECT actor_id FROM workflow_transition
        WHERE workflow = $1 AND subject_id = $2 AND action = $3
        ORDER BY created_at DESC, id DESC LIMIT 1`,
      [workflow, subjectId, action],
    );
    return rows[0]?.actor_id ?? null;
  }
}
