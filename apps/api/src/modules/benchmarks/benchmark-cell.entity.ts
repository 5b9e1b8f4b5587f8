import { FootnoteCode } from '@skillpay/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One computed (not yet published) benchmark cell: a programme's year × occupation × skill level ×
 * region (a district, or the city as a roll-up). The aggregation job replaces cells wholesale and
 * deterministically; releases copy them. Annual pay is annualised: pay ÷ months worked × 12.
 */
@Entity('benchmark_cell')
export class BenchmarkCellEntity {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @PrimaryColumn({ name: 'occupation_code', type: 'varchar', length: 12 })
  occupationCode: string;

  @PrimaryColumn({ name: 'skill_level', type: 'varchar', length: 16 })
  skillLevel: string;

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

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;
}
