import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeTaskEntity } from './programme-task.entity';

/** 责任单位 on the portal: an organisation responsible for a task (several per task). */
@Entity('programme_task_responsible')
@Index('idx_programme_task_responsible_organisation', ['organisationId'])
export class ProgrammeTaskResponsibleEntity {
  @PrimaryColumn({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @ManyToOne(() => ProgrammeTaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: ProgrammeTaskEntity;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
