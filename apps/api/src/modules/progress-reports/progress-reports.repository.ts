import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OrganisationType } from '@skillpay/domain';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type OrganisationScope, organisationScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { escapeLike } from '../organisations/organisations.repository';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { UserEntity } from '../users/user.entity';
import { ProgressReportVersionEntity } from './progress-report-version.entity';
import { ProgressReportEntity } from './progress-report.entity';
import { type ProgressReportQueryDto } from './progress-reports.dto';

export interface ReportRow {
  report: ProgressReportEntity;
  /** failed checks of the latest version */
  failedChecks: number;
  /** when the latest version was submitted */
  submittedAt: Date | null;
}

/** Queries of progress reports and their versions; every read of reports is filtered by a scope. */
@Injectable()
export class ProgressReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(scope: OrganisationScope, query: ProgressReportQueryDto): Promise<[ReportRow[], number]> {
    const qb = this.withLatest(this.scoped(this.dataSource.manager, scope));
    if (query.programmeId) qb.andWhere('pr.programme_id = :programmeId', { programmeId: query.programmeId });
    if (query.period) qb.andWhere('pr.period = :period', { period: query.period });
    if (query.status) qb.andWhere('pr.status = :status', { status: query.status });
    if (query.enterpriseId)
      qb.andWhere('pr.enterprise_id = :enterpriseId', { enterpriseId: query.enterpriseId });
    if (query.q) qb.andWhere('o.name ILIKE :q', { q: `%${escapeLike(query.q.trim())}%` });
    const { skip, take } = pageOffset(query);
    const total = await qb.clone().getCount();
    // the oldest waiting report first: the queue's natural order
    const rows = await qb
      .orderBy('pr.due_on', 'DESC')
      .addOrderBy('o.name', 'ASC')
      .addOrderBy('pr.id')
      .offset(skip)
      .limit(take)
      .getRawAndEntities<{ failed_checks: number; latest_submitted_at: Date | null }>();
    return [this.rows(rows), total];
  }

  /** The report if it lies in the scope; with `lock`, its row stays locked until the transaction ends. */
  async findInScope(scope: OrganisationScope, id: string, tx?: Tx, lock = false): Promise<ReportRow | null> {
    const qb = this.withLatest(this.scoped(managerOf(tx, this.dataSource), scope)).andWhere('pr.id = :id', {
      id,
    });
    if (lock) qb.setLock('pessimistic_write', undefined, ['pr']);
    return this.rows(await qb.getRawAndEntities())[0] ?? null;
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(ProgressReportEntity, { id });
  }

  versions(reportId: string): Promise<ProgressReportVersionEntity[]> {
    return this.dataSource.manager.find(ProgressReportVersionEntity, {
      where: { reportId },
      order: { version: 'ASC' },
    });
  }

  /** Display names of accounts (submitters and reviewers). */
  async userNames(ids: Array<string | null>): Promise<Map<string, string>> {
    const unique = [...new Set(ids.filter((id): id is string => id !== null))];
    if (unique.length === 0) return new Map();
    const users = await this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .innerJoinAndSelect('u.organisation', 'uo')
      .where('u.id IN (:...ids)', { ids: unique })
      .getMany();
    return new Map(users.map((u) => [u.id, `${u.displayName}（${u.organisation?.name ?? ''}）`]));
  }

  /** The enterprise of the caller's organisation, with its region. */
  findEnterprise(id: string): Promise<EnterpriseEntity | null> {
    return this.dataSource.manager.findOne(EnterpriseEntity, {
      where: { id },
      relations: { organisation: { region: true } },
    });
  }

  reportExistsFor(programmeId: string, enterpriseId: string, period: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(ProgressReportEntity, { programmeId, enterpriseId, period });
  }

  async insertReport(report: Partial<ProgressReportEntity>, tx: Tx): Promise<string> {
    const manager = managerOf(tx, this.dataSource);
    return (await manager.save(ProgressReportEntity, manager.create(ProgressReportEntity, report))).id;
  }

  async insertVersion(version: Partial<ProgressReportVersionEntity>, tx: Tx): Promise<string> {
    const manager = managerOf(tx, this.dataSource);
    const saved = await manager.save(
      ProgressReportVersionEntity,
      manager.create(ProgressReportVersionEntity, version),
    );
    return saved.id;
  }

  /** A report's version by number (the current one, when the report is locked). */
  version(reportId: string, version: number, tx: Tx): Promise<ProgressReportVersionEntity> {
    return managerOf(tx, this.dataSource).findOneByOrFail(ProgressReportVersionEntity, { reportId, version });
  }

  async updateVersion(id: string, changes: Partial<ProgressReportVersionEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(ProgressReportVersionEntity, { id }, changes);
  }

  async updateReport(id: string, changes: Partial<ProgressReportEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(ProgressReportEntity, { id }, changes);
  }

  /** Bureau organisations of a type in a region (recipients of notifications). */
  async bureauIds(type: OrganisationType, regionCode: string, tx: Tx): Promise<string[]> {
    const rows = await managerOf(tx, this.dataSource)
      .createQueryBuilder()
      .select('o.id', 'id')
      .from('organisation', 'o')
      .where('o.type = :type AND o.region_code = :regionCode AND o.deleted_at IS NULL', { type, regionCode })
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** Copies the attachments of one version to the next (a revision keeps its files). */
  async copyAttachments(fromVersionId: string, toVersionId: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).query(
      `INSERT INTO attachment (owner_type, owner_id, file_name, mime_type, size, content, uploaded_by, created_at)
       SELECT owner_type, $2, file_name, mime_type, size, content, uploaded_by, created_at
       FROM attachment WHERE owner_type = 'progress-report' AND owner_id = $1`,
      [fromVersionId, toVersionId],
    );
  }

  private scoped(manager: EntityManager, scope: OrganisationScope): SelectQueryBuilder<ProgressReportEntity> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return manager
      .createQueryBuilder(ProgressReportEntity, 'pr')
      .innerJoinAndSelect('pr.enterprise', 'e')
      .innerJoinAndSelect('e.organisation', 'o')
      .innerJoinAndSelect('o.region', 'r')
      .innerJoinAndSelect('pr.programme', 'p')
      .where(condition.sql, condition.params);
  }

  /** Adds what the lists show of the latest version: its failed checks and submission time. */
  private withLatest(qb: SelectQueryBuilder<ProgressReportEntity>): SelectQueryBuilder<ProgressReportEntity> {
    return qb
      .leftJoin(ProgressReportVersionEntity, 'lv', 'lv.report_id = pr.id AND lv.version = pr.current_version')
      .addSelect(
        `(SELECT COUNT(*)::int FROM jsonb_array_elements(lv.checks) c WHERE c->>'result' = 'fail')`,
        'failed_checks',
      )
      .addSelect('lv.submitted_at', 'latest_submitted_at');
  }

  private rows(result: {
    entities: ProgressReportEntity[];
    raw: Array<{ failed_checks?: number; latest_submitted_at?: Date | null }>;
  }): ReportRow[] {
    return result.entities.map((report, i) => ({
      report,
      failedChecks: result.raw[i]?.failed_checks ?? 0,
      submittedAt: result.raw[i]?.latest_submitted_at ?? null,
    }));
  }
}
