import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { type CreateWorkingGroupMemberDto, type UpdateWorkingGroupMemberDto } from './working-group.dto';
import { WorkingGroupMemberEntity } from './working-group-member.entity';

/** Queries of a programme's working group (工作小组). */
@Injectable()
export class WorkingGroupRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  members(programmeId: string): Promise<WorkingGroupMemberEntity[]> {
    return this.dataSource.manager.find(WorkingGroupMemberEntity, {
      where: { programmeId },
      order: { createdAt: 'ASC' },
    });
  }

  /** The member, its row locked until `tx` ends: what an edit compares and audits. */
  lockMember(programmeId: string, memberId: string, tx: Tx): Promise<WorkingGroupMemberEntity | null> {
    return managerOf(tx, this.dataSource).findOne(WorkingGroupMemberEntity, {
      where: { id: memberId, programmeId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  findMember(programmeId: string, memberId: string, tx?: Tx): Promise<WorkingGroupMemberEntity | null> {
    return managerOf(tx, this.dataSource).findOneBy(WorkingGroupMemberEntity, { id: memberId, programmeId });
  }

  async addMember(
    programmeId: string,
    dto: CreateWorkingGroupMemberDto,
    tx: Tx,
  ): Promise<WorkingGroupMemberEntity> {
    const manager = managerOf(tx, this.dataSource);
    return manager.save(
      WorkingGroupMemberEntity,
      manager.create(WorkingGroupMemberEntity, { ...dto, phone: dto.phone ?? null, programmeId }),
    );
  }

  /** Changes a member and answers it as stored. */
  async updateMember(
    memberId: string,
    dto: UpdateWorkingGroupMemberDto,
    tx: Tx,
  ): Promise<WorkingGroupMemberEntity> {
    const manager = managerOf(tx, this.dataSource);
    await manager.update(WorkingGroupMemberEntity, { id: memberId }, dto);
    return (await manager.findOneBy(WorkingGroupMemberEntity, { id: memberId }))!;
  }

  /** Soft delete. */
  async removeMember(memberId: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).softDelete(WorkingGroupMemberEntity, { id: memberId });
  }
}
