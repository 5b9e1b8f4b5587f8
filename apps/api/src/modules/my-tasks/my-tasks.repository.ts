import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type ResponsibleTaskScope, responsibleTaskScopeCondition } from '../../common/access/scope';
import { ProgrammeTaskEntity } from '../ledger-tasks/programme-task.entity';
import { ProgrammeStatus } from '../programmes/programme.entity';

/**
 * A reviewer organisation's ledger tasks (我的台账任务): the tasks of live programmes (active or
 * closed, never a draft) that the scope names it responsible for, with their programme and their
 * phase or measure.
 */
@Injectable()
export class MyTasksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private inScope(scope: ResponsibleTaskScope) {
    const condition = responsibleTaskScopeCondition(scope, 't');
    return this.dataSource.manager
      .createQueryBuilder(ProgrammeTaskEntity, 't')
      .innerJoinAndSelect('t.programme', 'p', 'p.status IN (:...live)', {
        live: [ProgrammeStatus.Active, ProgrammeStatus.Closed],
      })
      .leftJoinAndSelect('t.phase', 'phase')
      .leftJoinAndSelect('t.measure', 'measure')
      .where(condition.sql, condition.params);
  }

  /** The tasks in scope: the active programmes' first, then by due date (undated last). */
  tasks(scope: ResponsibleTaskScope): Promise<ProgrammeTaskEntity[]> {
    return this.inScope(scope)
      .orderBy(`CASE WHEN p.status = '${ProgrammeStatus.Active}' THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('t.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('p.created_at', 'DESC')
      .addOrderBy('t.position', 'ASC')
      .getMany();
  }

  /** One task in scope, or null (missing, removed, of a draft programme or someone else's). */
  task(scope: ResponsibleTaskScope, taskId: string): Promise<ProgrammeTaskEntity | null> {
    return this.inScope(scope).andWhere('t.id = :taskId', { taskId }).getOne();
  }
}
