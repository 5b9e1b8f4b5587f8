import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  hasQualifyingBasis,
  isPrcIdNumber,
  maskName,
  OrganisationType,
  type Place,
  placeOfRegion,
  Role,
  TALENT_WORKFLOW,
  TalentAction,
  type TalentPayTreatment,
  TalentStatus,
} from '@skillpay/domain';
import { AccessService, type WorkflowSubject } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppConfig } from '../../common/config/app-config';
import { normaliseIdNumber, PersonalDataCipher } from '../../common/crypto/personal-data-cipher';
import { AppException } from '../../common/errors/app.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import { type FileResponse } from '../../common/http/file-response';
import {
  notEditable,
  type StepContext,
  WorkflowTransitions,
} from '../../common/workflow/workflow-transitions.service';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { type AttachmentEntity } from '../attachments/attachment.entity';
import { toAttachmentDto, toAttachmentFile, type UploadedAttachment } from '../attachments/attachments.dto';
import { AttachmentsService } from '../attachments/attachments.service';
import { AuditService } from '../audit/audit.service';
import { type NewNotification, NotificationsService } from '../notifications/notifications.service';
import { type TalentHonourEntity } from './talent-honour.entity';
import { type TalentEntity } from './talent.entity';
import { TalentException } from './talent.exception';
import {
  type CreateTalentDto,
  type HonourOptionDto,
  type TalentDetailDto,
  type TalentEnterpriseDto,
  type TalentHistoryDto,
  type TalentPageDto,
  type TalentQueryDto,
  type TalentSummaryDto,
  type TalentTransferDto,
  type TalentTransitionRequestDto,
  type UpdateTalentDto,
} from './talents.dto';
import { TalentsRepository } from './talents.repository';

/** The workflow steps of the talents' own routes; Confirm has its own route (confirm or reconfirm). */
export const TALENT_ROUTE_ACTIONS = [
  TalentAction.Submit,
  TalentAction.Verify,
  TalentAction.Return,
  TalentAction.CityReturn,
] as const;
export type TalentRouteAction = (typeof TALENT_ROUTE_ACTIONS)[number];

const OWNER_TYPE = 'talent-honour';
const ENTITY_TYPE = 'talent';

export function placeOfTalent(talent: TalentEntity): Place {
  return placeOfRegion(talent.region!);
}

type TalentSubject = WorkflowSubject<TalentStatus> & { talent: TalentEntity };

function subjectOf(talent: TalentEntity): TalentSubject {
  return {
    id: talent.id,
    status: talent.status,
    enterpriseId: talent.enterpriseId,
    cityDirect: placeOfTalent(talent).cityDirect,
    // a record a district registered is verified by a colleague, not by the one who entered it
    makerId: talent.createdBy,
    authorOrganisationId: talent.authorOrganisationId,
    talent,
  };
}

const isBureau = (caller: Caller) => caller.role === Role.CityBureau || caller.role === Role.DistrictBureau;

/** Related rows a summary is built from. */
interface Related {
  honours: Map<string, TalentHonourEntity[]>;
  certificates: Map<string, AttachmentEntity[]>;
  stale: Set<string>;
  duplicated: Set<string>;
}

/** What the audit keeps of a record: the masked ID number and name, never the clear ones. */
function auditView(talent: Partial<TalentEntity>): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  if (talent.name !== undefined) view.name = maskName(talent.name);
  if (talent.idNumberMasked !== undefined) view.idNumberMasked = talent.idNumberMasked;
  for (const key of [
    'gender',
    'birthYear',
    'enterpriseId',
    'regionCode',
    'occupationCode',
    'skillLevel',
    'roles',
    'publicConsent',
  ] as const) {
    if (talent[key] !== undefined) view[key] = talent[key];
  }
  if (talent.payTreatments !== undefined) {
    view.payTreatments = talent.payTreatments.map((p) => p.treatment);
  }
  return view;
}

