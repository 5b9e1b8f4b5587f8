import { ApiProperty } from '@nestjs/swagger';
import { Role } from '@skillpay/domain';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { OrganisationSummaryDto } from '../organisations/organisations.dto';
import { RegionDto } from '../regions/regions.dto';

export class LoginDto {
  @ApiProperty({ example: 'qd-city' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  username: string;

  @ApiProperty({ example: 'SkillPay#2026', format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty({ format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  currentPassword: string;

  @ApiProperty({ format: 'password', description: '12–128 characters, 3 of 4 classes, not common' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  newPassword: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  username: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  role: Role;

  @ApiProperty({ description: 'the user must change the password before doing anything else' })
  mustChangePassword: boolean;

  @ApiProperty({
    description: 'the role requires two-factor authentication: enrol before doing anything else',
  })
  mustEnrolTwoFactor: boolean;

  @ApiProperty({ description: 'an authenticator app is set up and asked for at login' })
  twoFactorEnabled: boolean;

  @ApiProperty({ type: OrganisationSummaryDto })
  organisation: OrganisationSummaryDto;

  @ApiProperty({ type: RegionDto })
  region: RegionDto;
}

export class TokenResponseDto {
  @ApiProperty({ description: 'short-lived bearer token for the Authorization header' })
  accessToken: string;

  @ApiProperty({ description: 'seconds until the access token expires' })
  expiresIn: number;

  @ApiProperty({ type: MeDto })
  user: MeDto;
}
