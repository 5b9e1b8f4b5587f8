import { FootnoteCode } from '@skillpay/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BenchmarkReleaseEntity } from './benchmark-release.entity';

/**
 * One cell of a release, copied from benchmark_cell when the draft is made. A suppressed cell keeps
 * its figures here for the bureau's review, but the public projection replaces them by the
 * footnote. Writable only while the release is a draft (database trigger).
 */
@Entity('benchmark_release_cell')
export class BenchmarkReleaseCellEntity {
  @PrimaryColumn({ name: 'release_id', type: 'uuid' })
  releaseId: string;

  @ManyToOne(() => BenchmarkReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id' })
  release?: BenchmarkReleaseEntity;

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

  @Column({ type: 'enum', enum: FootnoteCode, enumName: 'footnote_code', nullable: true })
  footnote: FootnoteCode | null;
}
