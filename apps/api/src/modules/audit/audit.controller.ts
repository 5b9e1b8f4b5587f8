import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { type Response } from 'express';
import { Allow } from '../../common/auth/decorators';
import { AuditExportQueryDto, AuditLogListDto, AuditQueryDto, AuditVerificationDto } from './audit.dto';
import { AuditQueryService } from './audit-query.service';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

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
  async export(@Query() query: AuditExportQueryDto, @Res() response: Response): Promise<void> {
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '');
    response.setHeader('Content-Type', CONTENT_TYPES[query.format]);
    response.setHeader('Content-Disposition', `attachment; filename="audit-log-${stamp}.${query.format}"`);
    await this.service.export(query, response);
  }

  @Get('verify')
  @Allow('auditLog', 'read')
  @ApiOkResponse({ type: AuditVerificationDto })
  @ApiOperation({ summary: 'Check the hash chain; reports the first broken link' })
  verify(): Promise<AuditVerificationDto> {
    return this.service.verify();
  }
}
