import { IntersectionType, OmitType } from '@nestjs/swagger';
import {
  ENTERPRISE_SIZE_LABELS,
  INDUSTRY_SECTIONS,
  PILOT_STATUS_LABELS,
  PRIORITY_CATEGORY_LABELS,
} from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { type ListExport, ListExportFormatDto, zh, zhList } from '../../common/xlsx/list-export';
import { type PilotApplicationDto, PilotQueryDto } from './pilots.dto';
import { type PilotsService } from './pilots.service';

export class PilotExportQueryDto extends IntersectionType(
  OmitType(PilotQueryDto, ['page', 'pageSize'] as const),
  ListExportFormatDto,
) {}

/** 试点申报 as filtered. */
export function pilotExport(
  service: PilotsService,
  caller: Caller,
  { format: _format, ...filter }: PilotExportQueryDto,
): ListExport<PilotApplicationDto> {
  return {
    title: '试点申报',
    entityType: 'pilot_application',
    filter,
    page: (page, pageSize) => service.list(caller, { ...filter, page, pageSize }),
    columns: [
      { header: '企业名称', width: 36, value: (p) => p.enterprise.name },
      { header: '统一社会信用代码', width: 22, value: (p) => p.enterprise.creditCode },
      { header: '所属区（市）', width: 14, value: (p) => p.enterprise.regionName },
      { header: '行业门类', width: 24, value: (p) => zh(INDUSTRY_SECTIONS, p.enterprise.industrySection) },
      { header: '企业规模', width: 10, value: (p) => zh(ENTERPRISE_SIZE_LABELS, p.enterprise.size) },
      { header: '职工人数（人）', width: 14, value: (p) => p.enterprise.headcount },
      { header: '工作方案', width: 30, value: (p) => p.programmeTitle },
      { header: '状态', width: 12, value: (p) => zh(PILOT_STATUS_LABELS, p.status) },
      { header: '重点类别', width: 30, value: (p) => zhList(PRIORITY_CATEGORY_LABELS, p.priorityCategories) },
      { header: '申报理由', width: 50, value: (p) => p.reasons },
      { header: '提交时间（北京时间）', width: 20, value: (p) => p.submittedAt },
      { header: '批复时间（北京时间）', width: 20, value: (p) => p.decidedAt },
    ],
  };
}
