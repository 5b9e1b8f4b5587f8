import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AdoptionWeights,
  DemonstrationUnitKind,
  GuidanceKind,
  HIGH_SKILL_LEVELS,
  PilotStatus,
  PostCategory,
  type ProgressReportAdoption,
  type ProgressReportIndicators,
  ProgressReportStatus,
} from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { ProgrammeStatus } from '../programmes/programme.entity';
import { DemonstrationUnitEntity } from './demonstration-unit.entity';
import {
  type DemonstrationSnapshot,
  HIGH_SKILL_BUCKET,
  LEVEL_BUCKET_PREFIX,
  MANAGEMENT_BUCKET,
  SKILLED_BUCKET,
  type WageBucketRow,
} from './evaluation.figures';
import { EvaluationSettingEntity } from './evaluation-setting.entity';
import { InfluencedEnterpriseEntity } from './influenced-enterprise.entity';

export interface EvaluationProgrammeRow {
  id: string;
  title: string;
  document_number: string | null;
  status: ProgrammeStatus;
  region_code: string;
  region_path: string;
  region_name: string;
  min_enterprises: number;
  max_share: number;
}

export interface UnitRow {
  code: string;
  name: string;
  path: string;
  city_direct: boolean;
}

export interface EnterpriseRow {
  id: string;
  name: string;
  region_code: string;
  region_name: string;
  region_path: string;
  /** the district it lies in, or the city's own code for 市直 */
  unit_code: string;
}

export interface PilotRow {
  enterprise_id: string;
  name: string;
  unit_code: string;
}

export interface AcceptedReportRow {
  enterprise_id: string;
  period: string;
  adoption: Partial<ProgressReportAdoption>;
  indicators: ProgressReportIndicators;
  /** 1 for the enterprise's latest accepted period, 2 for the one before, … */
  rank: number;
}

export interface ReachedRow {
  enterprise_id: string;
  unit_code: string;
  adoption: Partial<ProgressReportAdoption> | null;
}

export interface WageMemberRow {
  enterprise_id: string;
  pilot: boolean;
  unit_code: string;
}

export interface ActivityRow {
  id: string;
  kind: GuidanceKind;
  title: string;
  programme_id: string | null;
  occurred_on: string;
  enterprise_ids: string[];
}

export interface InfluencedRow {
  id: string;
  programme_id: string;
  enterprise_id: string;
  enterprise_name: string;
  region_code: string;
  region_name: string;
  unit_code: string;
  activity_id: string;
  activity_title: string;
  activity_kind: GuidanceKind;
  activity_on: string;
  reported_on: string;
  adoption: Partial<ProgressReportAdoption>;
  note: string;
  recorded_by: string;
  version: number;
  updated_at: Date;
}

export interface CandidateRow {
  enterprise_id: string;
  name: string;
  region_code: string;
  region_name: string;
  activities: Array<{ id: string; title: string; kind: GuidanceKind; occurredOn: string }>;
}

export interface DemonstrationRow {
  id: string;
  programme_id: string;
  programme_title: string;
  kind: DemonstrationUnitKind;
  enterprise_id: string | null;
  region_code: string | null;
  /** the enterprise's or the district's name */
  name: string;
  /** the region it lies in (the enterprise's region, or the district itself) */
  place_code: string;
  place_name: string;
  place_path: string;
  reason: string;
  snapshot: DemonstrationSnapshot;
  snapshot_at: Date;
  marked_by: string;
  created_at: Date;
  version: number;
}

/** The district an organisation of region `r` lies in (the city's own code for 市直 enterprises). */
const UNIT_OF = (regionAlias: string, city = ':cityCode') =>
  `COALESCE((SELECT d.code FROM region d WHERE d.parent_code = ${city} AND ${regionAlias}.path LIKE d.path || '%'), ${city})`;

const DEMONSTRATION_SELECT = (english: boolean) => `
  SELECT u.id, u.programme_id, p.title AS programme_title, u.kind, u.enterprise_id, u.region_code,
         COALESCE(eo.name, ${english ? 'ur.name_en' : 'ur.name'}) AS name,
         COALESCE(er.code, ur.code) AS place_code,
         COALESCE(${english ? 'er.name_en' : 'er.name'}, ${english ? 'ur.name_en' : 'ur.name'}) AS place_name,
         COALESCE(er.path, ur.path) AS place_path,
         u.reason, u.snapshot, u.snapshot_at, mo.name AS marked_by, u.created_at, u.version
  FROM demonstration_unit u
  JOIN programme p ON p.id = u.programme_id
  LEFT JOIN organisation eo ON eo.id = u.enterprise_id
  LEFT JOIN region er ON er.code = eo.region_code
  LEFT JOIN region ur ON ur.code = u.region_code
  JOIN app_user mu ON mu.id = u.created_by
  JOIN organisation mo ON mo.id = mu.organisation_id`;

