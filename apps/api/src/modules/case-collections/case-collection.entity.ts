import { CaseCollectionStatus } from '@skillpay/domain';
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
 * 案例精选: one edition of a city's case collection (e.g. 2026年第1辑). Immutable once published; a
 * correction is a new edition that names the one it corrects, and the earlier stays readable.
 */
@Entity('case_collection')
@Index('idx_case_collection_region', ['regionCode', 'status'])
export class CaseCollectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** the city whose bureau publishes the edition */
  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: RegionEntity;

  /** e.g. 2026年第1辑 */
  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** 前言 */
  @Column({ type: 'text', default: '' })
  foreword: string;

  @Column({
    type: 'enum',
    enum: CaseCollectionStatus,
    enumName: 'case_collection_status',
    default: CaseCollectionStatus.Draft,
  })
  status: CaseCollectionStatus;

  /** the published edition this one corrects */
  @Column({ name: 'corrects_id', type: 'uuid', nullable: true })
  correctsId: string | null;

  @ManyToOne(() => CaseCollectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'corrects_id' })
  corrects?: CaseCollectionEntity;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** draft editions only */
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
