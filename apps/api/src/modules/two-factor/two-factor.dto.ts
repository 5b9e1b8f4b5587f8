import { ApiProperty } from '@nestjs/swagger';
import { Role } from '@skillpay/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { type TwoFactorSettingEntity } from './two-factor-setting.entity';

export class TwoFactorStatusDto {
  @ApiProperty({ description: 'an authenticator is set up and asked for at login' })
  enabled: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  enabledAt: Date | null;

  @ApiProperty({ description: 'unused recovery codes' })
  recoveryCodesRemaining: number;

  @ApiProperty({ description: 'the caller’s role must use two-factor authentication' })
  required: boolean;
}

export class TwoFactorEnrolmentDto {
  @ApiProperty({ description: 'base32 TOTP secret, for typing into the app by hand' })
  secret: string;

  @ApiProperty({ example: 'otpauth://totp/SkillPay:qd-city?secret=…', description: 'the QR code’s content' })
  otpauthUri: string;
}

export class TwoFactorCodeDto {
  @ApiProperty({ example: '123456', description: 'the authenticator’s 6 digits, or an unused recovery code' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  code: string;
}

export class DisableTwoFactorDto extends TwoFactorCodeDto {
  @ApiProperty({ format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password: string;
}

export class RecoveryCodesDto {
  @ApiProperty({
    type: [String],
    example: ['k7m2p-x9qrt'],
    description: 'shown once: only their keyed hashes are kept',
  })
  recoveryCodes: string[];
}

export class SecondFactorLoginDto {
  @ApiProperty({ description: 'from the password step' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  pendingToken: string;

  @ApiProperty({ example: '123456', description: 'the authenticator’s 6 digits, or an unused recovery code' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  code: string;
}

/** The password step's answer when a second factor is needed; no session exists yet. */
export class SecondFactorChallengeDto {
  @ApiProperty({ enum: [true] })
  secondFactorRequired: true;

  @ApiProperty({ description: 'for POST /api/auth/login/second-factor' })
  pendingToken: string;

  @ApiProperty({ description: 'seconds the pending login stays valid' })
  expiresIn: number;
}

export class TwoFactorSettingDto {
  @ApiProperty({ enum: Role, enumName: 'Role' })
  @IsEnum(Role)
  role: Role;

  @ApiProperty({ description: 'users of the role must enrol before doing anything else' })
  @IsBoolean()
  enforced: boolean;
}

export class TwoFactorSettingListDto {
  @ApiProperty({ type: [TwoFactorSettingDto] })
  items: TwoFactorSettingDto[];
}

export class UpdateTwoFactorSettingsDto {
  @ApiProperty({ type: [TwoFactorSettingDto] })
  @ValidateNested({ each: true })
  @Type(() => TwoFactorSettingDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  items: TwoFactorSettingDto[];
}

export function toTwoFactorSettingDto(
  row: Pick<TwoFactorSettingEntity, 'role' | 'enforced'>,
): TwoFactorSettingDto {
  return { role: row.role, enforced: row.enforced };
}
