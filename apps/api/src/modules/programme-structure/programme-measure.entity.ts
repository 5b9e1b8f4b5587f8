import { TargetGroup } from '@skillpay/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProgrammeEntity } from '../programmes/programme.entity';

/** 举措 (Lüliang): a measure for one target group with its responsible units as written. */
@Entity('programme_measure')
@Index('idx_programme_measure_programme', ['programmeId', 'position'])
export class ProgrammeMeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ name: 'target_group', type: 'enum', enum: TargetGroup, enumName: 'target_group' })
  targetGroup: TargetGroup;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'responsible_units', type: 'text', array: true, default: '{}' })
  responsibleUnits: string[];
}
