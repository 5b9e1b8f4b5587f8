import { Injectable } from '@nestjs/common';
import { regionLevelOfCode } from '@skillpay/domain';
import { AppException } from '../../common/errors/app.exception';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import {
  type CreateRegionDto,
  type RegionDto,
  type RegionListDto,
  toRegionDto,
  type UpdateRegionDto,
} from './regions.dto';
import { RegionException } from './regions.exception';
import { RegionsRepository } from './regions.repository';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';

/** Digits a child's code shares with its parent: 2 under a province, 4 under a city. */
function sharedPrefixLength(parentCode: string): number {
  return parentCode.endsWith('0000') ? 2 : 4;
}

/** Regions are reference data every signed-in user may read. */
@Injectable()
export class RegionsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: RegionsRepository,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
  ) {}

  async list(): Promise<RegionListDto> {
    const regions = await this.repository.findAll();
    return { items: regions.map(toRegionDto), total: regions.length };
  }

  async create(dto: CreateRegionDto): Promise<RegionDto> {
    return this.unitOfWork.run(async (tx) => {
      if (await this.repository.exists(dto.code, tx)) {
        throw new RegionException('region_exists', { code: dto.code }, { field: 'code' });
      }
      const parent = await this.repository.findByCode(dto.parentCode, tx);
      if (!parent) {
        throw RegionException.invalid('parentCode', 'region_not_found', { code: dto.parentCode });
      }
      const prefix = sharedPrefixLength(parent.code);
      if (
        parent.level === 'district' ||
        dto.code.slice(0, prefix) !== parent.code.slice(0, prefix) ||
        dto.code === parent.code
      ) {
        throw RegionException.invalid('code', 'region_parent_mismatch', {
          code: dto.code,
          parentCode: parent.code,
        });
      }
      const region = await this.repository.insert(
        { ...dto, level: regionLevelOfCode(dto.code), path: `${parent.path}${dto.code}/` },
        tx,
      );
      const created = toRegionDto(region);
      await this.audit.record(
        { action: 'region.create', entityType: 'region', entityId: region.code, after: created },
        tx,
      );
      return created;
    });
  }

  async update(code: string, dto: UpdateRegionDto, precondition?: Precondition): Promise<RegionDto> {
    return this.unitOfWork.run(async (tx) => {
      const existing = await this.repository.lockByCode(code, tx);
      if (!existing) throw AppException.notFound();
      await this.preconditions.assert(
        precondition,
        { entityType: 'region', key: code, version: existing.version },
        tx,
      );
      await this.repository.update(code, dto, tx);
      const after = toRegionDto((await this.repository.findByCode(code, tx))!);
      await this.audit.record(
        {
          action: 'region.update',
          entityType: 'region',
          entityId: code,
          before: toRegionDto(existing),
          after,
        },
        tx,
      );
      return after;
    });
  }
}
