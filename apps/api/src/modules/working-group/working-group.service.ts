import { Injectable } from '@nestjs/common';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { ProgrammeFinder } from '../programmes/programme-finder.service';
import {
  type CreateWorkingGroupMemberDto,
  toMemberDto,
  type UpdateWorkingGroupMemberDto,
  type WorkingGroupMemberDto,
} from './working-group.dto';
import { type WorkingGroupMemberEntity } from './working-group-member.entity';
import { WorkingGroupRepository } from './working-group.repository';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';

/** A programme's working group (工作小组): phones in full only for the bureau that runs it. */
@Injectable()
export class WorkingGroupService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: WorkingGroupRepository,
    private readonly finder: ProgrammeFinder,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
  ) {}

  async workingGroup(caller: Caller, id: string): Promise<WorkingGroupMemberDto[]> {
    const programme = await this.finder.findForTasks(caller, id);
    return (await this.repository.members(programme.id)).map((member) => toMemberDto(member, true));
  }

  async workingGroupMember(caller: Caller, id: string, memberId: string): Promise<WorkingGroupMemberDto> {
    const programme = await this.finder.findForTasks(caller, id);
    const member = await this.repository.findMember(programme.id, memberId);
    if (!member) throw AppException.notFound();
    // The full phone number only for the bureau that runs the programme.
    return toMemberDto(member, !(await this.finder.isOwner(caller, programme)));
  }

  async addMember(
    caller: Caller,
    id: string,
    dto: CreateWorkingGroupMemberDto,
  ): Promise<WorkingGroupMemberDto> {
    return this.unitOfWork.run(async (tx) => {
      const programme = await this.finder.findOrFail(caller, id, 'update', tx);
      const member = await this.repository.addMember(programme.id, dto, tx);
      const after = toMemberDto(member, false);
      await this.audit.record(
        {
          action: 'programme.working-group.create',
          entityType: 'working_group_member',
          entityId: member.id,
          after,
        },
        tx,
      );
      return after;
    });
  }

  async updateMember(
    caller: Caller,
    id: string,
    memberId: string,
    dto: UpdateWorkingGroupMemberDto,
    precondition?: Precondition,
  ): Promise<WorkingGroupMemberDto> {
    return this.unitOfWork.run(async (tx) => {
      const member = await this.memberForChange(caller, id, memberId, precondition, tx);
      const before = toMemberDto(member, false);
      const after = toMemberDto(await this.repository.updateMember(member.id, dto, tx), false);
      await this.audit.record(
        {
          action: 'programme.working-group.update',
          entityType: 'working_group_member',
          entityId: member.id,
          before,
          after,
        },
        tx,
      );
      return after;
    });
  }

  async removeMember(
    caller: Caller,
    id: string,
    memberId: string,
    precondition?: Precondition,
  ): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const member = await this.memberForChange(caller, id, memberId, precondition, tx);
      await this.repository.removeMember(member.id, tx);
      await this.audit.record(
        {
          action: 'programme.working-group.delete',
          entityType: 'working_group_member',
          entityId: member.id,
          before: toMemberDto(member, false),
        },
        tx,
      );
    });
  }

  private async memberForChange(
    caller: Caller,
    id: string,
    memberId: string,
    precondition: Precondition | undefined,
    tx: Tx,
  ): Promise<WorkingGroupMemberEntity> {
    const programme = await this.finder.findOrFail(caller, id, 'update', tx);
    const member = await this.repository.lockMember(programme.id, memberId, tx);
    if (!member) throw AppException.notFound();
    await this.preconditions.assert(
      precondition,
      { entityType: 'working_group_member', key: member.id, version: member.version },
      tx,
    );
    return member;
  }
}
