import { Injectable } from '@nestjs/common';
import { isOccupationCode, normaliseOccupationCode } from '@skillpay/domain';
import { AppException } from '../../common/errors/app.exception';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type OccupationEntity } from './occupation.entity';
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
import { OccupationException } from './occupations.exception';
import { OccupationsRepository } from './occupations.repository';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';

/**
 * The occupation catalogue is reference data: every signed-in role and the public read it, only
 * the system administrator changes it (the route guards say who; no row scope applies).
 */
@Injectable()
export class OccupationsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: OccupationsRepository,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
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
    return this.unitOfWork.run(async (tx) => {
      const [existing] = await this.repository.findAnyByCodes([dto.code], tx);
      if (existing && !existing.deletedAt) {
        throw new OccupationException('occupation_exists', { code: dto.code }, { field: 'code' });
      }
      await this.repository.upsert(
        [
          {
            code: dto.code,
            nameZh: dto.nameZh,
            nameEn: dto.nameEn ? dto.nameEn : null,
            urgentlyNeeded: dto.urgentlyNeeded ?? false,
            deletedAt: null,
            updatedAt: new Date(),
          },
        ],
        tx,
      );
      const created = toOccupationDto((await this.repository.findByCode(dto.code, tx))!);
      await this.audit.record(
        {
          action: existing ? 'occupation.restore' : 'occupation.create',
          entityType: 'occupation',
          entityId: dto.code,
          before: existing ? toOccupationDto(existing) : undefined,
          after: created,
        },
        tx,
      );
      return created;
    });
  }

  async update(code: string, dto: UpdateOccupationDto, precondition?: Precondition): Promise<OccupationDto> {
    return this.unitOfWork.run(async (tx) => {
      const existing = await this.lockForEdit(code, precondition, tx);
      const changes = {
        nameZh: dto.nameZh,
        nameEn: dto.nameEn === undefined ? undefined : dto.nameEn ? dto.nameEn : null,
        urgentlyNeeded: dto.urgentlyNeeded,
      };
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      await this.repository.update(existing.code, { ...defined, updatedAt: new Date() }, tx);
      const after = toOccupationDto((await this.repository.findByCode(existing.code, tx))!);
      await this.audit.record(
        {
          action: 'occupation.update',
          entityType: 'occupation',
          entityId: existing.code,
          before: toOccupationDto(existing),
          after,
        },
        tx,
      );
      return after;
    });
  }

  /** Soft delete: wage rows and benchmarks that name the code keep resolving it. */
  async remove(code: string, precondition?: Precondition): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const existing = await this.lockForEdit(code, precondition, tx);
      await this.repository.softDelete(existing.code, tx);
      await this.audit.record(
        {
          action: 'occupation.delete',
          entityType: 'occupation',
          entityId: existing.code,
          before: toOccupationDto(existing),
        },
        tx,
      );
    });
  }

  private async findOrFail(rawCode: string, tx?: Tx, lock = false): Promise<OccupationEntity> {
    const code = normaliseOccupationCode(rawCode);
    const occupation = isOccupationCode(code) ? await this.repository.findByCode(code, tx, lock) : null;
    if (!occupation) throw AppException.notFound();
    return occupation;
  }

  /** The entry locked for an edit, once the write's If-Match holds (404, 412). */
  private async lockForEdit(rawCode: string, precondition: Precondition | undefined, tx: Tx) {
    const occupation = await this.findOrFail(rawCode, tx, true);
    await this.preconditions.assert(
      precondition,
      { entityType: 'occupation', key: occupation.code, version: occupation.version },
      tx,
    );
    return occupation;
  }
}
