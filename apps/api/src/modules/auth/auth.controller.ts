import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
  ApiResponse,
  ApiTooManyRequestsResponse,
  ApiOkResponse,
  ApiExtraModels,
  getSchemaPath,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { type Request, type Response } from 'express';
import { type Caller } from '../../common/auth/caller';
import {
  AllowPendingPasswordChange,
  AllowPendingTwoFactorEnrolment,
  CurrentCaller,
  Public,
} from '../../common/auth/decorators';
import { AppConfig } from '../../common/config/app-config';
import { AccountLockedErrorDto, ApiErrorDto } from '../../common/errors/api-error.dto';
import { SecondFactorChallengeDto, SecondFactorLoginDto } from '../two-factor/two-factor.dto';
import { ChangePasswordDto, LoginDto, MeDto, TokenResponseDto } from './auth.dto';
import { AuthService, type LoginResult } from './auth.service';

export const REFRESH_COOKIE = 'skillpay_refresh';
const REFRESH_COOKIE_PATH = '/api/auth';
/**
 * Readable by the page, unlike the refresh cookie, and holding no secret: it only tells the web
 * app that a session may be restored, so a visitor without one is not sent to a refresh that
 * can only fail (401). It lives and dies with the refresh cookie.
 */
export const SESSION_HINT_COOKIE = 'skillpay_session';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly service: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiTooManyRequestsResponse({ description: 'too many login attempts from this IP', type: ApiErrorDto })
  @ApiResponse({ status: 423, description: 'locked by failed logins', type: AccountLockedErrorDto })
  @ApiExtraModels(TokenResponseDto, SecondFactorChallengeDto)
  @ApiOkResponse({
    description: 'the session, or — with two-factor authentication on — a pending login for the second step',
    schema: {
      oneOf: [{ $ref: getSchemaPath(TokenResponseDto) }, { $ref: getSchemaPath(SecondFactorChallengeDto) }],
    },
  })
  @ApiOperation({
    summary:
      'Log in: access token in the body, refresh token in an httpOnly SameSite=Strict cookie; ' +
      'or, with two-factor on, a pending login to finish with /login/second-factor',
  })
  async login(
    @Body() dto: LoginDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenResponseDto | SecondFactorChallengeDto> {
    const result = await this.service.login(dto);
    return 'secondFactorRequired' in result ? result : this.withCookie(response, result);
  }

  @Post('login/second-factor')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiTooManyRequestsResponse({ description: 'too many login attempts from this IP', type: ApiErrorDto })
  @ApiResponse({ status: 423, description: 'locked by failed logins', type: AccountLockedErrorDto })
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiOperation({
    summary: 'Second login step: the authenticator’s code or a recovery code; creates the session',
  })
  async loginSecondFactor(
    @Body() dto: SecondFactorLoginDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenResponseDto> {
    return this.withCookie(response, await this.service.loginSecondFactor(dto));
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiOperation({ summary: 'Exchange the refresh cookie for a new access token (the cookie rotates)' })
  async refresh(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenResponseDto> {
    const token = (request.cookies as Record<string, string | undefined>)[REFRESH_COOKIE];
    try {
      return this.withCookie(response, await this.service.refresh(token));
    } catch (error) {
      this.clearCookie(response);
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @AllowPendingPasswordChange()
  @AllowPendingTwoFactorEnrolment()
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'End the current session' })
  async logout(
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.service.logout(caller);
    this.clearCookie(response);
  }

  @Get('me')
  @ApiBearerAuth()
  @AllowPendingPasswordChange()
  @AllowPendingTwoFactorEnrolment()
  @ApiOkResponse({ type: MeDto })
  @ApiOperation({ summary: 'The logged-in user with role, organisation and region' })
  me(@CurrentCaller() caller: Caller): Promise<MeDto> {
    return this.service.me(caller);
  }

  @Post('change-password')
  @HttpCode(204)
  @ApiBearerAuth()
  @AllowPendingPasswordChange()
  @AllowPendingTwoFactorEnrolment()
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'Change one’s own password; other sessions end' })
  changePassword(@CurrentCaller() caller: Caller, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.service.changePassword(caller, dto);
  }

  private withCookie(response: Response, result: LoginResult): TokenResponseDto {
    response.cookie(REFRESH_COOKIE, result.session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: REFRESH_COOKIE_PATH,
      expires: result.session.expiresAt,
    });
    response.cookie(SESSION_HINT_COOKIE, '1', {
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/',
      expires: result.session.expiresAt,
    });
    return { accessToken: result.accessToken, expiresIn: result.expiresIn, user: result.user };
  }

  private clearCookie(response: Response): void {
    response.clearCookie(REFRESH_COOKIE, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: REFRESH_COOKIE_PATH,
    });
    response.clearCookie(SESSION_HINT_COOKIE, {
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/',
    });
  }
}
