import { Injectable } from '@nestjs/common';
import { type Action, GuidanceKind, Role } from '@skillpay/domain';
import { AccessService } from '../../common/access/access.service';
import { type OrganisationScope } from '../../common/access/scope';
import { type Caller } from '../../common/auth/caller';
import { AppException, type FieldProblem } from '../../common/errors/app.exception';
import { type FileResponse } from '../../common/http/file-response';
import { type AttachmentEntity } from '../attachments/attachment.entity';
import { toAttachmentDto, toAttachmentFile, type UploadedAttachment } from '../attachments/attachments.dto';
import { AttachmentsService } from '../attachments/attachments.service';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammesRepository } from '../programmes/programmes.repository';
import { type UserEntity } from '../users/user.entity';
import { type GuidanceActivityEntity } from './guidance-activity.entity';
import {
  type CreateGuidanceActivityDto,
  type GuidanceActivityDto,
  type GuidanceActivityListDto,
  type GuidanceQueryDto,
  type UpdateGuidanceActivityDto,
} from './guidance.dto';
import { GuidanceException } from './guidance.exception';
import { GuidanceRepository } from './guidance.repository';
import { ProgrammeException } from '../programmes/programme.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';

type ActivityFields = Omit<CreateGuidanceActivityDto, 'kind' | 'occurredOn' | 'title'> &
  Pick<GuidanceActivityEntity, 'kind'>;

