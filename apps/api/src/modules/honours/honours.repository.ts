import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { HonourEntity } from '../talents/honour.entity';
import { TalentHonourEntity } from '../talents/talent-honour.entity';

export interface HonourRow {
  honour: HonourEntity;
  talentCount: number;
}

/** The honours reference table (a reference list: everyone with the read permission sees all of it). */
@Injectable()
export class HonoursRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findAll(tx?: Tx): Promise<HonourRow[]> {
    const rows = await managerOf(tx, this.dataSource)
      .createQueryBuilder(HonourEntity, 'honour')
      .addSelect(
        (sub) =>
          sub
            .select('COUNT(DISTINCT talent_honour.talent_id)::int')
            .from(TalentHonourEntity, 'talent_honour')
            .where('talent_honour.honour_id = honour.id')
            .andWhere('talent_honour.deleted_at IS NULL'),
        'talent_count',
      )
      .orderBy('honour.sort_order', 'ASC')
      .addOrderBy('honour.level', 'ASC')
      .addOrderBy('honour.name_zh', 'ASC')
      .getRawAndEntities();
    return rows.entities.map((honour, index) => ({
      honour,
      talentCount: Number(rows.raw[index].talent_count ?? 0),
    }));
  }

  async findOne(id: string, tx?: Tx): Promise<HonourRow | null> {
    const rows = await this.findAll(tx);
    return rows.find((row) => row.honour.id === id) ?? null;
  }

  /** The honour, locked for the write (deleted ones are not found). */
  lock(id: string, tx: Tx): Promise<HonourEntity | null> {
    return managerOf(tx, this.dataSource)
      .createQueryBuilder(HonourEntity, 'honour')
      .setLock('pessimistic_write')
      .where('honour.id = :id', { id })
      .getOne();
  }

  async codeTaken(code: string, tx: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).getRepository(HonourEntity).exists({ where: { code } });
  }

  /** Whether any talent record (current or not) names the honour. */
  async inUse(id: string, tx: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource)
      .getRepository(TalentHonourEntity)
      .exists({ where: { honourId: id }, withDeleted: true });
  }

  insert(honour: Partial<HonourEntity>, tx: Tx): Promise<HonourEntity> {
    const repository = managerOf(tx, this.dataSource).getRepository(HonourEntity);
    return repository.save(repository.create(honour));
  }

  async update(id: string, changes: Partial<HonourEntity>, tx: Tx): Promise<void> {
    const repository = managerOf(tx, this.dataSource).getRepository(HonourEntity);
    const honour = await repository.findOneByOrFail({ id });
    await repository.save(Object.assign(honour, changes));
  }

  async softDelete(id: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).getRepository(HonourEntity).softDelete({ id });
  }

  async delete(id: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).getRepository(HonourEntity).delete({ id });
  }
}
