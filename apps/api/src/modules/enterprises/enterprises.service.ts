import { HttpStatus, Injectable } from '@nestjs/common';
import { type Action, checkCreditCode, normaliseCreditCode, RegionLevel, Role } from '@skillpay/domain';
import { AccessService } from '../../common/access/access.service';
import { type OrganisationScope } from '../../common/access/scope';
import { type Caller } from '../../common/auth/caller';
import { AppException, type FieldProblem } from '../../common/errors/app.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { OrganisationException } from '../organisations/organisations.exception';
import { RegionException } from '../regions/regions.exception';
import { type RegionEntity } from '../regions/region.entity';
import { RegionsRepository } from '../regions/regions.repository';
import { EnterpriseEntity } from './enterprise.entity';
import {
  type CreateEnterpriseDto,
  ENTERPRISE_SELF_EDITABLE,
  type EnterpriseDto,
  type EnterpriseListDto,
  type EnterpriseQueryDto,
  toEnterpriseDto,
  type UpdateEnterpriseDto,
} from './enterprises.dto';
import { EnterpriseException } from './enterprises.exception';
import { EnterprisesRepository } from './enterprises.repository';

/** What is wrong with a credit code, as a field problem under `field`; null when it is valid. */
export function creditCodeProblem(code: string, field = 'creditCode'): FieldProblem | null {
  const problem = checkCreditCode(code);
  if (!problem) return null;
  switch (problem.kind) {
    case 'length':
      return EnterpriseException.fieldProblem(field, 'credit_code_length', { length: problem.length });
    case 'character':
      return EnterpriseException.fieldProblem(field, 'credit_code_character', {
        position: problem.position,
        character: problem.character,
      });
    case 'check':
      return EnterpriseException.fieldProblem(field, 'credit_code_check', {
        expected: problem.expected,
        actual: problem.actual,
      });
  }
}

/** Where an enterprise may be registered: the city itself (市直) or one of its districts. */
export type RegionCheck =
  | { ok: true; region: RegionEntity }
  | { ok: false; status: HttpStatus.BAD_REQUEST | HttpStatus.FORBIDDEN; problem: FieldProblem };

export function checkEnterpriseRegion(
  region: RegionEntity | null,
  code: string,
  scope: OrganisationScope,
  field = 'regionCode',
): RegionCheck {
  if (!region) {
    return {
      ok: false,
      status: HttpStatus.BAD_REQUEST,
      problem: RegionException.fieldProblem(field, 'region_not_found', { code }),
    };
  }
  if (region.level === RegionLevel.Province) {
    return {
      ok: false,
      status: HttpStatus.BAD_REQUEST,
      problem: RegionException.fieldProblem(field, 'region_not_in_city', { code }),
    };
  }
  const inScope =
    scope.kind === 'all' || (scope.kind === 'region' && region.path.startsWith(scope.regionPath));
  if (!inScope) {
    return {
      ok: false,
      status: HttpStatus.FORBIDDEN,
      problem: EnterpriseException.fieldProblem(field, 'region_out_of_scope', { code }),
    };
  }
  return { ok: true, region };
}

