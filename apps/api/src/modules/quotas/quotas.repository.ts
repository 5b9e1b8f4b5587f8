import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type PilotStatus, RegionLevel } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { PilotApplicationEntity } from '../pilots/pilot-application.entity';
import { RegionEntity } from '../regions/region.entity';
import { ProgrammeQuotaEntity } from './programme-quota.entity';

/** Queries of a programme's pilot quotas per region. */
@Injectable()
export class QuotasRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The stored quotas of a programme by region code (a region without a row has the default). */
  async stored(programmeId: string): Promise<Map<string, number>> {
    const rows = await this.dataSource.manager.findBy(ProgrammeQuotaEntity, { programmeId });
    return new Map(rows.map((row) => [row.regionCode, row.quota]));
  }

  /**
   * The quota row of a region, created with the default first and then locked until the
   * transaction ends: the same lock pilot approvals take in the region.
   */
  async lockQuota(programmeId: string, regionCode: string, defaultQuota: number, tx: Tx): Promise<number> {
    const manager = managerOf(tx, this.dataSource);
    await manager.query(
      `INSERT INTO programme_quota (programme_id, region_code, quota) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [programmeId, regionCode, defaultQuota],
    );
    const [row] = (await manager.query(
      `SELECT quota FROM programme_quota WHERE programme_id = $1 AND region_code = $2 FOR UPDATE`,
      [programmeId, regionCode],
    )) as Array<{ quota: number }>;
    return row.quota;
  }

  async setQuota(programmeId: string, regionCode: string, quota: number, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(ProgrammeQuotaEntity, { programmeId, regionCode }, { quota });
  }

  /** A programme's applications in `status` per region of their enterprise (optionally one region). */
  async countByRegion(
    programmeId: string,
    status: PilotStatus,
    tx?: Tx,
    regionCode?: string,
  ): Promise<Map<string, number>> {
    const qb = managerOf(tx, this.dataSource)
      .createQueryBuilder(PilotApplicationEntity, 'a')
      .innerJoin('organisation', 'o', 'o.id = a.enterprise_id')
      .select('o.region_code', 'region')
      .addSelect('COUNT(*)::int', 'count')
      .where('a.programme_id = :programmeId AND a.status = :status', { programmeId, status })
      .groupBy('o.region_code');
    if (regionCode) qb.andWhere('o.region_code = :regionCode', { regionCode });
    const rows = await qb.getRawMany<{ region: string; count: number }>();
    return new Map(rows.map((row) => [row.region, row.count]));
  }

  /** The city and its districts, in code order. */
  regionsOfCity(cityCode: string): Promise<RegionEntity[]> {
    return this.dataSource.manager.find(RegionEntity, {
      where: [{ code: cityCode }, { parentCode: cityCode, level: RegionLevel.District }],
      order: { code: 'ASC' },
    });
  }
}
