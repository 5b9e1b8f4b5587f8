import { type RubricCriterion } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ProgrammeEntity } from '../programmes/programme.entity';

/** A programme's review rubric (评审细则); a programme without one reviews with DEFAULT_CASE_RUBRIC. */
@Entity('case_rubric')
export class CaseRubricEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid', unique: true })
  programmeId: string;

  @OneToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'jsonb' })
  criteria: RubricCriterion[];

  /** weighted totals (0–100) further apart than this flag a disagreement */
  @Column({ name: 'disagreement_threshold', type: 'numeric', precision: 5, scale: 2 })
  disagreementThreshold: string;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
