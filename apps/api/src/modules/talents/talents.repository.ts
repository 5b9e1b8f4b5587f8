import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OrganisationType, TalentAction, TalentStatus } from '@skillpay/domain';
import { DataSource, type EntityManager, In, IsNull, type SelectQueryBuilder } from 'typeorm';
import { type TalentScope, talentScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { OccupationEntity } from '../occupations/occupation.entity';
import { escapeLike } from '../organisations/organisations.repository';
import { HonourEntity } from './honour.entity';
import { TalentAffiliationEntity } from './talent-affiliation.entity';
import { TalentHonourEntity } from './talent-honour.entity';
import { TalentEntity } from './talent.entity';
import { type TalentQueryDto } from './talents.dto';

/** SQL of "confirmed and not reconfirmed within :staleMonths months" on the talent alias `t`. */
export const STALE_SQL = `(t.status = 'confirmed' AND t.last_confirmed_at < now() - make_interval(months => :staleMonths))`;

/** SQL of "the same person (by ID-number hash) is registered in another enterprise" on the alias `t`. */
const DUPLICATE_SQL = `EXISTS (SELECT 1 FROM talent d WHERE d.id_number_hash = t.id_number_hash
  AND d.enterprise_id <> t.enterprise_id AND d.deleted_at IS NULL)`;

export interface ConfirmationRow {
  kind: 'confirm' | 'reconfirm';
  actorName: string;
  actorOrganisationName: string;
  createdAt: Date;
}

export interface ReconfirmationCandidate {
  id: string;
  name: string;
  enterpriseId: string;
  enterpriseName: string;
  regionCode: string;
  cityDirect: boolean;
  cityCode: string;
}

/** Queries of the leading-talent database; every read of records goes through the talent scope. */
@Injectable()
export class TalentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(
    scope: TalentScope,
    query: TalentQueryDto,
    staleMonths: number,
  ): Promise<[TalentEntity[], number]> {
    const qb = this.scoped(this.dataSource.manager, scope);
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    if (query.regionCode) {
      qb.andWhere(`r.path LIKE (SELECT path FROM region WHERE code = :regionCode) || '%'`, {
        regionCode: query.regionCode,
      });
    }
    if (query.enterpriseId)
      qb.andWhere('t.enterprise_id = :enterpriseId', { enterpriseId: query.enterpriseId });
    if (query.honourId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM talent_honour th WHERE th.talent_id = t.id AND th.honour_id = :honourId
           AND th.deleted_at IS NULL)`,
        { honourId: query.honourId },
      );
    }
    if (query.stale !== undefined) {
      qb.andWhere(query.stale ? STALE_SQL : `NOT ${STALE_SQL}`, { staleMonths });
    }
    if (query.duplicate !== undefined) qb.andWhere(query.duplicate ? DUPLICATE_SQL : `NOT ${DUPLICATE_SQL}`);
    if (query.q) qb.andWhere('t.name ILIKE :q', { q: `%${escapeLike(query.q.trim())}%` });
    const { skip, take } = pageOffset(query);
    return qb.orderBy('t.updatedAt', 'DESC').addOrderBy('t.id').skip(skip).take(take).getManyAndCount();
  }

  /** The record if it lies in the scope; with `lock`, its row stays locked until the transaction ends. */
  findInScope(scope: TalentScope, id: string, tx?: Tx, lock = false): Promise<TalentEntity | null> {
    const qb = this.scoped(managerOf(tx, this.dataSource), scope).andWhere('t.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['t']);
    return qb.getOne();
  }

  /** The sealed ID number (never selected with the record), for the service to check against. */
  async cipherOf(id: string, tx?: Tx): Promise<string> {
    const row = await managerOf(tx, this.dataSource)
      .createQueryBuilder(TalentEntity, 't')
      .select('t.id_number_cipher', 'cipher')
      .where('t.id = :id', { id })
      .getRawOne<{ cipher: string }>();
    return row!.cipher;
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(TalentEntity, { id });
  }

  /** Which of these records are stale now. */
  async staleIds(ids: readonly string[], staleMonths: number): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.dataSource.manager
      .createQueryBuilder(TalentEntity, 't')
      .select('t.id', 'id')
      .where('t.id IN (:...ids)', { ids })
      .andWhere(STALE_SQL, { staleMonths })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }

  /** Which of these records name a person also registered in another enterprise (by hash only). */
  async duplicatedIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.dataSource.manager
      .createQueryBuilder(TalentEntity, 't')
      .select('t.id', 'id')
      .where('t.id IN (:...ids)', { ids })
      .andWhere(DUPLICATE_SQL)
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }

  /** The records of the same person in other enterprises, whatever the caller's scope (bureaus only). */
  duplicatesOf(talent: TalentEntity): Promise<TalentEntity[]> {
    return this.withPlace(this.dataSource.manager.createQueryBuilder(TalentEntity, 't'))
      .where('t.id_number_hash = :hash AND t.enterprise_id <> :enterpriseId', {
        hash: talent.idNumberHash,
        enterpriseId: talent.enterpriseId,
      })
      .orderBy('t.created_at')
      .getMany();
  }

  /** Whether the hash is registered in another enterprise than `enterpriseId`. */
  registeredElsewhere(hash: string, enterpriseId: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource)
      .createQueryBuilder(TalentEntity, 't')
      .where('t.id_number_hash = :hash AND t.enterprise_id <> :enterpriseId', { hash, enterpriseId })
      .getExists();
  }

  /** The honours of these records, with the reference honour, oldest year first. */
  honoursOf(talentIds: readonly string[], tx?: Tx): Promise<TalentHonourEntity[]> {
    if (talentIds.length === 0) return Promise.resolve([]);
    return managerOf(tx, this.dataSource).find(TalentHonourEntity, {
      where: { talentId: In([...talentIds]) },
      relations: { honour: true },
      order: { awardedYear: 'ASC', createdAt: 'ASC' },
    });
  }

  honourEntry(talentId: string, entryId: string, tx?: Tx): Promise<TalentHonourEntity | null> {
    return managerOf(tx, this.dataSource).findOne(TalentHonourEntity, {
      where: { id: entryId, talentId },
      relations: { honour: true },
    });
  }

  /** The honours of the reference table, in their order. */
  honourOptions(): Promise<HonourEntity[]> {
    return this.dataSource.manager.find(HonourEntity, {
      order: { sortOrder: 'ASC', level: 'ASC', nameZh: 'ASC' },
    });
  }

  honoursByIds(ids: readonly string[], tx?: Tx): Promise<HonourEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return managerOf(tx, this.dataSource).findBy(HonourEntity, { id: In([...ids]) });
  }

  occupation(code: string): Promise<OccupationEntity | null> {
    return this.dataSource.manager.findOneBy(OccupationEntity, { code });
  }

  findEnterprise(id: string, tx?: Tx): Promise<EnterpriseEntity | null> {
    return managerOf(tx, this.dataSource).findOne(EnterpriseEntity, {
      where: { id },
      relations: { organisation: { region: true } },
    });
  }

  insert(talent: Partial<TalentEntity>, tx: Tx): Promise<TalentEntity> {
    const manager = managerOf(tx, this.dataSource);
    return manager.save(TalentEntity, manager.create(TalentEntity, talent));
  }

  async update(id: string, changes: Partial<TalentEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(TalentEntity, { id }, changes);
  }

  async softDelete(id: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).softDelete(TalentEntity, { id });
  }

  /**
   * Makes the record's honours the given ones: a holding whose honour stays keeps its row (and its
   * certificates) with the new year; the others are removed (softly), new ones added.
   */
  async syncHonours(
    talentId: string,
    honours: readonly { honourId: string; year: number }[],
    userId: string,
    tx: Tx,
  ): Promise<void> {
    const manager = managerOf(tx, this.dataSource);
    const current = await manager.findBy(TalentHonourEntity, { talentId });
    for (const entry of current) {
      const wanted = honours.find((honour) => honour.honourId === entry.honourId);
      if (!wanted) await manager.softDelete(TalentHonourEntity, { id: entry.id });
      else if (wanted.year !== entry.awardedYear) {
        await manager.update(TalentHonourEntity, { id: entry.id }, { awardedYear: wanted.year });
      }
    }
    const added = honours.filter((honour) => !current.some((entry) => entry.honourId === honour.honourId));
    if (added.length > 0) {
      await manager.insert(
        TalentHonourEntity,
        added.map((honour) => ({
          talentId,
          honourId: honour.honourId,
          awardedYear: honour.year,
          createdBy: userId,
        })),
      );
    }
  }

  affiliations(talentId: string): Promise<TalentAffiliationEntity[]> {
    return this.dataSource.manager.find(TalentAffiliationEntity, {
      where: { talentId },
      relations: { enterprise: { organisation: { region: true } } },
      order: { startedAt: 'ASC', createdAt: 'ASC' },
    });
  }

  async openAffiliation(
    affiliation: Pick<TalentAffiliationEntity, 'talentId' | 'enterpriseId' | 'regionCode' | 'startedAt'> &
      Partial<TalentAffiliationEntity>,
    tx: Tx,
  ): Promise<void> {
    await managerOf(tx, this.dataSource).insert(TalentAffiliationEntity, affiliation);
  }

  /** Closes the current affiliation (the one still open). */
  async closeAffiliation(talentId: string, endedAt: Date, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(
      TalentAffiliationEntity,
      { talentId, endedAt: IsNull() },
      { endedAt },
    );
  }

  /** The current affiliation follows an edit of a draft's enterprise (nothing is history yet). */
  async moveOpenAffiliation(
    talentId: string,
    enterpriseId: string,
    regionCode: string,
    tx: Tx,
  ): Promise<void> {
    await managerOf(tx, this.dataSource).update(
      TalentAffiliationEntity,
      { talentId, endedAt: IsNull() },
      { enterpriseId, regionCode },
    );
  }

  /** The city's confirmations (workflow) and the yearly reconfirmations (audit), oldest first. */
  confirmations(talentId: string): Promise<ConfirmationRow[]> {
    return this.dataSource.query<ConfirmationRow[]>(
      `SELECT * FROM (
         SELECT 'confirm' AS kind, coalesce(u.display_name, '') AS "actorName",
                coalesce(o.name, '') AS "actorOrganisationName", wt.created_at AS "createdAt"
           FROM workflow_transition wt
           LEFT JOIN app_user u ON u.id = wt.actor_id
           LEFT JOIN organisation o ON o.id = wt.actor_organisation_id
          WHERE wt.workflow = 'talent' AND wt.subject_id = $1 AND wt.action = $2
         UNION ALL
         SELECT 'reconfirm', coalesce(u.display_name, a.actor_username, ''), coalesce(o.name, ''), a.occurred_at
           FROM audit_log a
           LEFT JOIN app_user u ON u.id = a.actor_id
           LEFT JOIN organisation o ON o.id = u.organisation_id
          WHERE a.action = 'talent.reconfirm' AND a.entity_type = 'talent' AND a.entity_id = $1::text
       ) c ORDER BY "createdAt"`,
      [talentId, TalentAction.Confirm],
    );
  }

  /** Bureau organisations of a type in a region (recipients of notifications). */
  async bureauIds(type: OrganisationType, regionCode: string, tx?: Tx): Promise<string[]> {
    const rows = await managerOf(tx, this.dataSource)
      .createQueryBuilder()
      .select('o.id', 'id')
      .from('organisation', 'o')
      .where('o.type = :type AND o.region_code = :regionCode AND o.deleted_at IS NULL', { type, regionCode })
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /**
   * Confirmed records due for their yearly check (within a month of turning stale, or stale) not
   * asked since their last confirmation, or asked more than a year ago: each is asked once a year.
   */
  reconfirmationCandidates(staleMonths: number, tx: Tx): Promise<ReconfirmationCandidate[]> {
    return managerOf(tx, this.dataSource).query<ReconfirmationCandidate[]>(
      `SELECT t.id, t.name, t.enterprise_id AS "enterpriseId", o.name AS "enterpriseName",
              t.region_code AS "regionCode", (r.level = 'city') AS "cityDirect",
              CASE WHEN r.level = 'city' THEN r.code ELSE r.parent_code END AS "cityCode"
         FROM talent t
         JOIN organisation o ON o.id = t.enterprise_id
         JOIN region r ON r.code = t.region_code
        WHERE t.deleted_at IS NULL AND t.status = $1
          AND t.last_confirmed_at < now() - make_interval(months => $2::int) + interval '1 month'
          AND (t.reconfirm_requested_at IS NULL
               OR t.reconfirm_requested_at < t.last_confirmed_at
               OR t.reconfirm_requested_at < now() - interval '1 year')
        ORDER BY t.last_confirmed_at
        FOR UPDATE OF t SKIP LOCKED`,
      [TalentStatus.Confirmed, staleMonths],
    );
  }

  async markReconfirmRequested(ids: readonly string[], at: Date, tx: Tx): Promise<void> {
    if (ids.length === 0) return;
    await managerOf(tx, this.dataSource).update(
      TalentEntity,
      { id: In([...ids]) },
      { reconfirmRequestedAt: at },
    );
  }

  private scoped(manager: EntityManager, scope: TalentScope): SelectQueryBuilder<TalentEntity> {
    const condition = talentScopeCondition(scope, 't', 'r');
    return this.withPlace(manager.createQueryBuilder(TalentEntity, 't')).where(
      condition.sql,
      condition.params,
    );
  }

  private withPlace(qb: SelectQueryBuilder<TalentEntity>): SelectQueryBuilder<TalentEntity> {
    return qb
      .innerJoinAndSelect('t.enterprise', 'e')
      .innerJoinAndSelect('e.organisation', 'o')
      .innerJoinAndSelect('t.region', 'r')
      .leftJoinAndSelect('t.occupation', 'oc');
  }
}
