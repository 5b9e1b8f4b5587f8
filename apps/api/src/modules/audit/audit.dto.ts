import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination.dto';
import { type AuditLogEntity, type AuditOutcome } from './audit-log.entity';
import { auditEntityKey, type AuditNames } from './audit.repository';

const OUTCOMES: AuditOutcome[] = ['success', 'failure', 'denied'];

export class AuditLogDto {
  @ApiProperty({ description: 'position in the hash chain' })
  id: string;

  @ApiProperty({ type: String, format: 'date-time' })
  occurredAt: Date;

  @ApiProperty({ type: String, nullable: true })
  actorUsername: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the actor’s display name, when the account exists',
  })
  actorName: string | null;

  @ApiProperty({ type: String, nullable: true })
  actorRole: string | null;

  @ApiProperty({ type: String, nullable: true })
  ip: string | null;

  @ApiProperty({ type: String, nullable: true })
  requestId: string | null;

  @ApiProperty({ example: 'user.disable' })
  action: string;

  @ApiProperty({ type: String, nullable: true })
  entityType: string | null;

  @ApiProperty({ type: String, nullable: true })
  entityId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'the object’s name, when it still exists' })
  entityName: string | null;

  @ApiProperty({ enum: OUTCOMES, enumName: 'AuditOutcome' })
  outcome: AuditOutcome;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  before: Record<string, unknown> | null;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  after: Record<string, unknown> | null;
}

export class AuditLogListDto {
  @ApiProperty({ type: [AuditLogDto] })
  items: AuditLogDto[];

  @ApiProperty()
  total: number;
}

export class AuditFilterDto {
  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ description: 'username of the actor (exact)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actor?: string;

  @ApiPropertyOptional({ description: 'action or action prefix, e.g. `user.` or `auth.login_failed`' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  action?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @ApiPropertyOptional({ enum: OUTCOMES, enumName: 'AuditOutcome' })
  @IsOptional()
  @IsIn(OUTCOMES)
  outcome?: AuditOutcome;
}

export class AuditQueryDto extends IntersectionType(PageQueryDto, AuditFilterDto) {}

export class AuditExportQueryDto extends AuditFilterDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  @IsIn(['csv', 'xlsx'])
  format: 'csv' | 'xlsx';
}

export class AuditVerificationDto {
  @ApiProperty({ description: 'true when every row matches its hash and links to the one before' })
  ok: boolean;

  @ApiProperty({ description: 'rows checked' })
  checked: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'id of the first row whose hash or link is broken',
  })
  firstBrokenId: string | null;
}

export function toAuditLogDto(row: AuditLogEntity, names: AuditNames): AuditLogDto {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    actorUsername: row.actorUsername,
    actorName: row.actorId ? (names.actors.get(row.actorId) ?? null) : null,
    actorRole: row.actorRole,
    ip: row.ip,
    requestId: row.requestId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    entityName:
      row.entityType && row.entityId
        ? (names.entities.get(auditEntityKey(row.entityType, row.entityId)) ?? null)
        : null,
    outcome: row.outcome,
    before: row.before,
    after: row.after,
  };
}
