import { FootnoteCode } from '@skillpay/domain';
import { Column, PrimaryColumn } from 'typeorm';

/**
 * The columns a computed cell (benchmark_cell) and its copy in a release (benchmark_release_cell)
 * share: where the cell stands — occupation × skill level × region, part of both primary keys — and
 * its figures. Each table adds the rest of its key.
 */
export abstract class BenchmarkCellColumns {
  @PrimaryColumn({ name: 'occupation_code', type: 'varchar', length: 12 })
  occupationCode: string;

  @PrimaryColumn({ name: 'skill_level', type: 'varchar', length: 16 })
  skillLevel: string;

  /** a district, or the city as a roll-up */
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'int' })
  employees: number;

  @Column({ type: 'int' })
  enterprises: number;

  /** the largest share of the cell's employees held by one enterprise, 0–100 */
  @Column({ name: 'max_enterprise_share', type: 'numeric', precision: 5, scale: 2 })
  maxEnterpriseShare: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  mean: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  p10: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  p25: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  p50: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  p75: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  p90: string;

  /** each pay component's share of the cell's total pay, 0–1 */
  @Column({ name: 'share_base', type: 'numeric', precision: 5, scale: 4 })
  shareBase: string;

  @Column({ name: 'share_post', type: 'numeric', precision: 5, scale: 4 })
  sharePost: string;

  @Column({ name: 'share_performance', type: 'numeric', precision: 5, scale: 4 })
  sharePerformance: string;

  @Column({ name: 'share_allowances', type: 'numeric', precision: 5, scale: 4 })
  shareAllowances: string;

  @Column({ name: 'share_other', type: 'numeric', precision: 5, scale: 4 })
  shareOther: string;

  /** set when disclosure control withholds the cell from publication */
  @Column({ type: 'enum', enum: FootnoteCode, enumName: 'footnote_code', nullable: true })
  footnote: FootnoteCode | null;
}
