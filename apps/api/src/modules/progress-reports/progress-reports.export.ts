import { IntersectionType, OmitType } from '@nestjs/swagger';
import { PROGRESS_REPORT_STATUS_LABELS } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { type ListExport, ListExportFormatDto, zh } from '../../common/xlsx/list-export';
import { type ProgressReportDto, ProgressReportQueryDto } from './progress-reports.dto';
import { type ProgressReportsService } from './progress-reports.service';

export class ProgressReportExportQueryDto extends IntersectionType(
  OmitType(ProgressReportQueryDto, ['page', 'pageSize'] as const),
  ListExportFormatDto,
) {}

/** 进展报送 as filtered: the list's columns, not the reports' contents. */
export function progressReportExport(
  service: ProgressReportsService,
  caller: Caller,
  { format: _format, ...filter }: ProgressReportExportQueryDto,
): ListExport<ProgressReportDto> {
  return {
    title: '进展报送',
    entityType: 'progress_report',
    filter,
    page: (page, pageSize) => service.list(caller, { ...filter, page, pageSize }),
    columns: [
      { header: '企业名称', width: 36, value: (r) => r.enterprise.name },
      { header: '所属区（市）', width: 14, value: (r) => r.enterprise.regionName },
      { header: '工作方案', width: 30, value: (r) => r.programmeTitle },
      { header: '报送期', width: 12, value: (r) => r.period },
      { header: '截止日期', width: 12, value: (r) => r.dueOn },
      { header: '状态', width: 12, value: (r) => zh(PROGRESS_REPORT_STATUS_LABELS, r.status) },
      { header: '是否逾期', width: 10, value: (r) => (r.overdue ? '已逾期' : '否') },
      { header: '版本', width: 8, value: (r) => r.currentVersion },
      { header: '未通过的合规检查（项）', width: 20, value: (r) => r.failedChecks },
    ],
  };
}
