import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, AllowPendingTwoFactorEnrolment, CurrentCaller } from '../../common/auth/decorators';
import {
  DisableTwoFactorDto,
  RecoveryCodesDto,
  TwoFactorCodeDto,
  TwoFactorEnrolmentDto,
  TwoFactorSettingListDto,
  TwoFactorStatusDto,
  UpdateTwoFactorSettingsDto,
} from './two-factor.dto';
import { TwoFactorService } from './two-factor.service';

/** One's own authenticator (双因素认证): reachable while enrolment is still required. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth/two-factor')
export class TwoFactorController {
  constructor(private readonly service: TwoFactorService) {}

  @Get()
  @AllowPendingTwoFactorEnrolment()
  @ApiOkResponse({ type: TwoFactorStatusDto })
  @ApiOperation({ summary: 'Whether two-factor authentication is on, required, and the recovery codes left' })
  status(@CurrentCaller() caller: Caller): Promise<TwoFactorStatusDto> {
    return this.service.status(caller);
  }

  @Post('enrolment')
  @HttpCode(200)
  @AllowPendingTwoFactorEnrolment()
  @ApiOkResponse({ type: TwoFactorEnrolmentDto })
  @ApiOperation({ summary: 'Start enrolment: a new TOTP secret and its otpauth:// link (not in force yet)' })
  startEnrolment(@CurrentCaller() caller: Caller): Promise<TwoFactorEnrolmentDto> {
    return this.service.startEnrolment(caller);
  }

  @Post('enrolment/confirm')
  @HttpCode(200)
  @AllowPendingTwoFactorEnrolment()
  @ApiOkResponse({ type: RecoveryCodesDto })
  @ApiOperation({ summary: 'Confirm enrolment with the app’s code; answers 10 recovery codes, shown once' })
  confirmEnrolment(
    @CurrentCaller() caller: Caller,
    @Body() dto: TwoFactorCodeDto,
  ): Promise<RecoveryCodesDto> {
    return this.service.confirmEnrolment(caller, dto.code);
  }

  @Post('recovery-codes')
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesDto })
  @ApiOperation({ summary: 'Replace the recovery codes (needs a current code); the old ones stop working' })
  regenerateRecoveryCodes(
    @CurrentCaller() caller: Caller,
    @Body() dto: TwoFactorCodeDto,
  ): Promise<RecoveryCodesDto> {
    return this.service.regenerateRecoveryCodes(caller, dto.code);
  }

  @Post('disable')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'Turn two-factor authentication off (needs the password and a current code)' })
  disable(@CurrentCaller() caller: Caller, @Body() dto: DisableTwoFactorDto): Promise<void> {
    return this.service.disable(caller, dto);
  }
}

/** Who must use two-factor authentication: the system administrator's setting, per role. */
@ApiTags('security-settings')
@ApiBearerAuth()
@Controller('security-settings')
export class SecuritySettingsController {
  constructor(private readonly service: TwoFactorService) {}

  @Get('two-factor')
  @Allow('securitySettings', 'read')
  @ApiOkResponse({ type: TwoFactorSettingListDto })
  @ApiOperation({ summary: 'Per role: whether two-factor authentication is enforced' })
  settings(): Promise<TwoFactorSettingListDto> {
    return this.service.settings();
  }

  @Put('two-factor')
  @Allow('securitySettings', 'update')
  @ApiOkResponse({ type: TwoFactorSettingListDto })
  @ApiOperation({ summary: 'Enforce two-factor authentication for roles, or stop enforcing it (audited)' })
  updateSettings(@Body() dto: UpdateTwoFactorSettingsDto): Promise<TwoFactorSettingListDto> {
    return this.service.updateSettings(dto);
  }
}