@Injectable()
export class TalentsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: TalentsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
    private readonly workflow: WorkflowTransitions,
    private readonly attachments: AttachmentsService,
    private readonly cipher: PersonalDataCipher,
    private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
  ) {}

  get staleMonths(): number {
    return this.config.talentStaleMonths;
  }

  async honourOptions(): Promise<HonourOptionDto[]> {
    return (await this.repository.honourOptions()).map((honour) => ({
      id: honour.id,
      code: honour.code,
      nameZh: honour.nameZh,
      nameEn: honour.nameEn,
      level: honour.level,
      issuer: honour.issuer,
      qualifying: honour.qualifying,
    }));
  }

  async list(caller: Caller, query: TalentQueryDto): Promise<TalentPageDto> {
    const [items, total] = await this.repository.findPage(
      this.access.talentScope(caller, 'talents', 'read'),
      query,
      this.staleMonths,
    );
    const related = await this.related(items);
    return {
      items: items.map((item) => this.toSummary(caller, item, related)),
      total,
      staleMonths: this.staleMonths,
    };
  }

  /** One record; every read is audited (PIPL: access to personal data is traceable). */
  async get(caller: Caller, id: string): Promise<TalentDetailDto> {
    const talent = await this.findOrFail(caller, id);
    await this.audit.record({ action: 'talent.read', entityType: ENTITY_TYPE, entityId: id });
    return this.detail(caller, talent);
  }

  async history(caller: Caller, id: string): Promise<TalentHistoryDto> {
    await this.findOrFail(caller, id);
    const [affiliations, steps, confirmations] = await Promise.all([
      this.repository.affiliations(id),
      this.workflow.history(TALENT_WORKFLOW, id),
      this.repository.confirmations(id),
    ]);
    return {
      affiliations: affiliations.map((a) => ({
        id: a.id,
        enterpriseId: a.enterpriseId,
        enterpriseName: a.enterprise?.organisation?.name ?? '',
        regionCode: a.regionCode,
        regionName: a.enterprise?.organisation?.region?.name ?? a.regionCode,
        startedAt: a.startedAt,
        endedAt: a.endedAt,
        note: a.note,
      })),
      steps: steps.map((step) => ({
        id: step.id,
        action: step.action as TalentAction,
        fromStatus: step.fromState as TalentStatus,
        toStatus: step.toState as TalentStatus,
        actorName: step.actorName,
        actorOrganisationName: step.actorOrganisationName,
        reason: step.reason,
        createdAt: step.createdAt,
      })),
      confirmations,
    };
  }

  async create(caller: Caller, dto: CreateTalentDto): Promise<TalentDetailDto> {
    const enterprise = await this.enterpriseFor(caller, dto.enterpriseId);
    const idNumber = this.checkedIdNumber(dto.idNumber, dto.birthYear);
    await this.checkOccupation(dto.occupationCode);
    const honours = await this.checkedHonours(dto.honours ?? []);
    const id = randomUUID();
    const sealed = this.cipher.seal(id, idNumber);
    const region = enterprise.organisation!.region!;
    const now = new Date();
    await this.unitOfWork.run(async (tx) => {
      const saved = await this.repository.insert(
        {
          id,
          name: dto.name,
          gender: dto.gender,
          birthYear: dto.birthYear,
          idNumberCipher: sealed.cipher,
          idNumberHash: sealed.hash,
          idNumberMasked: sealed.masked,
          enterpriseId: enterprise.id,
          regionCode: region.code,
          occupationCode: dto.occupationCode,
          skillLevel: dto.skillLevel,
          payTreatments: payTreatmentsOf(dto.payTreatments ?? []),
          roles: dto.roles ?? [],
          publicConsent: dto.publicConsent ?? false,
          status: TalentStatus.Draft,
          authorOrganisationId: caller.organisationId,
          createdBy: caller.userId,
        },
        tx,
      );
      await this.repository.syncHonours(id, honours, caller.userId, tx);
      await this.repository.openAffiliation(
        {
          talentId: id,
          enterpriseId: enterprise.id,
          regionCode: region.code,
          startedAt: now,
          recordedBy: caller.userId,
        },
        tx,
      );
      await this.audit.record(
        {
          action: 'talent.create',
          entityType: ENTITY_TYPE,
          entityId: id,
          after: {
            ...auditView(saved),
            honours,
            registeredElsewhere: await this.repository.registeredElsewhere(sealed.hash, enterprise.id, tx),
          },
        },
        tx,
      );
    });
    return this.detail(caller, await this.findOrFail(caller, id));
  }

  async update(
    caller: Caller,
    id: string,
    dto: UpdateTalentDto,
    precondition?: Precondition,
  ): Promise<TalentDetailDto> {
    await this.unitOfWork.run(async (tx) => {
      const talent = await this.lockEditable(caller, id, tx);
      await this.preconditions.assert(
        precondition,
        { entityType: ENTITY_TYPE, key: id, version: talent.version },
        tx,
      );
      const changes: Partial<TalentEntity> = {};
      if (dto.name !== undefined) changes.name = dto.name;
      if (dto.gender !== undefined) changes.gender = dto.gender;
      if (dto.birthYear !== undefined) changes.birthYear = dto.birthYear;
      if (dto.skillLevel !== undefined) changes.skillLevel = dto.skillLevel;
      if (dto.roles !== undefined) changes.roles = dto.roles;
      if (dto.publicConsent !== undefined) changes.publicConsent = dto.publicConsent;
      if (dto.payTreatments !== undefined) {
        // only the city bureau sees the amounts: a treatment sent back without one keeps the stored amount
        changes.payTreatments = payTreatmentsOf(dto.payTreatments).map((treatment, index) =>
          dto.payTreatments![index].annualAmountYuan === undefined
            ? {
                ...treatment,
                annualAmountYuan:
                  talent.payTreatments.find((p) => p.treatment === treatment.treatment)?.annualAmountYuan ??
                  null,
              }
            : treatment,
        );
      }
      if (dto.occupationCode !== undefined) {
        await this.checkOccupation(dto.occupationCode);
        changes.occupationCode = dto.occupationCode;
      }
      if (dto.idNumber !== undefined) {
        const sealed = this.cipher.seal(
          id,
          this.checkedIdNumber(dto.idNumber, dto.birthYear ?? talent.birthYear),
        );
        changes.idNumberCipher = sealed.cipher;
        changes.idNumberHash = sealed.hash;
        changes.idNumberMasked = sealed.masked;
      } else if (dto.birthYear !== undefined && dto.birthYear !== talent.birthYear) {
        // the stored number decides: a birth year that no longer agrees is refused
        const stored = await this.repository.cipherOf(id, tx);
        this.checkedIdNumber(this.cipher.open(id, stored), dto.birthYear);
      }
      if (dto.enterpriseId !== undefined && dto.enterpriseId !== talent.enterpriseId) {
        const enterprise = await this.enterpriseFor(caller, dto.enterpriseId);
        changes.enterpriseId = enterprise.id;
        changes.regionCode = enterprise.organisation!.region!.code;
        await this.repository.moveOpenAffiliation(id, enterprise.id, changes.regionCode, tx);
      }
      const honours = dto.honours ? await this.checkedHonours(dto.honours, tx) : undefined;
      if (honours) await this.repository.syncHonours(id, honours, caller.userId, tx);
      // the version rises with every edit, an edit of the honours only included
      await this.repository.update(id, { ...changes, updatedAt: new Date() }, tx);
      const before: Partial<TalentEntity> = {};
      for (const key of Object.keys(changes) as (keyof TalentEntity)[]) {
        (before as Record<string, unknown>)[key] = talent[key];
      }
      await this.audit.record(
        {
          action: 'talent.update',
          entityType: ENTITY_TYPE,
          entityId: id,
          before: auditView(before),
          after: { ...auditView(changes), ...(honours ? { honours } : {}) },
        },
        tx,
      );
    });
    return this.detail(caller, await this.findOrFail(caller, id));
  }

  async remove(caller: Caller, id: string, precondition?: Precondition): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const talent = await this.lockAuthored(caller, id, tx);
      await this.preconditions.assert(
        precondition,
        { entityType: ENTITY_TYPE, key: id, version: talent.version },
        tx,
      );
      if (talent.status !== TalentStatus.Draft) throw new TalentException('talent_not_deletable');
      await this.repository.softDelete(id, tx);
      await this.audit.record(
        { action: 'talent.delete', entityType: ENTITY_TYPE, entityId: id, before: auditView(talent) },
        tx,
      );
    });
  }

  /** One workflow step through the kernel (lock, who may act, history, audit, notification). */
  async transition(
    caller: Caller,
    id: string,
    action: TalentRouteAction,
    dto: TalentTransitionRequestDto,
  ): Promise<TalentDetailDto> {
    await this.workflow.run(caller, {
      workflow: TALENT_WORKFLOW,
      action,
      reason: dto.reason,
      reasonMissing: () =>
        TalentException.invalid('reason', 'talent_reason_required', {
          action: TALENT_WORKFLOW.actions[action].label,
        }),
      entityType: ENTITY_TYPE,
      lock: async (tx) => subjectOf(await this.lock(caller, id, tx)),
      apply: async ({ talent }, step) => {
        if (action === TalentAction.Submit) await this.assertSubmittable(talent, step.tx);
        await this.repository.update(id, { status: step.to }, step.tx);
        return { after: { reason: step.reason } };
      },
      notify: ({ talent }, step) => this.notice(talent, action, step),
    });
    return this.detail(caller, await this.findOrFail(caller, id));
  }

  /**
   * 确认: the city takes a verified record into the database (the workflow's Confirm; it needs a
   * qualifying honour), or — for a record already in the database — its enterprise or district
   * bureau (the city for 市直) reconfirms it is current (the yearly check), which is audited.
   */
  async confirm(caller: Caller, id: string): Promise<TalentDetailDto> {
    const talent = await this.findOrFail(caller, id);
    if (talent.status === TalentStatus.Confirmed) {
      await this.unitOfWork.run(async (tx) => {
        const locked = await this.lock(caller, id, tx);
        if (locked.status !== TalentStatus.Confirmed || !this.mayReconfirm(caller, locked)) {
          throw new TalentException('talent_not_confirmable');
        }
        const now = new Date();
        await this.repository.update(id, { lastConfirmedAt: now }, tx);
        await this.audit.record(
          {
            action: 'talent.reconfirm',
            entityType: ENTITY_TYPE,
            entityId: id,
            before: { lastConfirmedAt: locked.lastConfirmedAt },
            after: { lastConfirmedAt: now },
          },
          tx,
        );
      });
      return this.detail(caller, await this.findOrFail(caller, id));
    }
    if (talent.status !== TalentStatus.Verified) throw new TalentException('talent_not_confirmable');
    await this.workflow.run(caller, {
      workflow: TALENT_WORKFLOW,
      action: TalentAction.Confirm,
      entityType: ENTITY_TYPE,
      lock: async (tx) => subjectOf(await this.lock(caller, id, tx)),
      apply: async ({ talent: locked }, step) => {
        const honours = await this.repository.honoursOf([id], step.tx);
        if (!hasQualifyingBasis(honours.map((entry) => ({ qualifying: entry.honour!.qualifying })))) {
          throw TalentException.invalid('honours', 'talent_no_qualifying_honour');
        }
        await this.repository.update(
          id,
          {
            status: step.to,
            confirmedAt: locked.confirmedAt ?? step.now,
            lastConfirmedAt: step.now,
          },
          step.tx,
        );
        return { after: { confirmedAt: step.now } };
      },
      notify: ({ talent: locked }, step) => this.notice(locked, TalentAction.Confirm, step),
    });
    return this.detail(caller, await this.findOrFail(caller, id));
  }

  /**
   * A bureau records a move to another enterprise (or district): the current affiliation closes,
   * a new one opens, the history stays. The enterprise must lie in the bureau's region.
   */
  async transfer(caller: Caller, id: string, dto: TalentTransferDto): Promise<TalentDetailDto> {
    await this.unitOfWork.run(async (tx) => {
      const talent = await this.lock(caller, id, tx);
      if (!isBureau(caller) || dto.enterpriseId === talent.enterpriseId) {
        throw new TalentException('talent_not_transferable');
      }
      const enterprise = await this.repository.findEnterprise(dto.enterpriseId, tx);
      if (!enterprise) throw TalentException.invalid('enterpriseId', 'talent_enterprise_unknown');
      const region = enterprise.organisation!.region!;
      // within the bureau's region: a district moves a talent between its enterprises, the city
      // bureau across districts (and to or from 市直 enterprises)
      if (!region.path.startsWith(caller.regionPath)) {
        throw TalentException.invalid('enterpriseId', 'talent_enterprise_outside_region');
      }
      const now = new Date();
      await this.repository.closeAffiliation(id, now, tx);
      await this.repository.openAffiliation(
        {
          talentId: id,
          enterpriseId: enterprise.id,
          regionCode: region.code,
          startedAt: now,
          note: dto.note,
          recordedBy: caller.userId,
        },
        tx,
      );
      await this.repository.update(id, { enterpriseId: enterprise.id, regionCode: region.code }, tx);
      await this.audit.record(
        {
          action: 'talent.transfer',
          entityType: ENTITY_TYPE,
          entityId: id,
          before: { enterpriseId: talent.enterpriseId, regionCode: talent.regionCode },
          after: { enterpriseId: enterprise.id, regionCode: region.code, note: dto.note },
        },
        tx,
      );
      await this.notifications.notify(
        {
          recipientOrganisationIds: [
            enterprise.id,
            ...(await this.repository.bureauIds(OrganisationType.DistrictBureau, region.code, tx)),
          ],
          kind: 'talent.transfer',
          title: {
            'zh-CN': `高技能人才${maskName(talent.name)}调入${enterprise.organisation!.name}`,
            en: `A leading talent (${maskName(talent.name)}) moved to ${enterprise.organisation!.name}`,
          },
          link: `/talents/${id}`,
          dedupeKey: `talent:${id}:transfer:${now.toISOString()}`,
        },
        tx,
      );
    });
    return this.detail(caller, await this.findOrFail(caller, id));
  }

  async addCertificates(
    caller: Caller,
    id: string,
    entryId: string,
    files: readonly UploadedAttachment[],
  ): Promise<TalentDetailDto> {
    if (files.length === 0) {
      throw AppException.validation([{ field: 'files', code: 'validation.isNotEmpty' }]);
    }
    this.attachments.assertAcceptable(files);
    await this.unitOfWork.run(async (tx) => {
      await this.lockEditable(caller, id, tx, 'certificates');
      const entry = await this.repository.honourEntry(id, entryId, tx);
      if (!entry) throw AppException.notFound();
      const stored = await this.attachments.store(OWNER_TYPE, entry.id, files, caller.userId, tx);
      await this.audit.record(
        {
          action: 'talent.attach',
          entityType: ENTITY_TYPE,
          entityId: id,
          after: {
            honourId: entry.honourId,
            attachments: stored.map((a) => ({ id: a.id, fileName: a.fileName, size: a.size })),
          },
        },
        tx,
      );
    });
    return this.detail(caller, await this.findOrFail(caller, id));
  }

  async removeCertificate(caller: Caller, id: string, attachmentId: string): Promise<TalentDetailDto> {
    await this.unitOfWork.run(async (tx) => {
      await this.lockEditable(caller, id, tx, 'certificates');
      const attachment = await this.certificateOf(id, attachmentId, tx);
      const removed = await this.attachments.remove(OWNER_TYPE, attachment.ownerId, attachmentId, tx);
      if (!removed) throw AppException.notFound();
      await this.audit.record(
        {
          action: 'talent.detach',
          entityType: ENTITY_TYPE,
          entityId: id,
          before: { attachment: { id: removed.id, fileName: removed.fileName, size: removed.size } },
        },
        tx,
      );
    });
    return this.detail(caller, await this.findOrFail(caller, id));
  }

  async certificate(caller: Caller, id: string, attachmentId: string): Promise<FileResponse> {
    await this.findOrFail(caller, id);
    await this.certificateOf(id, attachmentId);
    const attachment = await this.attachments.findWithContent(OWNER_TYPE, attachmentId);
    if (!attachment) throw AppException.notFound();
    return toAttachmentFile(attachment);
  }

  async findOrFail(caller: Caller, id: string, tx?: Tx): Promise<TalentEntity> {
    const talent = await this.repository.findInScope(
      this.access.talentScope(caller, 'talents', 'read'),
      id,
      tx,
    );
    if (!talent) throw await this.notFound(id, tx);
    return talent;
  }

  async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: ENTITY_TYPE, entityId: id } : undefined,
    );
  }

  // ---- internals ----

  private async detail(caller: Caller, talent: TalentEntity): Promise<TalentDetailDto> {
    const related = await this.related([talent]);
    const duplicates = isBureau(caller) ? await this.repository.duplicatesOf(talent) : [];
    return {
      ...this.toSummary(caller, talent, related),
      duplicates: duplicates.map((other) => ({
        id: other.id,
        name: other.name,
        status: other.status,
        enterprise: enterpriseOf(other),
      })),
    };
  }

  private async related(talents: readonly TalentEntity[]): Promise<Related> {
    const ids = talents.map((talent) => talent.id);
    const [entries, stale, duplicated] = await Promise.all([
      this.repository.honoursOf(ids),
      this.repository.staleIds(ids, this.staleMonths),
      this.repository.duplicatedIds(ids),
    ]);
    const files = await this.attachments.listFor(
      OWNER_TYPE,
      entries.map((entry) => entry.id),
    );
    const honours = new Map<string, TalentHonourEntity[]>();
    for (const entry of entries) honours.set(entry.talentId, [...(honours.get(entry.talentId) ?? []), entry]);
    const certificates = new Map<string, AttachmentEntity[]>();
    for (const file of files)
      certificates.set(file.ownerId, [...(certificates.get(file.ownerId) ?? []), file]);
    return { honours, certificates, stale, duplicated };
  }

  private toSummary(caller: Caller, talent: TalentEntity, related: Related): TalentSummaryDto {
    const honours = related.honours.get(talent.id) ?? [];
    const subject = subjectOf(talent);
    const amounts = caller.role === Role.CityBureau;
    return {
      id: talent.id,
      version: talent.version,
      name: talent.name,
      gender: talent.gender,
      birthYear: talent.birthYear,
      idNumberMasked: talent.idNumberMasked,
      enterprise: enterpriseOf(talent),
      occupationCode: talent.occupationCode,
      occupationName: talent.occupation?.nameZh ?? talent.occupationCode,
      skillLevel: talent.skillLevel,
      honours: honours.map((entry) => ({
        id: entry.id,
        honourId: entry.honourId,
        nameZh: entry.honour!.nameZh,
        nameEn: entry.honour!.nameEn,
        level: entry.honour!.level,
        qualifying: entry.honour!.qualifying,
        year: entry.awardedYear,
        certificates: (related.certificates.get(entry.id) ?? []).map(toAttachmentDto),
      })),
      qualifying: hasQualifyingBasis(honours.map((entry) => ({ qualifying: entry.honour!.qualifying }))),
      // amounts are the city bureau's only (人社厅发〔2021〕7号: pay is individual data)
      payTreatments: talent.payTreatments.map((p) =>
        amounts
          ? { treatment: p.treatment, annualAmountYuan: p.annualAmountYuan ?? null }
          : { treatment: p.treatment },
      ),
      roles: talent.roles,
      publicConsent: talent.publicConsent,
      status: talent.status,
      authorOrganisationId: talent.authorOrganisationId,
      confirmedAt: talent.confirmedAt,
      lastConfirmedAt: talent.lastConfirmedAt,
      stale: related.stale.has(talent.id),
      registeredElsewhere: related.duplicated.has(talent.id),
      availableActions: [
        ...TALENT_ROUTE_ACTIONS.filter((action) =>
          this.access.canAct(caller, TALENT_WORKFLOW, action, subject),
        ),
        ...(this.access.canAct(caller, TALENT_WORKFLOW, TalentAction.Confirm, subject)
          ? [TalentAction.Confirm]
          : []),
      ],
      editable: this.mayEdit(caller, talent),
      reconfirmable: talent.status === TalentStatus.Confirmed && this.mayReconfirm(caller, talent),
      transferable: isBureau(caller) && talent.status !== TalentStatus.Draft,
      createdAt: talent.createdAt,
      updatedAt: talent.updatedAt,
    };
  }

  /** The enterprise of the record, or its district bureau (the city for 市直), reconfirms it. */
  private mayReconfirm(caller: Caller, talent: TalentEntity): boolean {
    if (caller.role === Role.Enterprise) return caller.organisationId === talent.enterpriseId;
    const cityDirect = placeOfTalent(talent).cityDirect;
    return caller.role === (cityDirect ? Role.CityBureau : Role.DistrictBureau);
  }

  private async lock(caller: Caller, id: string, tx: Tx): Promise<TalentEntity> {
    const talent = await this.repository.findInScope(
      this.access.talentScope(caller, 'talents', 'read'),
      id,
      tx,
      true,
    );
    if (!talent) throw await this.notFound(id, tx);
    return talent;
  }

  private async lockAuthored(caller: Caller, id: string, tx: Tx): Promise<TalentEntity> {
    const talent = await this.lock(caller, id, tx);
    if (caller.organisationId !== talent.authorOrganisationId) throw new TalentException('talent_not_author');
    return talent;
  }

  /**
   * Who changes the record's content: its author while it is a draft or returned; once it is in the
   * database, the bureau that vouches for it (the district, the city for 市直; the city for all),
   * which checks a new honour's certificate itself. The record stays in the database meanwhile.
   */
  private mayEdit(caller: Caller, talent: TalentEntity): boolean {
    if (TALENT_WORKFLOW.editableIn.includes(talent.status)) {
      return caller.organisationId === talent.authorOrganisationId;
    }
    return (
      talent.status === TalentStatus.Confirmed &&
      (caller.role === Role.CityBureau || (isBureau(caller) && this.mayReconfirm(caller, talent)))
    );
  }

  /** The record, locked, when the caller may change it now (`mayEdit`); otherwise why not. */
  private async lockEditable(
    caller: Caller,
    id: string,
    tx: Tx,
    what: 'record' | 'certificates' = 'record',
  ): Promise<TalentEntity> {
    const talent = await this.lock(caller, id, tx);
    if (this.mayEdit(caller, talent)) return talent;
    if (talent.status === TalentStatus.Confirmed) throw new TalentException('talent_confirmed_bureau_edits');
    if (caller.organisationId !== talent.authorOrganisationId) throw new TalentException('talent_not_author');
    throw what === 'record'
      ? notEditable(TALENT_WORKFLOW, talent.status)
      : new TalentException('talent_certificates_not_editable');
  }

  /** A certificate of one of the record's honours, or 404. */
  private async certificateOf(talentId: string, attachmentId: string, tx?: Tx): Promise<AttachmentEntity> {
    const entries = await this.repository.honoursOf([talentId], tx);
    const files = await this.attachments.listFor(
      OWNER_TYPE,
      entries.map((entry) => entry.id),
    );
    const attachment = files.find((file) => file.id === attachmentId);
    if (!attachment) throw AppException.notFound({ entityType: 'attachment', entityId: attachmentId });
    return attachment;
  }

  /** Before a submission: at least one honour, each with its certificate. */
  private async assertSubmittable(talent: TalentEntity, tx: Tx): Promise<void> {
    const entries = await this.repository.honoursOf([talent.id], tx);
    if (entries.length === 0) throw TalentException.invalid('honours', 'talent_honours_required');
    const files = await this.attachments.listFor(
      OWNER_TYPE,
      entries.map((entry) => entry.id),
    );
    const missing = entries.find((entry) => !files.some((file) => file.ownerId === entry.id));
    if (missing) {
      throw TalentException.invalid('honours', 'talent_certificate_missing', {
        honour: { 'zh-CN': missing.honour!.nameZh, en: missing.honour!.nameEn ?? missing.honour!.nameZh },
      });
    }
  }

  /** The enterprise a record is about: an enterprise registers its own; a district one of its district. */
  private async enterpriseFor(caller: Caller, enterpriseId: string | undefined) {
    if (caller.role === Role.Enterprise) {
      if (enterpriseId && enterpriseId !== caller.organisationId) {
        throw TalentException.invalid('enterpriseId', 'talent_enterprise_not_own');
      }
      const own = await this.repository.findEnterprise(caller.organisationId);
      if (!own) throw TalentException.invalid('enterpriseId', 'talent_enterprise_unknown');
      return own;
    }
    if (!enterpriseId) throw TalentException.invalid('enterpriseId', 'talent_enterprise_required');
    const enterprise = await this.repository.findEnterprise(enterpriseId);
    // an enterprise of another district is as unknown to the bureau as a missing one
    if (!enterprise || !enterprise.organisation!.region!.path.startsWith(caller.regionPath)) {
      throw TalentException.invalid('enterpriseId', 'talent_enterprise_outside_region');
    }
    return enterprise;
  }

  /** The number, normalised, if valid and agreeing with the birth year; a 400 naming the field otherwise. */
  private checkedIdNumber(idNumber: string, birthYear: number): string {
    const normalised = normaliseIdNumber(idNumber);
    if (normalised.length !== 18 || !isPrcIdNumber(normalised)) {
      throw TalentException.invalid('idNumber', 'talent_id_number_invalid');
    }
    if (Number(normalised.slice(6, 10)) !== birthYear) {
      throw TalentException.invalid('birthYear', 'talent_birth_year_mismatch');
    }
    return normalised;
  }

  private async checkOccupation(code: string): Promise<void> {
    if (!(await this.repository.occupation(code))) {
      throw TalentException.invalid('occupationCode', 'talent_occupation_unknown', { code });
    }
  }

  private async checkedHonours(
    honours: readonly { honourId: string; year: number }[],
    tx?: Tx,
  ): Promise<{ honourId: string; year: number }[]> {
    const found = await this.repository.honoursByIds(
      honours.map((honour) => honour.honourId),
      tx,
    );
    if (found.length !== new Set(honours.map((honour) => honour.honourId)).size) {
      throw TalentException.invalid('honours', 'talent_honour_unknown');
    }
    const thisYear = new Date().getFullYear();
    if (honours.some((honour) => honour.year > thisYear)) {
      throw TalentException.invalid('honours', 'talent_honour_year_future');
    }
    return honours.map((honour) => ({ honourId: honour.honourId, year: honour.year }));
  }

  private async notice(
    talent: TalentEntity,
    action: TalentAction,
    step: StepContext<TalentStatus> & { transitionId: string },
  ): Promise<NewNotification> {
    const place = placeOfTalent(talent);
    const districtStep = () =>
      place.cityDirect
        ? this.repository.bureauIds(OrganisationType.CityBureau, place.cityCode, step.tx)
        : this.repository.bureauIds(OrganisationType.DistrictBureau, place.regionCode, step.tx);
    let recipients: string[] = [];
    switch (action) {
      case TalentAction.Submit:
        recipients = await districtStep();
        break;
      case TalentAction.Verify:
        recipients = await this.repository.bureauIds(OrganisationType.CityBureau, place.cityCode, step.tx);
        break;
      case TalentAction.Return:
      case TalentAction.CityReturn:
      case TalentAction.Confirm:
        recipients = [talent.authorOrganisationId, talent.enterpriseId];
        break;
    }
    const who = maskName(talent.name);
    const enterprise = talent.enterprise?.organisation?.name ?? '';
    const titles: Record<TalentAction, { 'zh-CN': string; en: string }> = {
      [TalentAction.Submit]: {
        'zh-CN': `${enterprise}报送高技能人才${who}的信息，请核实`,
        en: `${enterprise} submitted a leading talent (${who}); please verify`,
      },
      [TalentAction.Verify]: {
        'zh-CN': `${place.regionName}已核实高技能人才${who}（${enterprise}），请确认入库`,
        en: `${place.regionNameEn} verified a leading talent (${who}, ${enterprise}); please confirm`,
      },
      [TalentAction.Return]: {
        'zh-CN': `高技能人才${who}的信息已退回，请修改后重新提交`,
        en: `The record of ${who} was returned; please revise and resubmit`,
      },
      [TalentAction.CityReturn]: {
        'zh-CN': `高技能人才${who}的信息被市人社局退回，请修改后重新提交`,
        en: `The city bureau returned the record of ${who}; please revise and resubmit`,
      },
      [TalentAction.Confirm]: {
        'zh-CN': `高技能人才${who}已确认入库`,
        en: `The leading talent ${who} is now in the database`,
      },
    };
    return {
      recipientOrganisationIds: recipients,
      kind: `talent.${action}`,
      title: titles[action],
      link: `/talents/${talent.id}`,
      dedupeKey: `talent:${talent.id}:${step.transitionId}`,
    };
  }
}

function payTreatmentsOf(
  treatments: readonly { treatment: TalentPayTreatment['treatment']; annualAmountYuan?: number | null }[],
): TalentPayTreatment[] {
  return treatments.map((t) => ({ treatment: t.treatment, annualAmountYuan: t.annualAmountYuan ?? null }));
}

function enterpriseOf(talent: TalentEntity): TalentEnterpriseDto {
  const place = placeOfTalent(talent);
  return {
    id: talent.enterpriseId,
    name: talent.enterprise?.organisation?.name ?? '',
    regionCode: place.regionCode,
    regionName: place.regionName,
    regionNameEn: place.regionNameEn,
    cityDirect: place.cityDirect,
  };
}
