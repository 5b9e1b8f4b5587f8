import { IntersectionType, OmitType } from '@nestjs/swagger';
import { CASE_STATUS_LABELS, chapterOfArticle, GUIDELINE_CHAPTERS } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { type ListExport, ListExportFormatDto, zh, zhList } from '../../common/xlsx/list-export';
import { CaseQueryDto, type CaseSummaryDto } from './cases.dto';
import { type CasesService } from './cases.service';

export class CaseExportQueryDto extends IntersectionType(
  OmitType(CaseQueryDto, ['page', 'pageSize'] as const),
  ListExportFormatDto,
) {}

/** 典型案例 as filtered. */
export function caseExport(
  service: CasesService,
  caller: Caller,
  { format: _format, ...filter }: CaseExportQueryDto,
): ListExport<CaseSummaryDto> {
  return {
    title: '典型案例',
    entityType: 'case_study',
    filter,
    page: (page, pageSize) => service.list(caller, { ...filter, page, pageSize }),
    columns: [
      { header: '案例标题', width: 40, value: (c) => c.title },
      { header: '企业', width: 32, value: (c) => c.enterprise.name },
      { header: '所属区（市）', width: 14, value: (c) => c.enterprise.regionName },
      { header: '撰写单位', width: 28, value: (c) => c.authorOrganisationName },
      { header: '指引章节', width: 36, value: (c) => zhList(GUIDELINE_CHAPTER_LABELS, c.chapters) },
      {
        header: '指引条款',
        width: 24,
        value: (c) =>
          c.articles
            .filter((a) => chapterOfArticle(a))
            .map((a) => `第${a}条`)
            .join('、'),
      },
      { header: '状态', width: 12, value: (c) => zh(CASE_STATUS_LABELS, c.status) },
      { header: '版本', width: 8, value: (c) => c.currentVersionNo },
      { header: '工作方案', width: 30, value: (c) => c.programmeTitle ?? '' },
      { header: '提交时间（北京时间）', width: 20, value: (c) => c.submittedAt },
      { header: '更新时间（北京时间）', width: 20, value: (c) => c.updatedAt },
    ],
  };
}

const GUIDELINE_CHAPTER_LABELS = Object.fromEntries(
  Object.entries(GUIDELINE_CHAPTERS).map(([key, chapter]) => [key, chapter.label]),
);
