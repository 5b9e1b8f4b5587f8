import { OrganisationType } from '@skillpay/domain';
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

/** A bureau, union, federation, enterprise or the platform operator. Deletes are soft. */
@Entity('organisation')
@Index('uq_organisation_name', ['name'], { unique: true, where: '"deleted_at" IS NULL' })
@Index('idx_organisation_region', ['regionCode'])
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'enum', enum: OrganisationType, enumName: 'organisation_type' })
  type: OrganisationType;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: RegionEntity;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Column({ name: 'contact_person', type: 'varchar', length: 50, nullable: true })
  contactPerson: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 30, nullable: true })
  contactPhone: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