@Injectable()
export class GuidanceService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: GuidanceRepository,
    private readonly programmes: ProgrammesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
    private readonly attachments: AttachmentsService,
  ) {}

  async list(caller: Caller, query: GuidanceQueryDto): Promise<GuidanceActivityListDto> {
    const [items, total] = await this.repository.findPage(
      this.access.scope(caller, 'guidance', 'read'),
      query,
    );
    return { items: await this.toDtos(caller, items, false), total };
  }

  async get(caller: Caller, id: string): Promise<GuidanceActivityDto> {
    return (await this.toDtos(caller, [await this.findOrFail(caller, id, 'read')], true))[0];
  }

  async create(caller: Caller, dto: CreateGuidanceActivityDto): Promise<GuidanceActivityDto> {
    await this.assertValid(caller, caller.organisationId, caller.regionPath, dto);
    const id = await this.unitOfWork.run(async (tx) => {
      const savedId = await this.repository.insert(
        {
          ...this.fields(dto),
          kind: dto.kind,
          occurredOn: dto.occurredOn,
          title: dto.title,
          organisationId: caller.organisationId,
          regionCode: caller.regionCode,
          createdBy: caller.userId,
        },
        tx,
      );
      await this.audit.record(
        {
          action: 'guidance.create',
          entityType: 'guidance_activity',
          entityId: savedId,
          after: await this.snapshot(savedId, tx),
        },
        tx,
      );
      return savedId;
    });
    return this.get(caller, id);
  }

  async update(
    caller: Caller,
    id: string,
    dto: UpdateGuidanceActivityDto,
    precondition?: Precondition,
  ): Promise<GuidanceActivityDto> {
    const scope = this.access.scope(caller, 'guidance', 'update');
    // Scope first: an object outside the caller's scope stays a 404 whatever the body says.
    await this.findOrFail(caller, id, 'update');
    const saved = await this.unitOfWork.run(async (tx) => {
      // merged from the locked row, so a field this PATCH leaves out keeps the latest value
      const existing = await this.lockForEdit(scope, id, precondition, tx);
      const merged: CreateGuidanceActivityDto = {
        kind: dto.kind ?? existing.kind,
        occurredOn: dto.occurredOn ?? existing.occurredOn,
        title: dto.title ?? existing.title,
        programmeId: dto.programmeId !== undefined ? dto.programmeId : existing.programmeId,
        enterpriseIds: dto.enterpriseIds ?? existing.enterpriseIds,
        officerIds: dto.officerIds ?? existing.officerIds,
        guidelineParts: dto.guidelineParts ?? existing.guidelineParts,
        outcome: dto.outcome ?? existing.outcome,
        trainingAudiences: dto.trainingAudiences ?? existing.trainingAudiences,
        attendeeCount: dto.attendeeCount !== undefined ? dto.attendeeCount : existing.attendeeCount,
      };
      // in the transaction: a second connection while holding the lock could wait for a full pool
      await this.assertValid(caller, existing.organisationId, existing.region!.path, merged, tx);
      const before = await this.snapshot(id, tx);
      await this.repository.update(
        id,
        { ...this.fields(merged), occurredOn: merged.occurredOn, title: merged.title },
        tx,
      );
      await this.audit.record(
        {
          action: 'guidance.update',
          entityType: 'guidance_activity',
          entityId: id,
          before,
          after: await this.snapshot(id, tx),
        },
        tx,
      );
      return (await this.repository.findInScope(scope, id, tx))!;
    });
    return (await this.toDtos(caller, [saved], true))[0];
  }

  async remove(caller: Caller, id: string, precondition?: Precondition): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      await this.lockForEdit(this.access.scope(caller, 'guidance', 'update'), id, precondition, tx);
      const before = await this.snapshot(id, tx);
      await this.repository.softDelete(id, tx);
      await this.audit.record(
        { action: 'guidance.delete', entityType: 'guidance_activity', entityId: id, before },
        tx,
      );
    });
  }

  /** The activity locked for an edit, once the write's If-Match holds (404, 412). */
  private async lockForEdit(
    scope: OrganisationScope,
    id: string,
    precondition: Precondition | undefined,
    tx: Tx,
  ): Promise<GuidanceActivityEntity> {
    const locked = await this.repository.lockInScope(scope, id, tx);
    if (!locked) throw await this.notFound(id, tx);
    await this.preconditions.assert(
      precondition,
      { entityType: 'guidance_activity', key: id, version: locked.version },
      tx,
    );
    return locked;
  }

  async addAttachments(
    caller: Caller,
    id: string,
    files: readonly UploadedAttachment[],
  ): Promise<GuidanceActivityDto> {
    await this.findOrFail(caller, id, 'update');
    if (files.length === 0) {
      throw AppException.validation([{ field: 'files', code: 'validation.isNotEmpty' }]);
    }
    this.attachments.assertAcceptable(files);
    await this.unitOfWork.run(async (tx) => {
      const stored = await this.attachments.store('guidance-activity', id, files, caller.userId, tx);
      await this.audit.record(
        {
          action: 'guidance.attach',
          entityType: 'guidance_activity',
          entityId: id,
          after: { attachments: stored.map((a) => ({ id: a.id, fileName: a.fileName, size: a.size })) },
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  async attachment(caller: Caller, id: string, attachmentId: string): Promise<FileResponse> {
    const activity = await this.findOrFail(caller, id, 'read');
    const attachment = await this.attachments.findWithContent('guidance-activity', attachmentId);
    if (!attachment || attachment.ownerId !== activity.id) {
      throw AppException.notFound(
        attachment ? { entityType: 'attachment', entityId: attachmentId } : undefined,
      );
    }
    return toAttachmentFile(attachment);
  }

  private fields(dto: CreateGuidanceActivityDto): ActivityFields {
    const training = dto.kind === GuidanceKind.Training;
    return {
      kind: dto.kind,
      programmeId: dto.programmeId ?? null,
      enterpriseIds: [...new Set(dto.enterpriseIds ?? [])],
      officerIds: [...new Set(dto.officerIds ?? [])],
      guidelineParts: [...new Set(dto.guidelineParts ?? [])],
      outcome: dto.outcome ?? '',
      trainingAudiences: training ? [...new Set(dto.trainingAudiences ?? [])] : [],
      attendeeCount: dto.attendeeCount ?? null,
    };
  }

  /** Field-level checks that need the database: training details, programme, enterprises, officers. */
  private async assertValid(
    caller: Caller,
    organisationId: string,
    regionPath: string,
    dto: CreateGuidanceActivityDto,
    tx?: Tx,
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    if (dto.kind === GuidanceKind.Training) {
      if (!dto.trainingAudiences?.length) {
        problems.push(GuidanceException.fieldProblem('trainingAudiences', 'training_audience_required'));
      }
      if (dto.attendeeCount === undefined || dto.attendeeCount === null) {
        problems.push(GuidanceException.fieldProblem('attendeeCount', 'training_attendees_required'));
      }
    }
    if (dto.programmeId) {
      const programme = await this.programmes.findInScope(
        this.access.programmeScope(caller, 'read'),
        dto.programmeId,
        tx,
      );
      if (!programme) problems.push(ProgrammeException.fieldProblem('programmeId', 'programme_not_visible'));
    }
    const enterpriseIds = [...new Set(dto.enterpriseIds ?? [])];
    if (enterpriseIds.length > 0) {
      const found = await this.repository.enterpriseIdsUnder(enterpriseIds, regionPath, tx);
      // one problem per enterprise outside the region
      for (const _outside of enterpriseIds.filter((id) => !found.includes(id))) {
        problems.push(GuidanceException.fieldProblem('enterpriseIds', 'enterprise_not_in_scope'));
      }
    }
    const officerIds = [...new Set(dto.officerIds ?? [])];
    if (officerIds.length > 0) {
      const found = await this.repository.countActiveMembers(officerIds, organisationId, tx);
      if (found !== officerIds.length) {
        problems.push(GuidanceException.fieldProblem('officerIds', 'officer_not_in_bureau'));
      }
    }
    if (problems.length > 0) throw AppException.validation(problems);
  }

  private async toDtos(
    caller: Caller,
    activities: GuidanceActivityEntity[],
    withAttachments: boolean,
  ): Promise<GuidanceActivityDto[]> {
    const enterpriseIds = [...new Set(activities.flatMap((a) => a.enterpriseIds))];
    const officerIds = [...new Set(activities.flatMap((a) => a.officerIds))];
    const [enterprises, officers, attachments] = await Promise.all([
      this.repository.organisationsByIds(enterpriseIds),
      this.repository.usersByIds(officerIds),
      withAttachments
        ? this.attachments.listFor(
            'guidance-activity',
            activities.map((a) => a.id),
          )
        : Promise.resolve([] as AttachmentEntity[]),
    ]);
    const updateScope = this.access.scope(caller, 'guidance', 'update');
    const isEnterprise = caller.role === Role.Enterprise;
    return activities.map((activity) => ({
      id: activity.id,
      version: activity.version,
      kind: activity.kind,
      occurredOn: activity.occurredOn,
      title: activity.title,
      programme: activity.programme ? { id: activity.programme.id, name: activity.programme.title } : null,
      organisation: { id: activity.organisation!.id, name: activity.organisation!.name },
      regionCode: activity.regionCode,
      regionName: activity.region?.name ?? '',
      enterprises: activity.enterpriseIds
        .filter((id) => !isEnterprise || id === caller.organisationId)
        .map((id) => enterprises.find((o) => o.id === id))
        .filter((o): o is OrganisationEntity => o !== undefined)
        .map((o) => ({ id: o.id, name: o.name })),
      officers: activity.officerIds
        .map((id) => officers.find((u) => u.id === id))
        .filter((u): u is UserEntity => u !== undefined)
        .map((u) => ({ id: u.id, name: u.displayName })),
      guidelineParts: activity.guidelineParts,
      outcome: activity.outcome,
      trainingAudiences: activity.trainingAudiences,
      attendeeCount: activity.attendeeCount,
      attachments: attachments.filter((a) => a.ownerId === activity.id).map(toAttachmentDto),
      editable:
        updateScope.kind === 'all' ||
        (updateScope.kind === 'region' && (activity.region?.path ?? '').startsWith(updateScope.regionPath)),
      createdAt: activity.createdAt,
      updatedAt: activity.updatedAt,
    }));
  }

  private async snapshot(id: string, tx: Tx): Promise<object> {
    const activity = await this.repository.findRow(id, tx);
    const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = activity;
    return fields;
  }

  private async findOrFail(caller: Caller, id: string, action: Action): Promise<GuidanceActivityEntity> {
    const activity = await this.repository.findInScope(this.access.scope(caller, 'guidance', action), id);
    if (!activity) throw await this.notFound(id);
    return activity;
  }

  /** 404, naming the entity only when it exists but lies outside the scope; `tx` inside a transaction. */
  private async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'guidance_activity', entityId: id } : undefined,
    );
  }
}
