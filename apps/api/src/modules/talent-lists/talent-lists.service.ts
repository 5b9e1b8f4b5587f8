import { Injectable } from '@nestjs/common';
import {
  publicTalentName,
  Role,
  TALENT_LIST_STATUS_LABELS,
  TALENT_LIST_WORKFLOW,
  TalentListAction,
  TalentListAudience,
  TalentListStatus,
  talentAgeBand,
  talentListTitle,
} from '@skillpay/domain';
import { AccessService, type WorkflowSubject } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { FileResponse } from '../../common/http/file-response';
import {
  type AuditChanges,
  type StepContext,
  WorkflowTransitions,
} from '../../common/workflow/workflow-transitions.service';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { type TalentListEntity } from './talent-list.entity';
import { type TalentListEntryEntity } from './talent-list-entry.entity';
import { buildTalentListWorkbook, XLSX_CONTENT_TYPE } from './talent-list-export';
import { TalentListException } from './talent-list.exception';
import {
  type CreateTalentListDto,
  type DepartmentTalentListEntryDto,
  type DepartmentTalentListEntryListDto,
  type PublicTalentListEntryDto,
  type PublicTalentListEntryListDto,
  type TalentListDetailDto,
  type TalentListDto,
  type TalentListEntryQueryDto,
  type TalentListListDto,
  type TalentListQueryDto,
} from './talent-lists.dto';
import { type ListRow, type ListVisibility, TalentListsRepository } from './talent-lists.repository';

type ListSubject = WorkflowSubject<TalentListStatus> & { row: ListRow; editionNumber?: number };

function subjectOf(row: ListRow): ListSubject {
  return { id: row.list.id, status: row.list.status, makerId: row.list.createdBy, row };
}

/** The public's view: published editions of any city. */
const PUBLIC_VISIBILITY: ListVisibility = { scope: { kind: 'all' }, publishedOnly: true };

export function publicEntryOf(entry: TalentListEntryEntity): PublicTalentListEntryDto {
  return {
    position: entry.position,
    name: publicTalentName(entry.name, entry.publicConsent),
    enterpriseName: entry.enterpriseName,
    occupationCode: entry.occupationCode,
    occupationName: entry.occupationName,
    occupationNameEn: entry.occupationNameEn,
    skillLevel: entry.skillLevel,
    honours: entry.honours,
  };
}

export function departmentEntryOf(entry: TalentListEntryEntity, year: number): DepartmentTalentListEntryDto {
  return {
    position: entry.position,
    name: entry.name,
    enterpriseName: entry.enterpriseName,
    occupationCode: entry.occupationCode,
    occupationName: entry.occupationName,
    occupationNameEn: entry.occupationNameEn,
    skillLevel: entry.skillLevel,
    honours: entry.honours,
    publicConsent: entry.publicConsent,
    gender: entry.gender,
    birthYear: entry.birthYear,
    ageBand: talentAgeBand(entry.birthYear, year),
    regionCode: entry.regionCode,
    regionName: entry.regionName,
    roles: entry.roles,
    payTreatments: entry.payTreatments,
    lastConfirmedAt: entry.lastConfirmedAt,
  };
}

/**
 * 高技能领军人才名录 (中办发〔2018〕16号 三): the city bureau generates a draft that snapshots its
 * confirmed talents; a second person reviews and publishes it under the year's next number. The
 * published edition is immutable (a trigger refuses changes); districts read the departments'
 * edition, the public the public one (某某 for a talent without consent), never an ID number.
 */
