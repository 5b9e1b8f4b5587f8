import { IntersectionType, OmitType } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { type ListExport, ListExportFormatDto } from '../../common/xlsx/list-export';
import { type WageUploadDto, WageUploadQueryDto } from './wage-uploads.dto';
import { type WageUploadsService } from './wage-uploads.service';

export class WageUploadExportQueryDto extends IntersectionType(
  OmitType(WageUploadQueryDto, ['page', 'pageSize'] as const),
  ListExportFormatDto,
) {}

const STATUS: Record<WageUploadDto['status'], string> = {
  queued: '待校验',
  validating: '校验中',
  rejected: '未通过',
  current: '当前版本',
  superseded: '已替代',
  failed: '处理失败',
};

/** 工资数据上传记录 as filtered: the uploads, not the wage rows. */
export function wageUploadExport(
  service: WageUploadsService,
  caller: Caller,
  { format: _format, ...filter }: WageUploadExportQueryDto,
): ListExport<WageUploadDto> {
  return {
    title: '工资数据上传记录',
    entityType: 'wage_upload',
    filter,
    page: (page, pageSize) => service.list(caller, { ...filter, page, pageSize }),
    columns: [
      { header: '企业名称', width: 36, value: (w) => w.enterprise.name },
      { header: '所属区（市）', width: 14, value: (w) => w.enterprise.regionName },
      { header: '工作方案', width: 30, value: (w) => w.programmeTitle },
      { header: '数据年度', width: 10, value: (w) => w.year },
      { header: '版本', width: 8, value: (w) => w.versionNumber },
      { header: '状态', width: 12, value: (w) => STATUS[w.status] },
      { header: '文件名', width: 30, value: (w) => w.fileName },
      { header: '数据行数（行）', width: 14, value: (w) => w.rowCount },
      { header: '错误数（处）', width: 12, value: (w) => w.errorCount },
      { header: '上传时间（北京时间）', width: 20, value: (w) => w.createdAt },
      { header: '处理完成（北京时间）', width: 20, value: (w) => w.processedAt },
    ],
  };
}
