import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { ProgrammeEntity } from '../programmes/programme.entity';

/** 阶段: an ordered step of a programme with its date range; phases may overlap. */
@Entity('programme_phase')
@Index('idx_programme_phase_programme', ['programmeId', 'position'])
export class ProgrammePhaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @VersionColumn({ default: 1 })
  version: number;
}
