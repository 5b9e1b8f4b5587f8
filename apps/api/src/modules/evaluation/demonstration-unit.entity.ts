import { DemonstrationUnitKind } from '@skillpay/domain';
import {
  Check,
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
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { RegionEntity } from '../regions/region.entity';
import { type DemonstrationSnapshot } from './evaluation.figures';

/**
 * 示范企业 / 典型区市: a unit the city bureau holds up as an example (青人社字〔2021〕61号 四(三)),
 * with its reason and the figures it had when marked (refreshed on every edit). Soft-deleted with
 * a reason; one live mark per programme and unit.
 */
@Entity('demonstration_unit')
@Index('uq_demonstration_unit_enterprise', ['programmeId', 'enterpriseId'], {
  unique: true,
  where: '"deleted_at" IS NULL AND "enterprise_id" IS NOT NULL',
})
@Index('uq_demonstration_unit_region', ['programmeId', 'regionCode'], {
  unique: true,
  where: '"deleted_at" IS NULL AND "region_code" IS NOT NULL',
})
@Check(
  'chk_demonstration_unit_kind',
  `("kind" = 'enterprise' AND "enterprise_id" IS NOT NULL AND "region_code" IS NULL) OR ("kind" = 'district' AND "region_code" IS NOT NULL AND "enterprise_id" IS NULL)`,
)
export class DemonstrationUnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'enum', enum: DemonstrationUnitKind, enumName: 'demonstration_unit_kind' })
  kind: DemonstrationUnitKind;

  /** the 示范企业 (an approved pilot of the programme) */
  @Column({ name: 'enterprise_id', type: 'uuid', nullable: true })
  enterpriseId: string | null;

  @ManyToOne(() => EnterpriseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: EnterpriseEntity | null;

  /** the 典型区市 (a district of the programme's city) */
  @Column({ name: 'region_code', type: 'varchar', length: 6, nullable: true })
  regionCode: string | null;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: RegionEntity | null;

  @Column({ type: 'text' })
  reason: string;

  /** the unit's figures when it was marked or last edited */
  @Column({ type: 'jsonb' })
  snapshot: DemonstrationSnapshot;

  @Column({ name: 'snapshot_at', type: 'timestamptz' })
  snapshotAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'delete_reason', type: 'text', nullable: true })
  deleteReason: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
