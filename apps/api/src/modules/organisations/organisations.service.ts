import { Injectable } from '@nestjs/common';
import { type Action, Role, roleFitsOrganisation } from '@skillpay/domain';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { RegionException } from '../regions/regions.exception';
import { RegionsRepository } from '../regions/regions.repository';
import { type OrganisationEntity } from './organisation.entity';
import {
  type CreateOrganisationDto,
  type OrganisationDto,
  type OrganisationListDto,
  type OrganisationQueryDto,
  toOrganisationDto,
  type UpdateOrganisationDto,
} from './organisations.dto';
import { OrganisationException } from './organisations.exception';
import { OrganisationsRepository } from './organisations.repository';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';

/** Fields only the system administrator may change: they move an organisation in the tree. */
const ADMIN_ONLY_FIELDS = ['name', 'type', 'regionCode'] as const;

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: OrganisationsRepository,
    private readonly regions: RegionsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
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
    return this.unitOfWork.run(async (tx) => {
      const id = await this.repository.insert(dto, tx);
      const created = toOrganisationDto((await this.repository.findById(id, tx))!);
      await this.audit.record(
        { action: 'organisation.create', entityType: 'organisation', entityId: id, after: created },
        tx,
      );
      return created;
    });
  }

  async update(
    caller: Caller,
    id: string,
    dto: UpdateOrganisationDto,
    precondition?: Precondition,
  ): Promise<OrganisationDto> {
    if (caller.role !== Role.SystemAdmin) {
      const forbidden = ADMIN_ONLY_FIELDS.filter((field) => dto[field] !== undefined);
      if (forbidden.length > 0) {
        // Scope first: an object outside the caller's scope stays a 404 whatever the body says.
        await this.findOrFail(caller, id, 'update');
        throw AppException.notEditable(forbidden);
      }
    }
    if (dto.regionCode) await this.assertRegionExists(dto.regionCode);
    if (dto.name) await this.assertNameFree(dto.name, id);

    return this.unitOfWork.run(async (tx) => {
      const existing = await this.repository.lockInScope(
        this.access.scope(caller, 'organisations', 'update'),
        id,
        tx,
      );
      if (!existing) throw await this.notFound(id, tx);
      await this.assertVersion(existing, precondition, tx);
      if (dto.type && dto.type !== existing.type) await this.assertMembersFit(id, dto.type, tx);
      const before = toOrganisationDto(existing);
      await this.repository.update(id, dto, tx);
      const after = toOrganisationDto((await this.repository.findById(id, tx))!);
      await this.audit.record(
        { action: 'organisation.update', entityType: 'organisation', entityId: id, before, after },
        tx,
      );
      return after;
    });
  }

  async remove(caller: Caller, id: string, precondition?: Precondition): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const existing = await this.repository.lockInScope(
        this.access.scope(caller, 'organisations', 'delete'),
        id,
        tx,
      );
      if (!existing) throw await this.notFound(id, tx);
      await this.assertVersion(existing, precondition, tx);
      const members = await this.repository.countUsers(id, tx);
      if (members > 0) throw new OrganisationException('organisation_in_use', { count: members });
      await this.repository.softDelete(id, tx);
      await this.audit.record(
        {
          action: 'organisation.delete',
          entityType: 'organisation',
          entityId: id,
          before: toOrganisationDto(existing),
        },
        tx,
      );
    });
  }

  private assertVersion(organisation: OrganisationEntity, precondition: Precondition | undefined, tx: Tx) {
    return this.preconditions.assert(
      precondition,
      // an enterprise's edits (audited as the enterprise, same id) change its organisation row too
      { entityType: ['organisation', 'enterprise'], key: organisation.id, version: organisation.version },
      tx,
    );
  }

  private async findOrFail(caller: Caller, id: string, action: Action): Promise<OrganisationEntity> {
    const organisation = await this.repository.findInScope(
      this.access.scope(caller, 'organisations', action),
      id,
    );
    if (!organisation) throw await this.notFound(id);
    return organisation;
  }

  /** 404, naming the entity only when it exists but lies outside the scope; `tx` inside a transaction. */
  private async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'organisation', entityId: id } : undefined,
    );
  }

  private async assertRegionExists(code: string): Promise<void> {
    if (!(await this.regions.exists(code))) {
      throw RegionException.invalid('regionCode', 'region_not_found', { code });
    }
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    if (await this.repository.nameTaken(name, exceptId)) {
      throw new OrganisationException('organisation_name_taken', { name }, { field: 'name' });
    }
  }

  private async assertMembersFit(id: string, type: CreateOrganisationDto['type'], tx: Tx) {
    const roles = await this.repository.memberRoles(id, tx);
    const misfit = roles.find((role) => !roleFitsOrganisation(role, type));
    if (misfit) {
      throw new OrganisationException('role_organisation_mismatch', { role: misfit }, { field: 'type' });
    }
  }
}
