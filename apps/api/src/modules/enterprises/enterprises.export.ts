import { OmitType, IntersectionType } from '@nestjs/swagger';
import {
  ENTERPRISE_SIZE_LABELS,
  INDUSTRY_SECTIONS,
  OWNERSHIP_LABELS,
  PRIORITY_CATEGORY_LABELS,
} from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { type ListExport, ListExportFormatDto, zh, zhList } from '../../common/xlsx/list-export';
import { type EnterpriseDto, EnterpriseQueryDto } from './enterprises.dto';
import { type EnterprisesService } from './enterprises.service';

export class EnterpriseExportQueryDto extends IntersectionType(
  OmitType(EnterpriseQueryDto, ['page', 'pageSize'] as const),
  ListExportFormatDto,
) {}

/** 企业名录 as filtered: what the list shows (no contact person or phone). */
export function enterpriseExport(
  service: EnterprisesService,
  caller: Caller,
  { format: _format, ...filter }: EnterpriseExportQueryDto,
): ListExport<EnterpriseDto> {
  return {
    title: '企业名录',
    entityType: 'enterprise',
    filter,
    page: (page, pageSize) => service.list(caller, { ...filter, page, pageSize }),
    columns: [
      { header: '企业名称', width: 36, value: (e) => e.name },
      { header: '统一社会信用代码', width: 22, value: (e) => e.creditCode },
      { header: '所属区（市）', width: 14, value: (e) => e.regionName },
      { header: '市直企业', width: 10, value: (e) => (e.cityDirect ? '是' : '否') },
      { header: '行业门类', width: 24, value: (e) => zh(INDUSTRY_SECTIONS, e.industrySection) },
      { header: '所有制', width: 12, value: (e) => zh(OWNERSHIP_LABELS, e.ownership) },
      { header: '企业规模', width: 10, value: (e) => zh(ENTERPRISE_SIZE_LABELS, e.size) },
      { header: '职工人数（人）', width: 14, value: (e) => e.headcount },
      { header: '重点类别', width: 30, value: (e) => zhList(PRIORITY_CATEGORY_LABELS, e.priorityCategories) },
      { header: '登记时间（北京时间）', width: 20, value: (e) => e.createdAt },
    ],
  };
}
