import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isOccupationCode, normaliseOccupationCode } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { ErrorCode } from '../../common/errors/error-code';
import { AuditService } from '../audit/audit.service';
import { OccupationEntity } from './occupation.entity';
import {
  type CreateOccupationDto,
  type OccupationDto,
  type OccupationListDto,
  type OccupationSearchDto,
  type PublicOccupationListDto,
  toOccupationDto,
  toPublicOccupationDto,
  type UpdateOccupationDto,
} from './occupations.dto';
import { OccupationsRepository } from './occupations.repository';

/**
 * The occupation catalogue is reference data: every signed-in role and the public read it, only
 * the system administrator changes it (the route guards say who; no row scope applies).
 */
@Injectable()
export class OccupationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: OccupationsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(query: OccupationSearchDto): Promise<OccupationListDto> {
    const [items, total] = await this.repository.findPage(query);
    return { items: items.map(toOccupationDto), total };
  }

  async publicList(query: OccupationSearchDto): Promise<PublicOccupationListDto> {
    const [items, total] = await this.repository.findPage(query);
    return { items: items.map(toPublicOccupationDto), total };
  }

  async get(code: string): Promise<OccupationDto> {
    return toOccupationDto(await this.findOrFail(code));
  }

  /** A code deleted earlier comes back with the new names (its key never changes meaning). */
  async create(dto: CreateOccupationDto): Promise<OccupationDto> {
    return this.dataSource.transaction(async (manager) => {
      const [existing] = await this.repository.findAnyByCodes([dto.code], manager);
      if (existing && !existing.deletedAt) {
        throw AppException.conflict(ErrorCode.OccupationExists, 'code', { code: dto.code });
      }
      await manager.upsert(
        OccupationEntity,
        {
          code: dto.code,
          nameZh: dto.nameZh,
          nameEn: dto.nameEn ? dto.nameEn : null,
          urgentlyNeeded: dto.urgentlyNeeded ?? false,
          deletedAt: null,
          updatedAt: new Date(),
        },
        ['code'],
      );
      const created = toOccupationDto((await this.repository.findByCode(dto.code, manager))!);
      await this.audit.record(
        {
          action: existing ? 'occupation.restore' : 'occupation.create',
          entityType: 'occupation',
          entityId: dto.code,
          before: existing ? toOccupationDto(existing) : undefined,
          after: created,
        },
        manager,
      );
      return created;
    });
  }

  async update(code: string, dto: UpdateOccupationDto): Promise<OccupationDto> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.findOrFail(code, manager);
      const changes = {
        nameZh: dto.nameZh,
        nameEn: dto.nameEn === undefined ? undefined : dto.nameEn ? dto.nameEn : null,
        urgentlyNeeded: dto.urgentlyNeeded,
      };
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      await manager.update(OccupationEntity, { code: existing.code }, { ...defined, updatedAt: new Date() });
      const after = toOccupationDto((await this.repository.findByCode(existing.code, manager))!);
      await this.audit.record(
        {
          action: 'occupation.update',
          entityType: 'occupation',
          entityId: existing.code,
          before: toOccupationDto(existing),
          after,
        },
        manager,
      );
      return after;
    });
  }

  /** Soft delete: wage rows and benchmarks that name the code keep resolving it. */
  async remove(code: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const existing = await this.findOrFail(code, manager);
      await manager.softDelete(OccupationEntity, { code: existing.code });
      await this.audit.record(
        {
          action: 'occupation.delete',
          entityType: 'occupation',
          entityId: existing.code,
          before: toOccupationDto(existing),
        },
        manager,
      );
    });
  }

  private async findOrFail(rawCode: string, manager = this.dataSource.manager): Promise<OccupationEntity> {
    const code = normaliseOccupationCode(rawCode);
    const occupation = isOccupationCode(code) ? await this.repository.findByCode(code, manager) : null;
    if (!occupation) throw AppException.notFound();
    return occupation;
  }
}
