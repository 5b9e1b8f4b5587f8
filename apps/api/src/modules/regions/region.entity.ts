import { RegionLevel } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A GB/T 2260 administrative division (province → city → district). */
@Entity('region')
@Index('idx_region_path', ['path'])
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ name: 'name_en', type: 'varchar', length: 60 })
  nameEn: string;

  @Column({ type: 'enum', enum: RegionLevel, enumName: 'region_level' })
  level: RegionLevel;

  @Column({ name: 'parent_code', type: 'varchar', length: 6, nullable: true })
  parentCode: string | null;

  @ManyToOne(() => RegionEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_code' })
  parent?: RegionEntity | null;

  /**
   * Materialised path of codes from the root, e.g. `370000/370200/370211/`: scope checks are a
   * prefix match on it, so a city official sees all its districts with one indexed condition.
   */
  @Column({ type: 'varchar', length: 200 })
  path: string;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
