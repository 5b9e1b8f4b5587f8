import { Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JwtService } from '@nestjs/jwt';
import { type Response } from 'express';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { AppConfig } from '../../common/config/app-config';
import { type BoardTokenPayload, QUEUE_BOARD_COOKIE, QUEUE_BOARD_PATH } from './queue-board';

const BOARD_COOKIE_MINUTES = 15;

@ApiTags('queues')
@ApiBearerAuth()
@Controller('admin/queues')
export class QueueBoardController {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  @Post('session')
  @HttpCode(204)
  @Allow('queues', 'read')
  @ApiNoContentResponse()
  @ApiOperation({
    summary: `Open Bull Board: sets a ${BOARD_COOKIE_MINUTES}-minute cookie for ${QUEUE_BOARD_PATH}`,
  })
  async openBoard(
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const payload: BoardTokenPayload = { sid: caller.sessionId, purpose: 'queue-board' };
    const token = await this.jwt.signAsync(payload, { expiresIn: `${BOARD_COOKIE_MINUTES}m` });
    response.cookie(QUEUE_BOARD_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: QUEUE_BOARD_PATH,
      maxAge: BOARD_COOKIE_MINUTES * 60_000,
    });
  }
}
