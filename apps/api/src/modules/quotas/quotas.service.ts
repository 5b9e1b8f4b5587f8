import { Injectable } from '@nestjs/common';
import { defaultPilotQuota, PilotStatus, type Place, Role } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { AppException, type FieldProblem } from '../../common/errors/app.exception';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type QuotaDto, type QuotaListDto, type UpdateQuotasDto } from './quotas.dto';
import { type ProgrammeEntity } from '../programmes/programme.entity';
import { ProgrammesRepository } from '../programmes/programmes.repository';
import { type RegionEntity } from '../regions/region.entity';
import { QuotaException } from './quota.exception';
import { QuotasRepository } from './quotas.repository';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';

/** Pilot quotas per region of a programme (Qingdao 三(一)): 市直 2–3, each district 1–2. */
@Injectable()
export class QuotasService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: QuotasRepository,
    private readonly programmes: ProgrammesRepository,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
  ) {}

  /**
   * Approval's check: the region of `place` has room for one more pilot. Takes the region's quota
   * lock, so two officials approving at once cannot both take the last place.
   */
  async assertRoomFor(programmeId: string, place: Place, tx: Tx): Promise<void> {
    const quota = await this.repository.lockQuota(
      programmeId,
      place.regionCode,
      defaultPilotQuota(place.regionCode, place.cityCode),
      tx,
    );
    const used =
      (await this.repository.countByRegion(programmeId, PilotStatus.Approved, tx, place.regionCode)).get(
        place.regionCode,
      ) ?? 0;
    if (used >= quota) {
      throw new QuotaException(
        'quota_exhausted',
        { region: { 'zh-CN': place.regionName, en: place.regionNameEn }, quota, used },
        { extra: { quota, used, regionCode: place.regionCode } },
      );
    }
  }

  /** The city bureau sees every region of its programme; a district bureau its own row. */
  async list(caller: Caller, programmeId: string): Promise<QuotaListDto> {
    if (caller.role !== Role.CityBureau && caller.role !== Role.DistrictBureau)
      throw AppException.forbidden();
    const programme = await this.programmeInScope(caller, programmeId);
    const regions = (await this.regionsOf(programme)).filter((region) =>
      region.path.startsWith(caller.regionPath),
    );
    return { programmeId, programmeVersion: programme.version, items: await this.rows(programme, regions) };
  }

  async update(
    caller: Caller,
    programmeId: string,
    dto: UpdateQuotasDto,
    precondition?: Precondition,
  ): Promise<QuotaListDto> {
    const programme = await this.programmeInScope(caller, programmeId);
    const regions = await this.regionsOf(programme);
    const byCode = new Map(regions.map((region) => [region.code, region]));
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    dto.quotas.forEach(({ regionCode }, i) => {
      if (!byCode.has(regionCode)) {
        problems.push(
          QuotaException.fieldProblem(`quotas[${i}].regionCode`, 'region_not_in_city', { code: regionCode }),
        );
      } else if (seen.has(regionCode)) {
        problems.push(
          QuotaException.fieldProblem(`quotas[${i}].regionCode`, 'duplicate_region', { code: regionCode }),
        );
      }
      seen.add(regionCode);
    });
    if (problems.length > 0) throw AppException.validation(problems);

    const programmeVersion = await this.unitOfWork.run(async (tx) => {
      // the quotas are settings of the programme: its row is their lock and version
      const locked = (await this.programmes.findInScope({ kind: 'all' }, programmeId, tx, true))!;
      await this.preconditions.assert(
        precondition,
        { entityType: 'programme', key: programmeId, version: locked.version },
        tx,
      );
      const before: Record<string, number> = {};
      const after: Record<string, number> = {};
      for (const [i, { regionCode, quota }] of dto.quotas.entries()) {
        // the same lock approvals take: a quota cannot drop below approvals made meanwhile
        const current = await this.repository.lockQuota(
          programmeId,
          regionCode,
          defaultPilotQuota(regionCode, programme.regionCode),
          tx,
        );
        const used =
          (await this.repository.countByRegion(programmeId, PilotStatus.Approved, tx, regionCode)).get(
            regionCode,
          ) ?? 0;
        if (quota < used) {
          const region = byCode.get(regionCode)!;
          problems.push(
            QuotaException.fieldProblem(`quotas[${i}].quota`, 'quota_below_used', {
              region: { 'zh-CN': region.name, en: region.nameEn },
              used,
            }),
          );
          continue;
        }
        if (current !== quota) {
          before[regionCode] = current;
          after[regionCode] = quota;
          await this.repository.setQuota(programmeId, regionCode, quota, tx);
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
          tx,
        );
        await this.programmes.touch(programmeId, tx);
      }
      return (await this.programmes.findInScope({ kind: 'all' }, programmeId, tx))!.version;
    });
    return { programmeId, programmeVersion, items: await this.rows(programme, regions) };
  }

  private async rows(programme: ProgrammeEntity, regions: RegionEntity[]): Promise<QuotaDto[]> {
    const stored = await this.repository.stored(programme.id);
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
    const regions = await this.repository.regionsOfCity(programme.regionCode);
    return regions.sort(
      (a, b) => Number(b.code === programme.regionCode) - Number(a.code === programme.regionCode),
    );
  }

  /** A programme of the caller's city (a district bureau sees its city's programmes); otherwise 404. */
  private async programmeInScope(caller: Caller, programmeId: string): Promise<ProgrammeEntity> {
    const programme = await this.programmes.findInScope({ kind: 'all' }, programmeId);
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
