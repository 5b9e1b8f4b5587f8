import { type PolicyBasis, PolicyQaStatus, type PolicyTopic } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { RegionEntity } from '../regions/region.entity';

/**
 * 政策问答: one question the city bureau answers in public (青人社字〔2021〕61号 四(三)). Its wording
 * lives in versions (policy_qa_version); the entry points at the current one. Published entries of
 * a city are shown as that city's on the public page.
 */
@Entity('policy_qa')
@Index('idx_policy_qa_region_status', ['regionCode', 'status'])
export class PolicyQaEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** the city whose bureau answers */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: RegionEntity;

  @Column({
    type: 'enum',
    enum: PolicyQaStatus,
    enumName: 'policy_qa_status',
    default: PolicyQaStatus.Draft,
  })
  status: PolicyQaStatus;

  /** the version the bureau and the public read; set in the transaction that writes the first one */
  @Column({ name: 'current_version_id', type: 'uuid', nullable: true })
  currentVersionId: string | null;

  @ManyToOne(() => PolicyQaVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'current_version_id' })
  currentVersion?: PolicyQaVersionEntity | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  /** the first publication (the public page's 发布日期) */
  @Column({ name: 'first_published_at', type: 'timestamptz', nullable: true })
  firstPublishedAt: Date | null;

  /** the latest publication and who published it (the checker) */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdraw_reason', type: 'text', nullable: true })
  withdrawReason: string | null;

  /** optimistic concurrency (If-Match), raised by every change */
  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}

/**
 * One wording of an entry: every edit of the question, answer, basis or topics adds a row (1, 2 …);
 * rows are never changed. `search_text` is the normalised text the search compares
 * (policyQaSearchText: NFKC, lower case, no white space), matched with ILIKE and escaped wildcards.
 */
@Entity('policy_qa_version')
@Index('uq_policy_qa_version_number', ['qaId', 'number'], { unique: true })
export class PolicyQaVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'qa_id', type: 'uuid' })
  qaId: string;

  @ManyToOne(() => PolicyQaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'qa_id' })
  qa?: PolicyQaEntity;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text' })
  question: string;

  /** plain text, one paragraph per line */
  @Column({ type: 'text' })
  answer: string;

  @Column({ type: 'jsonb' })
  basis: PolicyBasis[];

  @Column({ type: 'text', array: true })
  topics: PolicyTopic[];

  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
