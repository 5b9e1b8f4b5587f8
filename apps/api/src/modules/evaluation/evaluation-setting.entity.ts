import { type AdoptionWeights } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ProgrammeEntity } from '../programmes/programme.entity';

/**
 * A programme's evaluation settings: the weights of the adoption index. No row means the
 * defaults (DEFAULT_ADOPTION_WEIGHTS); the row has its own version so editing the weights never
 * conflicts with an edit of the programme's other settings.
 */
@Entity('evaluation_setting')
export class EvaluationSettingEntity {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @OneToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  /** points per element, summing to 100 (adoptionWeightsProblem) */
  @Column({ name: 'adoption_weights', type: 'jsonb' })
  adoptionWeights: AdoptionWeights;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
