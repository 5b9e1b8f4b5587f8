import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { RegionEntity } from './region.entity';

/** Queries of the region tree (reference data). */
@Injectable()
export class RegionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every region, parents before their children. */
  findAll(tx?: Tx): Promise<RegionEntity[]> {
    return managerOf(tx, this.dataSource).find(RegionEntity, { order: { path: 'ASC' } });
  }

  findByCode(code: string, tx?: Tx): Promise<RegionEntity | null> {
    return managerOf(tx, this.dataSource).findOneBy(RegionEntity, { code });
  }

  /** The region, its row locked until `tx` ends: what an edit compares and audits. */
  lockByCode(code: string, tx: Tx): Promise<RegionEntity | null> {
    return managerOf(tx, this.dataSource).findOne(RegionEntity, {
      where: { code },
      lock: { mode: 'pessimistic_write' },
    });
  }

  exists(code: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(RegionEntity, { code });
  }

  insert(region: Partial<RegionEntity>, tx: Tx): Promise<RegionEntity> {
    const manager = managerOf(tx, this.dataSource);
    return manager.save(RegionEntity, manager.create(RegionEntity, region));
  }

  async update(code: string, changes: Partial<RegionEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(RegionEntity, { code }, changes);
  }
}