@Injectable()
export class TalentListsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: TalentListsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly workflow: WorkflowTransitions,
    private readonly notifications: NotificationsService,
  ) {}

  /** The city bureau reads all its editions; the districts the published ones of their city. */
  private visibility(caller: Caller): ListVisibility {
    return {
      scope: this.access.talentListScope(caller, 'read'),
      publishedOnly: this.access.talentListScope(caller, 'update').kind === 'none',
    };
  }

  async list(caller: Caller, query: TalentListQueryDto): Promise<TalentListListDto> {
    const [rows, total] = await this.repository.findPage(this.visibility(caller), query);
    return { items: rows.map((row) => this.toDto(row)), total };
  }

  async listPublic(query: TalentListQueryDto): Promise<TalentListListDto> {
    const [rows, total] = await this.repository.findPage(PUBLIC_VISIBILITY, query);
    return { items: rows.map((row) => this.toDto(row)), total };
  }

  async get(caller: Caller, id: string): Promise<TalentListDetailDto> {
    return this.detailOf(caller, await this.findOrFail(this.visibility(caller), id));
  }

  async getPublic(id: string): Promise<TalentListDetailDto> {
    return this.detailOf(null, await this.findOrFail(PUBLIC_VISIBILITY, id));
  }

  async entries(
    caller: Caller,
    id: string,
    query: TalentListEntryQueryDto,
  ): Promise<DepartmentTalentListEntryListDto> {
    const { list } = await this.findOrFail(this.visibility(caller), id);
    const [entries, total] = await this.repository.entries(id, query, { namedOnly: false });
    return { items: entries.map((entry) => departmentEntryOf(entry, list.year)), total };
  }

  async publicEntries(id: string, query: TalentListEntryQueryDto): Promise<PublicTalentListEntryListDto> {
    await this.findOrFail(PUBLIC_VISIBILITY, id);
    const [entries, total] = await this.repository.entries(id, query, { namedOnly: true });
    return { items: entries.map(publicEntryOf), total };
  }

  /** Either audience as xlsx (a draft too, to proofread); every export is audited. */
  async export(caller: Caller, id: string, audience: TalentListAudience): Promise<FileResponse> {
    const row = await this.findOrFail(this.visibility(caller), id);
    const [entries] = await this.repository.entries(id, {}, { namedOnly: false, all: true });
    const rows =
      audience === TalentListAudience.Public
        ? entries.map(publicEntryOf)
        : entries.map((entry) => departmentEntryOf(entry, row.list.year));
    await this.audit.record({
      action: 'talent_list.export',
      entityType: 'talent_list',
      entityId: id,
      after: { audience, rows: rows.length },
    });
    return this.file(row, audience, rows);
  }

  async exportPublic(id: string): Promise<FileResponse> {
    const row = await this.findOrFail(PUBLIC_VISIBILITY, id);
    const [entries] = await this.repository.entries(id, {}, { namedOnly: true, all: true });
    return this.file(row, TalentListAudience.Public, entries.map(publicEntryOf));
  }

  private async file(
    row: ListRow,
    audience: TalentListAudience,
    rows: PublicTalentListEntryDto[] | DepartmentTalentListEntryDto[],
  ): Promise<FileResponse> {
    const title = this.titleOf(row);
    const body = await buildTalentListWorkbook(
      { title, publishedAt: row.list.publishedAt, snapshotAt: row.list.snapshotAt },
      audience,
      rows,
    );
    const suffix = audience === TalentListAudience.Public ? '社会公开版' : '部门版';
    return new FileResponse(`${title}-${suffix}.xlsx`, XLSX_CONTENT_TYPE, body);
  }

  /**
   * Snapshots the confirmed talents of the caller's city into a draft. Refused while another
   * edition is under review, or when no talent is confirmed.
   */
  async create(caller: Caller, dto: CreateTalentListDto): Promise<TalentListDetailDto> {
    if (caller.role !== Role.CityBureau) throw AppException.forbidden();
    const id = await this.unitOfWork.run(async (tx) => {
      const open = await this.repository.findOpen(caller.regionCode, tx);
      if (open) {
        throw new TalentListException(
          'talent_list_open',
          { status: TALENT_LIST_STATUS_LABELS[open.status] },
          { extra: { listId: open.id } },
        );
      }
      const saved = await this.repository.insert(
        {
          regionCode: caller.regionCode,
          year: dto.year,
          status: TalentListStatus.Draft,
          editionNumber: null,
          talentCount: 0,
          snapshotAt: new Date(),
          createdBy: caller.userId,
        },
        tx,
      );
      const count = await this.repository.snapshot(saved.id, caller.regionPath, tx);
      if (count === 0) throw TalentListException.invalid('year', 'talent_list_empty');
      await this.repository.update(saved.id, { talentCount: count }, tx);
      await this.audit.record(
        {
          action: 'talent_list.create',
          entityType: 'talent_list',
          entityId: saved.id,
          after: { regionCode: caller.regionCode, year: dto.year, talents: count },
        },
        tx,
      );
      return saved.id;
    });
    return this.get(caller, id);
  }

  /** Review, publish (under the next number) or discard, through the workflow kernel; audited. */
  async transition(
    caller: Caller,
    id: string,
    action: TalentListAction,
    text: string | null | undefined,
  ): Promise<TalentListDetailDto> {
    const visibility: ListVisibility = {
      scope: this.access.talentListScope(caller, 'update'),
      publishedOnly: false,
    };
    await this.workflow.run(caller, {
      workflow: TALENT_LIST_WORKFLOW,
      action,
      reason: text,
      entityType: 'talent_list',
      lock: async (tx) => {
        await this.repository.lock(id, tx);
        const row = await this.repository.findOne(visibility, id, tx);
        if (!row) throw await this.notFound(id, tx);
        return subjectOf(row);
      },
      apply: (subject, step) => this.applyStep(caller, subject, action, step),
      notify: async (subject, step) => {
        if (subject.editionNumber) await this.notifyPublication(subject.row, subject.editionNumber, step.tx);
        return null;
      },
    });
    return this.get(caller, id);
  }

  private async applyStep(
    caller: Caller,
    subject: ListSubject,
    action: TalentListAction,
    { to, reason: note, now, tx }: StepContext<TalentListStatus>,
  ): Promise<AuditChanges> {
    const { list } = subject.row;
    const changes: Partial<TalentListEntity> = { status: to };
    switch (action) {
      case TalentListAction.Review:
        Object.assign(changes, { reviewComment: note, reviewedBy: caller.userId, reviewedAt: now });
        break;
      case TalentListAction.Publish: {
        const editionNumber = await this.repository.nextEditionNumber(list.regionCode, list.year, tx);
        Object.assign(changes, { editionNumber, publishedBy: caller.userId, publishedAt: now });
        subject.editionNumber = editionNumber;
        break;
      }
      case TalentListAction.Discard:
        Object.assign(changes, { discardReason: note, discardedBy: caller.userId, discardedAt: now });
        break;
    }
    await this.repository.update(list.id, changes, tx);
    return {
      after: {
        ...(action === TalentListAction.Discard ? {} : { makerId: list.createdBy }),
        ...(changes.editionNumber
          ? {
              editionNumber: changes.editionNumber,
              title: this.titleOf({
                ...subject.row,
                list: { ...list, editionNumber: changes.editionNumber },
              }),
              talents: list.talentCount,
            }
          : {}),
        ...(note ? { [action === TalentListAction.Review ? 'comment' : 'reason']: note } : {}),
      },
    };
  }

  /** The districts of the city learn of the new edition. */
  private async notifyPublication(row: ListRow, editionNumber: number, tx: Tx): Promise<void> {
    const published = { ...row, list: { ...row.list, editionNumber } };
    const recipients = await this.repository.districtBureaus(row.regionPath, tx);
    await this.notifications.notify(
      {
        recipientOrganisationIds: recipients,
        kind: 'talent_list.publish',
        title: {
          'zh-CN': `${this.titleOf(published)}已发布`,
          en: `${this.titleOf(published, 'en')} published`,
        },
        link: `/talent-lists/${row.list.id}`,
        dedupeKey: `talent-list:${row.list.id}:publish`,
      },
      tx,
    );
  }

  private titleOf(row: ListRow, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
    return talentListTitle(
      { 'zh-CN': row.regionName, en: row.regionNameEn },
      row.list.year,
      row.list.editionNumber,
      locale,
    );
  }

  private toDto(row: ListRow): TalentListDto {
    const { list } = row;
    return {
      id: list.id,
      regionCode: list.regionCode,
      regionName: row.regionName,
      year: list.year,
      status: list.status,
      editionNumber: list.editionNumber,
      title: this.titleOf(row),
      titleEn: this.titleOf(row, 'en'),
      talentCount: list.talentCount,
      snapshotAt: list.snapshotAt,
      publishedAt: list.publishedAt,
    };
  }

  private async detailOf(caller: Caller | null, row: ListRow): Promise<TalentListDetailDto> {
    const options = await this.repository.filterOptions(row.list.id);
    const owned = caller !== null && this.access.talentListScope(caller, 'update').kind !== 'none';
    return {
      ...this.toDto(row),
      createdByName: caller ? row.createdByName : null,
      callerIsMaker: caller !== null && row.list.createdBy === caller.userId,
      reviewComment: caller ? row.list.reviewComment : null,
      reviewedByName: caller ? row.reviewedByName : null,
      publishedByName: caller ? row.publishedByName : null,
      discardReason: caller ? row.list.discardReason : null,
      availableActions:
        owned && caller ? this.access.openActions(caller, TALENT_LIST_WORKFLOW, subjectOf(row)) : [],
      occupations: options.occupations.map((option) => ({
        value: option.code,
        label: option.name,
        labelEn: option.nameEn,
      })),
      honours: options.honours.map((option) => ({
        value: option.id,
        label: option.name,
        labelEn: option.nameEn,
      })),
    };
  }

  private async findOrFail(visibility: ListVisibility, id: string): Promise<ListRow> {
    const row = await this.repository.findOne(visibility, id);
    if (!row) throw await this.notFound(id);
    return row;
  }

  private async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'talent_list', entityId: id } : undefined,
    );
  }
}
