import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PilotStatus, type WageFileError, WageUploadStatus } from '@skillpay/domain';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { type QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { type OrganisationScope, organisationScopeCondition } from '../../common/access/scope';
import { pageOffset, type PageQueryDto } from '../../common/http/pagination.dto';
import { type TemplateOccupation } from './wage-template';
import { type WageUploadQueryDto } from './wage-uploads.dto';
import { WageUploadEntity } from './wage-upload.entity';

/** An upload with what its readers see next to it. */
export interface WageUploadRow {
  upload: WageUploadEntity;
  programmeTitle: string;
  enterpriseName: string;
  regionName: string;
  supersededByVersion: number | null;
}

export interface WageRowRecord {
  row_number: number;
  employee_ref: string;
  occupation_code: string;
  occupation_name: string | null;
  skill_level: string;
  post_category: string;
  months_worked: number;
  base_pay: string;
  post_pay: string;
  performance_pay: string;
  allowances: string;
  other_pay: string;
}

export interface WageSummaryRecord {
  occupation_code: string;
  occupation_name: string | null;
  skill_level: string;
  employees: number;
  mean_pay: string;
  mean_annualised_pay: string;
}

/** Queries of wage uploads (always within the caller's scope) and of their rows. */
@Injectable()
export class WageUploadsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(scope: OrganisationScope, query: WageUploadQueryDto): Promise<[WageUploadRow[], number]> {
    const qb = this.scoped(scope);
    if (query.programmeId) qb.andWhere('u.programme_id = :programmeId', { programmeId: query.programmeId });
    if (query.year) qb.andWhere('u.year = :year', { year: query.year });
    if (query.enterpriseId)
      qb.andWhere('u.enterprise_id = :enterpriseId', { enterpriseId: query.enterpriseId });
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    const { skip, take } = pageOffset(query);
    const total = await qb.getCount();
    const rows = await qb
      .orderBy('u.created_at', 'DESC')
      .addOrderBy('u.id')
      .offset(skip)
      .limit(take)
      .getRawAndEntities<RawExtras>();
    return [rows.entities.map((upload, i) => withExtras(upload, rows.raw[i])), total];
  }

  async findInScope(scope: OrganisationScope, id: string): Promise<WageUploadRow | null> {
    const rows = await this.scoped(scope).andWhere('u.id = :id', { id }).getRawAndEntities<RawExtras>();
    return rows.entities.length > 0 ? withExtras(rows.entities[0], rows.raw[0]) : null;
  }

  exists(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(WageUploadEntity, { id });
  }

  /** The region of an enterprise that is an approved pilot of the programme, or null. */
  async approvedPilotRegion(programmeId: string, enterpriseId: string): Promise<string | null> {
    const rows = await this.dataSource.query<Array<{ region_code: string }>>(
      `SELECT o.region_code FROM pilot_application a JOIN organisation o ON o.id = a.enterprise_id
       WHERE a.programme_id = $1 AND a.enterprise_id = $2 AND a.status = $3`,
      [programmeId, enterpriseId, PilotStatus.Approved],
    );
    return rows[0]?.region_code ?? null;
  }

  /** An upload of the same content by the same enterprise for the programme and year that is stored or on its way. */
  async sameContent(upload: {
    programmeId: string;
    enterpriseId: string;
    year: number;
    contentSha256: string;
  }): Promise<{ status: WageUploadStatus; versionNumber: number | null } | null> {
    const rows = await this.dataSource.query<
      Array<{ status: WageUploadStatus; version_number: number | null }>
    >(
      `SELECT status, version_number FROM wage_upload
       WHERE programme_id = $1 AND enterprise_id = $2 AND year = $3 AND content_sha256 = $4
         AND status IN ('current', 'superseded', 'queued', 'validating')
       ORDER BY version_number DESC NULLS LAST LIMIT 1`,
      [upload.programmeId, upload.enterpriseId, upload.year, upload.contentSha256],
    );
    return rows[0] ? { status: rows[0].status, versionNumber: rows[0].version_number } : null;
  }

  async insert(upload: Omit<Partial<WageUploadEntity>, 'errors'>, tx: Tx): Promise<string> {
    const result = await managerOf(tx, this.dataSource).insert(
      WageUploadEntity,
      upload as QueryDeepPartialEntity<WageUploadEntity>,
    );
    return (result.identifiers[0] as { id: string }).id;
  }

  async errors(id: string): Promise<{ errorCount: number; errors: WageFileError[] }> {
    const rows = await this.dataSource.query<Array<{ error_count: number; errors: WageFileError[] | null }>>(
      `SELECT error_count, errors FROM wage_upload WHERE id = $1`,
      [id],
    );
    return { errorCount: rows[0]?.error_count ?? 0, errors: rows[0]?.errors ?? [] };
  }

  async content(id: string): Promise<Buffer> {
    const rows = await this.dataSource.query<Array<{ content: Buffer }>>(
      `SELECT content FROM wage_upload WHERE id = $1`,
      [id],
    );
    return rows[0].content;
  }

  async rows(uploadId: string, query: PageQueryDto): Promise<[WageRowRecord[], number]> {
    const { skip, take } = pageOffset(query);
    const items = await this.dataSource.query<WageRowRecord[]>(
      `SELECT w.row_number, w.employee_ref, w.occupation_code, oc.name_zh AS occupation_name, w.skill_level,
              w.post_category, w.months_worked, w.base_pay, w.post_pay, w.performance_pay, w.allowances, w.other_pay
       FROM wage_row w LEFT JOIN occupation oc ON oc.code = w.occupation_code
       WHERE w.upload_id = $1 ORDER BY w.row_number LIMIT $2 OFFSET $3`,
      [uploadId, take, skip],
    );
    const [{ count }] = await this.dataSource.query<Array<{ count: number }>>(
      `SELECT COUNT(*)::int AS count FROM wage_row WHERE upload_id = $1`,
      [uploadId],
    );
    return [items, count];
  }

  /** Employees and mean pay by occupation × skill level; annualised as the benchmarks count pay. */
  summary(uploadId: string): Promise<WageSummaryRecord[]> {
    return this.dataSource.query<WageSummaryRecord[]>(
      `SELECT w.occupation_code, MIN(oc.name_zh) AS occupation_name, w.skill_level, COUNT(*)::int AS employees,
              ROUND(AVG(w.base_pay + w.post_pay + w.performance_pay + w.allowances + w.other_pay), 2) AS mean_pay,
              ROUND(AVG((w.base_pay + w.post_pay + w.performance_pay + w.allowances + w.other_pay)
                        / w.months_worked * 12), 2) AS mean_annualised_pay
       FROM wage_row w LEFT JOIN occupation oc ON oc.code = w.occupation_code
       WHERE w.upload_id = $1
       GROUP BY w.occupation_code, w.skill_level
       ORDER BY w.occupation_code, w.skill_level`,
      [uploadId],
    );
  }

  private scoped(scope: OrganisationScope): SelectQueryBuilder<WageUploadEntity> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return this.dataSource.manager
      .createQueryBuilder(WageUploadEntity, 'u')
      .innerJoin('organisation', 'o', 'o.id = u.enterprise_id')
      .innerJoin('region', 'r', 'r.code = o.region_code')
      .innerJoin('programme', 'p', 'p.id = u.programme_id')
      .leftJoin('wage_upload', 's', 's.id = u.superseded_by')
      .addSelect('p.title', 'programme_title')
      .addSelect('o.name', 'enterprise_name')
      .addSelect('r.name', 'region_name')
      .addSelect('s.version_number', 'superseded_by_version')
      .where(condition.sql, condition.params);
  }

  /** The live occupation catalogue, for the template's drop-down and sheet. */
  findTemplateOccupations(): Promise<TemplateOccupation[]> {
    return this.dataSource.query<TemplateOccupation[]>(
      `SELECT code, name_zh AS "nameZh", name_en AS "nameEn" FROM occupation WHERE deleted_at IS NULL ORDER BY code`,
    );
  }
}

interface RawExtras {
  programme_title: string;
  enterprise_name: string;
  region_name: string;
  superseded_by_version: number | null;
}

function withExtras(upload: WageUploadEntity, raw: RawExtras): WageUploadRow {
  return {
    upload,
    programmeTitle: raw.programme_title,
    enterpriseName: raw.enterprise_name,
    regionName: raw.region_name,
    supersededByVersion: raw.superseded_by_version,
  };
}
