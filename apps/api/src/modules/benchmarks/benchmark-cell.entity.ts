import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BenchmarkCellColumns } from './benchmark-cell-columns.entity';

/**
 * One computed (not yet published) benchmark cell: a programme's year × occupation × skill level ×
 * region (a district, or the city as a roll-up). The aggregation job replaces cells wholesale and
 * deterministically; releases copy them. Annual pay is annualised: pay ÷ months worked × 12.
 */
@Entity('benchmark_cell')
export class BenchmarkCellEntity extends BenchmarkCellColumns {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;
}
