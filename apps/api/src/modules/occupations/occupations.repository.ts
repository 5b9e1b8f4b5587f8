import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { pageOffset } from '../../common/http/pagination.dto';
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

  findByCode(
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OccupationEntity | null> {
    return manager.findOneBy(OccupationEntity, { code });
  }

  /** Including deleted ones: a code stays the key of its entry, deleted or not. */
  findAnyByCodes(
    codes: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OccupationEntity[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return manager.find(OccupationEntity, { where: { code: In(codes) }, withDeleted: true });
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
