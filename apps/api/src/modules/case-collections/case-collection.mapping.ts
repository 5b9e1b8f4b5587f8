import {
  chapterOfArticle,
  ENTERPRISE_SIZE_LABELS,
  GUIDELINE_CHAPTER_KEYS,
  GUIDELINE_CHAPTERS,
  type GuidelineChapter,
  INDUSTRY_SECTIONS,
  OWNERSHIP_LABELS,
  SKILL_LEVEL_LABELS,
  type SkillLevel,
} from '@skillpay/domain';
import { type CollectionDocxCase, type CollectionDocxInput } from './collection-docx';
import {
  type CaseCollectionDto,
  type CaseCollectionRefDto,
  type CollectionCaseEnterpriseDto,
  type CollectionCaseSummaryDto,
  type PublicCaseCollectionDto,
} from './case-collections.dto';
import { type CaseRow, type CollectionRow, type EntryRow } from './case-collections.repository';

/** Rows of the collections' queries as the API answers them, and as the docx prints them. */

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The chapters of 7号 the articles fall in, in the guideline's order. */
export function chaptersOf(articles: readonly number[]): GuidelineChapter[] {
  const chapters = new Set(articles.map(chapterOfArticle).filter((chapter) => chapter !== null));
  return GUIDELINE_CHAPTER_KEYS.filter((key) => chapters.has(key));
}

export function enterpriseOf(row: CaseRow): CollectionCaseEnterpriseDto {
  return {
    name: row.enterprise_name,
    regionCode: row.region_code,
    regionName: row.region_name,
    regionNameEn: row.region_name_en,
    industrySection: row.industry_section,
    size: row.size,
    ownership: row.ownership,
  };
}

/** 示范企业 and the city's reason, or no mark. */
export function demonstrationOf(row: CaseRow): {
  demonstration: boolean;
  demonstrationReason: string | null;
} {
  return row.demonstration
    ? { demonstration: true, demonstrationReason: row.demonstration_reason }
    : { demonstration: false, demonstrationReason: null };
}

export function summaryOf(row: EntryRow): CollectionCaseSummaryDto {
  const articles = [...row.articles].sort((a, b) => a - b);
  return {
    caseId: row.case_id,
    caseVersionId: row.version_id,
    versionNo: row.version_no,
    position: row.position,
    editorNote: row.editor_note,
    title: row.title,
    enterprise: enterpriseOf(row),
    articles,
    chapters: chaptersOf(articles),
    ...demonstrationOf(row),
  };
}

export function refOf(
  id: string | null,
  title: string | null,
  publishedAt: Date | null,
): CaseCollectionRefDto | null {
  return id ? { id, title: title ?? '', publishedAt } : null;
}

export function collectionOf(row: CollectionRow): CaseCollectionDto {
  return {
    id: row.id,
    regionCode: row.region_code,
    regionName: row.region_name,
    regionNameEn: row.region_name_en,
    title: row.title,
    status: row.status,
    caseCount: row.case_count,
    corrects: refOf(row.corrects_id, row.corrects_title, row.corrects_published_at),
    correctedBy: refOf(row.corrected_by_id, row.corrected_by_title, row.corrected_by_published_at),
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export function publicCollectionOf(row: CollectionRow): PublicCaseCollectionDto {
  return {
    id: row.id,
    title: row.title,
    publishedAt: row.published_at,
    regionCode: row.region_code,
    regionName: row.region_name,
    regionNameEn: row.region_name_en,
    caseCount: row.case_count,
    corrects: refOf(row.corrects_id, row.corrects_title, row.corrects_published_at),
    correctedBy: refOf(row.corrected_by_id, row.corrected_by_title, row.corrected_by_published_at),
  };
}

/** 2026年12月7日 (China time). */
export function chineseDate(at: Date): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long' }).format(at);
}

/** 1420 → 1,420; 2.8 → 2.8; null → — */
function figure(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function docxCase(row: EntryRow): CollectionDocxCase {
  const articles = [...row.articles].sort((a, b) => a - b);
  const chapters = chaptersOf(articles).map((key) => GUIDELINE_CHAPTERS[key].label['zh-CN']);
  const outcome = row.wage_outcome;
  return {
    title: row.title,
    enterpriseName: row.enterprise_name,
    enterpriseLine: [
      row.region_name,
      INDUSTRY_SECTIONS[row.industry_section]?.['zh-CN'],
      `${ENTERPRISE_SIZE_LABELS[row.size]?.['zh-CN'] ?? ''}企业`,
      OWNERSHIP_LABELS[row.ownership]?.['zh-CN'],
    ]
      .filter(Boolean)
      .join(' · '),
    articlesLine: articles.length
      ? `${articles.map((article) => `第${article}条`).join('、')}（${chapters.join('；')}）`
      : '—',
    editorNote: row.editor_note,
    background: row.background,
    measures: row.measures,
    results: row.results.map((result) => ({
      indicator: result.indicator,
      before: figure(result.before),
      after: figure(result.after),
      unit: result.unit,
      period: result.period,
    })),
    resultsNarrative: row.results_narrative,
    wageOutcome:
      outcome && outcome.levels.length > 0
        ? {
            caption: `技能人才人均年收入（${outcome.fromYear}年 → ${outcome.toYear}年，按技能等级，仅汇总数据）`,
            rows: outcome.levels.map((level) => ({
              level: SKILL_LEVEL_LABELS[level.skillLevel as SkillLevel]?.['zh-CN'] ?? level.skillLevel,
              from: level.fromMeanAnnual === null ? '—' : `${figure(level.fromMeanAnnual)} 元`,
              to: level.toMeanAnnual === null ? '—' : `${figure(level.toMeanAnnual)} 元`,
              change:
                level.changePercent === null
                  ? '—'
                  : `${level.changePercent > 0 ? '+' : ''}${figure(level.changePercent)}%`,
            })),
          }
        : null,
  };
}

export function docxInput(collection: CollectionRow, entries: readonly EntryRow[]): CollectionDocxInput {
  return {
    cityName: collection.region_name,
    title: collection.title,
    foreword: collection.foreword,
    publishedOn: collection.published_at ? chineseDate(collection.published_at) : null,
    corrects: collection.corrects_id
      ? `${collection.corrects_title ?? ''}${collection.corrects_published_at ? `（${chineseDate(collection.corrects_published_at)}）` : ''}`
      : null,
    cases: entries.map(docxCase),
  };
}

export function docxFileName(collection: CollectionRow): string {
  return `${collection.region_name}典型案例精选-${collection.title}.docx`.replace(/[\\/:*?"<>|]/g, '_');
}
