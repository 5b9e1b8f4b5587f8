import { Injectable } from '@nestjs/common';
import { AppException } from '../../common/errors/app.exception';
import { type FileResponse } from '../../common/http/file-response';
import { publicCollectionOf, summaryOf } from './case-collection.mapping';
import {
  type PublicCaseCollectionDetailDto,
  type PublicCaseCollectionListDto,
  type PublicCaseDto,
  type PublicCaseFiltersDto,
  type PublicCaseListDto,
  type PublicCaseQueryDto,
} from './case-collections.dto';
import { CaseCollectionsRepository, type PublicHitRow } from './case-collections.repository';
import { CaseCollectionsService } from './case-collections.service';

/** Characters of context either side of the words found. */
const EXCERPT_CONTEXT = 60;

/**
 * A passage of the case around the first place the words occur (measures, then results, then
 * background), or the opening of its measures.
 */
export function excerptOf(
  row: Pick<PublicHitRow, 'measures' | 'results_narrative' | 'background'>,
  q?: string,
) {
  const texts = [row.measures, row.results_narrative, row.background].map((text) =>
    text.replace(/\s+/g, ' ').trim(),
  );
  const needle = q?.trim().toLowerCase();
  if (needle) {
    for (const text of texts) {
      const at = text.toLowerCase().indexOf(needle);
      if (at < 0) continue;
      const start = Math.max(0, at - EXCERPT_CONTEXT);
      const end = Math.min(text.length, at + needle.length + EXCERPT_CONTEXT);
      return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
    }
  }
  const opening = texts.find(Boolean) ?? '';
  return opening.length > EXCERPT_CONTEXT * 2 ? `${opening.slice(0, EXCERPT_CONTEXT * 2)}…` : opening;
}

/**
 * The public's view of 案例精选, without login: published editions (earlier ones included), the
 * cases as each edition prints them, search over the current editions, and the docx. Nothing
 * unpublished is ever read here: every query starts from a published edition.
 */
@Injectable()
export class PublicCasesService {
  constructor(
    private readonly repository: CaseCollectionsRepository,
    private readonly collections: CaseCollectionsService,
  ) {}

  async list(): Promise<PublicCaseCollectionListDto> {
    return { items: (await this.repository.publishedCollections()).map(publicCollectionOf) };
  }

  async get(id: string): Promise<PublicCaseCollectionDetailDto> {
    const row = await this.repository.publishedCollection(id);
    if (!row) throw AppException.notFound();
    const entries = await this.repository.entries(id);
    return { ...publicCollectionOf(row), foreword: row.foreword, cases: entries.map(summaryOf) };
  }

  async caseOf(collectionId: string, caseId: string): Promise<PublicCaseDto> {
    const row = await this.repository.publishedCollection(collectionId);
    const entry = row
      ? (await this.repository.entries(collectionId)).find((e) => e.case_id === caseId)
      : undefined;
    if (!row || !entry) throw AppException.notFound();
    return {
      ...summaryOf(entry),
      collection: { id: row.id, title: row.title, publishedAt: row.published_at },
      background: entry.background,
      measures: entry.measures,
      results: entry.results,
      resultsNarrative: entry.results_narrative,
      wageOutcome: entry.wage_outcome,
    };
  }

  async search(query: PublicCaseQueryDto): Promise<PublicCaseListDto> {
    const { rows, total } = await this.repository.searchPublic(query);
    return {
      total,
      items: rows.map((row) => ({
        ...summaryOf(row),
        collection: {
          id: row.collection_id,
          title: row.collection_title,
          publishedAt: row.collection_published_at,
        },
        excerpt: excerptOf(row, query.q),
        results: row.results,
      })),
    };
  }

  async filters(): Promise<PublicCaseFiltersDto> {
    const { regions, industries } = await this.repository.publicFilters();
    return {
      regions: regions.map((region) => ({ code: region.code, name: region.name, nameEn: region.name_en })),
      industries,
    };
  }

  async docx(id: string): Promise<FileResponse> {
    const row = await this.repository.publishedCollection(id);
    if (!row) throw AppException.notFound();
    return this.collections.document(row);
  }
}
