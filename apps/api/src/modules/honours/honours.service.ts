import { Injectable } from '@nestjs/common';
import { HonourLevel } from '@skillpay/domain';
import { AppException } from '../../common/errors/app.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import { UnitOfWork, type Tx } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type HonourEntity } from '../talents/honour.entity';
import { HonourException } from './honour.exception';
import {
  type CreateHonourDto,
  type HonourDto,
  type HonourListDto,
  type UpdateHonourDto,
} from './honours.dto';
import { HonoursRepository, type HonourRow } from './honours.repository';

/** What the audit records of an honour hold. */
function snapshot(honour: HonourEntity): Record<string, unknown> {
  return {
    code: honour.code,
    nameZh: honour.nameZh,
    nameEn: honour.nameEn,
    level: honour.level,
    issuer: honour.issuer,
    qualifying: honour.qualifying,
    sortOrder: honour.sortOrder,
  };
}

function toDto({ honour, talentCount }: HonourRow): HonourDto {
  return {
    id: honour.id,
    code: honour.code,
    nameZh: honour.nameZh,
    nameEn: honour.nameEn,
    level: honour.level,
    issuer: honour.issuer,
    qualifying: honour.qualifying,
    sortOrder: honour.sortOrder,
    national: honour.level === HonourLevel.National,
    talentCount,
    version: honour.version,
  };
}

/**
 * 荣誉称号目录: the national honours every installation starts with (never deleted, always
 * qualifying) and the provincial and municipal ones the system administrator keeps. An honour a
 * talent record names is only soft-deleted, so the record and the published editions keep it.
 */
@Injectable()
export class HonoursService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: HonoursRepository,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
  ) {}

  async list(): Promise<HonourListDto> {
    const rows = await this.repository.findAll();
    return { items: rows.map(toDto), total: rows.length };
  }

  async get(id: string): Promise<HonourDto> {
    const row = await this.repository.findOne(id);
    if (!row) throw AppException.notFound();
    return toDto(row);
  }

  async create(dto: CreateHonourDto): Promise<HonourDto> {
    if (dto.level === HonourLevel.National) throw HonourException.invalid('level', 'honour_national_level');
    const id = await this.unitOfWork.run(async (tx) => {
      if (await this.repository.codeTaken(dto.code, tx)) {
        throw HonourException.invalid('code', 'honour_code_taken', { code: dto.code });
      }
      const saved = await this.repository.insert(
        {
          code: dto.code,
          nameZh: dto.nameZh.trim(),
          nameEn: dto.nameEn?.trim() || null,
          level: dto.level,
          issuer: dto.issuer.trim(),
          qualifying: dto.qualifying,
          sortOrder: dto.sortOrder ?? 100,
        },
        tx,
      );
      await this.audit.record(
        { action: 'honour.create', entityType: 'honour', entityId: saved.id, after: snapshot(saved) },
        tx,
      );
      return saved.id;
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdateHonourDto, precondition?: Precondition): Promise<HonourDto> {
    await this.unitOfWork.run(async (tx) => {
      const honour = await this.lock(id, precondition, tx);
      const national = honour.level === HonourLevel.National;
      if (dto.level !== undefined && dto.level !== honour.level) {
        // a national honour stays national; none becomes national here
        if (national || dto.level === HonourLevel.National) {
          throw HonourException.invalid('level', 'honour_national_level');
        }
      }
      // the names are the State's (中办发〔2018〕16号; art. 38): published lists must carry them as conferred
      if (national && dto.nameZh !== undefined && dto.nameZh.trim() !== honour.nameZh) {
        throw HonourException.invalid('nameZh', 'honour_national_name', { name: honour.nameZh });
      }
      if (national && dto.qualifying === false) {
        throw HonourException.invalid('qualifying', 'honour_national_qualifying', { name: honour.nameZh });
      }
      const before = snapshot(honour);
      const changes: Partial<HonourEntity> = {};
      if (dto.nameZh !== undefined) changes.nameZh = dto.nameZh.trim();
      if (dto.nameEn !== undefined) changes.nameEn = dto.nameEn?.trim() || null;
      if (dto.level !== undefined) changes.level = dto.level;
      if (dto.issuer !== undefined) changes.issuer = dto.issuer.trim();
      if (dto.qualifying !== undefined) changes.qualifying = dto.qualifying;
      if (dto.sortOrder !== undefined) changes.sortOrder = dto.sortOrder;
      await this.repository.update(id, changes, tx);
      await this.audit.record(
        {
          action: 'honour.update',
          entityType: 'honour',
          entityId: id,
          before,
          after: snapshot({ ...honour, ...changes }),
        },
        tx,
      );
    });
    return this.get(id);
  }

  /** National honours stay; one a talent record names is soft-deleted (kept for history), others go. */
  async remove(id: string, precondition?: Precondition): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const honour = await this.lock(id, precondition, tx);
      if (honour.level === HonourLevel.National) {
        throw new HonourException('honour_national_delete', { name: honour.nameZh });
      }
      const inUse = await this.repository.inUse(id, tx);
      if (inUse) await this.repository.softDelete(id, tx);
      else await this.repository.delete(id, tx);
      await this.audit.record(
        {
          action: 'honour.delete',
          entityType: 'honour',
          entityId: id,
          before: snapshot(honour),
          after: { kept: inUse },
        },
        tx,
      );
    });
  }

  private async lock(id: string, precondition: Precondition | undefined, tx: Tx): Promise<HonourEntity> {
    const honour = await this.repository.lock(id, tx);
    if (!honour) throw AppException.notFound();
    await this.preconditions.assert(
      precondition,
      { entityType: 'honour', key: honour.id, version: honour.version },
      tx,
    );
    return honour;
  }
}
