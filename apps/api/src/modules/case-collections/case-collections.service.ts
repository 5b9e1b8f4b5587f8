import { Injectable } from '@nestjs/common';
import {
  CASE_STATUS_LABELS,
  CASE_WORKFLOW,
  CaseAction,
  CaseCollectionStatus,
  CaseStatus,
  OrganisationType,
  RegionLevel,
  Role,
} from '@skillpay/domain';
import { AccessService, type WorkflowSubject } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import { FileResponse } from '../../common/http/file-response';
import { WorkflowTransitions } from '../../common/workflow/workflow-transitions.service';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type CaseStudyEntity } from '../cases/case-study.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { CaseCollectionException } from './case-collection.exception';
import { type CaseCollectionEntity } from './case-collection.entity';
import {
  collectionOf,
  demonstrationOf,
  DOCX_CONTENT_TYPE,
  docxFileName,
  docxInput,
  enterpriseOf,
  summaryOf,
} from './case-collection.mapping';
import {
  type CaseCollectionDetailDto,
  type CaseCollectionListDto,
  type CaseCollectionQueryDto,
  type CollectionCandidateListDto,
  type CreateCaseCollectionDto,
  type UpdateCaseCollectionDto,
} from './case-collections.dto';
import { CaseCollectionsRepository, type CollectionRow, type EntryRow } from './case-collections.repository';
import { CollectionDocxPool } from './collection-docx.pool';

type CaseSubject = WorkflowSubject<CaseStatus> & { caseStudy: CaseStudyEntity };

function caseSubject(caseStudy: CaseStudyEntity): CaseSubject {
  return {
    id: caseStudy.id,
    status: caseStudy.status,
    enterpriseId: caseStudy.enterpriseId,
    cityDirect: caseStudy.region?.level === RegionLevel.City,
    authorOrganisationId: caseStudy.authorOrganisationId,
    caseStudy,
  };
}

/**
 * 案例精选: the city bureau builds an edition from its selected cases (order, foreword, editor's
 * notes) and publishes it. Publishing is one transaction: the edition freezes, every case in it
 * takes the workflow's publish step, and their enterprises and districts are told. A correction
 * is a new edition naming the one it corrects; the earlier one stays as it was.
 */
