import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BenchmarkCellColumns } from '../benchmarks/benchmark-cell-columns.entity';
import { BenchmarkReleaseEntity } from './benchmark-release.entity';

/**
 * One cell of a release, copied from benchmark_cell when the draft is made. A suppressed cell keeps
 * its figures here for the bureau's review, but the public projection replaces them by the
 * footnote. Writable only while the release is a draft (database trigger).
 */
@Entity('benchmark_release_cell')
export class BenchmarkReleaseCellEntity extends BenchmarkCellColumns {
  @PrimaryColumn({ name: 'release_id', type: 'uuid' })
  releaseId: string;

  @ManyToOne(() => BenchmarkReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id' })
  release?: BenchmarkReleaseEntity;

  /**
   * set when the cell shows the figures of that earlier release instead of its own: publishing its
   * change would have revealed withheld data (disclosure control across releases)
   */
  @Column({ name: 'carried_from_release_id', type: 'uuid', nullable: true })
  carriedFromReleaseId: string | null;

  @ManyToOne(() => BenchmarkReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'carried_from_release_id',
    foreignKeyConstraintName: 'FK_benchmark_release_cell_carried_from',
  })
  carriedFrom?: BenchmarkReleaseEntity;
}
