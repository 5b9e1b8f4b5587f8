import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { regionLevelOfCode } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { ErrorCode } from '../../common/errors/error-code';
import { AuditService } from '../audit/audit.service';
import { RegionEntity } from './region.entity';
import {
  type CreateRegionDto,
  type RegionDto,
  type RegionListDto,
  toRegionDto,
  type UpdateRegionDto,
} from './regions.dto';

/** Digits a child's code shares with its parent: 2 under a province, 4 under a city. */
function sharedPrefixLength(parentCode: string): number {
  return parentCode.endsWith('0000') ? 2 : 4;
}

/** Regions are reference data every signed-in user may read. */
@Injectable()
export class RegionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<RegionListDto> {
    const regions = await this.dataSource.manager.find(RegionEntity, { order: { path: 'ASC' } });
    return { items: regions.map(toRegionDto), total: regions.length };
  }

  async create(dto: CreateRegionDto): Promise<RegionDto> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(RegionEntity, { code: dto.code })) {
        throw AppException.conflict(ErrorCode.RegionExists, 'code', { code: dto.code });
      }
      const parent = await manager.findOneBy(RegionEntity, { code: dto.parentCode });
      if (!parent) {
        throw AppException.validation([
          {
            field: 'parentCode',
            code: `errors.${ErrorCode.RegionNotFound}`,
            params: { code: dto.parentCode },
          },
        ]);
      }
      const prefix = sharedPrefixLength(parent.code);
      if (
        parent.level === 'district' ||
        dto.code.slice(0, prefix) !== parent.code.slice(0, prefix) ||
        dto.code === parent.code
      ) {
        throw AppException.validation([
          {
            field: 'code',
            code: `errors.${ErrorCode.RegionParentMismatch}`,
            params: { code: dto.code, parentCode: parent.code },
          },
        ]);
      }
      const region = await manager.save(
        RegionEntity,
        manager.create(RegionEntity, {
          ...dto,
          level: regionLevelOfCode(dto.code),
          path: `${parent.path}${dto.code}/`,
        }),
      );
      const created = toRegionDto(region);
      await this.audit.record(
        { action: 'region.create', entityType: 'region', entityId: region.code, after: created },
        manager,
      );
      return created;
    });
  }

  async update(code: string, dto: UpdateRegionDto): Promise<RegionDto> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(RegionEntity, { code });
      if (!existing) throw AppException.notFound();
      await manager.update(RegionEntity, { code }, dto);
      const after = toRegionDto((await manager.findOneBy(RegionEntity, { code }))!);
      await this.audit.record(
        {
          action: 'region.update',
          entityType: 'region',
          entityId: code,
          before: toRegionDto(existing),
          after,
        },
        manager,
      );
      return after;
    });
  }
}
