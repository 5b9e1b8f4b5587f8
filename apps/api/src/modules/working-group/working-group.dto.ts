import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { WorkingGroupRole, maskPhone } from '@skillpay/domain';
import { IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { type WorkingGroupMemberEntity } from './working-group-member.entity';
import { IsPrintableText } from '../../common/errors/printable-text';
import { VersionProperty } from '../../common/http/concurrency';

// ---- working group ----

export class CreateWorkingGroupMemberDto {
  @ApiProperty({ example: '张伟' })
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiProperty({ example: '劳动关系处' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  unit: string;

  @ApiProperty({ enum: WorkingGroupRole, enumName: 'WorkingGroupRole' })
  @IsEnum(WorkingGroupRole)
  role: WorkingGroupRole;

  @ApiPropertyOptional({ type: String, nullable: true, example: '13812345678' })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{5,30}$/)
  phone?: string | null;
}

export class UpdateWorkingGroupMemberDto extends PartialType(CreateWorkingGroupMemberDto, {
  skipNullProperties: false,
}) {}

export class WorkingGroupMemberDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  unit: string;

  @ApiProperty({ enum: WorkingGroupRole, enumName: 'WorkingGroupRole' })
  role: WorkingGroupRole;

  @ApiProperty({ type: String, nullable: true, description: 'masked (138****5678) in lists' })
  phone: string | null;

  @VersionProperty()
  version: number;
}

// ---- mapping ----

/** A member; the phone masked unless the caller runs the programme. */
export function toMemberDto(member: WorkingGroupMemberEntity, masked: boolean): WorkingGroupMemberDto {
  return {
    version: member.version,
    id: member.id,
    name: member.name,
    unit: member.unit,
    role: member.role,
    phone: masked ? maskPhone(member.phone) : member.phone,
  };
}
