import { PostCategory } from '@skillpay/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One employee's annual pay in one upload. Written only by COPY (never row by row) and never
 * updated: a resubmission is a new upload. Amounts are yuan for the months worked. No foreign key
 * to wage_upload: a per-row check would slow the load, and rows are only written with their upload.
 * Only the primary key is indexed: every reader goes by upload, and an index on occupation × skill
 * level cost the load a third of its speed while the aggregation reads by a scan anyway
 * (docs/benchmarks.md).
 */
@Entity('wage_row')
export class WageRowEntity {
  @PrimaryColumn({ name: 'upload_id', type: 'uuid' })
  uploadId: string;

  /** the row number in the uploaded sheet, so errors and readers can point at it */
  @PrimaryColumn({ name: 'row_number', type: 'int' })
  rowNumber: number;

  /** the enterprise's own employee id; never a name or an ID-card number */
  @Column({ name: 'employee_ref', type: 'varchar', length: 64 })
  employeeRef: string;

  @Column({ name: 'occupation_code', type: 'varchar', length: 12 })
  occupationCode: string;

  /** a SkillLevel, or `unrated` for technical and management posts */
  @Column({ name: 'skill_level', type: 'varchar', length: 16 })
  skillLevel: string;

  @Column({ name: 'post_category', type: 'enum', enum: PostCategory, enumName: 'post_category' })
  postCategory: PostCategory;

  @Column({ name: 'months_worked', type: 'smallint' })
  monthsWorked: number;

  @Column({ name: 'base_pay', type: 'numeric', precision: 12, scale: 2 })
  basePay: string;

  @Column({ name: 'post_pay', type: 'numeric', precision: 12, scale: 2 })
  postPay: string;

  @Column({ name: 'performance_pay', type: 'numeric', precision: 12, scale: 2 })
  performancePay: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  allowances: string;

  @Column({ name: 'other_pay', type: 'numeric', precision: 12, scale: 2 })
  otherPay: string;
}
