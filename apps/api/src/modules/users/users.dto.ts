import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Role } from '@skillpay/domain';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination.dto';
import { OrganisationSummaryDto, toOrganisationSummaryDto } from '../organisations/organisations.dto';
import { type UserEntity, UserStatus } from './user.entity';
import { IsPrintableText } from '../../common/errors/printable-text';
import { VersionProperty } from '../../common/http/concurrency';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,49}$/;

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'qd-huangdao' })
  username: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  role: Role;

  @ApiProperty({ enum: UserStatus, enumName: 'UserStatus' })
  status: UserStatus;

  @ApiProperty()
  mustChangePassword: boolean;

  @ApiProperty({ type: OrganisationSummaryDto })
  organisation: OrganisationSummaryDto;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastLoginAt: Date | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'set while failed logins lock the account',
  })
  lockedUntil: Date | null;

  @ApiProperty({ description: 'an authenticator app is set up and asked for at login' })
  twoFactorEnabled: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({
    description:
      'the caller administers this account (edit, disable, reset): the system administrator any, a bureau the enterprise accounts of its region',
  })
  manageable: boolean;

  @VersionProperty()
  version: number;
}

export class UserListDto {
  @ApiProperty({ type: [UserDto] })
  items: UserDto[];

  @ApiProperty()
  total: number;
}

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'part of the username or name' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({ enum: Role, enumName: 'Role' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class CreateUserDto {
  @ApiProperty({
    example: 'qd-jimo',
    description: '3–50 lower-case letters, digits, dot, dash or underscore',
  })
  @Matches(USERNAME_PATTERN)
  username: string;

  @ApiProperty({ example: '王芳' })
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(50)
  displayName: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  @IsEnum(Role)
  role: Role;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId: string;

  @ApiProperty({
    format: 'password',
    description: 'initial password; the user must change it at first login',
  })
  @IsString()
  @MaxLength(1024)
  password: string;
}

export class UpdateUserDto extends PartialType(
  PickType(CreateUserDto, ['displayName', 'role', 'organisationId']),
  { skipNullProperties: false },
) {}

export class ResetPasswordDto {
  @ApiProperty({
    format: 'password',
    description: 'temporary password; the user must change it at next login',
  })
  @IsString()
  @MaxLength(1024)
  newPassword: string;
}

export class ResetTwoFactorDto {
  @ApiProperty({ example: '手机遗失，本人来电核实身份', description: 'why, for the audit log' })
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(200)
  reason: string;
}

/** The account as the audit log records it (what the caller may do with it is no part of it). */
export type UserSnapshot = Omit<UserDto, 'manageable'>;

export function toUserSnapshot(
  user: UserEntity,
  lockedUntil: Date | null = null,
  twoFactorEnabled = false,
): UserSnapshot {
  return {
    version: user.version,
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    status: user.status,
    mustChangePassword: user.mustChangePassword,
    organisation: toOrganisationSummaryDto(user.organisation!),
    lastLoginAt: user.lastLoginAt,
    lockedUntil,
    twoFactorEnabled,
    createdAt: user.createdAt,
  };
}
