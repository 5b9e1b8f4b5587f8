import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { defaultPilotQuota, PilotStatus, RegionLevel, Role } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { type Caller } from '../../common/auth/caller';
import { AppException, type FieldProblem } from '../../common/errors/app.exception';
import { AuditService } from '../audit/audit.service';
import { type ProgrammeEntity } from '../programmes/programme.entity';
import { ProgrammeQuotaEntity } from '../programmes/programme-quota.entity';
import { RegionEntity } from '../regions/region.entity';
import { type QuotaDto, type QuotaListDto, type UpdateQuotasDto } from './pilots.dto';
import { PilotsRepository } from './pilots.repository';

/** Pilot quotas per region of a programme (Qingdao 三(一)): 市直 2–3, each district 1–2. */
@Injectable()
export class QuotasService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PilotsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The city bureau sees every region of its programme; a district bureau its own row. */
  async list(caller: Caller, programmeId: string): Promise<QuotaListDto> {
    if (caller.role !== Role.CityBureau && caller.role !== Role.DistrictBureau)
      throw AppException.forbidden();
    const programme = await this.programmeInScope(caller, programmeId);
    const regions = (await this.regionsOf(programme)).filter((region) =>
      region.path.startsWith(caller.regionPath),
    );
    return { programmeId, items: await this.rows(programme, regions) };
  }

  async update(caller: Caller, programmeId: string, dto: UpdateQuotasDto): Promise<QuotaListDto> {
    const programme = await this.programmeInScope(caller, programmeId);
    const regions = await this.regionsOf(programme);
    const byCode = new Map(regions.map((region) => [region.code, region]));
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    dto.quotas.forEach(({ regionCode }, i) => {
      if (!byCode.has(regionCode)) {
        problems.push({
          field: `quotas[${i}].regionCode`,
          code: 'errors.region_not_in_city',
          params: { code: regionCode },
        });
      } else if (seen.has(regionCode)) {
        problems.push({
          field: `quotas[${i}].regionCode`,
          code: 'errors.duplicate_region',
          params: { code: regionCode },
        });
      }
      seen.add(regionCode);
    });
    if (problems.length > 0) throw AppException.validation(problems);

    await this.dataSource.transaction(async (manager) => {
      const before: Record<string, number> = {};
      const after: Record<string, number> = {};
      for (const [i, { regionCode, quota }] of dto.quotas.entries()) {
        // the same lock approvals take: a quota cannot drop below approvals made meanwhile
        const current = await this.repository.lockQuota(
          programmeId,
          regionCode,
          defaultPilotQuota(regionCode, programme.regionCode),
          manager,
        );
        const used =
          (await this.repository.countByRegion(programmeId, PilotStatus.Approved, manager, regionCode)).get(
            regionCode,
          ) ?? 0;
        if (quota < used) {
          const region = byCode.get(regionCode)!;
          problems.push({
            field: `quotas[${i}].quota`,
            code: 'errors.quota_below_used',
            params: { regionZh: region.name, regionEn: region.nameEn, used },
          });
          continue;
        }
        if (current !== quota) {
          before[regionCode] = current;
          after[regionCode] = quota;
          await manager.update(ProgrammeQuotaEntity, { programmeId, regionCode }, { quota });
        }
      }
      if (problems.length > 0) throw AppException.validation(problems);
      if (Object.keys(after).length > 0) {
        await this.audit.record(
          {
            action: 'programme.quotas.update',
            entityType: 'programme',
            entityId: programmeId,
            before,
            after,
          },
          manager,
        );
      }
    });
    return { programmeId, items: await this.rows(programme, regions) };
  }

  private async rows(programme: ProgrammeEntity, regions: RegionEntity[]): Promise<QuotaDto[]> {
    const stored = new Map(
      (await this.dataSource.manager.findBy(ProgrammeQuotaEntity, { programmeId: programme.id })).map(
        (row) => [row.regionCode, row.quota],
      ),
    );
    const approved = await this.repository.countByRegion(programme.id, PilotStatus.Approved);
    const pending = await this.repository.countByRegion(programme.id, PilotStatus.Recommended);
    return regions.map((region) => {
      const quota = stored.get(region.code) ?? defaultPilotQuota(region.code, programme.regionCode);
      const used = approved.get(region.code) ?? 0;
      return {
        regionCode: region.code,
        regionName: region.name,
        cityDirect: region.code === programme.regionCode,
        quota,
        isDefault: !stored.has(region.code),
        used,
        remaining: Math.max(quota - used, 0),
        pending: pending.get(region.code) ?? 0,
      };
    });
  }

  /** The programme's city first (市直), then its districts. */
  private async regionsOf(programme: ProgrammeEntity): Promise<RegionEntity[]> {
    const regions = await this.dataSource.manager.find(RegionEntity, {
      where: [
        { code: programme.regionCode },
        { parentCode: programme.regionCode, level: RegionLevel.District },
      ],
      order: { code: 'ASC' },
    });
    return regions.sort(
      (a, b) => Number(b.code === programme.regionCode) - Number(a.code === programme.regionCode),
    );
  }

  /** A programme of the caller's city (a district bureau sees its city's programmes); otherwise 404. */
  private async programmeInScope(caller: Caller, programmeId: string): Promise<ProgrammeEntity> {
    const programme = await this.repository.findProgramme(programmeId);
    const visible =
      programme?.region &&
      (programme.region.path.startsWith(caller.regionPath) ||
        caller.regionPath.startsWith(programme.region.path));
    if (!programme || !visible) {
      throw AppException.notFound(programme ? { entityType: 'programme', entityId: programmeId } : undefined);
    }
    return programme;
  }
}
