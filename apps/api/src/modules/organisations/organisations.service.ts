import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Action, Role, roleFitsOrganisation } from '@skillpay/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { ErrorCode } from '../../common/errors/error-code';
import { AuditService } from '../audit/audit.service';
import { RegionEntity } from '../regions/region.entity';
import { UserEntity } from '../users/user.entity';
import { OrganisationEntity } from './organisation.entity';
import {
  type CreateOrganisationDto,
  type OrganisationDto,
  type OrganisationListDto,
  type OrganisationQueryDto,
  toOrganisationDto,
  type UpdateOrganisationDto,
} from './organisations.dto';
import { OrganisationsRepository } from './organisations.repository';

/** Fields only the system administrator may change: they move an organisation in the tree. */
const ADMIN_ONLY_FIELDS = ['name', 'type', 'regionCode'] as const;

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: OrganisationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(caller: Caller, query: OrganisationQueryDto): Promise<OrganisationListDto> {
    const [items, total] = await this.repository.findPage(
      this.access.scope(caller, 'organisations', 'read'),
      query,
    );
    return { items: items.map(toOrganisationDto), total };
  }

  async get(caller: Caller, id: string): Promise<OrganisationDto> {
    return toOrganisationDto(await this.findOrFail(caller, id, 'read'));
  }

  async create(dto: CreateOrganisationDto): Promise<OrganisationDto> {
    await this.assertRegionExists(dto.regionCode);
    await this.assertNameFree(dto.name);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(OrganisationEntity, manager.create(OrganisationEntity, dto));
      const created = toOrganisationDto((await this.repository.findById(saved.id, manager))!);
      await this.audit.record(
        { action: 'organisation.create', entityType: 'organisation', entityId: saved.id, after: created },
        manager,
      );
      return created;
    });
  }

  async update(caller: Caller, id: string, dto: UpdateOrganisationDto): Promise<OrganisationDto> {
    if (caller.role !== Role.SystemAdmin) {
      const forbidden = ADMIN_ONLY_FIELDS.filter((field) => dto[field] !== undefined);
      if (forbidden.length > 0) {
        // Scope first: an object outside the caller's scope stays a 404 whatever the body says.
        await this.findOrFail(caller, id, 'update');
        throw new AppException(
          ErrorCode.FieldNotEditable,
          HttpStatus.FORBIDDEN,
          {},
          forbidden.map((field) => ({ field, code: `errors.${ErrorCode.FieldNotEditable}` })),
        );
      }
    }
    if (dto.regionCode) await this.assertRegionExists(dto.regionCode);
    if (dto.name) await this.assertNameFree(dto.name, id);

    return this.dataSource.transaction(async (manager) => {
      const existing = await this.repository.findInScope(
        this.access.scope(caller, 'organisations', 'update'),
        id,
        manager,
      );
      if (!existing) throw await this.notFound(id, manager);
      if (dto.type && dto.type !== existing.type) await this.assertMembersFit(id, dto.type, manager);
      const before = toOrganisationDto(existing);
      await manager.update(OrganisationEntity, { id }, dto);
      const after = toOrganisationDto((await this.repository.findById(id, manager))!);
      await this.audit.record(
        { action: 'organisation.update', entityType: 'organisation', entityId: id, before, after },
        manager,
      );
      return after;
    });
  }

  async remove(caller: Caller, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const existing = await this.repository.findInScope(
        this.access.scope(caller, 'organisations', 'delete'),
        id,
        manager,
      );
      if (!existing) throw await this.notFound(id, manager);
      const members = await this.repository.countUsers(id, manager);
      if (members > 0)
        throw AppException.conflict(ErrorCode.OrganisationInUse, undefined, { count: members });
      await manager.softDelete(OrganisationEntity, { id });
      await this.audit.record(
        {
          action: 'organisation.delete',
          entityType: 'organisation',
          entityId: id,
          before: toOrganisationDto(existing),
        },
        manager,
      );
    });
  }

  private async findOrFail(caller: Caller, id: string, action: Action): Promise<OrganisationEntity> {
    const organisation = await this.repository.findInScope(
      this.access.scope(caller, 'organisations', action),
      id,
    );
    if (!organisation) throw await this.notFound(id);
    return organisation;
  }

  /** 404, naming the entity only when it exists but lies outside the scope; `manager` inside a transaction. */
  private async notFound(id: string, manager?: EntityManager): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, manager)) ? { entityType: 'organisation', entityId: id } : undefined,
    );
  }

  private async assertRegionExists(code: string): Promise<void> {
    if (!(await this.dataSource.manager.existsBy(RegionEntity, { code }))) {
      throw AppException.validation([
        { field: 'regionCode', code: `errors.${ErrorCode.RegionNotFound}`, params: { code } },
      ]);
    }
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    if (await this.repository.nameTaken(name, exceptId)) {
      throw AppException.conflict(ErrorCode.OrganisationNameTaken, 'name', { name });
    }
  }

  private async assertMembersFit(id: string, type: CreateOrganisationDto['type'], manager: EntityManager) {
    const members = await manager.findBy(UserEntity, { organisationId: id });
    const misfit = members.find((member) => !roleFitsOrganisation(member.role, type));
    if (misfit)
      throw AppException.conflict(ErrorCode.RoleOrganisationMismatch, 'type', { role: misfit.role });
  }
}
