import { WorkingGroupRole } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ProgrammeEntity } from '../programmes/programme.entity';

/** 工作小组 member. Name and phone are personal data: bureau users only, phones masked in lists. */
@Entity('working_group_member')
@Index('idx_working_group_member_programme', ['programmeId'])
export class WorkingGroupMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  /** 处室/单位, e.g. 劳动关系处 */
  @Column({ type: 'varchar', length: 100 })
  unit: string;

  @Column({ type: 'enum', enum: WorkingGroupRole, enumName: 'working_group_role' })
  role: WorkingGroupRole;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
