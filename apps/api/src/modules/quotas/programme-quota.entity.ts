import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RegionEntity } from '../regions/region.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';

/**
 * How many pilots a programme approves in one region: the city itself (市直企业, 2–3 by default
 * 3) and each district (1–2, by default 2). Edited by the city bureau.
 */
@Entity('programme_quota')
@Check('chk_programme_quota_non_negative', '"quota" >= 0')
export class ProgrammeQuotaEntity {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: RegionEntity;

  @Column({ type: 'int' })
  quota: number;
}
