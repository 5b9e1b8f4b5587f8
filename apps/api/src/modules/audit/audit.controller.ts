import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Allow } from '../../common/auth/decorators';
import { type FileResponse } from '../../common/http/file-response';
import { AuditExportQueryDto, AuditLogListDto, AuditQueryDto, AuditVerificationDto } from './audit.dto';
import { AUDIT_EXPORT_CONTENT_TYPES as CONTENT_TYPES, AuditQueryService } from './audit-query.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-logs')
export class AuditController {
  constructor(private readonly service: AuditQueryService) {}

  @Get()
  @Allow('auditLog', 'read')
  @ApiOkResponse({ type: AuditLogListDto })
  @ApiOperation({ summary: 'Search the audit log (audit administrator only)' })
  list(@Query() query: AuditQueryDto): Promise<AuditLogListDto> {
    return this.service.list(query);
  }

  @Get('export')
  @Allow('auditLog', 'read')
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  @ApiOperation({ summary: 'Download the filtered audit log as csv or xlsx' })
  export(@Query() query: AuditExportQueryDto): Promise<FileResponse> {
    return this.service.export(query);
  }

  @Get('verify')
  @Allow('auditLog', 'read')
  @ApiOkResponse({ type: AuditVerificationDto })
  @ApiOperation({ summary: 'Check the hash chain; reports the first broken link' })
  verify(): Promise<AuditVerificationDto> {
    return this.service.verify();
  }
}
