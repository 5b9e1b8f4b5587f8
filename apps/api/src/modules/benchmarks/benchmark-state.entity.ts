import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProgrammeEntity } from '../programmes/programme.entity';

/**
 * Where the benchmark cells of a programme and year stand: when they were last computed and with
 * which disclosure rules, and whether a full recompute is owed. The aggregation job compares the
 * programme's current rules with those recorded here, so a rule change needs no other bookkeeping.
 */
@Entity('benchmark_state')
export class BenchmarkStateEntity {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @PrimaryColumn({ type: 'int' })
  year: number;

  /** a city bureau asked for every cell to be recomputed; cleared by the run that does it */
  @Column({ name: 'full_requested_at', type: 'timestamptz', nullable: true })
  fullRequestedAt: Date | null;

  /** the last run that brought the cells up to date (incremental or full) */
  @Column({ name: 'computed_at', type: 'timestamptz', nullable: true })
  computedAt: Date | null;

  @Column({ name: 'full_computed_at', type: 'timestamptz', nullable: true })
  fullComputedAt: Date | null;

  /** the disclosure rules the cells were computed with */
  @Column({ name: 'min_enterprises', type: 'int', nullable: true })
  minEnterprises: number | null;

  @Column({ name: 'max_enterprise_share', type: 'int', nullable: true })
  maxEnterpriseShare: number | null;

  /** occupation × skill level pairs the last run recomputed, and how long it took */
  @Column({ name: 'last_pairs', type: 'int', nullable: true })
  lastPairs: number | null;

  @Column({ name: 'last_duration_ms', type: 'int', nullable: true })
  lastDurationMs: number | null;
}