@Injectable()
export class EnterprisesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: EnterprisesRepository,
    private readonly regions: RegionsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
  ) {}

  async list(caller: Caller, query: EnterpriseQueryDto): Promise<EnterpriseListDto> {
    const [items, total] = await this.repository.findPage(
      this.access.scope(caller, 'enterprises', 'read'),
      query,
    );
    return { items: items.map(toEnterpriseDto), total };
  }

  async get(caller: Caller, id: string): Promise<EnterpriseDto> {
    return toEnterpriseDto(await this.findOrFail(caller, id, 'read'));
  }

  async create(caller: Caller, dto: CreateEnterpriseDto): Promise<EnterpriseDto> {
    const scope = this.access.scope(caller, 'enterprises', 'create');
    const creditCode = normaliseCreditCode(dto.creditCode);
    const name = dto.name.trim();
    await this.assertRegion(dto.regionCode, scope);
    const problem = creditCodeProblem(creditCode);
    if (problem) throw AppException.validation([problem]);
    await this.assertUnique(creditCode, name);
    return this.unitOfWork.run(async (tx) => {
      const [created] = await this.insertMany(tx, [{ ...dto, creditCode, name }]);
      await this.audit.record(
        { action: 'enterprise.create', entityType: 'enterprise', entityId: created.id, after: created },
        tx,
      );
      return created;
    });
  }

  /**
   * Inserts organisations (type enterprise) and their enterprise rows; the caller owns the
   * transaction and has validated the input.
   */
  async insertMany(tx: Tx, inputs: CreateEnterpriseDto[]): Promise<EnterpriseDto[]> {
    const ids: string[] = [];
    for (const input of inputs) ids.push(await this.repository.insert(input, tx));
    const saved = await this.repository.findByIds(ids, tx);
    const byId = new Map(saved.map((enterprise) => [enterprise.id, enterprise]));
    return ids.map((id) => toEnterpriseDto(byId.get(id)!));
  }

  async update(
    caller: Caller,
    id: string,
    dto: UpdateEnterpriseDto,
    precondition?: Precondition,
  ): Promise<EnterpriseDto> {
    const scope = this.access.scope(caller, 'enterprises', 'update');
    // Scope first: an object outside the caller's scope stays a 404 whatever the body says.
    await this.findOrFail(caller, id, 'update');
    if (caller.role === Role.Enterprise) {
      const allowed: readonly string[] = ENTERPRISE_SELF_EDITABLE;
      const forbidden = Object.keys(dto).filter(
        (field) => dto[field as keyof UpdateEnterpriseDto] !== undefined && !allowed.includes(field),
      );
      if (forbidden.length > 0) {
        throw AppException.notEditable(forbidden);
      }
    }
    const creditCode = dto.creditCode !== undefined ? normaliseCreditCode(dto.creditCode) : undefined;
    const name = dto.name?.trim();
    if (dto.regionCode) await this.assertRegion(dto.regionCode, scope);
    if (creditCode) {
      const problem = creditCodeProblem(creditCode);
      if (problem) throw AppException.validation([problem]);
    }
    await this.assertUnique(creditCode, name, id);

    return this.unitOfWork.run(async (tx) => {
      const existing = await this.repository.lockInScope(scope, id, tx);
      if (!existing) throw await this.notFound(id, tx);
      const before = toEnterpriseDto(existing);
      await this.preconditions.assert(
        precondition,
        { entityType: ['enterprise', 'organisation'], key: id, version: before.version },
        tx,
      );
      const organisationChanges = {
        name,
        regionCode: dto.regionCode,
        address: dto.address,
        contactPerson: dto.contactPerson,
        contactPhone: dto.contactPhone,
      };
      const enterpriseChanges = {
        creditCode,
        industrySection: dto.industrySection,
        ownership: dto.ownership,
        size: dto.size,
        headcount: dto.headcount,
        skilledHeadcount: dto.skilledHeadcount ? { ...dto.skilledHeadcount } : undefined,
        priorityCategories: dto.priorityCategories,
      };
      const defined = <T extends object>(values: T) =>
        Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
      await this.repository.update(id, defined(organisationChanges), defined(enterpriseChanges), tx);
      const after = toEnterpriseDto((await this.repository.findById(id, tx))!);
      await this.audit.record(
        { action: 'enterprise.update', entityType: 'enterprise', entityId: id, before, after },
        tx,
      );
      return after;
    });
  }

  /** The region of a new or moved enterprise: 400 when unknown or not a city/district, 403 outside the scope. */
  async assertRegion(code: string, scope: OrganisationScope): Promise<RegionEntity> {
    const region = await this.regions.findByCode(code);
    const check = checkEnterpriseRegion(region, code, scope);
    if (check.ok) return check.region;
    if (check.status === HttpStatus.FORBIDDEN) {
      throw new EnterpriseException('region_out_of_scope', { code }, { field: check.problem.field });
    }
    throw AppException.validation([check.problem]);
  }

  private async assertUnique(creditCode: string | undefined, name: string | undefined, exceptId?: string) {
    if (creditCode && (await this.repository.takenCreditCodes([creditCode], exceptId)).size > 0) {
      throw new EnterpriseException('credit_code_taken', { creditCode }, { field: 'creditCode' });
    }
    if (name && (await this.repository.takenNames([name], exceptId)).size > 0) {
      throw new OrganisationException('organisation_name_taken', { name }, { field: 'name' });
    }
  }

  private async findOrFail(caller: Caller, id: string, action: Action): Promise<EnterpriseEntity> {
    const enterprise = await this.repository.findInScope(
      this.access.scope(caller, 'enterprises', action),
      id,
    );
    if (!enterprise) throw await this.notFound(id);
    return enterprise;
  }

  /** 404, naming the entity only when it exists but lies outside the scope; `tx` inside a transaction. */
  private async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'enterprise', entityId: id } : undefined,
    );
  }
}