@Injectable()
export class CaseCollectionsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CaseCollectionsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
    private readonly workflow: WorkflowTransitions,
    private readonly notifications: NotificationsService,
    private readonly docxPool: CollectionDocxPool,
  ) {}

  async list(caller: Caller, query: CaseCollectionQueryDto): Promise<CaseCollectionListDto> {
    const { rows, total } = await this.repository.findPage(
      this.access.caseCollectionScope(caller, 'read'),
      query,
    );
    return { items: rows.map(collectionOf), total };
  }

  async get(caller: Caller, id: string): Promise<CaseCollectionDetailDto> {
    const row = await this.findOrFail(caller, id);
    const entries = await this.repository.entries(id);
    return {
      ...collectionOf(row),
      foreword: row.foreword,
      editable: caller.role === Role.CityBureau && row.status === CaseCollectionStatus.Draft,
      publishedByName: row.published_by_name,
      entries: entries.map((entry) => ({ ...summaryOf(entry), caseStatus: entry.case_status })),
    };
  }

  /** The city's selected cases, to put into an edition: those of 示范企业 first. */
  async candidates(caller: Caller): Promise<CollectionCandidateListDto> {
    const rows = await this.repository.selectedCases(this.access.caseScope(caller, 'read'));
    return {
      items: rows.map((row) => ({
        caseId: row.case_id,
        title: row.title,
        enterprise: enterpriseOf(row),
        articles: [...row.articles].sort((a, b) => a - b),
        status: row.case_status,
        ...demonstrationOf(row),
        decidedAt: row.decided_at,
        inDrafts: row.drafts.map((draft) => ({ id: draft.id, title: draft.title, publishedAt: null })),
      })),
    };
  }

  async create(caller: Caller, dto: CreateCaseCollectionDto): Promise<CaseCollectionDetailDto> {
    const id = await this.unitOfWork.run(async (tx) => {
      let corrected: CaseCollectionEntity | null = null;
      if (dto.correctsId) {
        corrected = await this.repository.lockInScope(
          this.access.caseCollectionScope(caller, 'update'),
          dto.correctsId,
          tx,
        );
        if (!corrected) {
          throw AppException.validation([{ field: 'correctsId', code: 'errors.not_found' }]);
        }
        if (corrected.status !== CaseCollectionStatus.Published) {
          throw CaseCollectionException.invalid('correctsId', 'corrected_edition_not_published');
        }
      }
      const saved = await this.repository.insert(
        {
          regionCode: caller.regionCode,
          title: dto.title.trim(),
          foreword: dto.foreword?.trim() ?? corrected?.foreword ?? '',
          status: CaseCollectionStatus.Draft,
          correctsId: corrected?.id ?? null,
          createdBy: caller.userId,
        },
        tx,
      );
      // a correction starts as the edition it corrects: the same cases, versions, order and notes
      const copied = corrected ? await this.repository.entries(corrected.id, tx) : [];
      await this.repository.replaceEntries(
        saved.id,
        copied.map((entry) => ({
          caseId: entry.case_id,
          caseVersionId: entry.version_id,
          editorNote: entry.editor_note,
        })),
        tx,
      );
      await this.audit.record(
        {
          action: 'case-collection.create',
          entityType: 'case_collection',
          entityId: saved.id,
          after: {
            title: saved.title,
            regionCode: saved.regionCode,
            correctsId: saved.correctsId,
            cases: copied.map((entry) => entry.case_id),
          },
        },
        tx,
      );
      return saved.id;
    });
    return this.get(caller, id);
  }

  async update(
    caller: Caller,
    id: string,
    dto: UpdateCaseCollectionDto,
    precondition?: Precondition,
  ): Promise<CaseCollectionDetailDto> {
    await this.unitOfWork.run(async (tx) => {
      const collection = await this.lockDraft(caller, id, precondition, tx);
      const current = await this.repository.entries(id, tx);
      const before = {
        title: collection.title,
        foreword: collection.foreword,
        entries: current.map((entry) => ({ caseId: entry.case_id, editorNote: entry.editor_note })),
      };
      const changes: Partial<CaseCollectionEntity> = {};
      if (dto.title !== undefined) changes.title = dto.title.trim();
      if (dto.foreword !== undefined) changes.foreword = dto.foreword.trim();
      let entries = before.entries;
      if (dto.entries) {
        entries = dto.entries.map((entry) => ({
          caseId: entry.caseId,
          editorNote: entry.editorNote?.trim() ?? '',
        }));
        const pinned = await this.pinVersions(caller, collection, current, entries, tx);
        await this.repository.replaceEntries(id, pinned, tx);
      }
      await this.repository.update(id, changes, tx);
      await this.audit.record(
        {
          action: 'case-collection.update',
          entityType: 'case_collection',
          entityId: id,
          before,
          after: {
            title: changes.title ?? before.title,
            foreword: changes.foreword ?? before.foreword,
            entries,
          },
        },
        tx,
      );
    });
    return this.get(caller, id);
  }

  /** A draft edition is deleted softly; a published one never. */
  async remove(caller: Caller, id: string, precondition?: Precondition): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const collection = await this.lockDraft(caller, id, precondition, tx, 'delete');
      await this.repository.softDelete(id, tx);
      await this.audit.record(
        {
          action: 'case-collection.delete',
          entityType: 'case_collection',
          entityId: id,
          before: { title: collection.title, status: collection.status },
        },
        tx,
      );
    });
  }

  /**
   * Publishes the edition: immutable from now on; each selected case in it is published through
   * the case workflow (its history row, audit record and notice to its enterprise and district);
   * a correction's cases already published with the edition it corrects stay as they are.
   */
  async publish(caller: Caller, id: string, precondition?: Precondition): Promise<CaseCollectionDetailDto> {
    await this.unitOfWork.run(async (tx) => {
      const collection = await this.lockDraft(caller, id, precondition, tx);
      const row = (await this.repository.findInScope(
        this.access.caseCollectionScope(caller, 'update'),
        id,
        tx,
      ))!;
      const entries = await this.repository.entries(id, tx);
      if (entries.length === 0) throw new CaseCollectionException('case_collection_empty');
      const carried = new Set(
        collection.correctsId
          ? (await this.repository.entries(collection.correctsId, tx)).map((entry) => entry.case_id)
          : [],
      );
      const caseScope = this.access.caseScope(caller, 'read');
      const republished: EntryRow[] = [];
      for (const entry of entries) {
        if (entry.case_status === CaseStatus.Published && carried.has(entry.case_id)) {
          republished.push(entry);
          continue;
        }
        if (entry.case_status !== CaseStatus.Selected) {
          throw new CaseCollectionException(
            'case_not_publishable',
            { title: entry.title, status: CASE_STATUS_LABELS[entry.case_status] },
            { extra: { caseId: entry.case_id } },
          );
        }
        await this.workflow.runIn(
          caller,
          {
            workflow: CASE_WORKFLOW,
            action: CaseAction.Publish,
            entityType: 'case_study',
            lock: async (lockTx) => {
              const caseStudy = await this.repository.lockCase(caseScope, entry.case_id, lockTx);
              if (!caseStudy) throw AppException.notFound();
              return caseSubject(caseStudy);
            },
            apply: async (_subject, step) => {
              await this.repository.markCasePublished(entry.case_id, step.now, step.tx);
              return {
                after: { collectionId: id, collectionTitle: collection.title, versionNo: entry.version_no },
              };
            },
            notify: async (_subject, step) => ({
              recipientOrganisationIds: await this.caseParties(entry, step.tx),
              kind: 'case.publish',
              title: {
                'zh-CN': `案例“${entry.title}”已刊发于${row.region_name}典型案例精选《${collection.title}》`,
                en: `The case “${entry.title}” was published in ${row.region_name_en}’s case collection “${collection.title}”`,
              },
              link: `/public/case-collections/${id}/cases/${entry.case_id}`,
              dedupeKey: `case:${entry.case_id}:${step.transitionId}`,
            }),
          },
          tx,
        );
      }
      const now = new Date();
      await this.repository.update(
        id,
        { status: CaseCollectionStatus.Published, publishedAt: now, publishedBy: caller.userId },
        tx,
      );
      await this.audit.record(
        {
          action: 'case-collection.publish',
          entityType: 'case_collection',
          entityId: id,
          before: { status: CaseCollectionStatus.Draft },
          after: {
            status: CaseCollectionStatus.Published,
            title: collection.title,
            correctsId: collection.correctsId,
            cases: entries.map((entry) => ({ caseId: entry.case_id, versionNo: entry.version_no })),
          },
        },
        tx,
      );
      // the cases a correction carries over were published before: their parties learn of the correction
      for (const entry of republished) {
        await this.notifications.notify(
          {
            recipientOrganisationIds: await this.caseParties(entry, tx),
            kind: 'case-collection.correction',
            title: {
              'zh-CN': `${row.region_name}典型案例精选《${collection.title}》已更正刊发，收录案例“${entry.title}”`,
              en: `${row.region_name_en}’s case collection was corrected as “${collection.title}”, with the case “${entry.title}”`,
            },
            link: `/public/case-collections/${id}/cases/${entry.case_id}`,
            dedupeKey: `case-collection:${id}:${entry.case_id}`,
          },
          tx,
        );
      }
    });
    return this.get(caller, id);
  }

  /** The edition as a Word document (a draft too, for the city's proofreading). */
  async docx(caller: Caller, id: string): Promise<FileResponse> {
    const row = await this.findOrFail(caller, id);
    return this.document(row);
  }

  async document(row: CollectionRow): Promise<FileResponse> {
    const entries = await this.repository.entries(row.id);
    const published = row.status === CaseCollectionStatus.Published;
    const bytes = await this.docxPool.build(
      docxInput(row, entries),
      published ? `${row.id}:${row.version}` : undefined,
    );
    return new FileResponse(docxFileName(row), DOCX_CONTENT_TYPE, bytes, {
      asciiFileName: `case-collection-${row.id.slice(0, 8)}.docx`,
    });
  }

  /** Who hears of a case's publication: its enterprise, its author, its district bureau. */
  private async caseParties(entry: EntryRow, tx: Tx): Promise<string[]> {
    const districts = await this.repository.bureauIds(OrganisationType.DistrictBureau, entry.region_code, tx);
    return [entry.enterprise_id, entry.author_organisation_id, ...districts].filter(
      (id): id is string => id !== null,
    );
  }

  /**
   * The entries to write, each at a version: the version the edition holds already, else the
   * case's current one. Only selected cases may come in — and, in a correction, the published
   * cases of the edition it corrects.
   */
  private async pinVersions(
    caller: Caller,
    collection: CaseCollectionEntity,
    current: readonly EntryRow[],
    entries: ReadonlyArray<{ caseId: string; editorNote: string }>,
    tx: Tx,
  ): Promise<Array<{ caseId: string; caseVersionId: string; editorNote: string }>> {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.caseId)) {
        throw CaseCollectionException.invalid(`entries[${index}].caseId`, 'case_listed_twice');
      }
      seen.add(entry.caseId);
    });
    const cases = new Map(
      (
        await this.repository.casesInScope(
          this.access.caseScope(caller, 'read'),
          entries.map((entry) => entry.caseId),
          tx,
        )
      ).map((row) => [row.case_id, row]),
    );
    const carried = new Map(
      (collection.correctsId ? await this.repository.entries(collection.correctsId, tx) : []).map((entry) => [
        entry.case_id,
        entry.version_id,
      ]),
    );
    const held = new Map(current.map((entry) => [entry.case_id, entry.version_id]));
    return entries.map((entry, index) => {
      const row = cases.get(entry.caseId);
      if (!row) {
        throw AppException.validation([{ field: `entries[${index}].caseId`, code: 'errors.not_found' }]);
      }
      const ok =
        row.case_status === CaseStatus.Selected ||
        (row.case_status === CaseStatus.Published && carried.has(entry.caseId));
      if (!ok) {
        throw CaseCollectionException.invalid(`entries[${index}].caseId`, 'case_not_selectable', {
          title: row.title,
        });
      }
      return {
        caseId: entry.caseId,
        caseVersionId: held.get(entry.caseId) ?? carried.get(entry.caseId) ?? row.version_id,
        editorNote: entry.editorNote,
      };
    });
  }

  /** The city's draft edition, locked, its precondition checked; a published one answers 409. */
  private async lockDraft(
    caller: Caller,
    id: string,
    precondition: Precondition | undefined,
    tx: Tx,
    action: 'update' | 'delete' = 'update',
  ): Promise<CaseCollectionEntity> {
    const collection = await this.repository.lockInScope(
      this.access.caseCollectionScope(caller, action),
      id,
      tx,
    );
    if (!collection) throw await this.notFound(id, tx);
    await this.preconditions.assert(
      precondition,
      { entityType: 'case_collection', key: id, version: collection.version },
      tx,
    );
    if (collection.status !== CaseCollectionStatus.Draft) {
      throw new CaseCollectionException('case_collection_published', { title: collection.title });
    }
    return collection;
  }

  private async findOrFail(caller: Caller, id: string): Promise<CollectionRow> {
    const row = await this.repository.findInScope(this.access.caseCollectionScope(caller, 'read'), id);
    if (!row) throw await this.notFound(id);
    return row;
  }

  /** 404, naming the edition only when it exists but lies outside the scope. */
  private async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'case_collection', entityId: id } : undefined,
    );
  }
}
