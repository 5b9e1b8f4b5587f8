import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { escapeLike } from '../organisations/organisations.repository';
import { OccupationEntity } from './occupation.entity';
import { type OccupationSearchDto } from './occupations.dto';

/** The catalogue's reads and writes; deleted entries are hidden unless asked for. */
@Injectable()
export class OccupationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Live occupations in catalogue order. `search` matches a code prefix (`6-18` → the 机械制造
   * 基础加工 group) or any part of either name (钳工 → 装配钳工, 工具钳工, 机修钳工).
   */
  findPage(query: OccupationSearchDto): Promise<[OccupationEntity[], number]> {
    const qb = this.dataSource.manager.createQueryBuilder(OccupationEntity, 'o');
    const search = query.search?.trim();
    if (search) {
      qb.andWhere('(o.code LIKE :prefix OR o.name_zh ILIKE :part OR o.name_en ILIKE :part)', {
        prefix: `${escapeLike(search)}%`,
        part: `%${escapeLike(search)}%`,
      });
    }
    if (query.urgentlyNeeded !== undefined) {
      qb.andWhere('o.urgently_needed = :urgent', { urgent: query.urgentlyNeeded });
    }
    const { skip, take } = pageOffset(query);
    return qb.orderBy('o.code', 'ASC').skip(skip).take(take).getManyAndCount();
  }

  /** With `lock`, the row locked until `tx` ends: what an edit compares and audits. */
  findByCode(code: string, tx?: Tx, lock = false): Promise<OccupationEntity | null> {
    return managerOf(tx, this.dataSource).findOne(OccupationEntity, {
      where: { code },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  /** Including deleted ones: a code stays the key of its entry, deleted or not. */
  findAnyByCodes(codes: string[], tx?: Tx): Promise<OccupationEntity[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return managerOf(tx, this.dataSource).find(OccupationEntity, {
      where: { code: In(codes) },
      withDeleted: true,
    });
  }

  /**
   * Inserts the entries, or overwrites those whose code exists (a deleted one comes back when the
   * write says `deletedAt: null`). One statement per chunk, far below PostgreSQL's 65,535 parameters.
   */
  async upsert(entries: Array<Partial<OccupationEntity>>, tx: Tx): Promise<void> {
    const manager = managerOf(tx, this.dataSource);
    for (let i = 0; i < entries.length; i += 500) {
      const chunk = entries.slice(i, i + 500);
      await manager.upsert(OccupationEntity, chunk, ['code']);
      // an upsert leaves the version column alone: raise it, so edits opened before the import are stale
      await manager.query(`UPDATE occupation SET version = version + 1 WHERE code = ANY($1)`, [
        chunk.map((entry) => entry.code),
      ]);
    }
  }

  async update(code: string, changes: Partial<OccupationEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(OccupationEntity, { code }, changes);
  }

  async softDelete(code: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).softDelete(OccupationEntity, { code });
  }

  /** Codes among `codes` that are in the live catalogue, e.g. to check the codes of an upload. */
  async liveCodes(codes: string[]): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows = await this.dataSource.manager.find(OccupationEntity, {
      select: { code: true },
      where: { code: In(codes) },
    });
    return new Set(rows.map((row) => row.code));
  }
}
