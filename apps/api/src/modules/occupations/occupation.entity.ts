import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** One occupation of 《中华人民共和国职业分类大典》, e.g. 6-18-01-01 车工. Reference data. */
@Entity('occupation')
export class OccupationEntity {
  /** the catalogue code, e.g. `6-18-01-01` (see OCCUPATION_CODE_PATTERN) */
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 100 })
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 150, nullable: true })
  nameEn: string | null;

  /** on the city's 急需紧缺 (urgently needed) occupation list */
  @Column({ name: 'urgently_needed', type: 'boolean', default: false })
  urgentlyNeeded: boolean;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
