import { TalentListStatus } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { RegionEntity } from '../regions/region.entity';

/**
 * 高技能领军人才名录: an edition of a city's list of confirmed leading talents. The draft is a
 * snapshot taken when the city generates it (talent_list_entry); a second person reviews and
 * publishes it under the year's next number. A published edition and its rows are immutable — a
 * database trigger refuses any change — so later edits of the talents never alter it.
 */
@Entity('talent_list')
// one edition under review at a time per city
@Index('uq_talent_list_open', ['regionCode'], {
  unique: true,
  where: `"status" IN ('draft', 'reviewed')`,
})
@Index('uq_talent_list_number', ['regionCode', 'year', 'editionNumber'], {
  unique: true,
  where: `"edition_number" IS NOT NULL`,
})
export class TalentListEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** the city the edition lists */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: RegionEntity;

  /** the year of the edition (its title, and the year ages are counted in) */
  @Column({ type: 'int' })
  year: number;

  @Column({
    type: 'enum',
    enum: TalentListStatus,
    enumName: 'talent_list_status',
    default: TalentListStatus.Draft,
  })
  status: TalentListStatus;

  /** assigned on publication: 第1版, 第2版 … per city and year */
  @Column({ name: 'edition_number', type: 'int', nullable: true })
  editionNumber: number | null;

  @Column({ name: 'talent_count', type: 'int' })
  talentCount: number;

  /** the moment of the snapshot */
  @Column({ name: 'snapshot_at', type: 'timestamptz' })
  snapshotAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'discarded_by', type: 'uuid', nullable: true })
  discardedBy: string | null;

  @Column({ name: 'discarded_at', type: 'timestamptz', nullable: true })
  discardedAt: Date | null;

  @Column({ name: 'discard_reason', type: 'text', nullable: true })
  discardReason: string | null;
}