/**
 * The evaluation's queries: set-based reads of reports, guidance records and wage rows for a whole
 * programme at once (never one query per enterprise), and the evaluation's own tables. Wage rows
 * leave the database only as aggregates per enterprise, year and bucket.
 */
@Injectable()
export class EvaluationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private run<T>(sql: string, params: Record<string, unknown>, tx?: Tx): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    return managerOf(tx, this.dataSource).query<T[]>(query, values);
  }

  /**
   * A live programme on the branch of `regionPath` (the city's programme from the city, its
   * districts and their enterprises); any live programme with `regionPath` null. `lock` takes the
   * programme row FOR UPDATE (serialising weight edits).
   */
  async programme(
    id: string,
    regionPath: string | null,
    english: boolean,
    tx?: Tx,
    lock = false,
  ): Promise<EvaluationProgrammeRow | null> {
    const rows = await this.run<EvaluationProgrammeRow>(
      `SELECT p.id, p.title, p.document_number, p.status, p.region_code, pr.path AS region_path,
              ${english ? 'pr.name_en' : 'pr.name'} AS region_name,
              p.benchmark_min_enterprises AS min_enterprises, p.benchmark_max_enterprise_share AS max_share
       FROM programme p JOIN region pr ON pr.code = p.region_code
       WHERE p.id = :id AND p.deleted_at IS NULL
         AND (:regionPath::text IS NULL OR pr.path LIKE :regionPath || '%' OR :regionPath LIKE pr.path || '%')
       ${lock ? 'FOR UPDATE OF p' : ''}`,
      { id, regionPath },
      tx,
    );
    return rows[0] ?? null;
  }

  /** The city itself (市直, first) and its districts. */
  units(cityCode: string, english: boolean): Promise<UnitRow[]> {
    return this.run<UnitRow>(
      `SELECT r.code, ${english ? 'r.name_en' : 'r.name'} AS name, r.path, r.code = :cityCode AS city_direct
       FROM region r WHERE r.code = :cityCode OR r.parent_code = :cityCode
       ORDER BY r.code = :cityCode DESC, r.code`,
      { cityCode },
    );
  }

  /** An enterprise of the city, with the district it lies in. */
  async enterprise(id: string, cityCode: string, english: boolean, tx?: Tx): Promise<EnterpriseRow | null> {
    const rows = await this.run<EnterpriseRow>(
      `SELECT o.id, o.name, r.code AS region_code, ${english ? 'r.name_en' : 'r.name'} AS region_name,
              r.path AS region_path, ${UNIT_OF('r')} AS unit_code
       FROM organisation o JOIN enterprise e ON e.id = o.id JOIN region r ON r.code = o.region_code
       JOIN region c ON c.code = :cityCode
       WHERE o.id = :id AND o.deleted_at IS NULL AND r.path LIKE c.path || '%'`,
      { id, cityCode },
      tx,
    );
    return rows[0] ?? null;
  }

  /** The programme's approved pilots with their district. */
  pilots(programmeId: string, cityCode: string): Promise<PilotRow[]> {
    return this.run<PilotRow>(
      `SELECT a.enterprise_id, o.name, ${UNIT_OF('r')} AS unit_code
       FROM pilot_application a
       JOIN organisation o ON o.id = a.enterprise_id
       JOIN region r ON r.code = o.region_code
       WHERE a.programme_id = :programmeId AND a.status = :approved
       ORDER BY o.name, a.enterprise_id`,
      { programmeId, cityCode, approved: PilotStatus.Approved },
    );
  }

  async isApprovedPilot(programmeId: string, enterpriseId: string, tx?: Tx): Promise<boolean> {
    const rows = await this.run<{ found: number }>(
      `SELECT 1 AS found FROM pilot_application
       WHERE programme_id = :programmeId AND enterprise_id = :enterpriseId AND status = :approved`,
      { programmeId, enterpriseId, approved: PilotStatus.Approved },
      tx,
    );
    return rows.length > 0;
  }

  /**
   * The accepted reports of the given enterprises in the programme, one per period (the latest
   * accepted version of it), ranked newest period first; `maxRank` keeps the newest few.
   */
  acceptedReports(
    programmeId: string,
    enterpriseIds: readonly string[],
    maxRank: number | null,
  ): Promise<AcceptedReportRow[]> {
    if (enterpriseIds.length === 0) return Promise.resolve([]);
    return this.run<AcceptedReportRow>(
      `SELECT enterprise_id, period, adoption, indicators, rank::int AS rank FROM (
         SELECT a.*, row_number() OVER (PARTITION BY a.enterprise_id ORDER BY a.period DESC) AS rank
         FROM (
           SELECT DISTINCT ON (pr.id) pr.enterprise_id, pr.period, v.adoption, v.indicators
           FROM progress_report pr
           JOIN progress_report_version v ON v.report_id = pr.id AND v.status = :accepted
           WHERE pr.programme_id = :programmeId AND pr.enterprise_id = ANY(:enterpriseIds::uuid[])
           ORDER BY pr.id, v.version DESC
         ) a
       ) ranked
       WHERE :maxRank::int IS NULL OR rank <= :maxRank::int
       ORDER BY enterprise_id, rank`,
      { programmeId, enterpriseIds: [...enterpriseIds], maxRank, accepted: ProgressReportStatus.Accepted },
    );
  }

  /**
   * 带动一批: the non-pilot enterprises the programme's trainings and 示范班 listed, and those with a
   * live influenced record (whose activity may have been edited since), each once, with its
   * district and its recorded adoption (null where none was recorded).
   */
  reached(programmeId: string, cityCode: string): Promise<ReachedRow[]> {
    return this.run<ReachedRow>(
      `WITH listed AS (
         SELECT DISTINCT unnest(g.enterprise_ids) AS enterprise_id
         FROM guidance_activity g
         WHERE g.programme_id = :programmeId AND g.deleted_at IS NULL AND g.kind IN (:...kinds)
       ), recorded AS (
         SELECT enterprise_id, adoption FROM influenced_enterprise
         WHERE programme_id = :programmeId AND deleted_at IS NULL
       )
       SELECT o.id AS enterprise_id, ${UNIT_OF('r')} AS unit_code, rec.adoption
       FROM (SELECT enterprise_id FROM listed UNION SELECT enterprise_id FROM recorded) e
       JOIN organisation o ON o.id = e.enterprise_id AND o.deleted_at IS NULL
       JOIN region r ON r.code = o.region_code
       LEFT JOIN recorded rec ON rec.enterprise_id = e.enterprise_id
       WHERE NOT EXISTS (SELECT 1 FROM pilot_application a WHERE a.programme_id = :programmeId
                           AND a.enterprise_id = e.enterprise_id AND a.status = :approved)`,
      {
        programmeId,
        cityCode,
        kinds: [GuidanceKind.Training, GuidanceKind.DemonstrationClass],
        approved: PilotStatus.Approved,
      },
    );
  }

  /**
   * Wage figures per enterprise, year and bucket (each skill level of skilled posts, high-skill,
   * all skilled posts, management), from each enterprise's current upload of each year in a
   * programme of the city (this programme's first, then the newest). Annualised pay is
   * `total × 12 ÷ months`, as the benchmarks and the case wage panel count it. With
   * `enterpriseIds` null: every enterprise of the city with data, pilots of this programme and
   * the others (the members).
   */
  async wageFigures(
    programmeId: string,
    cityCode: string,
    enterpriseIds: readonly string[] | null,
  ): Promise<{ rows: WageBucketRow[]; members: WageMemberRow[] }> {
    const raw = await this.run<{
      enterprise_id: string;
      year: number;
      bucket: string;
      headcount: number;
      annual_sum: number;
      performance_sum: number;
      total_sum: number;
      pilot: boolean;
      unit_code: string;
    }>(
      `WITH chosen AS (
         SELECT DISTINCT ON (u.enterprise_id, u.year) u.id, u.enterprise_id, u.year
         FROM wage_upload u
         JOIN programme up ON up.id = u.programme_id AND up.region_code = :cityCode
         WHERE u.status = 'current'
           AND (:enterpriseIds::uuid[] IS NULL OR u.enterprise_id = ANY(:enterpriseIds::uuid[]))
         ORDER BY u.enterprise_id, u.year, (u.programme_id = :programmeId) DESC, u.created_at DESC
       ), figures AS (
         SELECT c.enterprise_id, c.year, b.bucket, count(*)::int AS headcount,
                sum(x.total::float8 * 12 / w.months_worked)::float8 AS annual_sum,
                sum(w.performance_pay)::float8 AS performance_sum,
                sum(x.total)::float8 AS total_sum
         FROM chosen c
         JOIN wage_row w ON w.upload_id = c.id
         CROSS JOIN LATERAL (SELECT w.base_pay + w.post_pay + w.performance_pay + w.allowances + w.other_pay AS total) x
         CROSS JOIN LATERAL unnest(ARRAY[
           CASE WHEN w.post_category = :skilled THEN :levelPrefix || w.skill_level END,
           CASE WHEN w.post_category = :skilled AND w.skill_level = ANY(:high::text[]) THEN :highBucket END,
           CASE WHEN w.post_category = :skilled THEN :skilledBucket END,
           CASE WHEN w.post_category = :management THEN :managementBucket END
         ]) b(bucket)
         WHERE b.bucket IS NOT NULL
         GROUP BY c.enterprise_id, c.year, b.bucket
       )
       SELECT f.*, ${UNIT_OF('r')} AS unit_code,
              EXISTS (SELECT 1 FROM pilot_application a WHERE a.programme_id = :programmeId
                        AND a.enterprise_id = f.enterprise_id AND a.status = :approved) AS pilot
       FROM figures f
       JOIN organisation o ON o.id = f.enterprise_id
       JOIN region r ON r.code = o.region_code
       JOIN region city ON city.code = :cityCode
       WHERE r.path LIKE city.path || '%'
       ORDER BY f.enterprise_id, f.year, f.bucket`,
      {
        programmeId,
        cityCode,
        enterpriseIds: enterpriseIds ? [...enterpriseIds] : null,
        skilled: PostCategory.Skilled,
        management: PostCategory.Management,
        high: [...HIGH_SKILL_LEVELS],
        levelPrefix: LEVEL_BUCKET_PREFIX,
        highBucket: HIGH_SKILL_BUCKET,
        skilledBucket: SKILLED_BUCKET,
        managementBucket: MANAGEMENT_BUCKET,
        approved: PilotStatus.Approved,
      },
    );
    const members = new Map<string, WageMemberRow>();
    for (const row of raw) {
      members.set(row.enterprise_id, {
        enterprise_id: row.enterprise_id,
        pilot: row.pilot,
        unit_code: row.unit_code,
      });
    }
    return {
      rows: raw.map((row) => ({
        enterpriseId: row.enterprise_id,
        year: row.year,
        bucket: row.bucket,
        headcount: row.headcount,
        annualSum: row.annual_sum,
        performanceSum: row.performance_sum,
        totalSum: row.total_sum,
      })),
      members: [...members.values()],
    };
  }

  // ---- weights ----

  setting(programmeId: string, tx?: Tx): Promise<EvaluationSettingEntity | null> {
    return managerOf(tx, this.dataSource).findOneBy(EvaluationSettingEntity, { programmeId });
  }

  async saveWeights(programmeId: string, weights: AdoptionWeights, userId: string, tx: Tx): Promise<void> {
    const manager = managerOf(tx, this.dataSource);
    const existing = await manager.findOneBy(EvaluationSettingEntity, { programmeId });
    if (existing) {
      await manager
        .createQueryBuilder()
        .update(EvaluationSettingEntity)
        .set({ adoptionWeights: weights, updatedBy: userId, version: () => 'version + 1' })
        .where('programme_id = :programmeId', { programmeId })
        .execute();
    } else {
      await manager.insert(EvaluationSettingEntity, {
        programmeId,
        adoptionWeights: weights,
        updatedBy: userId,
      });
    }
  }

  // ---- influenced enterprises ----

  async activity(id: string, tx?: Tx): Promise<ActivityRow | null> {
    const rows = await this.run<ActivityRow>(
      `SELECT id, kind, title, programme_id, to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, enterprise_ids
       FROM guidance_activity WHERE id = :id AND deleted_at IS NULL`,
      { id },
      tx,
    );
    return rows[0] ?? null;
  }

  private influencedSelect(english: boolean) {
    return `
      SELECT i.id, i.programme_id, i.enterprise_id, o.name AS enterprise_name, r.code AS region_code,
             ${english ? 'r.name_en' : 'r.name'} AS region_name, ${UNIT_OF('r', 'p.region_code')} AS unit_code,
             i.activity_id, g.title AS activity_title, g.kind AS activity_kind,
             to_char(g.occurred_on, 'YYYY-MM-DD') AS activity_on, to_char(i.reported_on, 'YYYY-MM-DD') AS reported_on,
             i.adoption, i.note, ro.name AS recorded_by, i.version, i.updated_at
      FROM influenced_enterprise i
      JOIN programme p ON p.id = i.programme_id
      JOIN organisation o ON o.id = i.enterprise_id
      JOIN region r ON r.code = o.region_code
      JOIN guidance_activity g ON g.id = i.activity_id
      JOIN organisation ro ON ro.id = i.organisation_id`;
  }

  /** Live records of the programme whose enterprise lies under `regionPath` (optionally one district). */
  async influencedPage(
    regionPath: string,
    programmeId: string,
    unitCode: string | null,
    english: boolean,
    skip: number,
    take: number,
  ): Promise<[InfluencedRow[], number]> {
    const rows = await this.run<InfluencedRow & { total: string }>(
      `SELECT *, count(*) OVER () AS total FROM (${this.influencedSelect(english)}
         WHERE i.deleted_at IS NULL AND i.programme_id = :programmeId AND r.path LIKE :regionPath || '%') items
       WHERE :unitCode::text IS NULL OR unit_code = :unitCode
       ORDER BY reported_on DESC, enterprise_name, id OFFSET :skip LIMIT :take`,
      { regionPath, programmeId, unitCode, skip, take },
    );
    return [rows, rows.length ? Number(rows[0].total) : 0];
  }

  /** A live record whose enterprise lies under `regionPath`; `lock` takes it FOR UPDATE. */
  async influenced(
    id: string,
    regionPath: string,
    english: boolean,
    tx?: Tx,
    lock = false,
  ): Promise<InfluencedRow | null> {
    const rows = await this.run<InfluencedRow>(
      `${this.influencedSelect(english)}
       WHERE i.id = :id AND i.deleted_at IS NULL AND r.path LIKE :regionPath || '%'${lock ? ' FOR UPDATE OF i' : ''}`,
      { id, regionPath },
      tx,
    );
    return rows[0] ?? null;
  }

  async liveInfluencedId(programmeId: string, enterpriseId: string, tx?: Tx): Promise<string | null> {
    const rows = await this.run<{ id: string }>(
      `SELECT id FROM influenced_enterprise
       WHERE programme_id = :programmeId AND enterprise_id = :enterpriseId AND deleted_at IS NULL`,
      { programmeId, enterpriseId },
      tx,
    );
    return rows[0]?.id ?? null;
  }

  async insertInfluenced(record: Partial<InfluencedEnterpriseEntity>, tx: Tx): Promise<string> {
    const manager = managerOf(tx, this.dataSource);
    return (
      await manager.save(InfluencedEnterpriseEntity, manager.create(InfluencedEnterpriseEntity, record))
    ).id;
  }

  async updateInfluenced(id: string, changes: Partial<InfluencedEnterpriseEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource)
      .createQueryBuilder()
      .update(InfluencedEnterpriseEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  async softDeleteInfluenced(id: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource)
      .createQueryBuilder()
      .update(InfluencedEnterpriseEntity)
      .set({ deletedAt: () => 'now()', version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  influencedExists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(InfluencedEnterpriseEntity, { id });
  }

  /**
   * Enterprises the caller's bureau may record as influenced: listed on the programme's trainings
   * and 示范班, registered in `unitCode` (the caller's district, or the city itself for 市直), not
   * approved pilots, not yet recorded — each with the activities that listed it.
   */
  candidates(
    programmeId: string,
    cityCode: string,
    unitCode: string,
    english: boolean,
  ): Promise<CandidateRow[]> {
    return this.run<CandidateRow>(
      `SELECT o.id AS enterprise_id, o.name, r.code AS region_code, ${english ? 'r.name_en' : 'r.name'} AS region_name,
              json_agg(json_build_object('id', g.id, 'title', g.title, 'kind', g.kind,
                       'occurredOn', to_char(g.occurred_on, 'YYYY-MM-DD')) ORDER BY g.occurred_on, g.id) AS activities
       FROM guidance_activity g
       CROSS JOIN LATERAL unnest(g.enterprise_ids) listed(enterprise_id)
       JOIN organisation o ON o.id = listed.enterprise_id AND o.deleted_at IS NULL
       JOIN region r ON r.code = o.region_code
       WHERE g.programme_id = :programmeId AND g.deleted_at IS NULL AND g.kind IN (:...kinds)
         AND ${UNIT_OF('r')} = :unitCode
         AND NOT EXISTS (SELECT 1 FROM pilot_application a WHERE a.programme_id = :programmeId
                           AND a.enterprise_id = o.id AND a.status = :approved)
         AND NOT EXISTS (SELECT 1 FROM influenced_enterprise i WHERE i.programme_id = :programmeId
                           AND i.enterprise_id = o.id AND i.deleted_at IS NULL)
       GROUP BY o.id, o.name, r.code, r.name, r.name_en
       ORDER BY o.name, o.id`,
      {
        programmeId,
        cityCode,
        unitCode,
        kinds: [GuidanceKind.Training, GuidanceKind.DemonstrationClass],
        approved: PilotStatus.Approved,
      },
    );
  }

  // ---- demonstration units ----

  /** Live units of the programme whose place lies under `regionPath` (every one with null). */
  demonstrationUnits(
    programmeId: string,
    regionPath: string | null,
    english: boolean,
  ): Promise<DemonstrationRow[]> {
    return this.run<DemonstrationRow>(
      `SELECT * FROM (${DEMONSTRATION_SELECT(english)}
         WHERE u.programme_id = :programmeId AND u.deleted_at IS NULL) units
       WHERE :regionPath::text IS NULL OR place_path LIKE :regionPath || '%'
       ORDER BY kind, created_at, id`,
      { programmeId, regionPath },
    );
  }

  async demonstrationUnit(
    id: string,
    english: boolean,
    tx?: Tx,
    lock = false,
  ): Promise<DemonstrationRow | null> {
    const rows = await this.run<DemonstrationRow>(
      `${DEMONSTRATION_SELECT(english)} WHERE u.id = :id AND u.deleted_at IS NULL${lock ? ' FOR UPDATE OF u' : ''}`,
      { id },
      tx,
    );
    return rows[0] ?? null;
  }

  /** Enterprises marked 示范企业 in the programme. */
  async demonstrationEnterpriseIds(programmeId: string): Promise<Set<string>> {
    const rows = await this.run<{ enterprise_id: string }>(
      `SELECT enterprise_id FROM demonstration_unit
       WHERE programme_id = :programmeId AND kind = :enterprise AND deleted_at IS NULL`,
      { programmeId, enterprise: DemonstrationUnitKind.Enterprise },
    );
    return new Set(rows.map((row) => row.enterprise_id));
  }

  async liveDemonstrationId(
    programmeId: string,
    enterpriseId: string | null,
    regionCode: string | null,
    tx?: Tx,
  ): Promise<string | null> {
    const rows = await this.run<{ id: string }>(
      `SELECT id FROM demonstration_unit
       WHERE programme_id = :programmeId AND deleted_at IS NULL
         AND (enterprise_id = :enterpriseId::uuid OR region_code = :regionCode::text)`,
      { programmeId, enterpriseId, regionCode },
      tx,
    );
    return rows[0]?.id ?? null;
  }

  async insertDemonstration(unit: Partial<DemonstrationUnitEntity>, tx: Tx): Promise<string> {
    const manager = managerOf(tx, this.dataSource);
    return (await manager.save(DemonstrationUnitEntity, manager.create(DemonstrationUnitEntity, unit))).id;
  }

  async updateDemonstration(id: string, changes: Partial<DemonstrationUnitEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource)
      .createQueryBuilder()
      .update(DemonstrationUnitEntity)
      .set({ ...changes, version: () => 'version + 1' } as never)
      .where('id = :id', { id })
      .execute();
  }

  demonstrationExists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(DemonstrationUnitEntity, { id });
  }

  /** Live units of active and closed programmes (one programme's, or all), for the public pages. */
  publicDemonstrationUnits(programmeId: string | null, english: boolean): Promise<DemonstrationRow[]> {
    return this.run<DemonstrationRow>(
      `${DEMONSTRATION_SELECT(english)}
       WHERE u.deleted_at IS NULL AND p.deleted_at IS NULL AND p.status IN (:...live)
         AND (:programmeId::uuid IS NULL OR u.programme_id = :programmeId::uuid)
       ORDER BY p.year DESC, p.id, u.kind, u.created_at, u.id`,
      { programmeId, live: [ProgrammeStatus.Active, ProgrammeStatus.Closed] },
    );
  }
}
