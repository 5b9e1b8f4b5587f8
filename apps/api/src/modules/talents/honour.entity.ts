import { HonourLevel } from '@skillpay/domain';
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * An honour of the reference table: the national ones every installation starts with
 * (NATIONAL_HONOURS) and provincial or municipal ones the system administrator adds.
 */
@Entity('honour')
@Index('uq_honour_code', ['code'], { unique: true, where: '"deleted_at" IS NULL' })
export class HonourEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** stable key, e.g. `may-day-medal`; seeds and imports match on it */
  @Column({ type: 'varchar', length: 60 })
  code: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 100 })
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 150, nullable: true })
  nameEn: string | null;

  @Column({ type: 'enum', enum: HonourLevel, enumName: 'honour_level' })
  level: HonourLevel;

  /** the body that confers it, e.g. 山东省人民政府 (for provincial and municipal honours) */
  @Column({ type: 'varchar', length: 100, nullable: true })
  issuer: string | null;

  /** counts as the qualifying basis of a leading talent (人社厅发〔2021〕7号 art. 38) */
  @Column({ type: 'boolean', default: false })
  qualifying: boolean;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
