import { IntersectionType, OmitType } from '@nestjs/swagger';
import { GUIDANCE_KIND_LABELS, GUIDELINE_PART_LABELS, TRAINING_AUDIENCE_LABELS } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { type ListExport, ListExportFormatDto, zh, zhList } from '../../common/xlsx/list-export';
import { type GuidanceActivityDto, GuidanceQueryDto } from './guidance.dto';
import { type GuidanceService } from './guidance.service';

export class GuidanceExportQueryDto extends IntersectionType(
  OmitType(GuidanceQueryDto, ['page', 'pageSize'] as const),
  ListExportFormatDto,
) {}

const names = (refs: ReadonlyArray<{ name: string }>) => refs.map((ref) => ref.name).join('、');

/** 服务指导记录 as filtered. */
export function guidanceExport(
  service: GuidanceService,
  caller: Caller,
  { format: _format, ...filter }: GuidanceExportQueryDto,
): ListExport<GuidanceActivityDto> {
  return {
    title: '服务指导记录',
    entityType: 'guidance_activity',
    filter,
    page: (page, pageSize) => service.list(caller, { ...filter, page, pageSize }),
    columns: [
      { header: '日期', width: 12, value: (g) => g.occurredOn },
      { header: '类型', width: 14, value: (g) => zh(GUIDANCE_KIND_LABELS, g.kind) },
      { header: '主题', width: 36, value: (g) => g.title },
      { header: '组织单位', width: 30, value: (g) => g.organisation.name },
      { header: '区（市）', width: 12, value: (g) => g.regionName },
      { header: '工作方案', width: 30, value: (g) => g.programme?.name },
      { header: '指导企业', width: 40, value: (g) => names(g.enterprises) },
      { header: '指导人员', width: 20, value: (g) => names(g.officers) },
      { header: '涉及指引内容', width: 30, value: (g) => zhList(GUIDELINE_PART_LABELS, g.guidelineParts) },
      { header: '培训对象', width: 20, value: (g) => zhList(TRAINING_AUDIENCE_LABELS, g.trainingAudiences) },
      { header: '参加人数（人）', width: 14, value: (g) => g.attendeeCount },
      { header: '成效', width: 50, value: (g) => g.outcome },
    ],
  };
}
